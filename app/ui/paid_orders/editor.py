"""The paid service order editor (有偿服务单): wages plus travel, parts at catalogue price, totals shown
live from the service's preview. A completed or cancelled order is read only."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import PaidOrderStatus
from app.domain.errors import WarrantyDeskError
from app.services import paid_orders
from app.services.database import Database
from app.services.paid_orders import PaidOrderInput, PaidOrderView
from app.ui.claims.closing import AskBeforeClosing
from app.ui.claims.common import ActorSource, money, plain, show_message
from app.ui.claims.editor_parts import Banner
from app.ui.claims.findings import RED
from app.ui.labels import label
from app.ui.paid_orders.parts_table import PaidPartsTable, read_number
from app.ui.printing.form_printing import FormPrinting, PrintButton

PREVIEW_DELAY_MS = 300


class PaidOrderEditor(AskBeforeClosing, QDialog):
    saved = Signal(int)

    def __init__(self, database: Database, *, actor: ActorSource, today: Callable[[], dt.date],
                 order_id: int | None = None, technicians: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paidOrderEditor")
        self.setWindowFlag(Qt.WindowType.Window)
        self._database, self._actor, self._today = database, actor, today
        self.view: PaidOrderView | None = None
        self.dirty = False
        self.message: QMessageBox | None = None
        self.reason_dialog: QInputDialog | None = None
        self._filling = False
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.banner = Banner("paidReadOnlyBanner", "#fff4e5", "#8a4b00")
        self.serial = QLineEdit()
        self.serial.setObjectName("paidSerial")
        self.unit_info = QLabel()
        self.unit_info.setWordWrap(True)
        self.service_date = QDateEdit()
        self.service_date.setCalendarPopup(True)
        self.service_date.setDisplayFormat("yyyy-MM-dd")
        self.technician = QComboBox()
        self.technician.setEditable(True)
        self.technician.addItems(technicians or [])
        self.technician.setCurrentIndex(-1)
        self.description = QPlainTextEdit()
        self.description.setObjectName("paidDescription")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(self.description.fontMetrics().lineSpacing() * 4 + 14)
        self.hours = QLineEdit()
        self.hours.setObjectName("paidHours")
        self.rate = QLineEdit()
        self.rate.setObjectName("paidRate")
        self.travel = QLineEdit()
        self.travel.setObjectName("paidTravel")
        for edit in (self.hours, self.rate, self.travel):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * 12 + 24)
        self.parts = PaidPartsTable()
        self.parts.changed.connect(self._on_changed)
        self.add_part_button = QPushButton()
        self.remove_part_button = QPushButton()
        self.add_part_button.clicked.connect(self.add_part_line)
        self.remove_part_button.clicked.connect(self.remove_part_line)
        self.problems = QLabel()
        self.problems.setObjectName("paidProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {RED.name()};")
        self.totals = {key: QLabel("0.00") for key in ("labour", "parts", "travel", "total")}
        for value in self.totals.values():
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bold = self.totals["total"].font()
        bold.setBold(True)
        self.totals["total"].setFont(bold)
        self.markup_note = QLabel()
        self.markup_note.setObjectName("paidMarkupNote")
        self.save_button = QPushButton()
        self.complete_button = QPushButton()
        self.cancel_button = QPushButton()
        # Prints the saved order (what the customer pays and signs), not unsaved edits.
        self.printing = FormPrinting(
            database, lambda path, lang: _write_orders(database, [self._order_no()], path, lang, self._today()),
            kind="paid-order", ready=lambda: self.view is not None, parent=self,
            name_hint=lambda: self.tr("paid service order {number}.pdf").format(number=self._order_no()),
            tooltip=lambda: self.tr("Preview, print or save the paid service order"))
        self.print_button = PrintButton(self.printing)
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.save_button, self.complete_button, self.cancel_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        for button in (self.save_button, self.complete_button, self.cancel_button, self.print_button,
                       self.close_button, self.add_part_button, self.remove_part_button):
            button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.complete_button.clicked.connect(self.complete)
        self.cancel_button.clicked.connect(self.ask_cancel_reason)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)

        self.captions = {key: QLabel() for key in ("serial", "date", "technician", "description", "hours", "rate",
                                                   "travel", "labour_t", "parts_t", "travel_t", "total_t")}
        form = QFormLayout()
        form.addRow(self.captions["serial"], self.serial)
        form.addRow("", self.unit_info)
        form.addRow(self.captions["date"], self.service_date)
        form.addRow(self.captions["technician"], self.technician)
        form.addRow(self.captions["description"], self.description)
        labour = QHBoxLayout()
        labour.addWidget(self.hours)
        labour.addWidget(self.captions["rate"])
        labour.addWidget(self.rate)
        labour.addStretch(1)
        form.addRow(self.captions["hours"], labour)
        form.addRow(self.captions["travel"], self.travel)
        totals = QFormLayout()
        for key in ("labour", "parts", "travel", "total"):
            totals.addRow(self.captions[f"{key}_t"], self.totals[key])
        totals.addRow(self.markup_note)
        part_buttons = QHBoxLayout()
        part_buttons.addWidget(self.add_part_button)
        part_buttons.addWidget(self.remove_part_button)
        part_buttons.addStretch(1)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(part_buttons)
        left.addWidget(self.parts, 1)
        left.addWidget(self.problems)
        body.addLayout(left, 3)
        body.addLayout(totals, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.run_preview)
        for edit in (self.serial, self.hours, self.rate, self.travel):
            edit.textChanged.connect(self._on_changed)
        self.serial.returnPressed.connect(self.run_preview)
        self.description.textChanged.connect(self._on_changed)
        self.technician.editTextChanged.connect(self._on_changed)
        self.service_date.dateChanged.connect(self._on_changed)
        self.resize(980, 640)
        self.load(paid_orders.get_paid_order(database, order_id) if order_id is not None else None)

    @property
    def order_id(self) -> int | None:
        return self.view.id if self.view else None

    @property
    def read_only(self) -> bool:
        return bool(self.view and self.view.read_only)

    def load(self, view: PaidOrderView | None) -> None:
        self.preview_timer.stop()
        self._filling = True
        self.view = view
        self.serial.setText(view.unit_serial if view else "")
        self.service_date.setDate(QDate(view.service_date if view else self._today()))
        self.technician.setEditText(view.technician if view else "")
        self.description.setPlainText(view.description if view else "")
        self.hours.setText(plain(view.labour_hours) if view else "")
        self.rate.setText(plain(view.labour_rate) if view else "")
        self.travel.setText(plain(view.travel_amount) if view else "")
        self.parts.set_rows([(line.part_no, plain(line.quantity)) for line in (view.parts if view else ())])
        self._filling = False
        if view is not None:
            self._show(view)
        read_only = self.read_only
        for edit in (self.serial, self.hours, self.rate, self.travel):
            edit.setReadOnly(read_only)
        self.description.setReadOnly(read_only)
        for widget in (self.service_date, self.technician, self.add_part_button, self.remove_part_button):
            widget.setEnabled(not read_only)
        self.parts.set_read_only(read_only)
        self.dirty = False
        self.problems.clear()
        self.retranslate_ui()

    def add_part_line(self, part_no: str = "", quantity: str = "1") -> int:
        row = self.parts.add_row(part_no, quantity)
        self._on_changed()
        return row

    def remove_part_line(self) -> None:
        if not self.read_only:
            self.parts.remove_current()

    def _on_changed(self, *_args: object) -> None:
        if self._filling or self.read_only:
            return
        self.dirty = True
        self.save_button.setEnabled(True)
        self.preview_timer.start()

    def collect(self) -> tuple[PaidOrderInput | None, list[str]]:
        problems: list[str] = []
        message = self.tr("{field}: “{text}” is not a number.")

        def number(text: str, caption: str) -> Decimal | None:
            return read_number(text, caption, problems, message)

        hours = number(self.hours.text(), self.tr("Labour hours"))
        rate = number(self.rate.text(), self.tr("Hourly rate"))
        travel = number(self.travel.text(), self.tr("Travel"))
        lines = self.parts.lines(number)
        if not self.serial.text().strip():
            return None, problems
        return PaidOrderInput(
            unit_serial=self.serial.text().strip(), service_date=self.service_date.date().toPython(),
            technician=self.technician.currentText(), description=self.description.toPlainText(),
            labour_hours=hours or Decimal(0), labour_rate=rate, travel_amount=travel or Decimal(0),
            parts=lines), problems

    def run_preview(self) -> None:
        self.preview_timer.stop()
        data, problems = self.collect()
        if data is None:
            self.unit_info.clear()
            self.problems.setText("\n".join(problems))
            return
        try:
            self._show(paid_orders.preview_paid_order(self._database, data))
        except WarrantyDeskError as exc:
            problems.append(str(exc))
        self.problems.setText("\n".join(problems))

    def _show(self, view: PaidOrderView) -> None:
        self.unit_info.setText(self.tr("{model} · {customer} {phone}").format(
            model=view.model_name or view.model_code, customer=view.customer_name, phone=view.customer_phone))
        self.parts.show_lines(view.parts)
        for key, value in (("labour", view.labour_amount), ("parts", view.parts_amount),
                           ("travel", view.travel_amount), ("total", view.total_amount)):
            self.totals[key].setText(money(value))
        if not self.rate.text().strip() and not self.read_only:
            self.rate.setPlaceholderText(money(view.labour_rate))
        self.markup_note.setText(self.tr("Parts at catalogue price, no mark-up") if view.markup_percent == 0
                                 else self.tr("Parts at catalogue price plus {percent} %").format(
                                     percent=view.markup_percent))

    def save(self) -> bool:
        if self.read_only:
            return False
        data, problems = self.collect()
        if data is None:
            problems.insert(0, self.tr("Enter the unit's serial number."))
        if problems or data is None:
            self.message = show_message(self, self.tr("The order cannot be saved yet"), "\n".join(problems))
            return False
        try:
            view = (paid_orders.create_paid_order(self._database, self._actor(), data, self._today())
                    if self.view is None else
                    paid_orders.update_paid_order(self._database, self._actor(), self.view.id or 0, data))
        except WarrantyDeskError as exc:
            self.message = show_message(self, self.tr("The order was not saved"), str(exc))
            return False
        self.load(view)
        self.saved.emit(view.id or 0)
        return True

    def complete(self) -> None:
        if (self.dirty or self.view is None) and not self.save():
            return
        self._move(lambda: paid_orders.complete_paid_order(self._database, self._actor(), self.order_id or 0))

    def ask_cancel_reason(self) -> None:
        if self.view is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Cancel the order"))
        dialog.setLabelText(self.tr("Why is the order cancelled?"))
        dialog.textValueSelected.connect(lambda reason: self._move(
            lambda: paid_orders.cancel_paid_order(self._database, self._actor(), self.order_id or 0, reason)))
        self.reason_dialog = dialog
        dialog.open()

    def _move(self, step: Callable[[], PaidOrderView]) -> None:
        try:
            view = step()
        except WarrantyDeskError as exc:
            self.message = show_message(self, self.tr("Paid service order"), str(exc))
            return
        self.load(view)
        self.saved.emit(view.id or 0)

    def _order_no(self) -> str:
        return self.view.order_no if self.view is not None else ""

    def print_to(self, path: Path) -> Path | None:
        """Write the saved order's PDF to `path` at once, in the form language chosen on the Print button."""
        if self.view is None:
            return None
        try:
            return _write_orders(self._database, [self.view.order_no], path, self.printing.lang, self._today())
        except (WarrantyDeskError, OSError) as exc:
            self.message = show_message(self, self.tr("The PDF was not written"), str(exc))
            return None

    def retranslate_ui(self) -> None:
        view = self.view
        if view is None:
            title = self.tr("New paid service order")
        else:
            title = self.tr("Paid service order {number} — {status}").format(number=view.order_no,
                                                                              status=label(view.status))
        self.title.setText(title)
        self.setWindowTitle(title)
        self.banner.set_text(self.tr("{status} — read only").format(status=label(view.status)) if view else "")
        self.banner.setVisible(self.read_only)
        texts = {"serial": self.tr("&Serial no.:"), "date": self.tr("Service &date:"),
                 "technician": self.tr("&Technician:"), "description": self.tr("&Work done:"),
                 "hours": self.tr("&Labour hours:"), "rate": self.tr("× rate/h:"), "travel": self.tr("T&ravel:"),
                 "labour_t": self.tr("Labour"), "parts_t": self.tr("Parts"), "travel_t": self.tr("Travel"),
                 "total_t": self.tr("Total")}
        for key, text in texts.items():
            self.captions[key].setText(text)
        for key, buddy in (("serial", self.serial), ("date", self.service_date), ("technician", self.technician),
                           ("description", self.description), ("hours", self.hours), ("travel", self.travel)):
            self.captions[key].setBuddy(buddy)
        self.serial.setPlaceholderText(self.tr("Scan or type the serial number, then Enter"))
        self.add_part_button.setText(self.tr("Add part line"))
        self.remove_part_button.setText(self.tr("Remove line"))
        self.save_button.setText(self.tr("Save"))
        self.complete_button.setText(self.tr("&Complete"))
        self.cancel_button.setText(self.tr("Cancel the &order…"))
        self.close_button.setText(self.tr("Close"))
        draft = view is not None and view.status == PaidOrderStatus.DRAFT
        self.save_button.setEnabled(not self.read_only and (self.dirty or view is None))
        self.complete_button.setEnabled(not self.read_only)
        self.cancel_button.setEnabled(draft)
        self.print_button.setEnabled(view is not None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _write_orders(database: Database, numbers: list[str], path: Path, lang: str, today: dt.date) -> Path:
    from app.services.forms import write_paid_order_forms  # the PDF code, loaded when an order is printed

    return write_paid_order_forms(database, numbers, path, lang, today=today)
