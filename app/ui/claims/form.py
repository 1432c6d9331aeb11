"""The fields of the claim editor: the repair record's header (unit, dates, the three C's) and its
costs besides the lines (travel, other costs). They report what was typed; the editor decides."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app.services.claims import ClaimInput
from app.ui.claims.common import NotANumber, parse_decimal, plain
from app.ui.claims.findings import EXCLUSIONS, RED, exclusion_label


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _number_edit(name: str, chars: int = 10) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * chars + 24)
    return edit


def _text_edit(name: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * (lines + 4) + 12)
    return edit


class _Fields(QWidget):
    """Emits `changed` on any edit the clerk makes (not while the editor loads a claim)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False

    def _watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._emit)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self._emit)
            elif isinstance(widget, QDateEdit):
                widget.dateChanged.connect(self._emit)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._emit)
                if widget.isEditable():
                    widget.editTextChanged.connect(self._emit)
            elif isinstance(widget, (QCheckBox, QRadioButton)):
                widget.toggled.connect(self._emit)
            elif isinstance(widget, QSpinBox):
                widget.valueChanged.connect(self._emit)

    def _emit(self, *_args: Any) -> None:
        if not self._loading:
            self.changed.emit()

    def _number(self, edit: QLineEdit, caption: str, problems: list[str]) -> Decimal | None:
        try:
            value = parse_decimal(edit.text())
        except NotANumber:
            problems.append(self.tr("{field}: “{text}” is not a number.").format(field=caption, text=edit.text()))
            return None
        if value is not None and value < 0:
            problems.append(self.tr("{field} must not be negative.").format(field=caption))
            return None
        return value

    def set_read_only(self, read_only: bool) -> None:
        """Every input disabled; the long texts stay readable (scrolling, copying) but not editable."""
        for text in self.findChildren(QPlainTextEdit):
            text.setReadOnly(read_only)
            text.setStyleSheet("QPlainTextEdit { background: palette(window); }" if read_only else "")
        for widget in self.findChildren(QLineEdit) + self.findChildren(QComboBox) + self.findChildren(QDateEdit) \
                + self.findChildren(QCheckBox) + self.findChildren(QRadioButton) + self.findChildren(QSpinBox):
            if not isinstance(widget.parent(), (QComboBox, QDateEdit, QSpinBox)):
                widget.setEnabled(not read_only)
        if not read_only:
            self._after_enable()

    def _after_enable(self) -> None:
        """Fields whose enabled state depends on others (travel by distance or fixed)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError


class ClaimForm(_Fields):
    serial_entered = Signal()  # Enter after the serial number: a scanner's keyboard wedge sends one

    def __init__(self, *, technicians: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.serial = QLineEdit()
        self.serial.setObjectName("claimSerial")
        self.serial.setMaxLength(40)
        self.serial.setMinimumWidth(self.serial.fontMetrics().averageCharWidth() * 20 + 16)
        self.serial.returnPressed.connect(self.serial_entered)
        self.unit_info = QLabel()
        self.unit_info.setObjectName("claimUnitInfo")
        self.unit_info.setWordWrap(True)
        self.unit_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.failure_date = _date_edit("claimFailureDate")
        self.repair_date = _date_edit("claimRepairDate")
        self.hour_meter = _number_edit("claimHourMeter")
        self.area = _number_edit("claimArea")
        self.technician = QComboBox()
        self.technician.setObjectName("claimTechnician")
        self.technician.setEditable(True)
        self.technician.addItems(technicians)
        self.technician.setCurrentIndex(-1)
        self.fault_code = QLineEdit()
        self.fault_code.setObjectName("claimFaultCode")
        self.fault_code.setMaxLength(40)
        self.exclusion = QComboBox()
        self.exclusion.setObjectName("claimExclusion")
        for code in EXCLUSIONS:
            self.exclusion.addItem("", code)
        self.complaint = _text_edit("claimComplaint")
        self.cause = _text_edit("claimCause")
        self.correction = _text_edit("claimCorrection")
        self.signed = QCheckBox()
        self.signed.setObjectName("claimCustomerSigned")
        self.wait_days = QSpinBox()
        self.wait_days.setObjectName("claimPartsWaitDays")
        self.wait_days.setRange(0, 999)
        self.wait_days.setMaximumWidth(self.wait_days.fontMetrics().averageCharWidth() * 8 + 40)

        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 8, 8, 8)

        def caption(key: str, buddy: QWidget) -> QLabel:
            label = QLabel()
            label.setBuddy(buddy)
            self.captions[key] = label
            return label

        grid.addWidget(caption("serial", self.serial), 0, 0)
        grid.addWidget(self.serial, 0, 1)
        grid.addWidget(self.unit_info, 0, 2, 1, 4)
        grid.addWidget(caption("failure", self.failure_date), 1, 0)
        grid.addWidget(self.failure_date, 1, 1)
        grid.addWidget(caption("repair", self.repair_date), 1, 2)
        grid.addWidget(self.repair_date, 1, 3)
        grid.addWidget(caption("technician", self.technician), 1, 4)
        grid.addWidget(self.technician, 1, 5)
        grid.addWidget(caption("hours", self.hour_meter), 2, 0)
        grid.addWidget(self.hour_meter, 2, 1)
        grid.addWidget(caption("area", self.area), 2, 2)
        grid.addWidget(self.area, 2, 3)
        grid.addWidget(caption("fault", self.fault_code), 2, 4)
        grid.addWidget(self.fault_code, 2, 5)
        for row, (key, edit) in enumerate((("complaint", self.complaint), ("cause", self.cause),
                                           ("correction", self.correction)), start=3):
            label = caption(key, edit)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1, 1, 5)
        grid.addWidget(caption("exclusion", self.exclusion), 6, 0)
        grid.addWidget(self.exclusion, 6, 1, 1, 3)
        grid.addWidget(caption("wait", self.wait_days), 7, 0)
        grid.addWidget(self.wait_days, 7, 1)
        grid.addWidget(self.signed, 7, 2, 1, 4)
        grid.setColumnStretch(5, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(8, 1)
        for first, second in ((self.serial, self.failure_date), (self.failure_date, self.repair_date),
                              (self.repair_date, self.technician), (self.technician, self.hour_meter),
                              (self.hour_meter, self.area), (self.area, self.fault_code),
                              (self.fault_code, self.complaint), (self.complaint, self.cause),
                              (self.cause, self.correction), (self.correction, self.exclusion),
                              (self.exclusion, self.wait_days), (self.wait_days, self.signed)):
            QWidget.setTabOrder(first, second)
        self._watch(self.serial, self.failure_date, self.repair_date, self.hour_meter, self.area, self.technician,
                    self.fault_code, self.exclusion, self.complaint, self.cause, self.correction, self.signed,
                    self.wait_days)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {"serial": self.tr("&Serial no.:"), "failure": self.tr("&Failure date:"),
                 "repair": self.tr("&Repair date:"), "technician": self.tr("&Technician:"),
                 "hours": self.tr("&Hour meter:"), "area": self.tr("Area &worked (mu):"),
                 "fault": self.tr("Fault &code:"), "complaint": self.tr("Com&plaint:"), "cause": self.tr("Ca&use:"),
                 "correction": self.tr("C&orrection:"), "exclusion": self.tr("E&xclusion:"),
                 "wait": self.tr("Days waiting for parts:")}
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.serial.setPlaceholderText(self.tr("Scan or type"))
        self.serial.setToolTip(self.tr("Scan the serial number or type it, then press Enter"))
        self.complaint.setPlaceholderText(self.tr("What the customer reports"))
        self.cause.setPlaceholderText(self.tr("What the technician found"))
        self.correction.setPlaceholderText(self.tr("What was done"))
        self.signed.setText(self.tr("Customer has si&gned the repair record"))
        for i in range(self.exclusion.count()):
            self.exclusion.setItemText(i, exclusion_label(str(self.exclusion.itemData(i))))

    def show_unit(self, text: str, *, found: bool) -> None:
        self.unit_info.setText(text)
        self.unit_info.setStyleSheet("" if found else f"color: {RED.name()};")

    def values(self) -> tuple[dict[str, Any], list[str]]:
        """The header's part of a ClaimInput, and what was typed that cannot be read."""
        problems: list[str] = []
        values = {
            "unit_serial": self.serial.text().strip(),
            "failure_date": self.failure_date.date().toPython(),
            "repair_date": self.repair_date.date().toPython(),
            "complaint": self.complaint.toPlainText(), "cause": self.cause.toPlainText(),
            "correction": self.correction.toPlainText(), "fault_code": self.fault_code.text(),
            "technician": self.technician.currentText(),
            "hour_meter": self._number(self.hour_meter, self.tr("Hour meter"), problems),
            "area_worked": self._number(self.area, self.tr("Area worked"), problems),
            "exclusion": self.exclusion.currentData() or None,
            "customer_signed": self.signed.isChecked(),
            "parts_wait_days": self.wait_days.value(),
        }
        return values, problems

    def load(self, data: ClaimInput | None, today: dt.date) -> None:
        self._loading = True
        try:
            if data is None:
                for edit in (self.serial, self.hour_meter, self.area, self.fault_code):
                    edit.clear()
                self.failure_date.setDate(QDate(today))
                self.repair_date.setDate(QDate(today))
                return
            self.serial.setText(data.unit_serial)
            self.failure_date.setDate(QDate(data.failure_date))
            self.repair_date.setDate(QDate(data.repair_date))
            self.hour_meter.setText(plain(data.hour_meter))
            self.area.setText(plain(data.area_worked))
            self.technician.setEditText(data.technician)
            self.fault_code.setText(data.fault_code)
            self.exclusion.setCurrentIndex(max(0, self.exclusion.findData(data.exclusion or "")))
            self.complaint.setPlainText(data.complaint)
            self.cause.setPlainText(data.cause)
            self.correction.setPlainText(data.correction)
            self.signed.setChecked(data.customer_signed)
            self.wait_days.setValue(data.parts_wait_days)
        finally:
            self._loading = False


