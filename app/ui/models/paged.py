"""A table model over a service that pages in SQL: rowCount is the total, rows arrive a page at a
time as the view scrolls to them, and sorting or filtering asks the service again. Nothing is
sorted or filtered in Python, so 200,000 claims behave like 200."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.domain.errors import WarrantyDeskError
from app.services.paging import Page, PageRequest

Index = QModelIndex | QPersistentModelIndex
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    title: str  # source text marked with QT_TRANSLATE_NOOP in the model's context
    text: Callable[[Any], str]  # row → what the cell shows
    sort_key: str | None = None  # the service's sort key; None: not sortable
    align: Qt.AlignmentFlag = ALIGN_LEFT
    foreground: Callable[[Any], Any] | None = None  # row → QColor/QBrush or None
    tooltip: Callable[[Any], str] | None = None


class PagedTableModel(QAbstractTableModel):
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's dataclass

    def __init__(self, fetch: Callable[[PageRequest], Page[Any]], columns: list[Column], *, context: str,
                 page_size: int = 200, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._columns = columns
        self._context = context
        self._page_size = page_size
        self._request = PageRequest(limit=page_size)
        self._pages: dict[int, list[Any]] = {}
        self._total = 0
        self.error: str | None = None

    # --- what the owner calls -------------------------------------------------------------------

    @property
    def request(self) -> PageRequest:
        return self._request

    def set_query(self, *, text: str | None = None, filters: Mapping[str, Any] | None = None) -> None:
        """Change the search text and/or filters and start again from the first page."""
        changes: dict[str, Any] = {}
        if text is not None:
            changes["text"] = text
        if filters is not None:
            changes["filters"] = dict(filters)
        self._request = replace(self._request, **changes)
        self.reload()

    def reload(self) -> None:
        """Ask the service again (after a change elsewhere), keeping sort and filters."""
        self.beginResetModel()
        self._pages.clear()
        try:
            first = self._fetch(replace(self._request, offset=0))
            self._total = first.total
            self._pages[0] = list(first.rows)
            self.error = None
        except WarrantyDeskError as exc:  # a list that cannot load shows empty; the owner shows `error`
            self._total = 0
            self.error = str(exc)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        page, offset = divmod(row, self._page_size)
        rows = self._page(page)
        return rows[offset] if offset < len(rows) else None

    def total(self) -> int:
        return self._total

    # --- Qt model API -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else self._total

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
        if not index.isValid() or not (0 <= index.row() < self._total):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
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
        if role == self.SORT_ROLE:
            return column.sort_key
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self._columns)) or self._columns[column].sort_key is None:
            return
        self._request = replace(self._request, sort=self._columns[column].sort_key,
                                descending=order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and self._columns[column].sort_key is not None

    # --- paging -----------------------------------------------------------------------------------

    def _page(self, page: int) -> list[Any]:
        rows = self._pages.get(page)
        if rows is None:
            try:
                result = self._fetch(replace(self._request, offset=page * self._page_size))
                rows = list(result.rows)
            except WarrantyDeskError as exc:
                self.error = str(exc)
                rows = []
            self._pages[page] = rows
        return rows
