"""The three lists of the stock section: parts in stock with the movements of the chosen part, returns to
the factory, and emergency orders. Each pages, sorts and filters in SQL through its service."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import PartClass
from app.domain.stock import ReturnReason
from app.services import stock
from app.services.database import Database
from app.services.paging import Page, PageRequest
from app.services.stock import EmergencyOrderRow, FactoryReturnRow, MovementRow, StockRow
from app.ui.claims.common import money
from app.ui.labels import label
from app.ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel
from app.ui.stock.texts import payer_label, quantity_text, reason_label

_CONTEXT = "StockView"
SEARCH_DELAY_MS = 300
FIT_ROWS = 100
WARN = QColor("#b71c1c")
DONE = QColor("#1b5e20")


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


def _signed(value: Any) -> str:
    text = quantity_text(value)
    return f"+{text}" if value > 0 else text


STOCK_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("StockView", "Part no."), lambda r: r.part_no, "part_no"),
    Column(QT_TRANSLATE_NOOP("StockView", "Part name"), lambda r: r.name, "name"),
    Column(QT_TRANSLATE_NOOP("StockView", "Class"), lambda r: label(r.part_class), "class"),
    Column(QT_TRANSLATE_NOOP("StockView", "On hand"), lambda r: quantity_text(r.on_hand), "on_hand", ALIGN_RIGHT,
           foreground=lambda r: WARN if r.below_minimum else None),
    Column(QT_TRANSLATE_NOOP("StockView", "On order"), lambda r: quantity_text(r.on_order), "on_order", ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("StockView", "Minimum"), lambda r: quantity_text(r.minimum) if r.minimum else "",
           "minimum", ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("StockView", "Unit"), lambda r: r.unit),
    Column(QT_TRANSLATE_NOOP("StockView", "Bin"), lambda r: r.bin_location, "bin_location"),
    Column(QT_TRANSLATE_NOOP("StockView", "Last movement"), lambda r: _date(r.last_moved_on), "last_moved_on"),
    Column(QT_TRANSLATE_NOOP("StockView", "Unit price"), lambda r: money(r.unit_price), None, ALIGN_RIGHT),
]
MOVEMENT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("StockView", "Date"), lambda r: _date(r.moved_on), "moved_on"),
    Column(QT_TRANSLATE_NOOP("StockView", "Movement"), lambda r: label(r.kind)),
    Column(QT_TRANSLATE_NOOP("StockView", "Quantity"), lambda r: _signed(r.quantity), None, ALIGN_RIGHT,
           foreground=lambda r: DONE if r.quantity > 0 else None),
    Column(QT_TRANSLATE_NOOP("StockView", "Balance"), lambda r: quantity_text(r.balance), None, ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("StockView", "Reference"), lambda r: r.reference),
    Column(QT_TRANSLATE_NOOP("StockView", "Reason"), lambda r: r.reason, tooltip=lambda r: r.reason),
    Column(QT_TRANSLATE_NOOP("StockView", "By"), lambda r: r.recorded_by),
]
RETURN_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("StockView", "Return no."), lambda r: r.return_no, "return_no"),
    Column(QT_TRANSLATE_NOOP("StockView", "Returned on"), lambda r: _date(r.returned_on), "returned_on"),
    Column(QT_TRANSLATE_NOOP("StockView", "Part no."), lambda r: r.part_no, "part_no"),
    Column(QT_TRANSLATE_NOOP("StockView", "Part name"), lambda r: r.part_name),
    Column(QT_TRANSLATE_NOOP("StockView", "Quantity"), lambda r: quantity_text(r.quantity), "quantity", ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("StockView", "Reason"), lambda r: reason_label(r.reason), "reason"),
    Column(QT_TRANSLATE_NOOP("StockView", "Freight paid by"), lambda r: payer_label(r.freight_payer),
           "freight_payer"),
    Column(QT_TRANSLATE_NOOP("StockView", "Restoration labour"),
           lambda r: money(r.restoration_labour) if r.dealer_pays_restoration else "", None, ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("StockView", "Note"), lambda r: r.note, tooltip=lambda r: r.note),
]


def make_table(model: PagedTableModel, name: str, *, stretch: int, sort: tuple[int, Qt.SortOrder] | None
               ) -> QTableView:
    """A read-only list over `model`; column `stretch` takes the spare width. `sort` is the column and order
    the service's default order matches (None: sorting off; column -1: an order no column shows)."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(FIT_ROWS)  # fitting columns reads the first page, never fetches more
    table.verticalHeader().setResizeContentsPrecision(FIT_ROWS)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if sort is not None:
        header.setSortIndicator(*sort)  # before sorting is on, so the first fetch already has this order
        table.setSortingEnabled(True)
    return table


