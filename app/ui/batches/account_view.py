"""The account with head office (三包费用往来): what it credited, what the dealer offset against its payable,
what is still owed per batch and in total and how old it is, the ledger itself, and its Excel export.

The figures are sums over every claim of every exported batch: they load on a pool thread."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WarrantyDeskError
from app.services import ledger
from app.services.database import Database
from app.services.ledger import Accounts, Ageing, LedgerBalance, LedgerRow
from app.services.paging import Page, PageRequest
from app.ui.batches.account_tables import (
    ACCOUNT_COLUMNS,
    ACCOUNT_SORTS,
    ACCOUNT_WIDTHS,
    DEDUCTION_COLUMNS,
    DEDUCTION_SORTS,
    DEDUCTION_WIDTHS,
    LEDGER_COLUMNS,
    LEDGER_WIDTHS,
    AgeingTable,
    deductions_of,
)
from app.ui.batches.common import TupleTableModel, bold, list_table, selected_rows, set_widths, sort_by
from app.ui.batches.offset_dialog import OffsetDialog
from app.ui.claims.common import ActorSource, money, show_message
from app.ui.models.paged import PagedTableModel
from app.ui.tasks import Task, run_task, with_progress_dialog

_CONTEXT = "AccountView"
FIGURES = ("claimed", "approved", "deducted", "awaiting", "credited", "offset", "open_credit", "owed")
Loaded = tuple[Accounts, Ageing, LedgerBalance]


class AccountView(QWidget):
    def __init__(self, database: Database, *, actor: ActorSource, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._actor, self._today = database, actor, today
        self.accounts: Accounts | None = None
        self.ageing: Ageing | None = None
        self.balance: LedgerBalance | None = None
        self.load_task: Task | None = None
        self.export_task: Task | None = None
        self.offset_dialog: OffsetDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.message: QMessageBox | None = None
        self._generation = 0
        self._sized = False

        self.captions = {key: QLabel() for key in FIGURES}
        self.figures = {key: bold(QLabel(), 1.2) for key in FIGURES}
        strip = QGridLayout()
        strip.setHorizontalSpacing(26)
        for column, key in enumerate(FIGURES):
            self.figures[key].setObjectName(f"figure_{key}")
            for widget in (self.captions[key], self.figures[key]):
                widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            strip.addWidget(self.captions[key], 0, column)
            strip.addWidget(self.figures[key], 1, column)
        strip.setColumnStretch(len(FIGURES), 1)
        self.status_label = QLabel()
        self.status_label.setObjectName("accountStatus")
        self.offset_button = QPushButton()
        self.offset_button.setObjectName("recordOffset")
        self.offset_button.clicked.connect(self.open_offset_dialog)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportLedger")
        self.export_button.clicked.connect(self.on_export_button_clicked)

        self.accounts_caption = bold(QLabel())
        self.accounts_model = TupleTableModel(ACCOUNT_COLUMNS, context=_CONTEXT, sort_keys=ACCOUNT_SORTS, parent=self)
        self.accounts_table = list_table("batchAccounts", self.accounts_model)
        sort_by(self.accounts_table, 0, Qt.SortOrder.DescendingOrder)  # the newest batch first
        self.accounts_table.selectionModel().selectionChanged.connect(lambda *_a: self._show_deductions())
        self.deductions_caption = bold(QLabel())
        self.deductions_model = TupleTableModel(DEDUCTION_COLUMNS, context=_CONTEXT, sort_keys=DEDUCTION_SORTS,
                                                parent=self)
        self.deductions_table = list_table("deductionsTable", self.deductions_model)
        sort_by(self.deductions_table, 3, Qt.SortOrder.DescendingOrder)  # the biggest deduction first
        self.ageing_caption = bold(QLabel())
        self.ageing_table = AgeingTable()
        self.ledger_caption = bold(QLabel())
        self.ledger_model = PagedTableModel(self._fetch, LEDGER_COLUMNS, context=_CONTEXT, parent=self)
        self.ledger_table = list_table("ledgerTable", self.ledger_model)
        sort_by(self.ledger_table, 0, Qt.SortOrder.DescendingOrder)  # the newest entry first

        top = QHBoxLayout()
        top.addLayout(strip, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.offset_button)
        buttons.addWidget(self.export_button)
        top.addLayout(buttons)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.ageing_caption)
        side_layout.addWidget(self.ageing_table)
        side_layout.addWidget(self.deductions_caption)
        side_layout.addWidget(self.deductions_table, 1)
        self.side = side
        batches = QWidget()
        batches_layout = QVBoxLayout(batches)
        batches_layout.setContentsMargins(0, 0, 0, 0)
        batches_layout.addWidget(self.accounts_caption)
        batches_layout.addWidget(self.accounts_table, 1)
        upper = self.upper = QSplitter(Qt.Orientation.Horizontal)
        upper.setChildrenCollapsible(False)
        upper.addWidget(batches)
        upper.addWidget(side)
        upper.setStretchFactor(0, 1)
        upper.setStretchFactor(1, 0)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.ledger_caption)
        lower_layout.addWidget(self.ledger_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._sized:  # the batches' columns need the room more than the side's narrow tables
            self._sized = True
            side = self.side.minimumWidth()
            self.upper.setSizes([max(self.upper.width() - side, side), side])
        super().showEvent(event)

    # --- loading ----------------------------------------------------------------------------------------

    def _fetch(self, request: PageRequest) -> Page[LedgerRow]:
        return ledger.ledger_page(self._database, request)

    def refresh(self) -> Task:
        """The ledger page at once; the accounts and ageing off the GUI thread (a newer load wins)."""
        self.ledger_model.reload()
        self._generation += 1
        generation, database, today = self._generation, self._database, self._today()
        self.status_label.setText(self.tr("Loading…"))

        def load(_report: object) -> tuple[int, Loaded]:
            return generation, (ledger.accounts(database), ledger.ageing(database, today),
                                ledger.ledger_balance(database))

        self.load_task = run_task(load, on_done=self._loaded, on_error=self._load_failed)
        return self.load_task

    def _loaded(self, result: tuple[int, Loaded]) -> None:
        generation, (accounts, ageing, balance) = result
        if generation != self._generation:
            return
        self.accounts, self.ageing, self.balance = accounts, ageing, balance
        chosen = self.chosen_batch()
        self.accounts_model.set_rows(accounts.batches)
        self._reselect(chosen)
        self.ageing_table.show_ageing(ageing)
        self._show_figures()
        self._show_deductions()
        self.status_label.setText(self.ledger_model.error or "")

    def _load_failed(self, error: BaseException) -> None:
        self.status_label.setText(str(error) if isinstance(error, WarrantyDeskError) else self.tr(
            "The account could not be loaded: {error}").format(error=error))

    def _show_figures(self) -> None:
        total = self.accounts.total if self.accounts else None
        values: dict[str, Decimal | None] = {key: None for key in FIGURES}
        if total is not None:
            values.update(claimed=total.claimed, approved=total.approved, deducted=total.deducted,
                          awaiting=total.awaiting, credited=total.credited, offset=total.offset,
                          open_credit=total.open_credit, owed=total.owed)
        if self.balance is not None:  # the ledger's own sums, entries without a batch included
            values.update(credited=self.balance.credited, offset=self.balance.offset,
                          open_credit=self.balance.open_credit)
        for key, value in values.items():
            self.figures[key].setText(money(value))

    def chosen_batch(self) -> str:
        rows = selected_rows(self.accounts_table)
        account = self.accounts_model.row_at(rows[0]) if rows else None
        return account.batch_no if account is not None else ""

    def _reselect(self, batch_no: str) -> None:
        for row, account in enumerate(self.accounts_model.rows()):
            if account.batch_no == batch_no:
                self.accounts_table.selectRow(row)
                return

    def _show_deductions(self) -> None:
        chosen = self.chosen_batch()
        if self.accounts is None:
            self.deductions_model.set_rows(())
        else:
            self.deductions_model.set_rows(deductions_of(self.accounts.batches, self.accounts.total, chosen))
        self.deductions_caption.setText(self.tr("Deductions by reason: batch {number}").format(number=chosen)
                                        if chosen else self.tr("Deductions by reason: all batches"))

    # --- offsets ----------------------------------------------------------------------------------------

    def open_offset_dialog(self) -> OffsetDialog:
        open_credit = self.balance.open_credit if self.balance else Decimal(0)
        dialog = OffsetDialog(today=self._today(), open_credit=open_credit,
                              batches=self.accounts.batches if self.accounts else (), parent=self)
        dialog.entered.connect(lambda *values, d=dialog: self.record_offset(*values, dialog=d))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.offset_dialog = dialog
        dialog.open()
        return dialog

    def record_offset(self, entry_date: dt.date, amount: Decimal, reference: str, note: str,
                      batch_no: str | None, *, dialog: OffsetDialog | None = None) -> bool:
        try:
            ledger.record_offset(self._database, self._actor(), entry_date=entry_date, amount=amount,
                                 reference=reference, note=note, batch_no=batch_no, today=self._today())
        except WarrantyDeskError as exc:
            if dialog is not None:
                dialog.show_error(str(exc))
            else:
                self.message = show_message(self, self.tr("Record an offset"), str(exc))
            return False
        if dialog is not None:
            dialog.done_ok()
        self.refresh()
        return True

    # --- export -----------------------------------------------------------------------------------------

    def on_export_button_clicked(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Export the account to Excel"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel workbooks (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.selectFile(self.tr("account with head office {day}.xlsx").format(day=self._today().isoformat()))
        dialog.fileSelected.connect(self.export_to)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: str | Path) -> Task:
        database, today = self._database, self._today()
        task = run_task(lambda _report: ledger.export_ledger(database, path, today), on_done=self._exported,
                        on_error=self._export_failed)
        with_progress_dialog(task, self.tr("Writing the account workbook…"), parent=self)
        self.export_task = task
        return task

    def _exported(self, path: Path) -> None:
        self.message = show_message(self, self.tr("Export to Excel"), self.tr("Saved {file}.").format(file=path),
                                    warning=False)

    def _export_failed(self, error: BaseException) -> None:
        text = str(error) if isinstance(error, WarrantyDeskError | OSError) else self.tr(
            "The workbook could not be written: {error}").format(error=error)
        self.message = show_message(self, self.tr("Export to Excel"), text)

    # --- language ---------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        titles = {"claimed": self.tr("Claimed"), "approved": self.tr("Approved"), "deducted": self.tr("Deducted"),
                  "awaiting": self.tr("Awaiting settlement"), "credited": self.tr("Credited"),
                  "offset": self.tr("Offset"), "open_credit": self.tr("Credit not offset"),
                  "owed": self.tr("Still owed")}
        for key, text in titles.items():
            self.captions[key].setText(text)
        self.captions["owed"].setToolTip(self.tr("Claims head office has not settled plus credit not yet offset"))
        self.offset_button.setText(self.tr("Record an &offset…"))
        self.offset_button.setToolTip(self.tr("Credit used against the dealer's payable to head office"))
        self.export_button.setText(self.tr("E&xport to Excel…"))
        self.export_button.setToolTip(self.tr("The ledger, the batches, the deductions and the ageing, one sheet "
                                              "each"))
        self.accounts_caption.setText(self.tr("Per batch (choose one to see its deductions)"))
        self.ageing_caption.setText(self.tr("Ageing"))
        self.ledger_caption.setText(self.tr("Ledger"))
        self.ageing_table.retranslate_ui()
        set_widths(self.accounts_table, ACCOUNT_WIDTHS)
        needed = set_widths(self.deductions_table, DEDUCTION_WIDTHS, stretch=1)
        table = self.deductions_table
        side = needed + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        self.side.setMinimumWidth(side)
        self.side.setMaximumWidth(side + 120)
        set_widths(self.ledger_table, LEDGER_WIDTHS, stretch=5)
        self._show_figures()
        self._show_deductions()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
