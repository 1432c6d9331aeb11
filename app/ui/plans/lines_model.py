"""A plan's lines as a lazy table paged and sorted in SQL, with the chosen quantity, the price and the note
editable in place: each edit is one call to the plan service, and the line comes back as saved."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.domain.errors import WarrantyDeskError
from app.services.paging import Page, PageRequest
from app.services.plans import PlanChange, PlanLineRow
from app.ui.claims.common import NotANumber, parse_decimal
from app.ui.labels import label
from app.ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel
from app.ui.plans.texts import money, number, reason_line, reason_tooltip

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "PlanLinesModel"
CHANGED = QColor("#1f5fbf")  # a quantity the manager chose differently from the suggestion

COL_PART_NO, COL_NAME, COL_CLASS, COL_FORECAST, COL_STOCK, COL_SUGGESTED, COL_CHOSEN, COL_PRICE, COL_AMOUNT, \
    COL_REASON, COL_NOTE = range(11)


def _stock_tip(row: PlanLineRow) -> str:
    return QCoreApplication.translate("PlanLinesModel", "On hand {on_hand}, on order {on_order} when the plan was "
                                                        "made").format(on_hand=number(row.on_hand_qty),
                                                                       on_order=number(row.on_order_qty))


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("PlanLinesModel", "Part no."), lambda r: r.part_no, "part_no"),
    Column(QT_TRANSLATE_NOOP("PlanLinesModel", "Part name"), lambda r: r.part_name, "part_name"),
    Column(QT_TRANSLATE_NOOP("PlanLinesModel", "Class"), lambda r: label(r.part_class), "class"),
    Column(QT_TRANSLATE_NOOP("PlanLinesModel", "Forecast"), lambda r: number(r.forecast_qty), "forecast",
           ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("PlanLinesModel", "In stock"), lambda r: number(r.in_stock), align=ALIGN_RIGHT,
           tooltip=_stock_tip),
    Column(QT_TRANSLATE_NOOP("PlanLinesModel", "Suggested"), lambda r: number(r.suggested_qty), "suggested",
           ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("PlanLinesModel", "Chosen"), lambda r: number(r.chosen_qty), "chosen", ALIGN_RIGHT,
           foreground=lambda r: QBrush(CHANGED) if r.changed else None),
    Column(QT_TRANSLATE_NOOP("PlanLinesModel", "Unit price"), lambda r: money(r.unit_price), "unit_price",
           ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("PlanLinesModel", "Amount"), lambda r: money(r.amount), "amount", ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("PlanLinesModel", "Reason"), lambda r: reason_line(r.reason),
           tooltip=lambda r: reason_tooltip(r.reason, r.suggested_qty)),
    Column(QT_TRANSLATE_NOOP("PlanLinesModel", "Note"), lambda r: r.note, tooltip=lambda r: r.note),
]



EDITABLE = {COL_CHOSEN: "chosen_qty", COL_PRICE: "unit_price", COL_NOTE: "note"}

Save = Callable[[int, str, Any], PlanChange]  # (line id, field, value) → what the service saved


class PlanLinesModel(PagedTableModel):
    edited = Signal(object)  # the PlanChange of a line saved
    refused = Signal(str)  # why an edit was not saved

    def __init__(self, fetch: Callable[[PageRequest], Page[PlanLineRow]], save: Save, *, parent: Any = None) -> None:
        super().__init__(fetch, COLUMNS, context=CONTEXT, parent=parent)
        self._save = save
        self.editable = False

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.isValid() and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() in EDITABLE:
            row = self.row_at(index.row())
            if row is None:
                return None
            value = getattr(row, EDITABLE[index.column()])
            return value if isinstance(value, str) else number(value)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE:
            return False
        row = self.row_at(index.row())
        if row is None or not self.editable:
            return False
        field = EDITABLE[index.column()]
        try:
            if field == "note":
                change = self._save(row.id, field, str(value))
            else:
                amount = parse_decimal(str(value))
                if amount is None:
                    return False
                change = self._save(row.id, field, amount)
        except NotANumber:
            self.refused.emit(self.tr("“{text}” is not a number").format(text=value))
            return False
        except WarrantyDeskError as exc:
            self.refused.emit(str(exc))
            return False
        if change.line is not None:
            self.replace_row(index.row(), change.line)
        self.edited.emit(change)
        return True

    def replace_row(self, row: int, line: PlanLineRow) -> None:
        """Show the line as the service saved it, without asking for the page again."""
        page, offset = divmod(row, self._page_size)
        rows = self._pages.get(page)
        if rows is not None and offset < len(rows):
            rows[offset] = line
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