def fit_columns(table: QTableView, widths: dict[int, int]) -> None:
    """Columns as wide as their contents (the first page), but within sensible bounds."""
    table.resizeColumnsToContents()
    for column, most in widths.items():
        table.setColumnWidth(column, min(table.columnWidth(column), most))


def current_row(table: QTableView, model: PagedTableModel) -> Any:
    rows = table.selectionModel().selectedRows()
    return model.row_at(rows[0].row()) if len(rows) == 1 else None


class SearchBox(QLineEdit):
    """Free text that filters after a short pause, or at once on Enter."""

    search = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search.emit)
        self.textEdited.connect(lambda _t: self.timer.start())
        self.returnPressed.connect(self.search.emit)


class StockListPanel(QWidget):
    """Parts in stock, filtered by text, class and below-minimum; below, the chosen part's movements."""

    part_changed = Signal(object)  # the StockRow chosen, or None

    def __init__(self, database: Database, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._part_id: int | None = None
        self.search_label = QLabel()
        self.search = SearchBox("stockSearch")
        self.search_label.setBuddy(self.search)
        self.class_filter = QComboBox()
        self.class_filter.setObjectName("classFilter")
        self.class_filter.addItem("", "")
        for part_class in PartClass:
            self.class_filter.addItem("", part_class.value)
        self.below_minimum = QCheckBox()
        self.below_minimum.setObjectName("belowMinimum")
        self.count_label = QLabel()
        self.count_label.setObjectName("stockCount")
        self.search.search.connect(self.apply_filters)
        self.class_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.below_minimum.toggled.connect(lambda _on: self.apply_filters())

        self.model = PagedTableModel(lambda request: stock.list_stock(database, request), STOCK_COLUMNS,
                                     context=_CONTEXT, parent=self)
        self.table = make_table(self.model, "stockTable", stretch=1, sort=(0, Qt.SortOrder.AscendingOrder))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.on_selection_changed())
        self.model.modelReset.connect(self.on_selection_changed)
        self.movements_label = QLabel()
        self.movements_label.setObjectName("movementsTitle")
        self.movements = PagedTableModel(self._movements, MOVEMENT_COLUMNS, context=_CONTEXT, parent=self)
        self.movement_table = make_table(self.movements, "movementTable", stretch=5, sort=None)  # newest first

        filters = QHBoxLayout()
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.class_filter, 1)
        filters.addWidget(self.below_minimum)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 4, 0, 0)
        bottom_layout.addWidget(self.movements_label)
        bottom_layout.addWidget(self.movement_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def filters(self) -> dict[str, Any]:
        return {"class": self.class_filter.currentData() or "", "below_minimum": self.below_minimum.isChecked()}

    def apply_filters(self) -> None:
        self.search.timer.stop()
        self.model.set_query(text=self.search.text(), filters=self.filters())
        fit_columns(self.table, {0: 180, 7: 120})
        self.show_count()

    def reload(self) -> None:
        chosen = self.current()
        self.model.reload()
        if chosen is not None:
            self.select_part(chosen.part_no)
        self.show_count()

    def select_part(self, part_no: str) -> None:
        for row in range(min(self.model.rowCount(), 2000)):
            found = self.model.row_at(row)
            if found is not None and found.part_no == part_no:
                self.table.selectRow(row)
                return

    def show_count(self) -> None:
        self.count_label.setText(self.model.error or self.tr("{count} parts").format(
            count=f"{self.model.total():,}"))

    def current(self) -> StockRow | None:
        row = current_row(self.table, self.model)
        return row if isinstance(row, StockRow) else None

    def _movements(self, request: PageRequest) -> Page[MovementRow]:
        if self._part_id is None:
            return Page([], 0)
        return stock.list_movements(self._database, self._part_id, request)

    def on_selection_changed(self) -> None:
        row = self.current()
        self._part_id = row.part_id if row is not None else None
        self.movements.reload()
        fit_columns(self.movement_table, {4: 160})
        self.retranslate_ui()
        self.part_changed.emit(row)

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Part number or name"))
        self.class_filter.setItemText(0, self.tr("All classes"))
        for index, part_class in enumerate(PartClass, start=1):
            self.class_filter.setItemText(index, label(part_class))
        self.below_minimum.setText(self.tr("&Below minimum only"))
        row = self.current()
        self.movements_label.setText(
            self.tr("Movements of {part} {name}: {count}").format(part=row.part_no, name=row.name,
                                                                  count=f"{self.movements.total():,}")
            if row is not None else self.tr("Choose a part to see its movements."))
        self.show_count()


class ReturnsPanel(QWidget):
    """Returns to the factory, newest first, with the freight rule each one was recorded under."""

    def __init__(self, database: Database, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_label = QLabel()
        self.search = SearchBox("returnSearch")
        self.search_label.setBuddy(self.search)
        self.reason_filter = QComboBox()
        self.reason_filter.setObjectName("reasonFilter")
        self.reason_filter.addItem("", "")
        for reason in ReturnReason:
            self.reason_filter.addItem("", reason.value)
        self.count_label = QLabel()
        self.model = PagedTableModel(lambda request: stock.list_factory_returns(database, request), RETURN_COLUMNS,
                                     context=_CONTEXT, parent=self)
        self.table = make_table(self.model, "returnTable", stretch=8, sort=(1, Qt.SortOrder.DescendingOrder))
        self.search.search.connect(self.apply_filters)
        self.reason_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        filters = QHBoxLayout()
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.reason_filter, 1)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def apply_filters(self) -> None:
        self.search.timer.stop()
        self.model.set_query(text=self.search.text(), filters={"reason": self.reason_filter.currentData() or ""})
        fit_columns(self.table, {})
        self.show_count()

    def current(self) -> FactoryReturnRow | None:
        return current_row(self.table, self.model)

    def show_count(self) -> None:
        self.count_label.setText(self.model.error or self.tr("{count} returns").format(
            count=f"{self.model.total():,}"))

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("S&earch:"))
        self.search.setPlaceholderText(self.tr("Return number, part number or name, note"))
        self.reason_filter.setItemText(0, self.tr("Every reason"))
        for index, reason in enumerate(ReturnReason, start=1):
            self.reason_filter.setItemText(index, reason_label(reason))
        self.show_count()


