"""What the stock dialogs share: a form with an inline error line, and a part-number field that shows the
part's name and stock as soon as the number is typed or scanned.

A dialog collects values and emits `submitted`; its owner calls the service and either closes it with
`finish()` or shows the service's refusal with `show_error()`, so nothing typed is lost to a mistake.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WarrantyDeskError
from app.services.stock import StockRow
from app.ui.claims.common import NotANumber, parse_decimal
from app.ui.labels import label
from app.ui.stock.texts import quantity_text

_STYLE = "QLabel#formError { color: #b71c1c; }"


class InputProblem(ValueError):
    """A field the clerk must correct; the message is already translated."""


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def number_of(field: QLineEdit, title: QLabel, *, required: bool = True) -> Decimal | None:
    """The number typed in `field` (full-width digits accepted), or InputProblem naming the field as its
    `title` label does."""
    what = title.text().replace("&", "").rstrip(":：( ")
    try:
        value = parse_decimal(field.text())
    except NotANumber:
        raise InputProblem(QCoreApplication.translate("StockForm", "{what}: not a number").format(what=what)) from None
    if value is None and required:
        raise InputProblem(QCoreApplication.translate("StockForm", "{what}: required").format(what=what))
    return value


class PartField(QWidget):
    """A part number with what the part is: name, class, on hand — looked up when typing stops."""

    found = Signal(object)  # the StockRow, or None for a number not in the catalogue

    def __init__(self, lookup: Callable[[str], StockRow], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self.row: StockRow | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("partNo")
        self.edit.setMaxLength(40)
        self.info = QLabel()
        self.info.setObjectName("partInfo")
        self.info.setWordWrap(True)
        self.edit.editingFinished.connect(self.look_up)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.info)

    def set_part_no(self, part_no: str) -> None:
        self.edit.setText(part_no)
        self.look_up()

    def part_no(self) -> str:
        return self.edit.text().strip()

    def look_up(self) -> None:
        number = self.part_no()
        self.row = None
        if number:
            try:
                self.row = self._lookup(number)
            except WarrantyDeskError:
                self.row = None
        self.retranslate_ui()
        self.found.emit(self.row)

    def retranslate_ui(self) -> None:
        self.edit.setPlaceholderText(self.tr("Type or scan the part number"))
        self.info.setVisible(bool(self.part_no()))  # no empty line under an empty field
        if self.row is None:
            self.info.setText(self.tr("Not in the parts catalogue"))
            return
        r = self.row
        self.info.setText(self.tr("{name} · {kind} · {on_hand} on hand, {on_order} on order").format(
            name=r.name, kind=label(r.part_class), on_hand=quantity_text(r.on_hand),
            on_order=quantity_text(r.on_order)))


class StockForm(QDialog):
    """The frame of every stock dialog: the form rows of the subclass, an error line, OK and Cancel."""

    submitted = Signal(object)  # what value() returned

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_STYLE)
        self.setMinimumWidth(520)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def value(self) -> Any:
        """What the owner needs to call its service; raises InputProblem for a field to correct."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            value = self.value()
        except InputProblem as problem:
            self.show_error(str(problem))
            return
        self.error_label.hide()
        self.submitted.emit(value)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def finish(self) -> None:
        """The owner's service call succeeded: close."""
        super().accept()

    def retranslate_ui(self) -> None:
        """Subclasses set their texts here (OK and Cancel come translated from Qt's own catalogue)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
