"""Record an offset: warranty credit used against what the dealer owes head office (rule 5). The dialog
returns what was typed; the caller calls the service and reports back with show_error() or done_ok(),
so a refusal (more than the open credit, a date in the future) is shown inline and nothing is lost."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.ledger import BatchAccount
from app.services.ledger.entries import NOTE_LENGTH, REFERENCE_LENGTH
from app.ui.batches.common import BANNER_STYLE, restyle
from app.ui.claims.common import NotANumber, money, parse_decimal


class OffsetDialog(QDialog):
    # entry date, amount (Decimal), reference, note, batch number or None (the oldest credit first)
    entered = Signal(object, object, str, str, object)

    def __init__(self, *, today: dt.date, open_credit: Decimal, batches: tuple[BatchAccount, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offsetDialog")
        self.setStyleSheet(BANNER_STYLE)
        self._open_credit = open_credit
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.date_label, self.amount_label, self.reference_label = QLabel(), QLabel(), QLabel()
        self.note_label, self.batch_label = QLabel(), QLabel()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setObjectName("offsetDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.amount_field = QLineEdit()
        self.amount_field.setObjectName("offsetAmount")
        self.amount_field.setAlignment(Qt.AlignmentFlag.AlignRight)
        for field in (self.date_edit, self.amount_field):
            field.setMaximumWidth(self.fontMetrics().averageCharWidth() * 18 + 40)
        self.reference_field = QLineEdit()
        self.reference_field.setObjectName("offsetReference")
        self.reference_field.setMaxLength(REFERENCE_LENGTH)
        self.note_field = QLineEdit()
        self.note_field.setObjectName("offsetNote")
        self.note_field.setMaxLength(NOTE_LENGTH)
        self.batch_combo = QComboBox()
        self.batch_combo.setObjectName("offsetBatch")
        self.batch_combo.addItem("", None)
        for account in batches:
            if account.open_credit > 0:
                self.batch_combo.addItem(f"{account.batch_no}  ({money(account.open_credit)})", account.batch_no)
        for caption, field in ((self.date_label, self.date_edit), (self.amount_label, self.amount_field),
                               (self.reference_label, self.reference_field), (self.note_label, self.note_field),
                               (self.batch_label, self.batch_combo)):
            caption.setBuddy(field)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.date_label, self.date_edit)
        form.addRow(self.amount_label, self.amount_field)
        form.addRow(self.reference_label, self.reference_field)
        form.addRow(self.note_label, self.note_field)
        form.addRow(self.batch_label, self.batch_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 340)
        self.retranslate_ui()

    def values(self) -> tuple[dt.date, Decimal | None, str, str, str | None]:
        """What was typed; NotANumber when the amount is not a number."""
        date = self.date_edit.date()
        return (dt.date(date.year(), date.month(), date.day()), parse_decimal(self.amount_field.text()),
                self.reference_field.text(), self.note_field.text(), self.batch_combo.currentData())

    def accept(self) -> None:
        try:
            entry_date, amount, reference, note, batch_no = self.values()
        except NotANumber as exc:
            self.show_error(self.tr("The amount is not a number: {text}").format(text=exc))
            self.amount_field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if amount is None:
            self.show_error(self.tr("Type the amount offset."))
            self.amount_field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.error_label.clear()
        self.entered.emit(entry_date, amount, reference, note, batch_no)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        restyle(self.error_label)

    def done_ok(self) -> None:
        """The caller recorded the offset: close."""
        super().accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Record an offset"))
        self.explanation.setText(self.tr(
            "Warranty credit used against what the dealer owes head office for machines and parts, as head "
            "office's statement or voucher shows it. At most the credit not yet offset: {amount}.").format(
            amount=money(self._open_credit)))
        self.date_label.setText(self.tr("&Date:"))
        self.amount_label.setText(self.tr("&Amount (yuan):"))
        self.reference_label.setText(self.tr("&Reference:"))
        self.reference_field.setPlaceholderText(self.tr("Head office's voucher or statement number"))
        self.note_label.setText(self.tr("&Note:"))
        self.batch_label.setText(self.tr("&Against:"))
        self.batch_combo.setItemText(0, self.tr("The oldest credit first"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
