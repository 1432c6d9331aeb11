"""Emergency orders of one claim (紧急订货), opened from the claim editor: the claim's parts with what is in
stock, its emergency orders, a new order for a part not in stock, and an order's arrival (which books the
part into stock and records the days waited on the claim).

The dialog calls the stock services itself and emits `changed` after each change: the claim's waiting time
and version may have changed, so the editor reloads the claim.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.actors import Actor
from app.domain.errors import WarrantyDeskError
from app.services import stock
from app.services.database import Database
from app.services.stock import ClaimOrders, EmergencyOrderInput, EmergencyOrderRow
from app.ui.labels import label
from app.ui.stock.dialogs import Arrival, ArrivalDialog
from app.ui.stock.forms import InputProblem, PartField, date_edit, date_of, number_of
from app.ui.stock.texts import quantity_text

_STYLE = "QLabel#formError { color: #b71c1c; } QLabel#claimState { font-weight: bold; }"


class EmergencyOrderDialog(QDialog):
    changed = Signal()  # an order was placed or received: reload the claim

    def __init__(self, database: Database, claim_id: int, actor: Callable[[], Actor] | Actor,
                 today: Callable[[], dt.date] | dt.date = dt.date.today, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emergencyOrderDialog")
        self.setStyleSheet(_STYLE)
        self._database, self._claim_id = database, claim_id
        self._actor: Callable[[], Actor] = actor if callable(actor) else (lambda: actor)  # type: ignore[assignment]
        self._today: Callable[[], dt.date] = today if callable(today) else (lambda: today)  # type: ignore[assignment]
        self.state: ClaimOrders | None = None
        self.arrival: ArrivalDialog | None = None
        self.resize(820, 600)

        self.claim_label = QLabel()
        self.claim_label.setObjectName("claimState")
        self.parts_title = QLabel()
        self.parts_table = self._table("claimParts", 4, stretch=1)
        self.parts_table.itemSelectionChanged.connect(self.on_parts_table_selection)
        self.orders_title = QLabel()
        self.orders_table = self._table("claimOrders", 7, stretch=2)
        self.orders_table.itemSelectionChanged.connect(self._update_buttons)
        self.received_button = QPushButton()
        self.received_button.setObjectName("orderReceived")
        self.received_button.clicked.connect(self.open_arrival)

        self.new_box = QGroupBox()
        self.part = PartField(lambda number: stock.stock_part(database, number))
        self.quantity = QLineEdit("1")
        self.quantity.setObjectName("quantity")
        self.ordered_on = date_edit(self._today())
        self.ordered_on.setObjectName("orderedOn")
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setMaxLength(60)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self.new_box)
        for widget, field in zip(self.labels, (self.part, self.quantity, self.ordered_on, self.reference), strict=True):
            form.addRow(widget, field)
        self.order_button = QPushButton()
        self.order_button.setObjectName("placeOrder")
        self.order_button.clicked.connect(self.place_order)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.order_button)
        form.addRow("", button_row)
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("emergencyMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        orders_row = QHBoxLayout()
        orders_row.addWidget(self.orders_title, 1)
        orders_row.addWidget(self.received_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.claim_label)
        layout.addWidget(self.parts_title)
        layout.addWidget(self.parts_table, 1)
        layout.addLayout(orders_row)
        layout.addWidget(self.orders_table, 1)
        layout.addWidget(self.new_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.reload()

    def _table(self, name: str, columns: int, *, stretch: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        return table

    # --- data ----------------------------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self.state = stock.claim_orders(self._database, self._claim_id)
        except WarrantyDeskError as exc:
            self.state = None
            self.error_label.setText(str(exc))
        self._fill()

    def _fill(self) -> None:
        state = self.state
        parts = state.parts if state is not None else ()
        self.parts_table.setRowCount(len(parts))
        for row, need in enumerate(parts):
            short = need.on_hand < need.quantity
            cells = (need.part_no, need.part_name, quantity_text(need.quantity), quantity_text(need.on_hand))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if short and column == 3:
                    item.setForeground(Qt.GlobalColor.red)
                self.parts_table.setItem(row, column, item)
        orders = state.orders if state is not None else ()
        today = self._today()
        self.orders_table.setRowCount(len(orders))
        for row, order in enumerate(orders):
            cells = (order.order_no, order.part_no, order.part_name, quantity_text(order.quantity),
                     order.ordered_on.isoformat(),
                     order.received_on.isoformat() if order.received_on else self.tr("Waiting"),
                     str(order.days_waited(today)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (3, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 6 and order.received_on is None:
                    item.setForeground(Qt.GlobalColor.red)
                self.orders_table.setItem(row, column, item)
        self.retranslate_ui()

    def selected_order(self) -> EmergencyOrderRow | None:
        rows = self.orders_table.selectionModel().selectedRows()
        if self.state is None or len(rows) != 1:
            return None
        return self.state.orders[rows[0].row()]

    # --- actions -------------------------------------------------------------------------------------------

    def on_parts_table_selection(self) -> None:
        rows = self.parts_table.selectionModel().selectedRows()
        if self.state is not None and len(rows) == 1:
            need = self.state.parts[rows[0].row()]
            self.part.set_part_no(need.part_no)
            self.quantity.setText(quantity_text(max(need.quantity - need.on_hand, Decimal(1))))

    def place_order(self) -> bool:
        try:
            quantity = number_of(self.quantity, self.labels[1])
            data = EmergencyOrderInput(self._claim_id, self.part.part_no(), quantity or Decimal(0),
                                       date_of(self.ordered_on), reference=self.reference.text())
            order = stock.raise_emergency_order(self._database, self._actor(), data, self._today())
        except (InputProblem, WarrantyDeskError) as exc:
            self.error_label.setText(str(exc))
            return False
        self.error_label.clear()
        self.message.setText(self.tr("Emergency order {number}: {part} × {quantity} ordered on {day}.").format(
            number=order.order_no, part=order.part_no, quantity=quantity_text(order.quantity),
            day=order.ordered_on.isoformat()))
        self.reference.clear()
        self.reload()
        self.changed.emit()
        return True

    def open_arrival(self) -> ArrivalDialog | None:
        order = self.selected_order()
        if order is None or order.received_on is not None:
            return None
        if self.arrival is not None:
            self.arrival.deleteLater()  # the one before, closed; kept until now rather than deleted on close
        dialog = ArrivalDialog(order, self._today(), parent=self)
        dialog.submitted.connect(lambda value: self.receive(dialog, value))
        self.arrival = dialog
        dialog.open()
        return dialog

    def receive(self, dialog: ArrivalDialog, value: Arrival) -> None:
        try:
            receipt = stock.receive_emergency_order(self._database, self._actor(), value.order_id, value.received_on,
                                                    self._today(), reference=value.reference)
        except WarrantyDeskError as exc:
            dialog.show_error(str(exc))
            return
        dialog.finish()
        self.message.setText(self.tr("{number} received; the claim waited {days} days for parts.").format(
            number=receipt.order.order_no, days=receipt.parts_wait_days))
        self.reload()
        self.changed.emit()

    # --- presentation --------------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        order = self.selected_order()
        self.received_button.setEnabled(order is not None and order.received_on is None)
        can_order = self.state is not None and self.state.can_order
        self.new_box.setEnabled(can_order)

    def retranslate_ui(self) -> None:
        state = self.state
        if state is not None:
            self.setWindowTitle(self.tr("Emergency orders of claim {claim}").format(claim=state.claim_no))
            text = self.tr("Claim {claim} ({status}): {days} days waiting for parts recorded.").format(
                claim=state.claim_no, status=label(state.status), days=state.parts_wait_days)
            if not state.can_order:
                text += " " + self.tr("The claim is no longer at the dealer: no new orders.")
            self.claim_label.setText(text)
        else:
            self.setWindowTitle(self.tr("Emergency orders"))
        self.parts_title.setText(self.tr("Parts of the claim (choose one to order it):"))
        self.parts_table.setHorizontalHeaderLabels([self.tr("Part no."), self.tr("Part name"), self.tr("Needed"),
                                                    self.tr("On hand")])
        self.orders_title.setText(self.tr("Emergency orders:"))
        self.orders_table.setHorizontalHeaderLabels([self.tr("Order no."), self.tr("Part no."), self.tr("Part name"),
                                                     self.tr("Quantity"),
                                                     self.tr("Ordered on"), self.tr("Received on"),
                                                     self.tr("Days waited")])
        self.received_button.setText(self.tr("&Received…"))
        self.new_box.setTitle(self.tr("New emergency order for a part not in stock"))
        for widget, text, buddy in zip(self.labels, (self.tr("&Part no.:"), self.tr("&Quantity:"),
                                                     self.tr("Ordered &on:"), self.tr("Order &reference:")),
                                       (self.part.edit, self.quantity, self.ordered_on, self.reference), strict=True):
            widget.setText(text)
            widget.setBuddy(buddy)
        self.reference.setPlaceholderText(self.tr("Optional: the factory's order number"))
        self.order_button.setText(self.tr("Place &emergency order"))
        self.part.retranslate_ui()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
