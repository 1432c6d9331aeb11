"""What the batch, settlement and account views share: a table model over a tuple the service handed
back (a batch's claims, a notice's lines: a few thousand rows at most, already in memory), table set-up,
and how dates, timestamps and sizes are shown."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from app.services.business_time import BUSINESS_TZ
from app.ui.models.paged import Column

Index = QModelIndex | QPersistentModelIndex
BANNER_STYLE = """
QLabel#readOnlyBanner { background: #fff4e5; color: #8a4b00; border: 1px solid #f0c36d; border-radius: 4px;
                        padding: 6px 10px; font-weight: bold; }
QLabel#errorText { color: #b71c1c; }
QLabel#successText { color: #1b5e20; font-weight: bold; }
"""


def day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def moment(value: dt.datetime | None) -> str:
    """A stored (UTC) time as the clerk's local business time, to the minute."""
    return value.astimezone(BUSINESS_TZ).strftime("%Y-%m-%d %H:%M") if value else ""


def period(start: dt.date | None, end: dt.date | None, *, short: bool = False) -> str:
    """A repair-date period; `short`: a whole calendar month as "2026-10" (how batches usually go)."""
    if not start and not end:
        return ""
    if short and start and end and start.day == 1 and start.replace(day=28) <= end and (
            end + dt.timedelta(days=1)).day == 1 and (start.year, start.month) == (end.year, end.month):
        return f"{start:%Y-%m}"
    return f"{day(start) or '…'} – {day(end) or '…'}"


def file_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:,.0f} {unit}" if unit == "B" else f"{value:,.1f} {unit}"
        value /= 1024
    return f"{size:,} B"  # pragma: no cover - the loop always returns


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class TupleTableModel(QAbstractTableModel):
    """Rows held in memory; `sort_keys[i]` (row → comparable) makes column i sortable."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns: Sequence[Column], *, context: str,
                 sort_keys: Sequence[Callable[[Any], Any] | None] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._context = context
        self._sort_keys = list(sort_keys) + [None] * (len(self._columns) - len(sort_keys))
        self._rows: list[Any] = []
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_order()
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._columns):
                return QCoreApplication.translate(self._context, self._columns[section].title)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == self.ROW_ROLE:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self._columns)) or self._sort_keys[column] is None:
            return
        self.layoutAboutToBeChanged.emit()
        self._order = (column, order)
        self._apply_order()
        self.layoutChanged.emit()

    def _apply_order(self) -> None:
        if self._order is None:
            return
        column, order = self._order
        key = self._sort_keys[column]
        if key is not None:
            self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)


def list_table(name: str, model: QAbstractTableModel, *, multi: bool = False) -> QTableView:
    """A read-only list: whole rows selected, alternating colours, no row numbers, interactive widths."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def set_widths(table: QTableView, chars: Sequence[int], *, stretch: int | None = None) -> int:
    """Columns `chars` average characters wide, never narrower than their (translated) title; the column
    `stretch` takes what room is left. Returns the width the columns need."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    unit = table.fontMetrics().averageCharWidth()
    needed = 0
    for column, count in enumerate(chars):
        width = max(count * unit + 20, header.sectionSizeHint(column))
        table.setColumnWidth(column, width)
        needed += width
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return needed


def sort_by(table: QTableView, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
    """Sorting on, by `column` first (without this Qt starts with the indicator's default, descending)."""
    table.horizontalHeader().setSortIndicator(column, order)
    table.setSortingEnabled(True)


def selected_rows(table: QTableView) -> list[int]:
    return sorted({index.row() for index in table.selectionModel().selectedRows()})
