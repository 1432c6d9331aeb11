"""Head office's settlement notices (三包费用核销通知): the notices on top, newest first; the chosen one's
lines below, claim by claim, with what head office approved, deducted and why. A rejected or partly
approved claim can be reworked into a new revision that goes in a later batch."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.domain.enums import ClaimStatus
from app.domain.errors import WarrantyDeskError
from app.services.database import Database
from app.services.paging import Page, PageRequest
from app.services.settlements import (
    SettlementLineView,
    SettlementRow,
    SettlementView,
    get_settlement,
    rework_claim,
    settlements_page,
)
from app.ui.batches.common import TupleTableModel, bold, list_table, selected_rows, set_widths, sort_by
from app.ui.batches.settlement_import import SettlementImportDialog
from app.ui.claims.common import ActorSource, money, show_message
from app.ui.labels import label
from app.ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel

_CONTEXT = "SettlementsView"
REWORKABLE = (ClaimStatus.REJECTED, ClaimStatus.SETTLED_PARTIAL)
_COLOURS = {ClaimStatus.REJECTED: QColor("#b71c1c"), ClaimStatus.SETTLED_PARTIAL: QColor("#8a4b00")}

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("SettlementsView", "Settlement no."), lambda r: r.settlement_no, "settlement_no"),
    Column(QT_TRANSLATE_NOOP("SettlementsView", "Notice date"), lambda r: r.notice_date.isoformat(), "notice_date"),
    Column(QT_TRANSLATE_NOOP("SettlementsView", "Batch"), lambda r: r.batch_no, "batch"),
    Column(QT_TRANSLATE_NOOP("SettlementsView", "Claims"), lambda r: f"{r.claims:,}", align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("SettlementsView", "Claimed"), lambda r: money(r.claimed_amount), align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("SettlementsView", "Approved"), lambda r: money(r.approved_amount), "approved",
           ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("SettlementsView", "Deducted"), lambda r: money(r.deducted_amount), "deducted",
           ALIGN_RIGHT),
]


def _number(line: SettlementLineView) -> str:
    return line.claim_no if line.revision == 1 else f"{line.claim_no} r{line.revision}"


LINE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("SettlementsView", "Claim no."), _number),
    Column(QT_TRANSLATE_NOOP("SettlementsView", "Claimed"), lambda r: money(r.claimed_amount), align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("SettlementsView", "Approved"), lambda r: money(r.approved_amount), align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("SettlementsView", "Deducted"), lambda r: money(r.deducted_amount), align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("SettlementsView", "Reason code"), lambda r: r.reason_code),
    Column(QT_TRANSLATE_NOOP("SettlementsView", "Reason"), lambda r: r.reason_text, tooltip=lambda r: r.reason_text),
    Column(QT_TRANSLATE_NOOP("SettlementsView", "Outcome"), lambda r: label(r.outcome),
           foreground=lambda r: _COLOURS.get(r.outcome)),
    Column(QT_TRANSLATE_NOOP("SettlementsView", "Status now"), lambda r: label(r.status)),
]
LINE_SORTS = [lambda r: (r.claim_no, r.revision), lambda r: r.claimed_amount, lambda r: r.approved_amount,
              lambda r: r.deducted_amount, lambda r: r.reason_code, lambda r: r.reason_text, lambda r: r.outcome.value,
              lambda r: r.status.value]


class SettlementsView(QWidget):
    claim_requested = Signal(int)  # open this claim (the new revision after a rework)
    changed = Signal()  # a notice was imported or a claim reworked: the batches and the account follow

    def __init__(self, database: Database, *, actor: ActorSource, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._actor, self._today = database, actor, today
        self.view: SettlementView | None = None
        self.import_dialog: SettlementImportDialog | None = None
        self.message: QMessageBox | None = None
        self.open_box: QMessageBox | None = None
        self.reworked_id: int | None = None

        self.count_label = QLabel()
        self.import_button = QPushButton()
        self.import_button.setObjectName("importSettlement")
        self.import_button.clicked.connect(self.open_import_dialog)
        self.model = PagedTableModel(self._fetch, COLUMNS, context=_CONTEXT, parent=self)
        self.table = list_table("settlementsTable", self.model)
        sort_by(self.table, 1, Qt.SortOrder.DescendingOrder)  # the newest notice first
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.on_selection_changed())

        self.title = bold(QLabel(), 1.15)
        self.title.setObjectName("settlementTitle")
        self.lines_model = TupleTableModel(LINE_COLUMNS, context=_CONTEXT, sort_keys=LINE_SORTS, parent=self)
        self.lines = list_table("settlementLines", self.lines_model)
        sort_by(self.lines, 0)
        self.lines.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.lines.activated.connect(lambda _index: self.open_claim())
        self.rework_button = QPushButton()
        self.rework_button.setObjectName("reworkClaim")
        self.rework_button.clicked.connect(self.rework_selected)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openSettledClaim")
        self.open_button.clicked.connect(self.open_claim)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.count_label, 1)
        heading.addWidget(self.import_button)
        top_layout.addLayout(heading)
        top_layout.addWidget(self.table, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 4, 0, 0)
        line_heading = QHBoxLayout()
        line_heading.addWidget(self.title, 1)
        line_heading.addWidget(self.open_button)
        line_heading.addWidget(self.rework_button)
        bottom_layout.addLayout(line_heading)
        bottom_layout.addWidget(self.lines, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)
        self.retranslate_ui()
        self.refresh()

    # --- the notices ------------------------------------------------------------------------------------

    def _fetch(self, request: PageRequest) -> Page[SettlementRow]:
        return settlements_page(self._database, request)

    def refresh(self) -> None:
        current = self.view.row.settlement_no if self.view else ""
        self.model.reload()
        self._show_count()
        if current:
            self.select(current)
        else:
            self.show_settlement(None)

    def _show_count(self) -> None:
        self.count_label.setText(self.model.error or self.tr("{count:,} settlement notices").format(
            count=self.model.total()))

    def select(self, settlement_no: str) -> bool:
        for row in range(min(self.model.total(), 2000)):
            found = self.model.row_at(row)
            if found is not None and found.settlement_no == settlement_no:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)
                self.table.viewport().update()
                self.load(settlement_no)  # also when the row was selected already: its lines may have changed
                return True
        self.show_settlement(None)
        return False

    def on_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            self.show_settlement(None)
        elif self.view is None or self.view.row.settlement_no != row.settlement_no:
            self.load(row.settlement_no)

    def load(self, settlement_no: str) -> None:
        try:
            self.show_settlement(get_settlement(self._database, settlement_no))
        except WarrantyDeskError as exc:
            self.show_settlement(None)
            self.title.setText(str(exc))

    def show_settlement(self, view: SettlementView | None) -> None:
        self.view = view
        self.lines_model.set_rows(view.lines if view else ())
        self._retitle()
        self._enable()

    def _retitle(self) -> None:
        view = self.view
        if view is None:
            self.title.setText(self.tr("Choose a settlement notice to see its claims."))
            return
        row = view.row
        self.title.setText(self.tr("Settlement {number} of {date}: claimed {claimed}, approved {approved}, "
                                   "deducted {deducted}").format(
            number=row.settlement_no, date=row.notice_date.isoformat(), claimed=money(row.claimed_amount),
            approved=money(row.approved_amount), deducted=money(row.deducted_amount)))

    # --- a line ---------------------------------------------------------------------------------------

    def current_line(self) -> SettlementLineView | None:
        rows = selected_rows(self.lines)
        return self.lines_model.row_at(rows[0]) if len(rows) == 1 else None

    def _enable(self) -> None:
        line = self.current_line()
        self.rework_button.setEnabled(line is not None and line.status in REWORKABLE)
        self.open_button.setEnabled(line is not None)

    def open_claim(self) -> None:
        line = self.current_line()
        if line is not None:
            self.claim_requested.emit(line.claim_id)

    def rework_selected(self) -> int | None:
        """A new draft revision of the chosen rejected or cut claim; then offer to open it."""
        line = self.current_line()
        if line is None or line.status not in REWORKABLE:
            return None
        try:
            claim = rework_claim(self._database, self._actor(), line.claim_no, self._today())
        except WarrantyDeskError as exc:
            self.message = show_message(self, self.tr("Rework claim"), str(exc))
            return None
        self.reworked_id = claim.id
        if self.view is not None:
            self.load(self.view.row.settlement_no)
        self.changed.emit()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Rework claim"), self.tr(
            "Claim {number} is now revision {revision}, a draft: correct it, mark it ready and approve it, and it "
            "goes in a later batch. Open it now?").format(number=claim.claim_no, revision=claim.revision),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, self)
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda claim_id=claim.id: self.claim_requested.emit(claim_id))
        self.open_box = box
        box.open()
        return claim.id

    # --- importing ------------------------------------------------------------------------------------

    def open_import_dialog(self) -> SettlementImportDialog:
        dialog = SettlementImportDialog(self._database, actor=self._actor(), today=self._today, parent=self)
        dialog.imported.connect(self._after_import)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _after_import(self, result: object) -> None:
        self.model.reload()
        self._show_count()
        self.select(getattr(result, "settlement_no", ""))
        self.changed.emit()

    # --- language ---------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.import_button.setText(self.tr("&Import settlement…"))
        self.import_button.setToolTip(self.tr("Head office's settlement notice, as a workbook or a JSON file"))
        self.rework_button.setText(self.tr("Re&work claim"))
        self.rework_button.setToolTip(self.tr("A rejected or partly approved claim becomes a new draft revision "
                                              "for a later batch"))
        self.open_button.setText(self.tr("Open c&laim"))
        set_widths(self.table, (16, 11, 16, 7, 14, 14, 14))
        set_widths(self.lines, (16, 12, 12, 12, 10, 30, 14, 16), stretch=5)
        self._show_count()
        self._retitle()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