class EmergencyPanel(QWidget):
    """Emergency orders, open ones first, with the days each claim has waited."""

    def __init__(self, database: Database, today: Callable[[], dt.date], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.search_label = QLabel()
        self.search = SearchBox("emergencySearch")
        self.search_label.setBuddy(self.search)
        self.open_only = QCheckBox()
        self.open_only.setObjectName("openOnly")
        self.open_only.setChecked(True)
        self.count_label = QLabel()
        columns = [
            Column(QT_TRANSLATE_NOOP("StockView", "Order no."), lambda r: r.order_no, "order_no"),
            Column(QT_TRANSLATE_NOOP("StockView", "Claim"), lambda r: r.claim_no, "claim_no"),
            Column(QT_TRANSLATE_NOOP("StockView", "Part no."), lambda r: r.part_no, "part_no"),
            Column(QT_TRANSLATE_NOOP("StockView", "Part name"), lambda r: r.part_name),
            Column(QT_TRANSLATE_NOOP("StockView", "Quantity"), lambda r: quantity_text(r.quantity), None,
                   ALIGN_RIGHT),
            Column(QT_TRANSLATE_NOOP("StockView", "Ordered on"), lambda r: _date(r.ordered_on), "ordered_on"),
            Column(QT_TRANSLATE_NOOP("StockView", "Received on"), lambda r: _date(r.received_on), "received_on"),
            Column(QT_TRANSLATE_NOOP("StockView", "Days waited"), lambda r: str(r.days_waited(self._today())), None,
                   ALIGN_RIGHT, foreground=lambda r: WARN if r.received_on is None else None),
            Column(QT_TRANSLATE_NOOP("StockView", "On hand"), lambda r: quantity_text(r.on_hand), None, ALIGN_RIGHT),
            Column(QT_TRANSLATE_NOOP("StockView", "Reference"), lambda r: r.reference),
        ]
        self.model = PagedTableModel(lambda request: stock.list_emergency_orders(database, request), columns,
                                     context=_CONTEXT, parent=self)
        self.table = make_table(self.model, "emergencyTable", stretch=3, sort=(-1, Qt.SortOrder.AscendingOrder))
        self.search.search.connect(self.apply_filters)
        self.open_only.toggled.connect(lambda _on: self.apply_filters())
        filters = QHBoxLayout()
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.open_only)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def apply_filters(self) -> None:
        self.search.timer.stop()
        self.model.set_query(text=self.search.text(), filters={"open": self.open_only.isChecked()})
        fit_columns(self.table, {})
        self.show_count()

    def current(self) -> EmergencyOrderRow | None:
        return current_row(self.table, self.model)

    def show_count(self) -> None:
        self.count_label.setText(self.model.error or self.tr("{count} emergency orders").format(
            count=f"{self.model.total():,}"))

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("Sea&rch:"))
        self.search.setPlaceholderText(self.tr("Order, claim or part number, part name"))
        self.open_only.setText(self.tr("&Open orders only"))
        self.show_count()
