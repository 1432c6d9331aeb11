"""Translated words of the stock section: return reasons, the freight rule, and the delivery-list problems
(app/services/stock/deliveries.py REASONS, in step)."""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.stock import FreightPayer, ReturnReason, freight_rule
from app.services.stock import DeliveryCode
from app.ui.master_data.texts import reason as import_reason

if TYPE_CHECKING:  # only the type: the Excel reader (openpyxl) is not loaded to show a message
    from app.reports.excel import Problem

_CONTEXT = "StockTexts"

_REASONS = {
    ReturnReason.QUALITY: QT_TRANSLATE_NOOP("StockTexts", "Quality defect"),
    ReturnReason.DISMANTLED: QT_TRANSLATE_NOOP("StockTexts", "Dismantled by the dealer"),
    ReturnReason.OTHER: QT_TRANSLATE_NOOP("StockTexts", "Other unsaleable stock"),
}
_PAYERS = {
    FreightPayer.FACTORY: QT_TRANSLATE_NOOP("StockTexts", "Factory"),
    FreightPayer.DEALER: QT_TRANSLATE_NOOP("StockTexts", "Dealer"),
}
_RULES = {
    ReturnReason.QUALITY: QT_TRANSLATE_NOOP("StockTexts", "The factory pays the freight."),
    ReturnReason.DISMANTLED: QT_TRANSLATE_NOOP("StockTexts", "The dealer pays the freight and the labour to restore "
                                                             "the part."),
    ReturnReason.OTHER: QT_TRANSLATE_NOOP("StockTexts", "The dealer pays the freight."),
}
_DELIVERY_REASONS = {
    DeliveryCode.ALREADY_RECEIVED: QT_TRANSLATE_NOOP("StockTexts", "delivery list {delivery_no} was already received "
                                                                   "on {received_on}"),
    DeliveryCode.OTHER_LIST: QT_TRANSLATE_NOOP("StockTexts", "another delivery list than row {first} ({delivery_no}); "
                                                             "one list per file"),
}


def reason_label(reason: ReturnReason) -> str:
    return QCoreApplication.translate(_CONTEXT, _REASONS[ReturnReason(reason)])


def payer_label(payer: FreightPayer) -> str:
    return QCoreApplication.translate(_CONTEXT, _PAYERS[FreightPayer(payer)])


def rule_text(reason: ReturnReason) -> str:
    """The freight rule of DOMAIN rule 9 for this reason, in one sentence."""
    return QCoreApplication.translate(_CONTEXT, _RULES[ReturnReason(reason)])


def dealer_pays_restoration(reason: ReturnReason) -> bool:
    return freight_rule(ReturnReason(reason)).dealer_pays_restoration


def quantity_text(value: Decimal | None) -> str:
    """2, 1.5, 0.25 — a quantity without trailing zeros; empty for None."""
    if value is None:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def problem_reason(problem: Problem) -> str:
    """A delivery-list problem in the clerk's language, its values filled in."""
    source = _DELIVERY_REASONS.get(problem.code)  # type: ignore[call-overload]
    if source is None:
        return import_reason(problem)
    try:
        return QCoreApplication.translate(_CONTEXT, source).format(**dict(problem.params))
    except (KeyError, IndexError, ValueError):
        return problem.reason
