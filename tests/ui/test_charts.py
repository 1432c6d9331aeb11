"""The QPainter bar chart: round ticks, bars in proportion, stacked segments, tooltips, long labels and
an empty chart."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QToolTip

from app.ui.widgets.charts import PALETTE, BarChart, Series, nice_ticks, plain_number


@pytest.mark.parametrize(("top", "ticks"), [
    (0, [0.0, 1.0]), (7, [0, 2, 4, 6, 8]), (100, [0, 20, 40, 60, 80, 100]), (645, [0, 200, 400, 600, 800]),
    (294591.3, [0, 100000, 200000, 300000]), (0.4, [0, 0.1, 0.2, 0.3, 0.4])])
def test_nice_ticks_are_round_and_reach_the_top(top, ticks):
    assert nice_ticks(top) == pytest.approx(ticks)


def test_plain_numbers():
    assert plain_number(1234.0) == "1,234"
    assert plain_number(1234.5) == "1,234.50"


@pytest.fixture
def chart(qtbot):  # type: ignore[no-untyped-def]
    widget = BarChart()
    qtbot.addWidget(widget)
    widget.resize(600, 320)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_columns_are_in_proportion_and_stack(chart):
    chart.set_data(["2026-01", "2026-02", "2026-03"], [
        Series("全额通过", (40.0, 20.0, 0.0), PALETTE[1]), Series("拒赔", (10.0, 0.0, 0.0), PALETTE[3])])
    rects = {(i, s): r for i, s, r in chart.bar_rects()}
    assert set(rects) == {(0, 0), (0, 1), (1, 0)}  # nothing drawn for zero
    assert rects[(0, 0)].height() == pytest.approx(2 * rects[(1, 0)].height())
    assert rects[(0, 1)].bottom() == pytest.approx(rects[(0, 0)].top())  # the second series sits on the first
    assert rects[(0, 0)].bottom() == pytest.approx(chart.plot_area().bottom())
    assert chart.totals() == [50.0, 20.0, 0.0]


def test_each_segment_has_a_tooltip(chart):
    chart.set_data(["2026-01", "2026-02"], [Series("索赔", (3.0, 5.0))])
    index, series, rect = chart.bar_rects()[1]
    assert chart.hit(rect.center()) == (1, 0)
    assert chart.hit(QPointF(1, 1)) is None
    assert chart.tooltip_for(1, 0) == "2026-02<br>索赔: 5"
    QToolTip.hideText()
    point = rect.center().toPoint()
    chart.event(QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point)))
    assert "2026-02" in QToolTip.text()
    chart.set_data(["a", "b"], [Series("", (1.0, 2.0))], tooltips=["one", "two"])
    assert chart.tooltip_for(0, 0) == "one"


def test_hovering_a_bar_highlights_it(chart, qtbot):
    chart.set_data(["a", "b"], [Series("", (1.0, 2.0))])
    _index, _series, rect = chart.bar_rects()[0]
    qtbot.mouseMove(chart, rect.center().toPoint())
    qtbot.waitUntil(lambda: chart.hovered == 0)
    qtbot.mouseMove(chart, QPoint(2, 2))
    qtbot.waitUntil(lambda: chart.hovered is None)


def test_bars_are_painted_in_their_colour(chart):
    chart.set_data(["a"], [Series("", (10.0,), "#e15759")])
    _index, _series, rect = chart.bar_rects()[0]
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()
    pixel = image.pixelColor(int(rect.center().x() * ratio), int(rect.center().y() * ratio))
    assert pixel == QColor("#e15759")


def test_long_labels_are_shortened_and_keep_room_for_the_bars(qtbot):
    chart = BarChart(horizontal=True)
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    long_name = "R03 人为损坏，不属三包范围，用户自行改装液压系统导致油泵损坏的情况说明" * 2
    chart.set_data([long_name, "R01 超出三包期"], [Series("", (183465.06, 218415.03))],
                   value_text=lambda v: f"{v:,.2f}", tick_text=lambda v: f"{v:,.0f}")
    area = chart.plot_area()
    assert area.left() <= 500 * 0.38 + 16
    assert area.width() > 150
    bars = {i: r for i, _s, r in chart.bar_rects()}
    assert bars[1].width() > bars[0].width()  # the larger amount, the longer bar
    assert bars[0].left() == pytest.approx(area.left())
    assert chart.sizeHint().height() >= 2 * chart._row_height()
    chart.grab()  # paints without error


def test_an_empty_chart_says_so(chart):
    chart.set_empty_text("本期间没有可显示的数据。")
    for categories, series in (([], []), (["2026-01"], [Series("", (0.0,))])):
        chart.set_data(categories, series)
        assert chart.is_empty()
        assert chart.bar_rects() == []
        assert chart.hit(QPointF(300, 160)) is None
        chart.grab()


def test_values_must_match_the_categories(chart):
    with pytest.raises(ValueError, match="2 values for 3 categories"):
        chart.set_data(["a", "b", "c"], [Series("s", (1.0, 2.0))])


def test_many_months_thin_out_their_labels_and_values(chart):
    chart.resize(400, 300)
    months = [f"2026-{m:02d}" for m in range(1, 13)] + [f"2027-{m:02d}" for m in range(1, 13)]
    chart.set_data(months, [Series("", tuple(float(1000 + i) for i in range(24)))])
    assert len(chart.bar_rects()) == 24
    assert chart.label_step() > 1
    chart.grab()
    chart.resize(1600, 300)
    chart.set_data(months[:6], [Series("", (1.0,) * 6)])
    assert chart.label_step() == 1
