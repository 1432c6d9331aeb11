"""Record a sale: the unit (serial and engine number, model), the customer (found or new), the sale and
invoice dates. The dialog gathers a SaleInput and hands it to `submit`; a refusal shows in the dialog,
which stays open so the clerk can correct it."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WarrantyDeskError
from app.services.units import CustomerChoice, ModelChoice, SaleInput
from app.ui.units.texts import model_text
from app.ui.widgets.dialog_parts import error_label, ok_cancel

CUSTOMER_SEARCH_DELAY_MS = 250


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class RecordSaleDialog(QDialog):
    """Emits `sale_recorded(unit_id, serial)` once `submit` accepted the sale."""

    sale_recorded = Signal(int, str)

    def __init__(self, models: list[ModelChoice], find_customers: Callable[[str], list[CustomerChoice]],
                 submit: Callable[[SaleInput], int], *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordSaleDialog")
        self._find_customers = find_customers
        self._submit = submit
        self._invoice_follows_sale = True

        self.serial_field = QLineEdit()
        self.serial_field.setObjectName("saleSerial")
        self.engine_field = QLineEdit()
        self.engine_field.setObjectName("saleEngine")
        self.model_combo = QComboBox()
        self.model_combo.setObjectName("saleModel")
        self.model_combo.addItem("", None)
        for choice in models:
            self.model_combo.addItem(model_text(choice.code, choice.name), choice.id)
        self.sale_date = QDateEdit(to_qdate(today))
        self.sale_date.setObjectName("saleDate")
        self.sale_date.setCalendarPopup(True)
        self.sale_date.setDisplayFormat("yyyy-MM-dd")
        self.sale_date.setMaximumDate(to_qdate(today))
        self.invoice_date = QDateEdit(to_qdate(today))
        self.invoice_date.setObjectName("invoiceDate")
        self.invoice_date.setCalendarPopup(True)
        self.invoice_date.setDisplayFormat("yyyy-MM-dd")
        self.invoice_field = QLineEdit()
        self.invoice_field.setObjectName("invoiceNumber")
        self.sale_date.dateChanged.connect(self.on_sale_date_date_changed)
        self.invoice_date.dateChanged.connect(self.on_invoice_date_date_changed)

        self.unit_box = QGroupBox()
        unit_form = QFormLayout(self.unit_box)
        self.serial_label, self.engine_label, self.model_label = QLabel(), QLabel(), QLabel()
        self.sale_label, self.invoice_date_label, self.invoice_label = QLabel(), QLabel(), QLabel()
        for label, field in ((self.serial_label, self.serial_field), (self.engine_label, self.engine_field),
                             (self.model_label, self.model_combo), (self.sale_label, self.sale_date),
                             (self.invoice_date_label, self.invoice_date), (self.invoice_label, self.invoice_field)):
            label.setBuddy(field)
            unit_form.addRow(label, field)

        # The customer: one already on file (searched by name or phone) or a new one.
        self.existing_radio = QRadioButton()
        self.existing_radio.setObjectName("existingCustomer")
        self.new_radio = QRadioButton()
        self.new_radio.setObjectName("newCustomer")
        self.customer_mode = QButtonGroup(self)
        self.customer_mode.addButton(self.existing_radio, 0)
        self.customer_mode.addButton(self.new_radio, 1)
        self.customer_search = QLineEdit()
        self.customer_search.setObjectName("customerSearch")
        self.customer_search.setClearButtonEnabled(True)
        self.customer_list = QListWidget()
        self.customer_list.setObjectName("customerList")
        self.customer_list.setMinimumHeight(110)
        existing_page = QWidget()
        existing_layout = QVBoxLayout(existing_page)
        existing_layout.setContentsMargins(0, 0, 0, 0)
        existing_layout.addWidget(self.customer_search)
        existing_layout.addWidget(self.customer_list)
        self.customer_name = QLineEdit()
        self.customer_name.setObjectName("customerName")
        self.customer_phone = QLineEdit()
        self.customer_phone.setObjectName("customerPhone")
        self.customer_address = QLineEdit()
        self.customer_address.setObjectName("customerAddress")
        new_page = QWidget()
        new_form = QFormLayout(new_page)
        new_form.setContentsMargins(0, 0, 0, 0)
        self.name_label, self.phone_label, self.address_label = QLabel(), QLabel(), QLabel()
        for label, field in ((self.name_label, self.customer_name), (self.phone_label, self.customer_phone),
                             (self.address_label, self.customer_address)):
            label.setBuddy(field)
            new_form.addRow(label, field)
        self.customer_pages = QStackedWidget()
        self.customer_pages.addWidget(existing_page)
        self.customer_pages.addWidget(new_page)
        self.customer_box = QGroupBox()
        customer_layout = QVBoxLayout(self.customer_box)
        modes = QHBoxLayout()
        modes.addWidget(self.existing_radio)
        modes.addWidget(self.new_radio)
        modes.addStretch(1)
        customer_layout.addLayout(modes)
        customer_layout.addWidget(self.customer_pages)
        self.customer_mode.idToggled.connect(self.on_customer_mode_id_toggled)
        self._customer_timer = QTimer(self)
        self._customer_timer.setSingleShot(True)
        self._customer_timer.setInterval(CUSTOMER_SEARCH_DELAY_MS)
        self._customer_timer.timeout.connect(self.search_customers)
        self.customer_search.textEdited.connect(lambda _text: self._customer_timer.start())
        # Enter searches here, and a scanner's Enter after a serial moves on: neither submits the dialog.
        for field in (self.customer_search, self.serial_field, self.engine_field):
            field.installEventFilter(self)

        self.error_label = error_label("saleError")
        self.buttons = ok_cancel(self)

        columns = QHBoxLayout()
        columns.addWidget(self.unit_box, 1)
        columns.addWidget(self.customer_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.new_radio.setChecked(True)
        for first, second in ((self.serial_field, self.engine_field), (self.engine_field, self.model_combo),
                              (self.model_combo, self.sale_date), (self.sale_date, self.invoice_date),
                              (self.invoice_date, self.invoice_field), (self.invoice_field, self.existing_radio)):
            QWidget.setTabOrder(first, second)
        self.retranslate_ui()
        self.resize(max(self.sizeHint().width(), 760), self.sizeHint().height())

    # --- what the clerk entered ----------------------------------------------------------------

    def selected_customer(self) -> CustomerChoice | None:
        item = self.customer_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def sale_input(self) -> SaleInput:
        existing = self.existing_radio.isChecked()
        chosen = self.selected_customer() if existing else None
        return SaleInput(
            serial_no=self.serial_field.text(), engine_no=self.engine_field.text(),
            model_id=self.model_combo.currentData(), sale_date=to_date(self.sale_date.date()),
            invoice_date=to_date(self.invoice_date.date()), invoice_no=self.invoice_field.text(),
            customer_id=chosen.id if chosen else None,
            customer_name="" if existing else self.customer_name.text(),
            customer_phone="" if existing else self.customer_phone.text(),
            customer_address="" if existing else self.customer_address.text(),
        )

    def accept(self) -> None:
        if self.existing_radio.isChecked() and self.selected_customer() is None:
            self.show_error(self.tr("Choose the customer from the list, or switch to a new customer."))
            self.customer_search.setFocus()
            return
        sale = self.sale_input()
        try:
            unit_id = self._submit(sale)
        except WarrantyDeskError as exc:
            self.show_error(str(exc))
            return
        self.error_label.hide()
        self.sale_recorded.emit(unit_id, self.serial_field.text())
        super().accept()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # --- behaviour --------------------------------------------------------------------------------

    def search_customers(self) -> None:
        self._customer_timer.stop()
        self.customer_list.clear()
        try:
            found = self._find_customers(self.customer_search.text())
        except WarrantyDeskError as exc:
            self.show_error(str(exc))
            return
        for customer in found:
            text = "  ".join(part for part in (customer.name, customer.phone, customer.address) if part)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, customer)
            item.setToolTip(customer.code)
            self.customer_list.addItem(item)
        if found:
            self.customer_list.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if watched is self.customer_search:
                self.search_customers()
                self.customer_list.setFocus()
                return True
            if watched in (self.serial_field, self.engine_field):
                self.focusNextChild()
                return True
        return super().eventFilter(watched, event)

    def on_customer_mode_id_toggled(self, mode: int, checked: bool) -> None:
        if checked:
            self.customer_pages.setCurrentIndex(mode)
            (self.customer_search if mode == 0 else self.customer_name).setFocus()

    def on_sale_date_date_changed(self, value: QDate) -> None:
        if self._invoice_follows_sale:  # most invoices carry the day of the sale
            self.invoice_date.blockSignals(True)
            self.invoice_date.setDate(value)
            self.invoice_date.blockSignals(False)

    def on_invoice_date_date_changed(self, _value: QDate) -> None:
        self._invoice_follows_sale = False

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Record sale"))
        self.unit_box.setTitle(self.tr("Unit sold"))
        self.serial_label.setText(self.tr("&Serial number:"))
        self.serial_field.setPlaceholderText(self.tr("Scan or type the serial number"))
        self.engine_label.setText(self.tr("&Engine number:"))
        self.model_label.setText(self.tr("&Model:"))
        self.model_combo.setItemText(0, self.tr("— choose the model —"))
        self.sale_label.setText(self.tr("Sale &date:"))
        self.invoice_date_label.setText(self.tr("&Invoice date:"))
        self.invoice_label.setText(self.tr("Invoice &number:"))
        self.customer_box.setTitle(self.tr("Customer"))
        self.existing_radio.setText(self.tr("E&xisting customer"))
        self.new_radio.setText(self.tr("Ne&w customer"))
        self.customer_search.setPlaceholderText(self.tr("Name or phone, then Enter"))
        self.name_label.setText(self.tr("Na&me:"))
        self.phone_label.setText(self.tr("&Phone:"))
        self.address_label.setText(self.tr("&Address:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record sale"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
