"""The service-log report (售后服务登记表) for a date range: the clerk picks the range in a small
dialog, then previews, prints or saves it like every other form."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.database import Database
from app.services.forms import write_service_log
from app.ui.printing.form_printing import FormPrinting, Writer


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and the last day of `day`'s month."""
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ServiceLogPrinting(FormPrinting):
    """The report of the entries received from `start` to `end` (inclusive); set the range before printing."""

    def __init__(self, database: Database, *, parent: QWidget) -> None:
        super().__init__(database, kind="service-log", parent=parent)
        self.start: dt.date | None = None
        self.end: dt.date | None = None

    def job(self) -> Writer | None:
        start, end = self.start, self.end  # bound here: the range may change while the PDF is written
        if start is None or end is None:
            return None
        return lambda path, lang: write_service_log(self._database, start, end, path, lang)

    def progress_label(self) -> str:
        return self.tr("Preparing the service log report…")

    def name_hint(self) -> str:
        return self.tr("service log {start} to {end}.pdf").format(start=self.start, end=self.end)

    def tooltip(self) -> str:
        return self.tr("Preview, print or save the service log for a date range")


class ReportRangeDialog(QDialog):
    """Asks for the range, then hands it to the printing's Preview, Print or Save as PDF."""

    def __init__(self, printing: ServiceLogPrinting, today: dt.date, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceLogReportDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.printing = printing
        first, last = month_of(today)
        self.start_edit, self.end_edit = QDateEdit(_qdate(first)), QDateEdit(_qdate(last))
        self.start_edit.setObjectName("reportStart")
        self.end_edit.setObjectName("reportEnd")
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self._check())
        self.start_caption, self.end_caption = QLabel(), QLabel()
        self.start_caption.setBuddy(self.start_edit)
        self.end_caption.setBuddy(self.end_edit)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b71c1c;")
        form = QFormLayout()
        form.addRow(self.start_caption, self.start_edit)
        form.addRow(self.end_caption, self.end_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = self._button(self.printing.preview)
        self.print_button = self._button(self.printing.print_records)
        self.save_button = self._button(self.printing.save_as)
        self.preview_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._check()

    def _button(self, action: Callable[..., object]) -> QPushButton:
        button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self.go(action))
        return button

    def range(self) -> tuple[dt.date, dt.date]:
        return _date(self.start_edit.date()), _date(self.end_edit.date())

    def _check(self) -> bool:
        start, end = self.range()
        ok = start <= end
        self.problem.setText("" if ok else self.tr("The range ends before it starts."))
        self.problem.setVisible(not ok)
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(ok)
        return ok

    def go(self, action: Callable[..., object]) -> None:
        if not self._check():
            return
        self.printing.start, self.printing.end = self.range()
        self.accept()  # closed first: the preview and the print and file dialogs belong to the page
        action()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Service log report"))
        self.start_caption.setText(self.tr("&From:"))
        self.end_caption.setText(self.tr("&To:"))
        self.preview_button.setText(self.tr("Pre&view…"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
