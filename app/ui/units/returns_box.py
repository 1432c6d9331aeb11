"""The exchange and refund part of a unit's service file: what the customer may choose today under the
15-day rules, the records the unit took part in, and the actions (exchange, refund, print the record)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.actors import Actor
from app.domain.enums import UnitStatus
from app.domain.errors import WarrantyDeskError
from app.domain.exchanges import ReturnKind, ReturnWindow
from app.domain.money import format_money
from app.services import exchanges, forms
from app.services.database import Database
from app.services.exchanges import ReturnInput, ReturnRecord
from app.services.units import model_choices
from app.ui.printing.form_printing import FormPrinting, PrintButton
from app.ui.units.returns_dialog import ReturnDialog


class ReturnsBox(QGroupBox):
    """Emits `changed` after an exchange or refund was recorded (the unit's status and file changed)."""

    changed = Signal()

    def __init__(self, database: Database, unit_id: int, *, model_id: Callable[[], int],
                 today: Callable[[], dt.date], actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnsBox")
        self._database, self.unit_id, self._model_id, self._today, self._actor = (
            database, unit_id, model_id, today, actor)
        self.records: list[ReturnRecord] = []
        self.window: ReturnWindow | None = None
        self.dialog: ReturnDialog | None = None
        self.offer_label = QLabel()
        self.offer_label.setObjectName("returnOffer")
        self.offer_label.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("returnRecords")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(90)
        self.exchange_button = QPushButton()
        self.exchange_button.setObjectName("exchangeUnit")
        self.refund_button = QPushButton()
        self.refund_button.setObjectName("refundUnit")
        self.printing = FormPrinting(
            database, lambda path, lang: forms.write_exchange_record_forms(database, [self._selected_no()], path,
                                                                          lang),
            kind="exchange-record", ready=lambda: bool(self._selected_no()), parent=self,
            name_hint=lambda: f"{self._selected_no()}.pdf",
            tooltip=lambda: self.tr("Preview, print or save the exchange or refund record for the customer to sign"))
        self.print_button = PrintButton(self.printing, text=lambda: self.tr("Print &record"))
        self.print_button.setObjectName("printReturnRecord")
        buttons = QHBoxLayout()
        buttons.addWidget(self.exchange_button)
        buttons.addWidget(self.refund_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.offer_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.exchange_button.clicked.connect(lambda: self.open_dialog(refund=False))
        self.refund_button.clicked.connect(lambda: self.open_dialog(refund=True))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.retranslate_ui()

    def _selected_no(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()].record_no if rows and rows[0].row() < len(self.records) else ""

    def reload(self) -> None:
        try:
            self.records = exchanges.records_of_unit(self._database, self.unit_id)
            self.window = exchanges.window_for(self._database, self.unit_id, self._today())
        except WarrantyDeskError as exc:
            self.records, self.window = [], None
            self.offer_label.setText(str(exc))
        self._show()

    def open_dialog(self, *, refund: bool) -> ReturnDialog:
        record = exchanges.record_refund if refund else exchanges.record_exchange

        def submit(data: ReturnInput) -> ReturnRecord:
            return record(self._database, self._actor(), data, today=self._today())

        self.dialog = ReturnDialog(self.unit_id, refund=refund, models=model_choices(self._database),
                                   model_id=self._model_id(), submit=submit, today=self._today(), parent=self)
        self.dialog.recorded.connect(self._recorded)
        self.dialog.open()
        return self.dialog

    def _recorded(self, record: ReturnRecord) -> None:
        self.reload()
        for row, shown in enumerate(self.records):
            if shown.record_no == record.record_no:
                self.table.selectRow(row)
        self.changed.emit()

    def _selection_changed(self) -> None:
        self.print_button.setEnabled(bool(self._selected_no()))

    def _show(self) -> None:
        self.table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            given_back = (r.serial_no if r.unit_id == self.unit_id
                          else self.tr("{serial} (this unit replaced it)").format(serial=r.serial_no))
            outcome = (self.tr("new unit {serial}").format(serial=r.new_serial_no) if r.kind is ReturnKind.EXCHANGE
                       else self.tr("refunded ¥{amount}").format(amount=format_money(r.refund_amount or 0)))
            cells = [r.record_no, self._kind(r.kind), r.decided_on.isoformat(), given_back, outcome]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setVisible(bool(self.records))
        window = self.window
        if window is not None:
            self.offer_label.setText(self._offer_text(window))
            self.exchange_button.setEnabled(window.applies is ReturnKind.EXCHANGE)
            self.refund_button.setEnabled(window.applies is ReturnKind.REFUND)
        else:
            self.exchange_button.setEnabled(False)
            self.refund_button.setEnabled(False)
        self._selection_changed()

    def _offer_text(self, w: ReturnWindow) -> str:
        if w.status is UnitStatus.EXCHANGED:
            return self.tr("No exchange or refund: the unit was exchanged and is back in the dealer's stock.")
        if w.status is UnitStatus.REFUNDED:
            return self.tr("No exchange or refund: the unit was refunded; its warranty is closed.")
        if w.applies is None:
            return self.tr("No exchange or refund: the unit is in the dealer's stock, not with a customer.")
        last = w.last_day.isoformat() if w.last_day else ""
        if w.kind is ReturnKind.EXCHANGE:
            return self.tr("Exchange or repair: for a safety or performance fault up to {date} (less than 15 days "
                           "after the sale) the customer may choose an exchange.").format(date=last)
        if w.kind is ReturnKind.REFUND:
            return self.tr("Refund or repair: for a safety or performance fault up to {date} (less than 15 days "
                           "after the exchange) the customer may choose a refund.").format(date=last)
        if w.applies is ReturnKind.REFUND:
            return self.tr("The 15 days after the exchange ended on {date}: a fault found later is repaired (a "
                           "refund only for a fault up to that day).").format(date=last)
        return self.tr("The 15 days after the sale ended on {date}: a fault found later is repaired (an exchange "
                       "only for a fault up to that day).").format(date=last)

    def _kind(self, kind: ReturnKind) -> str:
        return self.tr("Exchange") if kind is ReturnKind.EXCHANGE else self.tr("Refund")

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Exchange and refund (换货 / 退货)"))
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Kind"), self.tr("Date"),
                                              self.tr("Unit given back"), self.tr("Outcome")])
        self.exchange_button.setText(self.tr("E&xchange…"))
        self.exchange_button.setToolTip(self.tr("The customer takes a new unit for this one (service manager)"))
        self.refund_button.setText(self.tr("Re&fund…"))
        self.refund_button.setToolTip(self.tr("The customer gives this replacement back for a refund "
                                              "(service manager)"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
