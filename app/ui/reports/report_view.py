"""One report on screen: its chart above, its table below, and a choice of what the chart shows."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import format_money
from app.ui.widgets.charts import BarChart, Series

NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def money_text(value: Decimal) -> str:
    return format_money(value)


def percent_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{float(value):.1%}"


def count_text(value: int) -> str:
    return f"{value:,}"


def axis_money(value: float) -> str:
    """Axis ticks in yuan: the ticks are round, so no fen."""
    return f"{value:,.0f}"


@dataclass(frozen=True)
class Cell:
    text: str
    align: Qt.AlignmentFlag = TEXT
    tooltip: str = ""


@dataclass(frozen=True)
class Chart:
    """What the chart shows for one choice: category labels, series, value and tick formats, tooltips."""

    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_text: Callable[[float], str]
    axis_title: str
    tick_text: Callable[[float], str] | None = None
    tooltips: tuple[str, ...] = ()


class ReportView(QWidget):
    """A chart over a table. `choices` name what the chart can show; `chart_for(index)` builds it."""

    def __init__(self, *, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = BarChart(horizontal=horizontal)
        self.choice = QComboBox()
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice_caption = QLabel()
        self.choice_caption.setBuddy(self.choice)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("reportNote")
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setWordWrap(False)
        self._chart_for: Callable[[int], Chart | None] = lambda _index: None

        bar = QHBoxLayout()
        bar.addWidget(self.choice_caption)
        bar.addWidget(self.choice)
        bar.addSpacing(16)
        bar.addWidget(self.note, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.chart, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
        self.choice.currentIndexChanged.connect(self.on_choice_current_index_changed)

    def set_choices(self, caption: str, names: Sequence[str], chart_for: Callable[[int], Chart | None]) -> None:
        """Name the chart's choices (kept when the language changes) and how to build each."""
        self._chart_for = chart_for
        self.choice_caption.setText(caption)
        current = max(self.choice.currentIndex(), 0)
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItems(list(names))
        self.choice.setCurrentIndex(min(current, len(names) - 1))
        self.choice.blockSignals(False)
        visible = len(names) > 1
        self.choice.setVisible(visible)
        self.choice_caption.setVisible(visible)
        self.show_chart()

    def on_choice_current_index_changed(self, _index: int) -> None:
        self.show_chart()

    def show_chart(self) -> None:
        chart = self._chart_for(max(self.choice.currentIndex(), 0))
        if chart is None:
            self.chart.set_data((), ())
            return
        self.chart.set_axis_title(chart.axis_title)
        self.chart.set_data(chart.categories, chart.series, value_text=chart.value_text, tick_text=chart.tick_text,
                            tooltips=chart.tooltips)

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(list(headers))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                item = QTableWidgetItem(cell.text)
                item.setTextAlignment(cell.align)
                if cell.tooltip:
                    item.setToolTip(cell.tooltip)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
