"""The stock dialogs: adjust by hand, counter sale, order placed, minimum and bin, return to the factory,
and an emergency order received. Each returns its values through `submitted` (see forms.py)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QWidget

from app.domain.stock import ReturnReason
from app.services.stock import CounterSaleInput, EmergencyOrderRow, FactoryReturnInput, StockRow
from app.ui.stock.forms import InputProblem, PartField, StockForm, date_edit, date_of, number_of
from app.ui.stock.texts import dealer_pays_restoration, quantity_text, reason_label, rule_text

Lookup = Callable[[str], StockRow]


@dataclass(frozen=True)
class Adjustment:
    part_no: str
    quantity: Decimal
    counted: bool  # True: quantity is the count; False: a signed change
    reason: str


@dataclass(frozen=True)
class OrderPlaced:
    part_no: str
    quantity: Decimal
    reference: str


@dataclass(frozen=True)
class StockDetails:
    part_no: str
    minimum: Decimal
    bin_location: str


@dataclass(frozen=True)
class Arrival:
    order_id: int
    received_on: dt.date
    reference: str


class AdjustDialog(StockForm):
    def __init__(self, lookup: Lookup, *, part_no: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setObjectName("adjustDialog")
        self.part = PartField(lookup)
        self.by_change = QRadioButton()
        self.by_change.setObjectName("byChange")
        self.by_count = QRadioButton()
        self.by_count.setObjectName("byCount")
        self.by_count.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_change)
        group.addButton(self.by_count)
        modes = QHBoxLayout()
        modes.addWidget(self.by_count)
        modes.addWidget(self.by_change)
        modes.addStretch(1)
        self.quantity = QLineEdit()
        self.quantity.setObjectName("quantity")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.part_label, self.quantity_label, self.reason_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.part_label, self.part)
        self.form.addRow("", modes)
        self.form.addRow(self.quantity_label, self.quantity)
        self.form.addRow(self.reason_label, self.reason)
        self.part.found.connect(lambda _row: self._prefill())
        self.by_count.toggled.connect(lambda _on: self._prefill())
        self.retranslate_ui()
        if part_no:
            self.part.set_part_no(part_no)

    def _prefill(self) -> None:
        """Counting starts from what the books say; a change starts empty."""
        row = self.part.row
        self.quantity.setText(quantity_text(row.on_hand) if row is not None and self.by_count.isChecked() else "")
        self.retranslate_ui()

    def value(self) -> Adjustment:
        quantity = number_of(self.quantity, self.quantity_label)
        assert quantity is not None
        if not self.reason.text().strip():
            raise InputProblem(self.tr("Say why the stock is adjusted."))
        return Adjustment(self.part.part_no(), quantity, self.by_count.isChecked(), self.reason.text())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Adjust stock"))
        self.part_label.setText(self.tr("&Part no.:"))
        self.by_count.setText(self.tr("Quantity &counted"))
        self.by_change.setText(self.tr("C&hange (+ in, − out)"))
        self.quantity_label.setText(self.tr("&Quantity:") if self.by_count.isChecked() else self.tr("&Change:"))
        self.quantity_label.setBuddy(self.quantity)
        self.part_label.setBuddy(self.part.edit)
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason_label.setBuddy(self.reason)
        self.reason.setPlaceholderText(self.tr("Stock count, damaged in store, found …"))
        self.part.retranslate_ui()


class CounterSaleDialog(StockForm):
    def __init__(self, lookup: Lookup, today: dt.date, *, part_no: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setObjectName("counterSaleDialog")
        self.part = PartField(lookup)
        self.quantity = QLineEdit("1")
        self.quantity.setObjectName("quantity")
        self.price = QLineEdit()
        self.price.setObjectName("price")
        self.customer = QLineEdit()
        self.customer.setObjectName("customer")
        self.customer.setMaxLength(200)
        self.sold_on = date_edit(today)
        self.labels = [QLabel() for _ in range(5)]
        for label_widget, field in zip(self.labels, (self.part, self.quantity, self.price, self.customer,
                                                     self.sold_on), strict=True):
            self.form.addRow(label_widget, field)
        self.part.found.connect(lambda _row: self.retranslate_ui())
        self.retranslate_ui()
        if part_no:
            self.part.set_part_no(part_no)

    def value(self) -> CounterSaleInput:
        quantity = number_of(self.quantity, self.labels[1])
        price = number_of(self.price, self.labels[2], required=False)
        return CounterSaleInput(self.part.part_no(), quantity or Decimal(0), date_of(self.sold_on), price,
                                self.customer.text())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Counter sale"))
        for widget, text, buddy in zip(self.labels, (self.tr("&Part no.:"), self.tr("&Quantity:"),
                                                     self.tr("Unit &price:"), self.tr("C&ustomer:"),
                                                     self.tr("&Sold on:")),
                                       (self.part.edit, self.quantity, self.price, self.customer, self.sold_on),
                                       strict=True):
            widget.setText(text)
            widget.setBuddy(buddy)
        row = self.part.row
        self.price.setPlaceholderText(self.tr("Catalogue price: {price}").format(price=row.unit_price)
                                      if row is not None else self.tr("Empty: the catalogue price"))
        self.customer.setPlaceholderText(self.tr("Optional"))
        self.part.retranslate_ui()


class OrderPlacedDialog(StockForm):
    def __init__(self, lookup: Lookup, *, part_no: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setObjectName("orderPlacedDialog")
        self.part = PartField(lookup)
        self.quantity = QLineEdit()
        self.quantity.setObjectName("quantity")
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setMaxLength(60)
        self.labels = [QLabel() for _ in range(3)]
        for label_widget, field in zip(self.labels, (self.part, self.quantity, self.reference), strict=True):
            self.form.addRow(label_widget, field)
        self.part.found.connect(lambda _row: self.retranslate_ui())
        self.retranslate_ui()
        if part_no:
            self.part.set_part_no(part_no)

    def value(self) -> OrderPlaced:
        quantity = number_of(self.quantity, self.labels[1])
        return OrderPlaced(self.part.part_no(), quantity or Decimal(0), self.reference.text())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Order placed with the factory"))
        self.explanation.setText(self.tr("The quantity is added to what is on order until the delivery list is "
                                         "received."))
        self.explanation.show()
        for widget, text, buddy in zip(self.labels, (self.tr("&Part no.:"), self.tr("&Quantity:"),
                                                     self.tr("Order &reference:")),
                                       (self.part.edit, self.quantity, self.reference), strict=True):
            widget.setText(text)
            widget.setBuddy(buddy)
        row = self.part.row
        self.quantity.setPlaceholderText(self.tr("Whole packs of {size}").format(size=row.pack_size)
                                         if row is not None else "")
        self.part.retranslate_ui()


class StockDetailsDialog(StockForm):
    def __init__(self, lookup: Lookup, *, part_no: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setObjectName("stockDetailsDialog")
        self.part = PartField(lookup)
        self.minimum = QLineEdit()
        self.minimum.setObjectName("minimum")
        self.bin_location = QLineEdit()
        self.bin_location.setObjectName("binLocation")
        self.bin_location.setMaxLength(60)
        self.labels = [QLabel() for _ in range(3)]
        for label_widget, field in zip(self.labels, (self.part, self.minimum, self.bin_location), strict=True):
            self.form.addRow(label_widget, field)
        self.part.found.connect(self._prefill)
        self.retranslate_ui()
        if part_no:
            self.part.set_part_no(part_no)

    def _prefill(self, row: StockRow | None) -> None:
        if row is not None:
            self.minimum.setText(quantity_text(row.minimum))
            self.bin_location.setText(row.bin_location)

    def value(self) -> StockDetails:
        minimum = number_of(self.minimum, self.labels[1], required=False)
        return StockDetails(self.part.part_no(), minimum or Decimal(0), self.bin_location.text())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Minimum stock and bin"))
        for widget, text, buddy in zip(self.labels, (self.tr("&Part no.:"), self.tr("&Minimum stock:"),
                                                     self.tr("&Bin location:")),
                                       (self.part.edit, self.minimum, self.bin_location), strict=True):
            widget.setText(text)
            widget.setBuddy(buddy)
        self.part.retranslate_ui()


class FactoryReturnDialog(StockForm):
    """Return to the factory: the freight rule of the chosen reason is shown as it is chosen."""

    def __init__(self, lookup: Lookup, today: dt.date, *, part_no: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setObjectName("factoryReturnDialog")
        self.part = PartField(lookup)
        self.quantity = QLineEdit("1")
        self.quantity.setObjectName("quantity")
        self.reason = QComboBox()
        self.reason.setObjectName("returnReason")
        for reason in ReturnReason:
            self.reason.addItem("", reason)
        self.rule = QLabel()
        self.rule.setObjectName("freightRule")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("font-weight: bold;")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMaxLength(500)
        self.labour = QLineEdit()
        self.labour.setObjectName("restorationLabour")
        self.returned_on = date_edit(today)
        self.labels = [QLabel() for _ in range(6)]
        fields = (self.part, self.quantity, self.reason, self.note, self.labour, self.returned_on)
        for index, (label_widget, field) in enumerate(zip(self.labels, fields, strict=True)):
            self.form.addRow(label_widget, field)
            if index == 2:
                self.form.addRow("", self.rule)
        self.reason.currentIndexChanged.connect(lambda _i: self.retranslate_ui())
        self.part.found.connect(lambda _row: self.retranslate_ui())
        self.retranslate_ui()
        if part_no:
            self.part.set_part_no(part_no)

    def chosen_reason(self) -> ReturnReason:
        return ReturnReason(self.reason.currentData())

    def value(self) -> FactoryReturnInput:
        reason = self.chosen_reason()
        quantity = number_of(self.quantity, self.labels[1])
        labour = (number_of(self.labour, self.labels[4], required=False)
                  if dealer_pays_restoration(reason) else None)
        if reason == ReturnReason.OTHER and not self.note.text().strip():
            raise InputProblem(self.tr("Say why the part cannot be sold."))
        return FactoryReturnInput(self.part.part_no(), quantity or Decimal(0), reason, date_of(self.returned_on),
                                  note=self.note.text(), restoration_labour=labour or Decimal(0))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Return to the factory"))
        for index, reason in enumerate(ReturnReason):
            self.reason.setItemText(index, reason_label(reason))
        texts = (self.tr("&Part no.:"), self.tr("&Quantity:"), self.tr("R&eason:"), self.tr("&What is wrong:"),
                 self.tr("Restoration &labour (yuan):"), self.tr("Returned &on:"))
        buddies = (self.part.edit, self.quantity, self.reason, self.note, self.labour, self.returned_on)
        for widget, text, buddy in zip(self.labels, texts, buddies, strict=True):
            widget.setText(text)
            widget.setBuddy(buddy)
        reason = self.chosen_reason()
        self.rule.setText(rule_text(reason))
        self.labour.setEnabled(dealer_pays_restoration(reason))
        if not dealer_pays_restoration(reason):
            self.labour.clear()
        self.note.setPlaceholderText(self.tr("Required for other unsaleable stock") if reason == ReturnReason.OTHER
                                     else self.tr("Optional"))
        row = self.part.row
        self.quantity.setToolTip(self.tr("At most {count} (on hand)").format(count=quantity_text(row.on_hand))
                                 if row is not None else "")
        self.part.retranslate_ui()


class ArrivalDialog(StockForm):
    """An emergency order's part has arrived."""

    def __init__(self, order: EmergencyOrderRow, today: dt.date, *, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setObjectName("arrivalDialog")
        self._order = order
        self.received_on = date_edit(today)
        self.received_on.setObjectName("receivedOn")
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setMaxLength(60)
        self.labels = [QLabel(), QLabel()]
        self.form.addRow(self.labels[0], self.received_on)
        self.form.addRow(self.labels[1], self.reference)
        self.retranslate_ui()

    def value(self) -> Arrival:
        return Arrival(self._order.id, date_of(self.received_on), self.reference.text())

    def retranslate_ui(self) -> None:
        o = self._order
        self.setWindowTitle(self.tr("Emergency order {number} received").format(number=o.order_no))
        self.explanation.setText(self.tr(
            "{part} {name} × {quantity} for claim {claim}, ordered on {ordered}. It goes into stock, and the days "
            "waited are recorded on the claim.").format(part=o.part_no, name=o.part_name,
                                                        quantity=quantity_text(o.quantity), claim=o.claim_no,
                                                        ordered=o.ordered_on.isoformat()))
        self.explanation.show()
        self.labels[0].setText(self.tr("&Received on:"))
        self.labels[0].setBuddy(self.received_on)
        self.labels[1].setText(self.tr("&Delivery list no.:"))
        self.labels[1].setBuddy(self.reference)
        self.reference.setPlaceholderText(self.tr("Optional"))
