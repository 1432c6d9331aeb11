"""The "New entry" dialog: channel, when the call came in, who is calling about which machine, the problem.

The customer and unit are found as the clerk types a phone number or name, or scans a serial number
(a keyboard-wedge scanner types it and presses Enter). The dialog hands an EntryInput to the `save`
callable its owner gives it and stays open, showing the reason, when saving is refused.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ServiceChannel
from app.domain.errors import WarrantyDeskError
from app.domain.normalize import clean_code
from app.services.service_log import EntryInput
from app.services.service_lookup import CustomerHit, Lookup, UnitHit
from app.ui.labels import choices
from app.ui.service_log.common import TIME_FORMAT, from_qdatetime, to_qdatetime

LOOKUP_DELAY_MS = 250  # wait for a pause in typing before searching
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class NewEntryDialog(QDialog):
    def __init__(self, lookup: Callable[[str], Lookup], save: Callable[[EntryInput], object], *,
                 now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newServiceEntryDialog")
        self._lookup = lookup
        self._save = save
        self._customer: CustomerHit | None = None
        self._unit: UnitHit | None = None
        self.saved: object = None  # what `save` returned

        self.channel_combo = QComboBox()
        for value, text in choices(ServiceChannel):
            self.channel_combo.addItem(text, value.value)
        self.received_edit = QDateTimeEdit(to_qdatetime(now))
        self.received_edit.setDisplayFormat(TIME_FORMAT)
        self.received_edit.setCalendarPopup(True)
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("lookupEdit")
        self.find_edit.setClearButtonEnabled(True)
        self.results_list = QListWidget()
        self.results_list.setObjectName("lookupResults")
        self.results_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        self.caller_name_edit = QLineEdit()
        self.caller_phone_edit = QLineEdit()
        self.problem_edit = QPlainTextEdit()
        self.problem_edit.setTabChangesFocus(True)
        self.problem_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.error_label = QLabel()
        self.error_label.setObjectName("dialogError")
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel() for _ in range(7)]
        for label, field in zip(self.labels, (self.channel_combo, self.received_edit, self.find_edit,
                                              self.results_list, self.caller_name_edit, self.caller_phone_edit,
                                              self.problem_edit), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.insertRow(4, "", self.chosen_label)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for first, second in ((self.channel_combo, self.received_edit), (self.received_edit, self.find_edit),
                              (self.find_edit, self.results_list), (self.results_list, self.caller_name_edit),
                              (self.caller_name_edit, self.caller_phone_edit),
                              (self.caller_phone_edit, self.problem_edit), (self.problem_edit, self.buttons)):
            QWidget.setTabOrder(first, second)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.run_lookup)
        self.find_edit.textEdited.connect(lambda _text: self._timer.start())
        self.find_edit.returnPressed.connect(self.on_find_edit_return_pressed)
        self.results_list.currentItemChanged.connect(self.on_results_list_current_item_changed)
        self.retranslate_ui()
        self.resize(560, self.sizeHint().height())
        self.find_edit.setFocus()

    # --- what the owner and tests use -----------------------------------------------------------

    def entry_input(self) -> EntryInput:
        return EntryInput(
            channel=ServiceChannel(self.channel_combo.currentData()),
            received_at=from_qdatetime(self.received_edit.dateTime()),
            problem=self.problem_edit.toPlainText(),
            customer_id=self._customer.id if self._customer else None,
            unit_id=self._unit.id if self._unit else None,
            caller_name=self.caller_name_edit.text(),
            caller_phone=self.caller_phone_edit.text(),
        )

    def set_channel(self, channel: ServiceChannel) -> None:
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(channel.value))

    def run_lookup(self) -> Lookup | None:
        self._timer.stop()
        try:
            found = self._lookup(self.find_edit.text())
        except WarrantyDeskError as exc:
            self._show_error(str(exc))
            return None
        self.results_list.clear()
        for unit in found.units:
            item = QListWidgetItem(self.tr("Machine {serial} · {model} · {customer} {phone}").format(
                serial=unit.serial_no, model=unit.model_name, customer=unit.customer_name, phone=unit.customer_phone))
            item.setData(HIT_ROLE, unit)
            self.results_list.addItem(item)
        for customer in found.customers:
            item = QListWidgetItem(self.tr("Customer {name} · {phone} · {region}").format(
                name=customer.name, phone=customer.phone or "—", region=customer.region or "—"))
            item.setData(HIT_ROLE, customer)
            self.results_list.addItem(item)
        if len(clean_code(self.find_edit.text())) == 1:
            item = QListWidgetItem(self.tr("Type at least two characters or digits"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results_list.addItem(item)
        elif found.is_empty and self.find_edit.text().strip():
            item = QListWidgetItem(self.tr("Nobody found: type the caller's name and phone below"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results_list.addItem(item)
        exact = found.exact_unit()
        if exact is not None:  # a scanned serial: take it at once
            self.results_list.setCurrentRow(found.units.index(exact))
        return found

    def choose(self, hit: CustomerHit | UnitHit | None) -> None:
        if isinstance(hit, UnitHit):
            self._unit = hit
            self._customer = CustomerHit(hit.customer_id, "", hit.customer_name, hit.customer_phone, "", False)
        elif isinstance(hit, CustomerHit):
            self._unit = None
            self._customer = hit
        self._show_choice()

    @property
    def chosen_unit(self) -> UnitHit | None:
        return self._unit

    @property
    def chosen_customer(self) -> CustomerHit | None:
        return self._customer

    # --- behaviour --------------------------------------------------------------------------------

    def on_find_edit_return_pressed(self) -> None:
        found = self.run_lookup()
        if found is not None and found.exact_unit() is not None:
            self.problem_edit.setFocus()  # scanned: go on to the problem
        elif self.results_list.count():
            self.results_list.setFocus()

    def on_results_list_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None and current.data(HIT_ROLE) is not None:
            self.choose(current.data(HIT_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter in the search box (a scanner ends with it) searches; it must not save the entry.
        if self.find_edit.hasFocus() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        try:
            self.saved = self._save(self.entry_input())
        except WarrantyDeskError as exc:
            self._show_error(str(exc))
            return
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _show_choice(self) -> None:
        if self._customer is None:
            self.chosen_label.setText(self.tr("No customer chosen yet."))
            return
        text = self.tr("Customer: {name} ({phone})").format(name=self._customer.name,
                                                            phone=self._customer.phone or "—")
        if self._unit is not None:
            text += " · " + self.tr("Machine: {serial} {model}").format(serial=self._unit.serial_no,
                                                                       model=self._unit.model_name)
        self.chosen_label.setText(text)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New service-log entry"))
        for label, text in zip(self.labels, (self.tr("&Channel:"), self.tr("&Received:"), self.tr("&Find:"),
                                             self.tr("Matches:"), self.tr("Caller's &name:"),
                                             self.tr("Caller's &phone:"), self.tr("Pro&blem:")), strict=True):
            label.setText(text)
        self.find_edit.setPlaceholderText(self.tr("Phone, name or serial number (scan or type, then Enter)"))
        self.problem_edit.setPlaceholderText(self.tr("What the customer reports, in their words"))
        self.caller_name_edit.setPlaceholderText(self.tr("If not the customer, or not a customer yet"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save entry"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        names = {value.value: text for value, text in choices(ServiceChannel)}
        for row in range(self.channel_combo.count()):
            self.channel_combo.setItemText(row, names[self.channel_combo.itemData(row)])
        self._show_choice()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
