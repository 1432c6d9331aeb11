"""How a shipment leaves and when head office has it: carrier, waybill or delivery truck, date, packages,
weight; then the day it was received."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.shipments import MAX_CARRIER, MAX_WAYBILL, ShipmentView
from app.ui.claims.common import NotANumber, parse_decimal, plain


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ShippingForm(QWidget):
    ship_requested = Signal()
    receive_requested = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shipping_box = QGroupBox()
        self.carrier = QLineEdit()
        self.carrier.setObjectName("carrier")
        self.carrier.setMaxLength(MAX_CARRIER)
        self.waybill = QLineEdit()
        self.waybill.setObjectName("waybill")
        self.waybill.setMaxLength(MAX_WAYBILL)
        self.truck = QCheckBox()
        self.truck.setObjectName("deliveryTruck")
        self.truck.toggled.connect(self._enable_waybill)
        self.shipped_on = QDateEdit()
        self.shipped_on.setObjectName("shippedOn")
        self.shipped_on.setCalendarPopup(True)
        self.shipped_on.setDisplayFormat("yyyy-MM-dd")
        self.shipped_on.setMaximumWidth(160)
        self.packages = QSpinBox()
        self.packages.setObjectName("packages")
        self.packages.setRange(0, 999)
        self.weight = QLineEdit()
        self.weight.setObjectName("weight")
        self.weight.setMaximumWidth(120)
        self.ship_button = QPushButton()
        self.ship_button.setObjectName("shipShipment")
        self.ship_button.setAutoDefault(False)
        self.ship_button.clicked.connect(self.ship_requested)
        waybill_row = QHBoxLayout()
        waybill_row.addWidget(self.waybill, 1)
        waybill_row.addWidget(self.truck)
        amounts = QHBoxLayout()
        amounts.addWidget(self.packages)
        amounts.addSpacing(12)
        self.weight_caption = QLabel()
        self.weight_caption.setBuddy(self.weight)
        amounts.addWidget(self.weight_caption)
        amounts.addWidget(self.weight)
        amounts.addStretch(1)
        amounts.addWidget(self.ship_button)
        self.shipping_captions = [QLabel() for _ in range(4)]
        shipping_form = QFormLayout(self.shipping_box)
        for caption, row in zip(self.shipping_captions, (self.carrier, waybill_row, self.shipped_on, amounts),
                                strict=True):
            shipping_form.addRow(caption, row)

        self.head_office_box = QGroupBox()
        self.received_on = QDateEdit()
        self.received_on.setObjectName("receivedOn")
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.receive_button = QPushButton()
        self.receive_button.setObjectName("markReceived")
        self.receive_button.setAutoDefault(False)
        self.receive_button.clicked.connect(self.receive_requested)
        self.verdicts_row = QHBoxLayout()  # the page adds its verdict buttons here
        received_row = QHBoxLayout()
        received_row.addWidget(self.received_on)
        received_row.addWidget(self.receive_button)
        received_row.addStretch(1)
        self.received_caption, self.verdict_caption = QLabel(), QLabel()
        self.received_caption.setBuddy(self.received_on)
        head_office_form = QFormLayout(self.head_office_box)
        head_office_form.addRow(self.received_caption, received_row)
        head_office_form.addRow(self.verdict_caption, self.verdicts_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.shipping_box)
        layout.addWidget(self.head_office_box)
        self.retranslate_ui()

    def load(self, view: ShipmentView | None, today: dt.date) -> None:
        draft = view is not None and not view.read_only
        self.carrier.setText(view.carrier if view else "")
        self.waybill.setText(view.waybill_no if view else "")
        self.truck.setChecked(bool(view and view.by_delivery_truck))
        self.shipped_on.setDate(_qdate(view.shipped_on if view and view.shipped_on else today))
        self.packages.setValue(view.packages or 0 if view else 0)
        self.weight.setText(plain(view.weight_kg) if view else "")
        self.received_on.setDate(_qdate(view.received_on if view and view.received_on else today))
        for widget in (self.carrier, self.waybill, self.truck, self.shipped_on, self.packages, self.weight,
                       self.ship_button):
            widget.setEnabled(draft)
        self._enable_waybill()
        shipped = view is not None and view.shipped_on is not None
        self.head_office_box.setEnabled(shipped)
        received = view is not None and view.received_on is not None
        self.received_on.setEnabled(shipped and not received)
        self.receive_button.setEnabled(shipped and not received)

    def _enable_waybill(self) -> None:
        self.waybill.setEnabled(self.carrier.isEnabled() and not self.truck.isChecked())

    def values(self) -> tuple[str, str, bool, dt.date, int | None, Decimal | None]:
        """carrier, waybill, by delivery truck, shipped on, packages, weight; raises NotANumber on a bad weight."""
        weight = parse_decimal(self.weight.text())
        if weight is not None and weight <= 0:
            raise NotANumber(self.weight.text())
        return (self.carrier.text(), "" if self.truck.isChecked() else self.waybill.text(), self.truck.isChecked(),
                self.shipped_on.date().toPython(), self.packages.value() or None, weight)

    def received_date(self) -> dt.date:
        return self.received_on.date().toPython()  # type: ignore[no-any-return]

    def retranslate_ui(self) -> None:
        self.shipping_box.setTitle(self.tr("Shipping"))
        labels = (self.tr("&Carrier:"), self.tr("&Waybill no.:"), self.tr("Shipped &on:"), self.tr("Pac&kages:"))
        fields = (self.carrier, self.waybill, self.shipped_on, self.packages)
        for caption, text, field in zip(self.shipping_captions, labels, fields, strict=True):
            caption.setText(text)
            caption.setBuddy(field)
        self.carrier.setPlaceholderText(self.tr("e.g. 德邦物流"))
        self.truck.setText(self.tr("With head office's &delivery truck"))
        self.weight_caption.setText(self.tr("W&eight (kg):"))
        self.ship_button.setText(self.tr("&Ship"))
        self.ship_button.setToolTip(self.tr("The shipment leaves: it can no longer change"))
        self.head_office_box.setTitle(self.tr("Head office"))
        self.received_caption.setText(self.tr("&Received on:"))
        self.verdict_caption.setText(self.tr("Verdict:"))
        self.receive_button.setText(self.tr("Mark &received"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
