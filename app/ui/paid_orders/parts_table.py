"""The part lines of a paid service order: the clerk types part number and quantity; name, catalogue
price, charged price and amount come from the service's preview."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.services.paid_orders import PaidPartLineInput, PaidPartLineView
from app.ui.claims.common import NotANumber, money, parse_decimal

PART_NO, QUANTITY, NAME, CATALOGUE, PRICE, AMOUNT = range(6)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PaidPartsTable(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("paidParts")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(PART_NO, 130)
        self._filling = False
        self.itemChanged.connect(self._on_item_changed)
        self.retranslate_ui()

    def add_row(self, part_no: str = "", quantity: str = "1") -> int:
        row = self.rowCount()
        self._filling, was = True, self._filling
        self.insertRow(row)
        for column in range(6):
            item = QTableWidgetItem({PART_NO: part_no, QUANTITY: quantity}.get(column, ""))
            if column not in (PART_NO, QUANTITY):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if column in (QUANTITY, CATALOGUE, PRICE, AMOUNT):
                item.setTextAlignment(RIGHT)
            self.setItem(row, column, item)
        self._filling = was
        return row

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        self._filling = True
        self.setRowCount(0)
        for part_no, quantity in rows:
            self.add_row(part_no, quantity)
        self._filling = False

    def remove_current(self) -> bool:
        row = self.currentRow()
        if row < 0:
            return False
        self.removeRow(row)
        self.changed.emit()
        return True

    def set_read_only(self, read_only: bool) -> None:
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                             else QAbstractItemView.EditTrigger.AllEditTriggers)

    def lines(self, number: Callable[[str, str], Decimal | None]) -> tuple[PaidPartLineInput, ...]:
        """The typed lines; `number(text, caption)` reads a quantity (and reports what it cannot read)."""
        found = []
        for row in range(self.rowCount()):
            part_no = self.item(row, PART_NO).text().strip()
            if part_no:
                quantity = number(self.item(row, QUANTITY).text(), self.tr("Part line {n}").format(n=row + 1))
                if quantity is not None:
                    found.append(PaidPartLineInput(part_no, quantity))
        return tuple(found)

    def show_lines(self, views: tuple[PaidPartLineView, ...]) -> None:
        """Fill the preview's columns, line by line, for the rows that have a part number."""
        self._filling, was = True, self._filling
        lines = iter(views)
        for row in range(self.rowCount()):
            if not self.item(row, PART_NO).text().strip():
                continue
            line = next(lines, None)
            for column, text in ((NAME, line.part_name if line else ""),
                                 (CATALOGUE, money(line.catalogue_price) if line else ""),
                                 (PRICE, money(line.unit_price) if line else ""),
                                 (AMOUNT, money(line.amount) if line else "")):
                self.item(row, column).setText(text)
        self._filling = was

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() in (PART_NO, QUANTITY):
            self.changed.emit()

    def retranslate_ui(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Part number"), self.tr("Quantity"), self.tr("Name"),
                                        self.tr("Catalogue price"), self.tr("Unit price"), self.tr("Amount")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def read_number(text: str, caption: str, problems: list[str], message: str) -> Decimal | None:
    """`message` is the translated "{field}: “{text}” is not a number." of the caller."""
    try:
        return parse_decimal(text)
    except NotANumber:
        problems.append(message.format(field=caption, text=text))
        return None
