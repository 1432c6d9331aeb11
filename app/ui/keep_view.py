"""Reloading a page's lists without the clerk losing their place: the selected rows, the current row and
the scroll position come back after the models are reset (sort and filter live in the models' requests).

Rows are recognised by their record's id (PagedTableModel.ROW_ROLE rows have `.id`), else by the first
column's text. Only rows near where the selection was are searched, so a 200,000-row list loads at most
a page or two more.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTreeView, QWidget

from app.ui.models.paged import PagedTableModel

_NEAR = 300  # rows searched either side of where a selected row was


@dataclass
class _ViewState:
    view: QAbstractItemView
    vertical: int
    horizontal: int
    current: tuple[int, Any] | None  # (row, key)
    selected: list[tuple[int, Any]]


def reload_keeping_view(page: QWidget, reload: Callable[[], Any]) -> Any:
    """Call `reload()` (the page's own refresh) and put every visible list's selection and scroll back."""
    states = [_capture(view) for view in _views(page)]
    result = reload()
    for state in states:
        _restore(state)
    return result


def _views(page: QWidget) -> list[QAbstractItemView]:
    views: list[QAbstractItemView] = []
    for kind in (QTableView, QTreeView):
        views.extend(view for view in page.findChildren(kind) if view.isVisible() and view.model() is not None)
    return views


def _key(view: QAbstractItemView, row: int) -> Any:
    model = view.model()
    if isinstance(model, PagedTableModel):
        record = model.row_at(row)
        return getattr(record, "id", record)
    return model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)


def _capture(view: QAbstractItemView) -> _ViewState:
    selection = view.selectionModel()
    rows = sorted({index.row() for index in selection.selectedIndexes()}) if selection is not None else []
    current = view.currentIndex()
    return _ViewState(view=view, vertical=view.verticalScrollBar().value(),
                      horizontal=view.horizontalScrollBar().value(),
                      current=(current.row(), _key(view, current.row())) if current.isValid() else None,
                      selected=[(row, _key(view, row)) for row in rows[:_NEAR]])


def _find(view: QAbstractItemView, row: int, key: Any) -> int | None:
    count = view.model().rowCount()
    if 0 <= row < count and _key(view, row) == key:
        return row  # the usual case: nothing moved
    for distance in range(1, _NEAR):
        for candidate in (row - distance, row + distance):
            if 0 <= candidate < count and _key(view, candidate) == key:
                return candidate
    return None


def _restore(state: _ViewState) -> None:
    view = state.view
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None:
        return
    now = sorted({index.row() for index in selection.selectedIndexes()})
    if state.selected and [_key(view, row) for row in now] != [key for _row, key in state.selected]:
        # The page did not put the selection back itself: select the same records where they are now.
        wanted = QItemSelection()
        for row, key in state.selected:
            found = _find(view, row, key)
            if found is not None:
                wanted.select(model.index(found, 0), model.index(found, model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        if state.current is not None and (found := _find(view, *state.current)) is not None:
            selection.setCurrentIndex(model.index(found, max(0, view.currentIndex().column())),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.select(wanted, flags)
    # The view lays itself out again only later; do it now so the scroll range fits the reloaded rows.
    view.updateGeometries()
    view.verticalScrollBar().setValue(state.vertical)
    view.horizontalScrollBar().setValue(state.horizontal)
