"""Small helpers the claim and paid-order views share: who is acting, numbers as typed, messages."""
from __future__ import annotations

import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.actors import Actor
from app.domain.money import format_money
from app.services.cards import acting_user
from app.services.database import Database

ActorSource = Callable[[], Actor]


def actor_source(database: Database, actor: ActorSource | None) -> ActorSource:
    """The acting user a view was given, else whoever the services say acts on this workstation
    (the first active service manager until sign-in exists)."""
    return actor if actor is not None else (lambda: acting_user(database))


class NotANumber(ValueError):
    pass


def parse_decimal(text: str) -> Decimal | None:
    """What a clerk typed, as a Decimal: full-width digits (an IME left on), spaces and thousands
    separators are accepted; blank is None; anything else raises NotANumber."""
    cleaned = unicodedata.normalize("NFKC", text).replace(",", "").replace(" ", "").replace("。", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise NotANumber(text) from None
    if not value.is_finite():
        raise NotANumber(text)
    return value


def money(value: Decimal | None) -> str:
    return "" if value is None else format_money(value)


def plain(value: Decimal | None) -> str:
    """A stored number for an input field: no thousands separators, no trailing zeros beyond need."""
    if value is None:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def show_message(parent: QWidget, title: str, text: str, *, warning: bool = True,
                 details: str = "") -> QMessageBox:
    """A window-modal message opened with open(), never exec(): the event loop carries on."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
