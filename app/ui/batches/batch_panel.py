"""One claim batch under review: its totals, its claims, and what can still be done with it. An open
batch takes and gives back claims and can be deleted; an exported one is read-only and says so."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import BatchStatus
from app.domain.errors import WarrantyDeskError
from app.services import batches
from app.services.batches import BatchClaimRow, BatchView
from app.services.database import Database
from app.ui.batches.common import (
    BANNER_STYLE,
    TupleTableModel,
    bold,
    list_table,
    moment,
    period,
    selected_rows,
    set_widths,
    sort_by,
)
from app.ui.batches.export_dialog import ExportBatchDialog
from app.ui.batches.pick_dialog import ClaimPickDialog
from app.ui.batches.summary_printing import BatchSummaryPrinting
from app.ui.claims.common import ActorSource, money, show_message
from app.ui.labels import label
from app.ui.models.paged import ALIGN_RIGHT, Column
from app.ui.printing.form_printing import PrintButton
from app.ui.tasks import Task, run_task, with_progress_dialog

_CONTEXT = "BatchPanel"


def _number(row: BatchClaimRow) -> str:
    return row.claim_no if row.revision == 1 else f"{row.claim_no} r{row.revision}"


CLAIM_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("BatchPanel", "Claim no."), _number),
    Column(QT_TRANSLATE_NOOP("BatchPanel", "Status"), lambda r: label(r.status)),
    Column(QT_TRANSLATE_NOOP("BatchPanel", "Repair date"), lambda r: r.repair_date.isoformat()),
    Column(QT_TRANSLATE_NOOP("BatchPanel", "Serial no."), lambda r: r.serial_no),
    Column(QT_TRANSLATE_NOOP("BatchPanel", "Model"), lambda r: r.model_code),
    Column(QT_TRANSLATE_NOOP("BatchPanel", "Customer"), lambda r: r.customer_name),
    Column(QT_TRANSLATE_NOOP("BatchPanel", "Total"), lambda r: money(r.total_amount), align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("BatchPanel", "Labour"), lambda r: money(r.labour_amount), align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("BatchPanel", "Parts"), lambda r: money(r.parts_amount), align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("BatchPanel", "Travel"), lambda r: money(r.travel_amount), align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("BatchPanel", "Other"), lambda r: money(r.other_amount), align=ALIGN_RIGHT),
]
CLAIM_SORTS = [lambda r: (r.claim_no, r.revision), lambda r: r.status.value, lambda r: r.repair_date,
               lambda r: r.serial_no, lambda r: r.model_code, lambda r: r.customer_name, lambda r: r.total_amount,
               lambda r: r.labour_amount, lambda r: r.parts_amount, lambda r: r.travel_amount,
               lambda r: r.other_amount]
TOTALS = ("labour", "parts", "travel", "other", "total", "claims")


class BatchPanel(QWidget):
    changed = Signal(object)  # the batch number shown after a change ("" once deleted): the list follows

    def __init__(self, database: Database, *, actor: ActorSource, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._actor, self._today = database, actor, today
        self.view: BatchView | None = None
        self.task: Task | None = None
        self.message: QMessageBox | None = None
        self.confirm_box: QMessageBox | None = None
        self.pick_dialog: ClaimPickDialog | None = None
        self.export_dialog: ExportBatchDialog | None = None
        self.setStyleSheet(BANNER_STYLE)

        self.title = bold(QLabel(), 1.25)
        self.title.setObjectName("batchTitle")
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("batchFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.captions = {key: QLabel() for key in TOTALS}
        self.amounts = {key: bold(QLabel(), 1.15) for key in TOTALS}
        totals = QGridLayout()
        totals.setHorizontalSpacing(28)
        for column, key in enumerate(TOTALS):
            self.amounts[key].setObjectName(f"total_{key}")
            self.amounts[key].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.captions[key].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            totals.addWidget(self.captions[key], 0, column)
            totals.addWidget(self.amounts[key], 1, column)
        totals.setColumnStretch(len(TOTALS), 1)

        self.printing = BatchSummaryPrinting(database, lambda: self.view.batch_no if self.view else "", parent=self)
        self.print_button = PrintButton(self.printing, text=lambda: self.tr("Print &summary"))
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportBatch")
        self.export_button.clicked.connect(self.open_export_dialog)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteBatch")
        self.delete_button.clicked.connect(self.ask_delete)
        self.model = TupleTableModel(CLAIM_COLUMNS, context=_CONTEXT, sort_keys=CLAIM_SORTS, parent=self)
        self.table = list_table("batchClaims", self.model, multi=True)
        sort_by(self.table, 0)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.count_label = QLabel()
        self.add_button = QPushButton()
        self.add_button.setObjectName("addClaims")
        self.add_button.clicked.connect(self.open_add_dialog)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeClaims")
        self.remove_button.clicked.connect(self.remove_selected)

        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.print_button)
        heading.addWidget(self.export_button)
        heading.addWidget(self.delete_button)
        under = QHBoxLayout()
        under.addWidget(self.count_label, 1)
        under.addWidget(self.add_button)
        under.addWidget(self.remove_button)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(heading)
        body.addWidget(self.banner)
        body.addWidget(self.facts)
        body.addLayout(totals)
        body.addWidget(self.table, 1)
        body.addLayout(under)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.body, 1)
        self.retranslate_ui()
        self.show_batch(None)

    # --- showing ----------------------------------------------------------------------------------------

    def load(self, batch_no: str) -> None:
        try:
            self.show_batch(batches.get_batch(self._database, batch_no))
        except WarrantyDeskError as exc:
            self.show_batch(None)
            self.empty_label.setText(str(exc))

    def show_batch(self, view: BatchView | None) -> None:
        self.view = view
        self.empty_label.setVisible(view is None)
        self.body.setVisible(view is not None)
        self.model.set_rows(view.claims if view else ())
        self._describe()
        self._enable()

    def is_read_only(self) -> bool:
        return self.view is None or not self.view.is_open

    def _describe(self) -> None:
        view = self.view
        if view is None:
            return
        self.title.setText(self.tr("Claim batch {number} — {status}").format(number=view.batch_no,
                                                                              status=label(view.status)))
        self.banner.setVisible(not view.is_open)
        if view.status == BatchStatus.SETTLED:
            self.banner.setText(self.tr("Settled by head office: read only."))
        else:
            self.banner.setText(self.tr("Exported on {time} as {package}: read only. Its claims stay locked until "
                                        "head office's settlement comes back.").format(
                time=moment(view.exported_at), package=view.package_name))
        facts = [self.tr("Repair dates: {period}").format(period=period(view.period_from, view.period_to))
                 if view.period_from or view.period_to else self.tr("Claims picked one by one"),
                 self.tr("made {time}").format(time=moment(view.created_at))]
        self.facts.setText(" · ".join(facts))
        t = view.totals
        amounts: dict[str, Decimal | int] = {"labour": t.labour_amount, "parts": t.parts_amount,
                                             "travel": t.travel_amount, "other": t.other_amount,
                                             "total": t.total_amount, "claims": t.claim_count}
        for key, value in amounts.items():
            self.amounts[key].setText(f"{value:,}" if isinstance(value, int) else money(value))
        self.count_label.setText(self.tr("{count:,} claims").format(count=len(view.claims)))

    def _enable(self) -> None:
        editable = not self.is_read_only() and self.task is None
        has_claims = bool(self.view and self.view.claims)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and bool(self.table.selectionModel().selectedRows()))
        self.delete_button.setEnabled(editable)
        self.export_button.setEnabled(has_claims and self.task is None)
        self.print_button.setEnabled(self.view is not None)

    def selected_claim_ids(self) -> list[int]:
        return [row.claim_id for row in (self.model.row_at(r) for r in selected_rows(self.table)) if row is not None]

    # --- changing an open batch ---------------------------------------------------------------------

    def _run(self, work: Callable[[], BatchView | None], title: str, *,
             on_error: Callable[[str], None] | None = None, on_done: Callable[[], None] | None = None) -> Task:
        """One change off the GUI thread (hundreds of claims and their audit rows), then the batch again."""
        def done(view: BatchView | None) -> None:
            self.task = None
            if view is None:
                self.show_batch(None)
                self.changed.emit("")
            else:
                self.show_batch(view)
                self.changed.emit(view.batch_no)
            if on_done is not None:
                on_done()

        def failed(error: BaseException) -> None:
            self.task = None
            text = str(error) if isinstance(error, WarrantyDeskError) else f"{type(error).__name__}: {error}"
            if self.view is not None:
                self.load(self.view.batch_no)
            if on_error is not None:
                on_error(text)
            else:
                self.message = show_message(self, title, text)

        self.task = run_task(lambda _report: work(), on_done=done, on_error=failed)
        with_progress_dialog(self.task, title, parent=self)
        self._enable()
        return self.task

    def open_add_dialog(self) -> ClaimPickDialog | None:
        if self.view is None or self.is_read_only():
            return None
        dialog = ClaimPickDialog(self._database, today=self._today, batch=self.view, parent=self)
        dialog.chosen.connect(lambda _s, _e, ids, d=dialog: self.add_claims(ids, d))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pick_dialog = dialog
        dialog.open()
        return dialog

    def add_claims(self, ids: list[int], dialog: ClaimPickDialog | None = None) -> Task | None:
        if self.view is None or not ids:
            return None
        database, actor, number = self._database, self._actor(), self.view.batch_no
        if dialog is not None:
            dialog.set_busy(True)
        return self._run(lambda: batches.add_claims(database, actor, number, ids), self.tr("Add claims"),
                         on_error=dialog.show_error if dialog is not None else None,
                         on_done=dialog.done_ok if dialog is not None else None)

    def remove_selected(self) -> Task | None:
        ids = self.selected_claim_ids()
        if self.view is None or not ids:
            return None
        database, actor, number = self._database, self._actor(), self.view.batch_no
        return self._run(lambda: batches.remove_claims(database, actor, number, ids), self.tr("Remove claims"))

    def ask_delete(self) -> QMessageBox | None:
        if self.view is None or self.is_read_only():
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete batch"), self.tr(
            "Delete batch {number}? Its {count:,} claims go back to the approved claims waiting for a batch.").format(
            number=self.view.batch_no, count=self.view.totals.claim_count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(self.delete_batch)
        self.confirm_box = box
        box.open()
        return box

    def delete_batch(self) -> Task | None:
        if self.view is None:
            return None
        database, actor, number = self._database, self._actor(), self.view.batch_no

        def work() -> None:
            batches.delete_batch(database, actor, number)

        return self._run(work, self.tr("Delete batch"))

    # --- export ---------------------------------------------------------------------------------------

    def open_export_dialog(self) -> ExportBatchDialog | None:
        if self.view is None:
            return None
        dialog = ExportBatchDialog(self._database, self.view, actor=self._actor, today=self._today, parent=self)
        dialog.exported.connect(lambda result: self._after_export(result.batch_no))
        dialog.failed.connect(lambda _text, number=self.view.batch_no: self._after_export(number))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _after_export(self, number: str) -> None:
        self.load(number)
        self.changed.emit(number)

    # --- language ---------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        titles = {"labour": self.tr("Labour"), "parts": self.tr("Parts"), "travel": self.tr("Travel"),
                  "other": self.tr("Other"), "total": self.tr("Grand total"), "claims": self.tr("Claims")}
        for key, text in titles.items():
            self.captions[key].setText(text)
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Write the package for head office and lock the batch"))
        self.delete_button.setText(self.tr("&Delete batch"))
        self.delete_button.setToolTip(self.tr("Only an open batch; its claims wait for the next one"))
        self.add_button.setText(self.tr("&Add claims…"))
        self.remove_button.setText(self.tr("&Remove selected"))
        self.remove_button.setToolTip(self.tr("The claims go back to approved and wait for the next batch"))
        self.empty_label.setText(self.tr("Choose a batch on the left, or make a new one."))
        set_widths(self.table, (16, 9, 11, 16, 9, 8, 11, 10, 11, 9, 8))
        self._describe()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
