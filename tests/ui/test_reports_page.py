"""The Reports page on the hand-built dealer of the reports tests: the figures shown are the service's,
the charts follow the tables, and the export writes the workbook off the GUI thread."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate

from app.services.reports import Period, load_reports
from app.services.reports.scorecard import ARRANGED, CARDS, FIRST_TIME
from app.ui.reports import page as reports_page
from app.ui.reports.page import MODELS, MONTHS, OUTCOMES, PARTS, REASONS, ReportsPage
from tests.services import reports_data
from tests.services.reports_data import NOW, PERIOD, TODAY


def _wait_loaded(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.load_task is not None and not page.load_task.is_running(), timeout=20000)


@pytest.fixture
def dealer(database):  # type: ignore[no-untyped-def]
    reports_data.build(database)
    return database


@pytest.fixture
def page(qtbot, dealer, english):  # type: ignore[no-untyped-def]
    widget = ReportsPage(dealer, today=lambda: TODAY, now=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.set_period(PERIOD)
    widget.show()
    qtbot.waitExposed(widget)
    _wait_loaded(qtbot, widget)
    return widget


def test_the_page_opens_on_the_last_twelve_months_and_loads_when_shown(qtbot, dealer, english):
    widget = ReportsPage(dealer, today=lambda: TODAY, now=lambda: NOW)
    qtbot.addWidget(widget)
    assert widget.period() == Period(dt.date(2025, 4, 1), TODAY)
    assert widget.reports is None
    widget.show()
    _wait_loaded(qtbot, widget)
    assert widget.reports is not None and widget.reports.period == widget.period()
    assert len(widget.views[MONTHS].chart.categories) == 12


def test_the_scorecard_shows_the_services_figures(page):
    expected = load_reports(page._database, PERIOD, today=TODAY, now=NOW).scorecard
    assert page.reports.scorecard == expected
    cards = page.scorecard_view.cards[CARDS]
    assert cards.share_label.text() == "40.0%"
    assert cards.count_label.text() == "2 of 5 met"
    assert cards.target_label.text() == "Target: sent within 20 days of the sale"
    assert "Missed: 3" in cards.detail_label.text()
    assert "of which not done yet: 2" in cards.detail_label.text()
    assert "1 of the missed accepted by a manager's override" in cards.detail_label.text()
    arranged = page.scorecard_view.cards[ARRANGED]
    assert (arranged.share_label.text(), arranged.count_label.text()) == ("50.0%", "2 of 4 met")
    assert arranged.target_label.text() == "Target: arranged within 2 hours of receipt"
    assert "Waiting for head office: 1" in page.scorecard_view.cards[FIRST_TIME].detail_label.text()


def test_claims_per_month_table_and_chart_match_the_service(page):
    view = page.views[MONTHS]
    rows = [[view.cell_text(r, c) for c in range(3)] for r in range(view.table.rowCount())]
    assert rows == [["2026-01", "1", "330.50"], ["2026-02", "3", "355.74"], ["2026-03", "2", "500.00"],
                    ["Total", "6", "1,186.24"]]
    assert view.chart.categories == ("2026-01", "2026-02", "2026-03")
    assert view.chart.series[0].values == (1.0, 3.0, 2.0)
    view.choice.setCurrentIndex(1)  # the claimed amount
    assert view.chart.series[0].values == (330.5, 355.74, 500.0)
    assert view.chart.axis_title == "Claimed amount (yuan)"
    assert "Claimed: 355.74" in view.chart.tooltip_for(1, 0)


def test_approval_rate_reasons_parts_and_models(page):
    outcomes = page.views[OUTCOMES]
    assert [outcomes.cell_text(1, c) for c in range(10)] == [
        "2026-02", "3", "0", "1", "2", "0.0%", "465.75", "80.85", "384.90", "17.4%"]
    assert [outcomes.cell_text(2, c) for c in (0, 1, 5, 9)] == ["2026-03", "0", "—", "—"]
    assert [s.values for s in outcomes.chart.series] == [(2.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 2.0, 0.0)]
    reasons = page.views[REASONS]
    assert [[reasons.cell_text(r, c) for c in (0, 1, 2, 6, 7)] for r in range(2)] == [
        ["R01", "超出三包期（整机）", "2", "350.25", "91.0%"], ["R04", "工时超出标准", "1", "34.65", "9.0%"]]
    assert reasons.chart.categories == ("R01 超出三包期（整机）", "R04 工时超出标准")
    parts = page.views[PARTS]
    assert [parts.cell_text(r, 0) for r in range(3)] == ["P-PUMP", "P-BELT", "P-SEAL"]
    assert "1 claims have no causal part marked." in parts.note.text()
    parts.choice.setCurrentIndex(1)  # by amount the belt (340.25) stays behind the pump (630.50)
    assert parts.chart.series[0].values == (630.5, 340.25, 115.5)
    models = page.views[MODELS]
    assert [[models.cell_text(r, c) for c in (0, 2, 3, 5)] for r in range(2)] == [
        ["LX904", "5", "83.3%", "177.25"], ["4LZ-6", "1", "16.7%", "300.00"]]


def test_an_empty_period_shows_empty_charts(page, qtbot):
    page.set_period(Period(dt.date(2020, 1, 1), dt.date(2020, 1, 31)))
    page.refresh()
    _wait_loaded(qtbot, page)
    assert page.views[PARTS].chart.is_empty() and page.views[PARTS].table.rowCount() == 0
    assert page.views[MONTHS].chart.is_empty()
    assert page.scorecard_view.cards[CARDS].share_label.text() == "—"
    assert page.status_label.text() == "0 claims"
    page.grab()


def test_a_period_ending_before_it_starts_is_shown_not_loaded(page):
    page.start_edit.setDate(QDate(2026, 3, 1))
    page.end_edit.setDate(QDate(2026, 2, 1))
    assert page.refresh() is None
    assert not page.error_label.isHidden()
    assert "before it starts" in page.error_label.text()
    assert page.reports.period == PERIOD  # what was shown stays


def test_only_the_newest_load_is_shown(page, qtbot):
    page.set_period(Period(dt.date(2026, 1, 1), dt.date(2026, 1, 31)))
    page.refresh()
    page.set_period(Period(dt.date(2026, 2, 1), dt.date(2026, 2, 28)))
    page.refresh()
    qtbot.waitUntil(lambda: page.reports.period.start == dt.date(2026, 2, 1), timeout=20000)
    _wait_loaded(qtbot, page)
    qtbot.wait(50)
    assert page.reports.period == Period(dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert page.views[MONTHS].chart.categories == ("2026-02",)


def test_export_to_excel_asks_for_a_file_without_blocking_and_writes_it(page, qtbot, tmp_path):
    dialog = page.on_export_button_clicked()
    assert dialog is page.file_dialog and dialog.isVisible()
    assert dialog.selectedFiles()[0].endswith("reports 2026-01-01 to 2026-03-31.xlsx")
    target = tmp_path / "reports.xlsx"
    dialog.fileSelected.emit(str(target))
    dialog.close()
    qtbot.waitUntil(lambda: page.export_task is not None and not page.export_task.is_running(), timeout=20000)
    qtbot.waitUntil(lambda: page.message is not None)
    assert "Saved reports.xlsx." in page.message.text()
    page.message.close()
    book = load_workbook(target)
    assert book.sheetnames[0] == "Scorecard"  # the program's language
    months = [row[:2] for row in book["Claims per month"].iter_rows(min_row=2, values_only=True)]
    assert months == [(dt.datetime(2026, 1, 1), 1), (dt.datetime(2026, 2, 1), 3), (dt.datetime(2026, 3, 1), 2)]


def test_a_failed_export_is_a_message_and_leaves_no_file(page, qtbot, tmp_path):
    target = tmp_path / "missing folder" / "reports.xlsx"
    page.export_to(str(target))
    qtbot.waitUntil(lambda: page.message is not None, timeout=20000)
    assert "cannot write" in page.message.text()
    page.message.close()
    assert not target.exists()


def test_the_workbook_follows_the_program_language(qtbot, dealer, chinese, tmp_path, monkeypatch):
    widget = ReportsPage(dealer, today=lambda: TODAY, now=lambda: NOW)
    qtbot.addWidget(widget)
    widget.set_period(PERIOD)
    seen = {}

    def export(db, path, period, *, lang, today, now, progress):  # type: ignore[no-untyped-def]
        seen.update(lang=lang, period=period, today=today)
        return path

    monkeypatch.setattr(reports_page, "export_reports", export)
    widget.export_to(str(tmp_path / "r.xlsx"))
    qtbot.waitUntil(lambda: not widget.export_task.is_running(), timeout=20000)
    assert seen == {"lang": "zh_CN", "period": PERIOD, "today": TODAY}
    widget.retranslate_ui()


def test_money_in_the_tables_is_exact(page):
    total = page.views[MONTHS].cell_text(3, 2)
    assert Decimal(total.replace(",", "")) == Decimal("330.50") + Decimal("355.74") + Decimal("500.00")
