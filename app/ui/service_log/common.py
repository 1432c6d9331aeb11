"""Small helpers the service-log views share: Beijing-time display and editing, who is acting, errors."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.actors import Actor
from app.services.business_time import BUSINESS_TZ
from app.services.cards import acting_user
from app.services.database import Database

TIME_FORMAT = "yyyy-MM-dd HH:mm"


def show_time(moment: dt.datetime | None) -> str:
    """A time stamp as the clerk reads it: Beijing time, to the minute."""
    return "" if moment is None else f"{moment.astimezone(BUSINESS_TZ):%Y-%m-%d %H:%M}"


def show_clock(moment: dt.datetime | None) -> str:
    return "" if moment is None else f"{moment.astimezone(BUSINESS_TZ):%H:%M}"


def to_qdatetime(moment: dt.datetime) -> QDateTime:
    """For a QDateTimeEdit: the Beijing wall-clock time, whatever the workstation's own zone."""
    wall = moment.astimezone(BUSINESS_TZ)
    result = QDateTime()
    result.setDate(wall.date())
    result.setTime(wall.time().replace(second=0, microsecond=0))
    return result


def from_qdatetime(value: QDateTime) -> dt.datetime:
    """Back from a QDateTimeEdit: the wall-clock time it shows, read as Beijing time."""
    date, time = value.date(), value.time()
    return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(), tzinfo=BUSINESS_TZ)


def current_actor(database: Database, actor: Actor | None) -> Actor:
    """The actor a view was given, else whoever the services say is acting on this workstation."""
    return actor if actor is not None else acting_user(database)


def show_error(parent: QWidget, title: str, error: Exception) -> QMessageBox:
    """A window-modal message (open(), not exec()): the caller and the event loop carry on."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, str(error), QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_info(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
