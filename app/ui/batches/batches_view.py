"""The claim batches (索赔批次): the list on the left, newest first; the chosen batch on the right for
review, export and printing; "New batch…" gathers the approved claims of a repair-date period."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.domain.enums import BatchStatus
from app.domain.errors import WarrantyDeskError
from app.services import batches
from app.services.batches import BatchRow, BatchView
from app.services.business_time import business_date
from app.services.database import Database
from app.services.paging import Page, PageRequest
from app.ui.batches.batch_panel import BatchPanel
from app.ui.batches.common import day, list_table, period, set_widths, sort_by
from app.ui.batches.pick_dialog import ClaimPickDialog
from app.ui.claims.common import ActorSource, money, show_message
from app.ui.labels import label
from app.ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel
from app.ui.tasks import Task, run_task, with_progress_dialog

_CONTEXT = "BatchesView"

def _exported_on(row: BatchRow) -> str:
    return day(business_date(row.exported_at)) if row.exported_at else ""


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("BatchesView", "Batch no."), lambda r: r.batch_no, "batch_no"),
    Column(QT_TRANSLATE_NOOP("BatchesView", "Status"), lambda r: label(r.status), "status"),
    Column(QT_TRANSLATE_NOOP("BatchesView", "Repair dates"), lambda r: period(r.period_from, r.period_to, short=True),
           "period_from"),
    Column(QT_TRANSLATE_NOOP("BatchesView", "Claims"), lambda r: f"{r.totals.claim_count:,}", "claim_count",
           ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("BatchesView", "Total"), lambda r: money(r.totals.total_amount), "total_amount",
           ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("BatchesView", "Exported"), _exported_on, "exported_at",
           tooltip=lambda r: r.package_name),
]
STATUS_CHOICES: tuple[tuple[str, str], ...] = (
    ("", QT_TRANSLATE_NOOP("BatchesView", "All batches")),
    *((status.value, "") for status in BatchStatus),
)


class BatchesView(QWidget):
    def __init__(self, database: Database, *, actor: ActorSource, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._actor, self._today = database, actor, today
        self.new_dialog: ClaimPickDialog | None = None
        self.task: Task | None = None
        self.message: QMessageBox | None = None

        self.count_label = QLabel()
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("batchStatusFilter")
        for key, _title in STATUS_CHOICES:
            self.status_filter.addItem("", key)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.new_button = QPushButton()
        self.new_button.setObjectName("newBatch")
        self.new_button.clicked.connect(self.open_new_dialog)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.open_new_dialog)
        self.addAction(self.new_action)

        self.model = PagedTableModel(self._fetch, COLUMNS, context=_CONTEXT, parent=self)
        self.table = list_table("batchesTable", self.model)
        sort_by(self.table, 0, Qt.SortOrder.DescendingOrder)  # the newest batch first
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.on_selection_changed())
        self.panel = BatchPanel(database, actor=actor, today=today)
        self.panel.changed.connect(self.on_panel_changed)

        left = QWidget()
        self.list_pane = left
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.status_filter)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.new_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.splitter)
        self.retranslate_ui()
        self.apply_filters()

    # --- the list ---------------------------------------------------------------------------------------

    def _fetch(self, request: PageRequest) -> Page[BatchRow]:
        return batches.list_batches(self._database, request)

    def apply_filters(self) -> None:
        status = self.status_filter.currentData()
        self.model.set_query(filters={"status": status} if status else {})
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.model.error or self.tr("{count:,} batches").format(count=self.model.total()))

    def selected(self) -> BatchRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def on_selection_changed(self) -> None:
        row = self.selected()
        if row is None:
            self.panel.show_batch(None)
        else:
            self.panel.load(row.batch_no)

    def select(self, batch_no: str) -> bool:
        for row in range(min(self.model.total(), 2000)):
            found = self.model.row_at(row)
            if found is not None and found.batch_no == batch_no:
                self.table.selectRow(row)
                return True
        return False

    def refresh(self) -> None:
        current = self.panel.view.batch_no if self.panel.view else ""
        self.model.reload()
        self._show_count()
        if current and not self.select(current):
            self.panel.show_batch(None)

    def on_panel_changed(self, batch_no: str) -> None:
        self.model.reload()
        self._show_count()
        if batch_no:
            self.table.selectionModel().blockSignals(True)
            self.select(batch_no)
            self.table.selectionModel().blockSignals(False)

    # --- a new batch ------------------------------------------------------------------------------------

    def open_new_dialog(self) -> ClaimPickDialog:
        dialog = ClaimPickDialog(self._database, today=self._today, parent=self)
        dialog.chosen.connect(lambda start, end, ids, d=dialog: self.create_batch(start, end, ids, d))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def create_batch(self, start: dt.date | None, end: dt.date | None, ids: list[int] | None,
                     dialog: ClaimPickDialog | None = None) -> Task:
        """A new batch off the GUI thread (a month can hold a thousand claims), then shown selected."""
        database, actor, today = self._database, self._actor(), self._today()
        if dialog is not None:
            dialog.set_busy(True)

        def done(view: BatchView) -> None:
            self.task = None
            if dialog is not None:
                dialog.done_ok()
            self.status_filter.setCurrentIndex(0)
            self.model.reload()
            self._show_count()
            self.select(view.batch_no)

        def failed(error: BaseException) -> None:
            self.task = None
            text = str(error) if isinstance(error, WarrantyDeskError) else f"{type(error).__name__}: {error}"
            if dialog is not None:
                dialog.show_error(text)
            else:
                self.message = show_message(self, self.tr("New batch"), text)

        self.task = run_task(lambda _report: batches.create_batch(database, actor, period_from=start, period_to=end,
                                                                  claim_ids=ids, today=today),
                             on_done=done, on_error=failed)
        with_progress_dialog(self.task, self.tr("Gathering the claims into a new batch…"), parent=self)
        return self.task

    # --- language ---------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        for index, (key, title) in enumerate(STATUS_CHOICES):
            self.status_filter.setItemText(
                index, QCoreApplication.translate(_CONTEXT, title) if title else label(BatchStatus(key)))
        self.new_button.setText(self.tr("&New batch…"))
        self.new_button.setToolTip(self.tr("Gather the approved claims of a repair-date period (Ctrl+N)"))
        needed = set_widths(self.table, (15, 7, 27, 6, 13, 10))  # a period of days: "2026-09-03 – 2026-10-28"
        # The list is as wide as its columns in the current language, no wider: the batch under review gets the rest.
        self.list_pane.setMinimumWidth(min(needed + 2 * self.table.frameWidth()
                                           + self.table.verticalScrollBar().sizeHint().width(), 620))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
