"""The stock section (配件库存): parts in stock with their movements, returns to the factory and emergency
orders, and the dialogs that change stock: adjust, receive a delivery list, counter sale, order placed,
minimum and bin, return to the factory, emergency order received.

Every dialog opens with open(); its values come back through `submitted`, this view calls the service,
and a refusal is shown in the dialog itself so nothing typed is lost.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.domain.errors import WarrantyDeskError
from app.services import stock
from app.services.database import Database
from app.services.stock import CounterSaleInput, FactoryReturnInput, StockRow
from app.ui.claims.common import ActorSource, actor_source
from app.ui.labels import label
from app.ui.stock.delivery_dialog import ReceiveDeliveryDialog
from app.ui.stock.dialogs import (
    AdjustDialog,
    Adjustment,
    Arrival,
    ArrivalDialog,
    CounterSaleDialog,
    FactoryReturnDialog,
    OrderPlaced,
    OrderPlacedDialog,
    StockDetails,
    StockDetailsDialog,
)
from app.ui.stock.forms import StockForm
from app.ui.stock.panels import EmergencyPanel, ReturnsPanel, StockListPanel
from app.ui.stock.texts import payer_label, quantity_text, rule_text

STOCK_TAB, RETURNS_TAB, EMERGENCY_TAB = range(3)


class StockView(QWidget):
    claim_requested = Signal(int)  # open this claim (from an emergency order)
    changed = Signal()  # stock changed here: views that show stock may refresh

    def __init__(self, database: Database, *, actor: ActorSource | None = None,
                 today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockView")
        self._database, self._actor, self._today = database, actor_source(database, actor), today
        self.dialog: QWidget | None = None  # the dialog opened last (tests look at it)
        self._shown_once = False

        self.stock_panel = StockListPanel(database)
        self.returns_panel = ReturnsPanel(database)
        self.emergency_panel = EmergencyPanel(database, today)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("stockTabs")
        self.tabs.addTab(self.stock_panel, "")
        self.tabs.addTab(self.returns_panel, "")
        self.tabs.addTab(self.emergency_panel, "")
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())

        self.message = QLabel()
        self.message.setObjectName("stockMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receive_button = self._button("receiveDelivery", self.open_receive_delivery)
        self.adjust_button = self._button("adjustStock", self.open_adjust)
        self.sale_button = self._button("counterSale", self.open_counter_sale)
        self.order_button = self._button("orderPlaced", self.open_order_placed)
        self.details_button = self._button("stockDetails", self.open_details)
        self.return_button = self._button("returnToFactory", self.open_factory_return)
        self.arrived_button = self._button("emergencyReceived", self.open_arrival)
        self.claim_button = self._button("openClaim", self.open_claim)
        self.stock_panel.part_changed.connect(lambda _row: self._update_buttons())
        self.emergency_panel.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.emergency_panel.model.modelReset.connect(self._update_buttons)
        self.emergency_panel.table.activated.connect(lambda _index: self.open_claim())
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)

        actions = QHBoxLayout()
        for button in (self.receive_button, self.adjust_button, self.sale_button, self.order_button,
                       self.details_button, self.return_button, self.arrived_button, self.claim_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.retranslate_ui()
        self.stock_panel.apply_filters()
        self.returns_panel.apply_filters()
        self.emergency_panel.apply_filters()
        self._update_buttons()

    def _button(self, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- what the window calls ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.stock_panel.reload()
        self.returns_panel.model.reload()
        self.returns_panel.show_count()
        self.emergency_panel.model.reload()
        self.emergency_panel.show_count()
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Claims approved or orders completed elsewhere moved stock since this view was last on screen.
        if self._shown_once:
            self.refresh()
        self._shown_once = True
        super().showEvent(event)

    # --- dialogs ---------------------------------------------------------------------------------------

    def _lookup(self, part_no: str) -> StockRow:
        return stock.stock_part(self._database, part_no)

    def _part_no(self) -> str:
        row = self.stock_panel.current()
        return row.part_no if row is not None else ""

    def _open(self, dialog: QWidget) -> None:
        # The dialog stays (hidden) until the next one opens: deleted on close (WA_DeleteOnClose) while its own
        # `submitted` was being handled, it crashed PySide when the view was torn down.
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def _form(self, dialog: StockForm, action: Callable[[Any], str]) -> StockForm:
        """Open `dialog`; its values go to `action` (calls a service, returns what to say); a refusal stays
        in the dialog."""
        def submit(value: Any) -> None:
            try:
                said = action(value)
            except WarrantyDeskError as exc:
                dialog.show_error(str(exc))
                return
            dialog.finish()
            self.message.setText(said)
            self.refresh()
            self.changed.emit()
        dialog.submitted.connect(submit)
        self._open(dialog)
        return dialog

    def open_adjust(self) -> StockForm:
        def adjust(value: Adjustment) -> str:
            quantity = {"counted" if value.counted else "change": value.quantity}
            row = stock.adjust_stock(self._database, self._actor(), value.part_no, reason=value.reason,
                                     today=self._today(), **quantity)
            return self.tr("{part} {name}: {count} on hand.").format(part=row.part_no, name=row.name,
                                                                     count=quantity_text(row.on_hand))
        return self._form(AdjustDialog(self._lookup, part_no=self._part_no(), parent=self), adjust)

    def open_counter_sale(self) -> StockForm:
        def sell(value: CounterSaleInput) -> str:
            sale = stock.record_counter_sale(self._database, self._actor(), value)
            return self.tr("Counter sale {number}: {part} × {quantity}, {amount} yuan.").format(
                number=sale.sale_no, part=sale.part_no, quantity=quantity_text(sale.quantity), amount=sale.amount)
        return self._form(CounterSaleDialog(self._lookup, self._today(), part_no=self._part_no(), parent=self), sell)

    def open_order_placed(self) -> StockForm:
        def order(value: OrderPlaced) -> str:
            row = stock.record_order_placed(self._database, self._actor(), value.part_no, value.quantity,
                                            reference=value.reference)
            return self.tr("{part} {name}: {count} on order.").format(part=row.part_no, name=row.name,
                                                                      count=quantity_text(row.on_order))
        return self._form(OrderPlacedDialog(self._lookup, part_no=self._part_no(), parent=self), order)

    def open_details(self) -> StockForm:
        def save(value: StockDetails) -> str:
            row = stock.set_stock_details(self._database, self._actor(), value.part_no, minimum=value.minimum,
                                          bin_location=value.bin_location)
            return self.tr("{part} {name}: minimum {minimum}, bin {bin}.").format(
                part=row.part_no, name=row.name, minimum=quantity_text(row.minimum), bin=row.bin_location or "—")
        return self._form(StockDetailsDialog(self._lookup, part_no=self._part_no(), parent=self), save)

    def open_factory_return(self) -> StockForm:
        def send_back(value: FactoryReturnInput) -> str:
            row = stock.return_to_factory(self._database, self._actor(), value)
            return self.tr("{number}: {part} × {quantity} back to the factory. {rule} Freight paid by: "
                           "{payer}.").format(number=row.return_no, part=row.part_no,
                                              quantity=quantity_text(row.quantity), rule=rule_text(row.reason),
                                              payer=payer_label(row.freight_payer))
        return self._form(FactoryReturnDialog(self._lookup, self._today(), part_no=self._part_no(), parent=self),
                          send_back)

    def open_arrival(self) -> StockForm | None:
        order = self.emergency_panel.current()
        if order is None or order.received_on is not None:
            return None

        def arrived(value: Arrival) -> str:
            receipt = stock.receive_emergency_order(self._database, self._actor(), value.order_id, value.received_on,
                                                    self._today(), reference=value.reference)
            text = self.tr("{number} received: {part} × {quantity} into stock.").format(
                number=receipt.order.order_no, part=receipt.order.part_no,
                quantity=quantity_text(receipt.order.quantity))
            if receipt.claim_updated:
                return text + " " + self.tr("Claim {claim} waited {days} days for parts.").format(
                    claim=receipt.order.claim_no, days=receipt.parts_wait_days)
            return text + " " + self.tr("Claim {claim} is {status}: its record is closed and its waiting time "
                                        "was not changed.").format(claim=receipt.order.claim_no,
                                                                   status=label(receipt.claim_status))
        return self._form(ArrivalDialog(order, self._today(), parent=self), arrived)

    def open_receive_delivery(self) -> ReceiveDeliveryDialog:
        dialog = ReceiveDeliveryDialog(self._database, actor=self._actor(), today=self._today, parent=self)
        dialog.imported.connect(lambda _result: (self.refresh(), self.changed.emit()))
        self._open(dialog)
        return dialog

    def open_claim(self) -> None:
        order = self.emergency_panel.current()
        if order is not None:
            self.claim_requested.emit(order.claim_id)

    # --- presentation ----------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        tab = self.tabs.currentIndex()
        order = self.emergency_panel.current()
        for button in (self.adjust_button, self.sale_button, self.order_button, self.details_button):
            button.setVisible(tab == STOCK_TAB)
        self.receive_button.setVisible(tab == STOCK_TAB)
        self.return_button.setVisible(tab in (STOCK_TAB, RETURNS_TAB))
        self.arrived_button.setVisible(tab == EMERGENCY_TAB)
        self.claim_button.setVisible(tab == EMERGENCY_TAB)
        self.arrived_button.setEnabled(order is not None and order.received_on is None)
        self.claim_button.setEnabled(order is not None)

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(STOCK_TAB, self.tr("Stock"))
        self.tabs.setTabText(RETURNS_TAB, self.tr("Returns to the factory"))
        self.tabs.setTabText(EMERGENCY_TAB, self.tr("Emergency orders"))
        self.receive_button.setText(self.tr("Receive &delivery…"))
        self.receive_button.setToolTip(self.tr("Book a signed delivery list (销售发货清单) into stock"))
        self.adjust_button.setText(self.tr("&Adjust…"))
        self.sale_button.setText(self.tr("Counter &sale…"))
        self.order_button.setText(self.tr("Order &placed…"))
        self.details_button.setText(self.tr("&Minimum and bin…"))
        self.return_button.setText(self.tr("Return to &factory…"))
        self.arrived_button.setText(self.tr("&Received…"))
        self.claim_button.setText(self.tr("Open &claim"))
        for panel in (self.stock_panel, self.returns_panel, self.emergency_panel):
            panel.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
