"""The Reports page: a period, the service scorecard and five claim reports as charts and tables, and
the whole set exported to one Excel workbook.

Figures load on a pool thread (a big dealer has 200,000 claims); a newer request overrides an older
one still running, so the page always shows the period its date fields say.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WarrantyDeskError
from app.i18n import current_language
from app.services.business_time import utc_now
from app.services.database import Database
from app.services.reports import STEPS, Period, ReportSet, export_reports, load_reports
from app.ui.claims.common import show_message
from app.ui.reports.scorecard_view import ScorecardView
from app.ui.reports.views import ModelsView, MonthsView, OutcomesView, PartsView, ReasonsView
from app.ui.tasks import Task, run_task, with_progress_dialog

SCORECARD, MONTHS, OUTCOMES, REASONS, PARTS, MODELS = "scorecard", "months", "outcomes", "reasons", "parts", "models"
TABS = (SCORECARD, MONTHS, OUTCOMES, REASONS, PARTS, MODELS)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ReportsPage(QWidget):
    def __init__(self, database: Database, *, today: Callable[[], dt.date] = dt.date.today,
                 now: Callable[[], dt.datetime] = utc_now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._database = database
        self._today = today
        self._now = now
        self._generation = 0  # of the newest load asked for; older results are dropped
        self.reports: ReportSet | None = None
        self.load_task: Task | None = None
        self.export_task: Task | None = None
        self.file_dialog: QFileDialog | None = None
        self.message: QMessageBox | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        period = Period.last_months(today())
        self.start_edit, self.end_edit = QDateEdit(_qdate(period.start)), QDateEdit(_qdate(period.end))
        self.start_caption, self.end_caption = QLabel(), QLabel()
        self.start_caption.setBuddy(self.start_edit)
        self.end_caption.setBuddy(self.end_edit)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.show_button = QPushButton()
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.refresh)
        self.last_year_button = QPushButton()
        self.last_year_button.clicked.connect(self.on_last_year_button_clicked)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.progress = QProgressBar()
        self.progress.setRange(0, STEPS)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(120)
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("reportStatus")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.hide()

        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addSpacing(24)
        for widget in (self.start_caption, self.start_edit, self.end_caption, self.end_edit, self.show_button,
                       self.last_year_button):
            header.addWidget(widget)
        header.addStretch(1)
        header.addWidget(self.export_button)

        self.scorecard_view = ScorecardView()
        self.views = {MONTHS: MonthsView(), OUTCOMES: OutcomesView(), REASONS: ReasonsView(), PARTS: PartsView(),
                      MODELS: ModelsView()}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.scorecard_view, "")
        for key in TABS[1:]:
            self.tabs.addTab(self.views[key], "")
        # What is shown, beside the tabs: the header row stays narrow enough for a small screen.
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 4, 4)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        corner_layout.addWidget(self.progress)
        corner_layout.addWidget(self.status_label)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    # --- the period ---------------------------------------------------------------------------------

    def period(self) -> Period:
        """The period the date fields say; ValidationError when it ends before it starts."""
        return Period(_date(self.start_edit.date()), _date(self.end_edit.date()))

    def set_period(self, period: Period) -> None:
        self.start_edit.setDate(_qdate(period.start))
        self.end_edit.setDate(_qdate(period.end))

    def on_last_year_button_clicked(self) -> None:
        self.set_period(Period.last_months(self._today()))
        self.refresh()

    # --- loading ------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.reports is None and self.load_task is None:
            self.refresh()

    def refresh(self) -> Task | None:
        """Load every report for the period shown, off the GUI thread."""
        try:
            period = self.period()
        except WarrantyDeskError as exc:
            self._show_error(str(exc))
            return None
        self._generation += 1
        generation, database, today, now = self._generation, self._database, self._today(), self._now()
        self.progress.setValue(0)
        self.progress.show()
        self.status_label.setText(self.tr("Loading…"))
        self.load_task = run_task(
            lambda report: (generation, load_reports(database, period, today=today, now=now, progress=report)),
            on_done=self._loaded, on_error=self._load_failed, on_progress=self._progressed)
        return self.load_task

    def _progressed(self, done: int, _total: int) -> None:
        self.progress.setValue(done)

    def _loaded(self, result: tuple[int, ReportSet]) -> None:
        generation, reports = result
        if generation != self._generation:
            return
        self.progress.hide()
        self.error_label.hide()
        self.reports = reports
        self.scorecard_view.show_scorecard(reports.scorecard)
        for view in self.views.values():
            view.show_reports(reports)
        self._show_status()

    def _load_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.status_label.setText("")
        self._show_error(str(exc) if isinstance(exc, WarrantyDeskError) else self.tr(
            "The reports could not be loaded: {error}").format(error=exc))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _show_status(self) -> None:
        if self.reports is None:
            self.status_label.setText("")
            return
        self.status_label.setText(self.tr("{n:,} claims").format(n=self.reports.claims))
        self.status_label.setToolTip(self.tr("Figures for {start} to {end}, as of {today}").format(
            start=self.reports.period.start.isoformat(), end=self.reports.period.end.isoformat(),
            today=self.reports.made_on.isoformat()))

    # --- export -------------------------------------------------------------------------------------

    def name_hint(self) -> str:
        period = self.period()
        return self.tr("reports {start} to {end}.xlsx").format(start=period.start.isoformat(),
                                                               end=period.end.isoformat())

    def on_export_button_clicked(self) -> QFileDialog | None:
        try:
            hint = self.name_hint()
        except WarrantyDeskError as exc:
            self._show_error(str(exc))
            return None
        dialog = QFileDialog(self, self.tr("Export the reports to Excel"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel workbooks (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.selectFile(hint)
        dialog.fileSelected.connect(self.export_to)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: str) -> Task | None:
        """Write every report for the period shown to `path`, off the GUI thread, with a progress dialog."""
        try:
            period = self.period()
        except WarrantyDeskError as exc:
            self._show_error(str(exc))
            return None
        database, today, now = self._database, self._today(), self._now()
        lang = current_language(QCoreApplication.instance())
        task = run_task(lambda report: export_reports(database, path, period, lang=lang, today=today, now=now,
                                                      progress=report),
                        on_done=self._exported, on_error=self._export_failed)
        label = self.tr("Writing the reports workbook…")
        with_progress_dialog(task, label, parent=self, describe=lambda done, total: (label, done, total))
        self.export_task = task
        return task

    def _exported(self, path: str) -> None:
        self.message = show_message(self, self.tr("Export to Excel"),
                                    self.tr("Saved {file}.").format(file=Path(path).name), warning=False)

    def _export_failed(self, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, WarrantyDeskError | OSError) else self.tr(
            "The workbook could not be written: {error}").format(error=exc)
        self.message = show_message(self, self.tr("Export to Excel"), text)

    # --- language -----------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Reports"))
        self.start_caption.setText(self.tr("&From:"))
        self.end_caption.setText(self.tr("&To:"))
        self.show_button.setText(self.tr("&Show"))
        self.last_year_button.setText(self.tr("Last &12 months"))
        self.export_button.setText(self.tr("&Export to Excel…"))
        self.export_button.setToolTip(self.tr("Every report for the period, one sheet each, in the program's "
                                              "language"))
        titles = {SCORECARD: self.tr("Scorecard"), MONTHS: self.tr("Claims per month"),
                  OUTCOMES: self.tr("Approval rate"), REASONS: self.tr("Deductions by reason"),
                  PARTS: self.tr("Causal parts"), MODELS: self.tr("Claims by model")}
        for index, key in enumerate(TABS):
            self.tabs.setTabText(index, titles[key])
        self.scorecard_view.retranslate_ui()
        for view in self.views.values():
            view.retranslate_ui()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
