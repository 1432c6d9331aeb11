"""A small bar chart painted with QPainter (the Qt Charts module is not part of PySide6-Essentials).

Columns for a sequence in time (claims per month), bars for a ranking with long names (reasons,
parts, models). Several series stack, with a legend. The value axis has round ticks and a title,
each bar its value, each segment a tooltip; long labels are shortened with "…" (the tooltip has
them whole), crowded column labels are thinned out, and an empty chart says so.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

PALETTE = ("#4e79a7", "#59a14f", "#f28e2b", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f")
AXIS_COLOR, GRID_COLOR, TEXT_COLOR = QColor("#6b7785"), QColor("#e3e7ec"), QColor("#2b2f33")
_PAD = 8
_TICKS = 5


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    color: str = PALETTE[0]


def nice_ticks(top: float, count: int = _TICKS) -> list[float]:
    """0 and round steps (1, 2, 2.5 or 5 × 10ⁿ) up to at least `top`."""
    if top <= 0:
        return [0.0, 1.0]
    rough = top / count
    magnitude = 10 ** math.floor(math.log10(rough))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= rough)
    steps = math.ceil(top / step - 1e-9)
    return [i * step for i in range(steps + 1)]


def plain_number(value: float) -> str:
    return f"{value:,.0f}" if abs(value - round(value)) < 1e-9 else f"{value:,.2f}"


class BarChart(QWidget):
    """`horizontal`: bars left to right with the labels on the left (rankings); otherwise columns with the
    labels underneath (months)."""

    def __init__(self, *, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.categories: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.tooltips: tuple[str, ...] = ()
        self.value_text: Callable[[float], str] = plain_number
        self.tick_text: Callable[[float], str] | None = None  # None: as value_text
        self.axis_title = ""
        self.empty_text = ""
        self.hovered: int | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(240, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    # --- data ---------------------------------------------------------------------------------------

    def set_data(self, categories: Sequence[str], series: Sequence[Series], *,
                 value_text: Callable[[float], str] | None = None, tick_text: Callable[[float], str] | None = None,
                 tooltips: Sequence[str] = ()) -> None:
        """One value per category in every series. `value_text` writes the values on the bars and in the
        tooltips, `tick_text` the axis (default: as the values); `tooltips` (one per category, rich text)
        replaces the default tooltip."""
        for one in series:
            if len(one.values) != len(categories):
                raise ValueError(f"series {one.name!r} has {len(one.values)} values for {len(categories)} categories")
        self.categories, self.series = tuple(categories), tuple(series)
        self.tooltips = tuple(tooltips)
        if value_text is not None:
            self.value_text = value_text
        self.tick_text = tick_text
        self.hovered = None
        self.updateGeometry()
        self.update()

    def set_axis_title(self, text: str) -> None:
        self.axis_title = text
        self.update()

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.update()

    def totals(self) -> list[float]:
        return [sum(max(s.values[i], 0.0) for s in self.series) for i in range(len(self.categories))]

    def is_empty(self) -> bool:
        return not self.categories or not any(self.totals())

    # --- geometry -----------------------------------------------------------------------------------

    def _legend_height(self) -> int:
        return QFontMetrics(self.font()).height() + _PAD if len(self.series) > 1 else 0

    def _row_height(self) -> int:
        return max(int(QFontMetrics(self.font()).height() * 1.6), 18)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        if self.horizontal:
            rows = max(len(self.categories), 3)
            chrome = self._legend_height() + 3 * QFontMetrics(self.font()).height()
            return QSize(520, chrome + rows * self._row_height())
        return QSize(560, 300)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, 160)

    def _tick(self, value: float) -> str:
        return (self.tick_text or self.value_text)(value)

    def _ticks(self) -> list[float]:
        top = max(self.totals(), default=0.0)
        # Columns carry their value above them: leave room over the tallest one.
        return nice_ticks(top if self.horizontal else top * 1.08)

    def plot_area(self) -> QRectF:
        """Where the bars go, inside the axes."""
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        top = _PAD + self._legend_height() + (line if self.axis_title else 0) + line // 2
        tick_width = max(metrics.horizontalAdvance(self._tick(t)) for t in self._ticks())
        value_width = max((metrics.horizontalAdvance(self.value_text(t)) for t in self.totals()), default=0)
        if self.horizontal:
            # Text with Chinese comes out a little wider than horizontalAdvance() says (fallback fonts): slack.
            slack = metrics.averageCharWidth()
            widest = max((metrics.horizontalAdvance(c) for c in self.categories), default=0) + slack
            left = _PAD + min(widest, int(self.width() * 0.38)) + _PAD
            right = self.width() - _PAD - value_width - _PAD
            bottom = self.height() - _PAD - line - 4
        else:
            left = _PAD + tick_width + _PAD
            right = self.width() - _PAD - max(value_width // 2, tick_width // 2)
            bottom = self.height() - _PAD - line - 6
        return QRectF(QPointF(left, top), QPointF(max(right, left + 10), max(bottom, top + 10)))

    def bar_rects(self) -> list[tuple[int, int, QRectF]]:
        """(category, series, rectangle) of every painted segment, first series nearest the axis."""
        if self.is_empty():
            return []
        area, ticks = self.plot_area(), self._ticks()
        top = ticks[-1]
        count = len(self.categories)
        slot = (area.height() if self.horizontal else area.width()) / count
        thickness = min(slot * 0.7, 48.0)
        rects = []
        for index in range(count):
            start = 0.0
            for number, one in enumerate(self.series):
                value = max(one.values[index], 0.0)
                if value <= 0:
                    continue
                begin, end = start / top, (start + value) / top
                offset = index * slot + (slot - thickness) / 2
                if self.horizontal:
                    rect = QRectF(area.left() + begin * area.width(), area.top() + offset,
                                  (end - begin) * area.width(), thickness)
                else:
                    rect = QRectF(area.left() + offset, area.bottom() - end * area.height(),
                                  thickness, (end - begin) * area.height())
                rects.append((index, number, rect))
                start += value
        return rects

    def label_step(self) -> int:
        """Columns: label every n-th category, so that labels never overlap (1: all of them)."""
        if self.horizontal or not self.categories:
            return 1
        widest = max(QFontMetrics(self.font()).horizontalAdvance(c) for c in self.categories) + _PAD
        return max(1, math.ceil(widest / max(self.plot_area().width() / len(self.categories), 1)))

    def hit(self, position: QPointF) -> tuple[int, int] | None:
        """The (category, series) of the segment under `position`, or the category of the slot when between."""
        for index, number, rect in self.bar_rects():
            if rect.adjusted(-1, -1, 1, 1).contains(position):
                return index, number
        return None

    def tooltip_for(self, index: int, number: int) -> str:
        if self.tooltips:
            return self.tooltips[index]
        lines = [self.categories[index]]
        lines += [f"{s.name}: {self.value_text(s.values[index])}" if s.name else self.value_text(s.values[index])
                  for s in self.series]
        if len(self.series) > 1:
            lines[1 + number] = f"<b>{lines[1 + number]}</b>"
        return "<br>".join(lines)

    # --- events -------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.hit(QPointF(event.pos()))
            if found is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(*found), self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        found = self.hit(event.position())
        hovered = found[0] if found else None
        if hovered != self.hovered:
            self.hovered = hovered
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        if self.hovered is not None:
            self.hovered = None
            self.update()
        super().leaveEvent(event)

    # --- painting -----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if self.is_empty():
            painter.setPen(AXIS_COLOR)
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            painter.end()
            return
        area = self.plot_area()
        self._paint_legend(painter)
        self._paint_value_axis(painter, area)
        self._paint_bars(painter)
        self._paint_category_labels(painter, area)
        self._paint_values(painter)
        painter.end()

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        x, y = float(_PAD), float(_PAD)
        if len(self.series) > 1:
            box = metrics.height() * 0.7
            for one in self.series:
                painter.fillRect(QRectF(x, y + (metrics.height() - box) / 2, box, box), QColor(one.color))
                x += box + 4
                painter.setPen(TEXT_COLOR)
                painter.drawText(QPointF(x, y + metrics.ascent()), one.name)
                x += metrics.horizontalAdvance(one.name) + 2 * _PAD
            y += metrics.height() + _PAD
        if self.axis_title:
            painter.setPen(AXIS_COLOR)
            painter.drawText(QPointF(_PAD, y + metrics.ascent()), self.axis_title)

    def _paint_value_axis(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        ticks = self._ticks()
        for tick in ticks:
            share = tick / ticks[-1]
            text = self._tick(tick)
            painter.setPen(QPen(GRID_COLOR, 1))
            if self.horizontal:
                x = area.left() + share * area.width()
                painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
                painter.setPen(AXIS_COLOR)
                width = metrics.horizontalAdvance(text)
                painter.drawText(QPointF(min(x - width / 2, self.width() - _PAD - width), area.bottom() + 4
                                         + metrics.ascent()), text)
            else:
                y = area.bottom() - share * area.height()
                painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
                painter.setPen(AXIS_COLOR)
                painter.drawText(QRectF(_PAD, y - metrics.height() / 2, area.left() - 2 * _PAD + _PAD / 2,
                                        metrics.height()),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(QPen(AXIS_COLOR, 1))
        if self.horizontal:
            painter.drawLine(area.topLeft(), area.bottomLeft())
        else:
            painter.drawLine(area.bottomLeft(), area.bottomRight())

    def _paint_bars(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for index, number, rect in self.bar_rects():
            color = QColor(self.series[number].color)
            if index == self.hovered:
                color = color.lighter(125)
            painter.fillRect(rect, color)

    def _paint_category_labels(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        count = len(self.categories)
        painter.setPen(TEXT_COLOR)
        if self.horizontal:
            slot = area.height() / count
            width = int(area.left() - 2 * _PAD)
            for index, name in enumerate(self.categories):
                rect = QRectF(_PAD, area.top() + index * slot, width, slot)
                painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 metrics.elidedText(name, Qt.TextElideMode.ElideRight, width))
            return
        slot = area.width() / count
        widest = max(metrics.horizontalAdvance(c) for c in self.categories) + _PAD
        every = self.label_step()
        for index, name in enumerate(self.categories):
            if index % every:
                continue
            centre = area.left() + (index + 0.5) * slot
            width = max(slot * every, widest)
            painter.drawText(QRectF(centre - width / 2, area.bottom() + 4, width, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(width)))

    def _paint_values(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        ends: dict[int, QRectF] = {}
        for index, _number, rect in self.bar_rects():
            ends[index] = ends[index].united(rect) if index in ends else rect
        painter.setPen(TEXT_COLOR)
        totals = self.totals()
        slot = self.plot_area().width() / max(len(self.categories), 1)
        for index, rect in ends.items():
            text = self.value_text(totals[index])
            width = metrics.horizontalAdvance(text)
            if self.horizontal:
                painter.drawText(QPointF(rect.right() + 4, rect.center().y() + metrics.ascent() / 2 - 1), text)
            elif width <= slot - 4:  # wider than its column's slot it would run into the next: the tooltip tells
                painter.drawText(QPointF(rect.center().x() - width / 2, rect.top() - 3), text)
