"""Record an exchange (换货) or a refund (退货): the fault and its day, what was agreed, and the new unit's
serial number or the amount refunded. The dialog hands a ReturnInput to `submit`; a refusal shows in the
dialog, which stays open so the clerk can correct it (nothing is half-saved: the service is all or nothing)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WarrantyDeskError
from app.domain.exchanges import FaultKind
from app.services.exchanges import ReturnInput, ReturnRecord
from app.services.units import ModelChoice
from app.ui.claims.common import NotANumber, parse_decimal
from app.ui.units.sale_dialog import to_date, to_qdate
from app.ui.units.texts import model_text
from app.ui.widgets.dialog_parts import error_label, ok_cancel


class ReturnDialog(QDialog):
    """Emits `recorded(record)` once `submit` accepted the exchange or refund."""

    recorded = Signal(object)

    def __init__(self, unit_id: int, *, refund: bool, models: list[ModelChoice], model_id: int,
                 submit: Callable[[ReturnInput], ReturnRecord], today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refundDialog" if refund else "exchangeDialog")
        self.unit_id, self.refund, self._submit = unit_id, refund, submit
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.fault_date = self._date_edit("returnFaultDate", today)
        self.decided_on = self._date_edit("returnDecidedOn", today)
        self.fault_kind = QComboBox()
        self.fault_kind.setObjectName("returnFaultKind")
        self.fault_kind.addItems(["", ""])
        self.description = QPlainTextEdit()
        self.description.setObjectName("returnFaultDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(64)
        self.reason = QLineEdit()
        self.reason.setObjectName("returnReason")
        self.new_serial = QLineEdit()
        self.new_serial.setObjectName("returnNewSerial")
        self.new_engine = QLineEdit()
        self.new_engine.setObjectName("returnNewEngine")
        self.new_model = QComboBox()
        self.new_model.setObjectName("returnNewModel")
        for model in models:
            self.new_model.addItem(model_text(model.code, model.name), model.id)
        self.new_model.setCurrentIndex(max(0, self.new_model.findData(model_id)))
        self.amount = QLineEdit()
        self.amount.setObjectName("returnAmount")

        self.form = QFormLayout()
        self.captions = {name: QLabel() for name in ("fault_date", "fault_kind", "description", "decided_on",
                                                     "reason", "new_serial", "new_engine", "new_model", "amount")}
        fields = {"fault_date": self.fault_date, "fault_kind": self.fault_kind, "description": self.description,
                  "decided_on": self.decided_on, "reason": self.reason}
        fields.update({"amount": self.amount} if refund else
                      {"new_serial": self.new_serial, "new_engine": self.new_engine, "new_model": self.new_model})
        for name, field in fields.items():
            self.captions[name].setBuddy(field)
            self.form.addRow(self.captions[name], field)
        self.error_label = error_label("returnError")
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self.retranslate_ui()
        self.fault_date.setFocus()

    @staticmethod
    def _date_edit(name: str, today: dt.date) -> QDateEdit:
        edit = QDateEdit(to_qdate(today))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMaximumDate(to_qdate(today))
        return edit

    def return_input(self) -> ReturnInput:
        amount = None
        if self.refund:
            try:
                amount = parse_decimal(self.amount.text())
            except NotANumber:
                raise WarrantyDeskError(self.tr("The refund amount “{text}” is not a number.").format(
                    text=self.amount.text())) from None
        return ReturnInput(
            unit_id=self.unit_id, fault_date=to_date(self.fault_date.date()),
            decided_on=to_date(self.decided_on.date()),
            fault_kind=(FaultKind.SAFETY, FaultKind.PERFORMANCE)[self.fault_kind.currentIndex()],
            fault_description=self.description.toPlainText(), reason=self.reason.text(),
            new_serial_no="" if self.refund else self.new_serial.text(),
            new_engine_no="" if self.refund else self.new_engine.text(),
            new_model_id=None if self.refund else self.new_model.currentData(), refund_amount=amount)

    def accept(self) -> None:
        try:
            record = self._submit(self.return_input())
        except WarrantyDeskError as exc:
            self.show_error(str(exc))
            return
        self.error_label.hide()
        self.recorded.emit(record)
        super().accept()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def retranslate_ui(self) -> None:
        if self.refund:
            self.setWindowTitle(self.tr("Refund (退货)"))
            self.intro.setText(self.tr(
                "A safety or performance fault less than 15 days after the exchange lets the customer choose a "
                "refund. The unit's warranty ends with it; print the record for the customer to sign."))
        else:
            self.setWindowTitle(self.tr("Exchange (换货)"))
            self.intro.setText(self.tr(
                "A safety or performance fault less than 15 days after the sale lets the customer choose an "
                "exchange instead of a repair. The customer takes the new unit below; the unit given back returns "
                "to stock and the new unit's warranty periods start on the exchange date."))
        self.fault_kind.setItemText(0, self.tr("Safety fault (安全性能故障)"))
        self.fault_kind.setItemText(1, self.tr("Performance fault (使用性能故障)"))
        captions = {"fault_date": self.tr("&Fault date:"), "fault_kind": self.tr("&Kind of fault:"),
                    "description": self.tr("&What the fault is:"), "decided_on": self.tr("&Date of the exchange:")
                    if not self.refund else self.tr("&Date of the refund:"),
                    "reason": self.tr("What was &agreed:"), "new_serial": self.tr("New unit's &serial number:"),
                    "new_engine": self.tr("New unit's &engine number:"), "new_model": self.tr("New unit's &model:"),
                    "amount": self.tr("Amount &refunded (yuan):")}
        for name, text in captions.items():
            self.captions[name].setText(text)
        self.reason.setPlaceholderText(self.tr("e.g. the customer chose an exchange; the old unit goes back to stock"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