class CostsForm(_Fields):
    """Travel (distance × rate, or a fixed amount) and other costs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_distance = QRadioButton()
        self.by_distance.setObjectName("travelByDistance")
        self.fixed_travel = QRadioButton()
        self.fixed_travel.setObjectName("travelFixed")
        self.travel_mode = QButtonGroup(self)
        self.travel_mode.addButton(self.by_distance)
        self.travel_mode.addButton(self.fixed_travel)
        self.by_distance.setChecked(True)
        self.km = _number_edit("travelKm", 8)
        self.rate = _number_edit("travelRate", 8)
        self.fixed = _number_edit("travelAmount", 10)
        self.other = _number_edit("otherAmount", 10)
        self.other_note = QLineEdit()
        self.other_note.setObjectName("otherNote")
        self.other_note.setMaxLength(200)
        self.times = QLabel("×")
        self.km_unit = QLabel()
        self.rate_unit = QLabel()
        self.travel_caption = QLabel()
        self.other_caption = QLabel()
        self.other_caption.setBuddy(self.other)
        self.note_caption = QLabel()
        self.note_caption.setBuddy(self.other_note)

        travel = QHBoxLayout()
        for widget in (self.by_distance, self.km, self.km_unit, self.times, self.rate, self.rate_unit):
            travel.addWidget(widget)
        travel.addSpacing(16)
        travel.addWidget(self.fixed_travel)
        travel.addWidget(self.fixed)
        travel.addStretch(1)
        other = QHBoxLayout()
        other.addWidget(self.other)
        other.addWidget(self.note_caption)
        other.addWidget(self.other_note, 1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.travel_caption, travel)
        form.addRow(self.other_caption, other)
        self.by_distance.toggled.connect(self._enable_travel)
        self._watch(self.by_distance, self.km, self.rate, self.fixed, self.other, self.other_note)
        self._enable_travel()
        self.retranslate_ui()

    def _after_enable(self) -> None:
        self._enable_travel()

    def _enable_travel(self, *_args: Any) -> None:
        distance = self.by_distance.isChecked()
        self.km.setEnabled(distance)
        self.rate.setEnabled(distance)
        self.fixed.setEnabled(not distance)

    def retranslate_ui(self) -> None:
        self.travel_caption.setText(self.tr("Travel:"))
        self.by_distance.setText(self.tr("Distanc&e"))
        self.fixed_travel.setText(self.tr("Fi&xed amount"))
        self.km_unit.setText(self.tr("km"))
        self.rate_unit.setText(self.tr("yuan/km"))
        self.other_caption.setText(self.tr("&Other costs:"))
        self.note_caption.setText(self.tr("for:"))
        self.other_note.setPlaceholderText(self.tr("What the other costs are"))

    def values(self) -> tuple[dict[str, Any], list[str]]:
        problems: list[str] = []
        distance = self.by_distance.isChecked()
        km = self._number(self.km, self.tr("Travel distance"), problems) if distance else None
        rate = self._number(self.rate, self.tr("Travel rate"), problems) if distance else None
        fixed = None if distance else self._number(self.fixed, self.tr("Travel amount"), problems)
        if distance and (km is None) != (rate is None):
            problems.append(self.tr("Travel: enter both the distance and the rate per km."))
            km = rate = None
        other = self._number(self.other, self.tr("Other costs"), problems)
        return {"travel_km": km, "travel_rate": rate, "travel_fixed": fixed,
                "other_amount": other if other is not None else Decimal(0),
                "other_note": self.other_note.text()}, problems

    def load(self, data: ClaimInput | None) -> None:
        self._loading = True
        try:
            data = data or ClaimInput(unit_serial="", failure_date=dt.date.today(), repair_date=dt.date.today())
            fixed = data.travel_km is None and bool(data.travel_fixed)
            self.fixed_travel.setChecked(fixed)
            self.by_distance.setChecked(not fixed)
            self.km.setText(plain(data.travel_km))
            self.rate.setText(plain(data.travel_rate))
            self.fixed.setText(plain(data.travel_fixed) if fixed else "")
            self.other.setText(plain(data.other_amount) if data.other_amount else "")
            self.other_note.setText(data.other_note)
        finally:
            self._loading = False
