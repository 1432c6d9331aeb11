"""The reports workbook read back: one sheet per report, the same figures as the service, in both languages."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.domain.errors import ValidationError
from app.services.reports import export_reports, load_reports
from tests.services import reports_data
from tests.services.reports_data import NOW, PERIOD, TODAY

SHEETS = {"zh_CN": ["服务考核", "每月索赔", "核销结果", "扣款原因", "故障件", "机型", "说明"],
          "en": ["Scorecard", "Claims per month", "Approval rate", "Deductions by reason", "Causal parts",
                 "Claims by model", "Notes"]}


@pytest.fixture
def dealer(database):  # type: ignore[no-untyped-def]
    reports_data.build(database)
    return database


def _rows(sheet):  # type: ignore[no-untyped-def]
    return [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]


def _money(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def test_every_report_is_a_sheet_with_the_services_figures(dealer, tmp_path):
    progress: list[tuple[int, int]] = []
    path = export_reports(dealer, str(tmp_path / "reports.xlsx"), PERIOD, lang="zh_CN", today=TODAY, now=NOW,
                          progress=lambda done, total: progress.append((done, total)))
    reports = load_reports(dealer, PERIOD, today=TODAY, now=NOW)
    book = load_workbook(path)
    assert book.sheetnames == SHEETS["zh_CN"]
    assert progress[-1] == (7, 7)
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"

    months = _rows(book["每月索赔"])
    assert [(row[0], row[1], _money(row[2])) for row in months] == [
        (dt.datetime(m.month.year, m.month.month, 1), m.claims, m.claimed) for m in reports.claims_by_month]
    assert book["每月索赔"]["C2"].number_format == "0.00"

    outcomes = _rows(book["核销结果"])
    assert outcomes[1][1:6] == [3, 0, 1, 2, 0]
    assert [_money(x) for x in outcomes[1][6:9]] == [Decimal("465.75"), Decimal("80.85"), Decimal("384.90")]
    assert outcomes[1][9] == pytest.approx(float(Decimal("80.85") / Decimal("465.75")))
    assert outcomes[2][5] is None  # no decision in March: no rate, not 0 %
    assert book["核销结果"]["F2"].number_format == "0.0%"

    reasons = _rows(book["扣款原因"])
    assert [(r[0], r[1], r[2], _money(r[6])) for r in reasons] == [
        ("R01", "超出三包期（整机）", 2, Decimal("350.25")), ("R04", "工时超出标准", 1, Decimal("34.65"))]
    assert reasons[0][7] == pytest.approx(350.25 / 384.90)

    parts = _rows(book["故障件"])
    assert [(p[0], p[2], _money(p[4]), _money(p[5])) for p in parts] == [
        ("P-PUMP", 2, Decimal("630.50"), Decimal("300.50")), ("P-BELT", 2, Decimal("340.25"), Decimal("230.25")),
        ("P-SEAL", 1, Decimal("115.50"), Decimal("40.00"))]
    assert parts[0][3] == pytest.approx(2 / 6)

    models = _rows(book["机型"])
    assert [(m[0], m[2], _money(m[4]), _money(m[5])) for m in models] == [
        ("LX904", 5, Decimal("886.24"), Decimal("177.25")), ("4LZ-6", 1, Decimal("300.00"), Decimal("300.00"))]

    score = _rows(book["服务考核"])
    assert [row[0] for row in score] == ["三包回执卡按时寄出", "服务任务按时安排", "旧件按时返厂", "索赔一次通过",
                                         "回访按时完成", "三包请求 7 日内答复", "农忙季节故障按时排除",
                                         "40 日内修复完毕"]
    assert [row[1] for row in score[5:]] == ["受理后 7 日内告知用户", "一般故障 2 日、较大故障 5 日内",
                                             "请求后 40 日内修复"]
    assert all(row[7] == row[2] + row[3] for row in score[5:])  # counted = met + missed
    assert notes_for(book, "40 日内修复完毕").startswith("按故障日期计的索赔")
    assert score[0][1:] == ["售出后 20 天内", 2, 3, 2, 2, 1, 5, pytest.approx(0.4)]
    assert book["服务考核"]["I2"].number_format == "0.0%"

    notes = {row[0]: row[1] for row in _rows(book["说明"])}
    assert notes["报表期间自"] == dt.datetime(2026, 1, 1)
    assert notes["报表期间至"] == dt.datetime(2026, 3, 31)
    assert notes["制表日期"] == dt.datetime(2026, 3, 20)
    assert notes["未标明故障件的索赔"] == 1


def notes_for(book, item: str) -> str:  # type: ignore[no-untyped-def]
    return {row[0]: row[1] for row in _rows(book["说明"])}[item]


def test_english_workbook(dealer, tmp_path):
    path = export_reports(dealer, str(tmp_path / "reports.xlsx"), PERIOD, lang="en", today=TODAY, now=NOW)
    book = load_workbook(path)
    assert book.sheetnames == SHEETS["en"]
    assert [c.value for c in book["Claims per month"][1]] == [
        "Month", "Claims", "Claimed", "Labour", "Parts", "Travel", "Other"]
    assert book["Scorecard"]["B3"].value == "within 2 hours of receipt"


def test_an_empty_period_exports_empty_tables(dealer, tmp_path):
    from app.services.reports import Period

    path = export_reports(dealer, str(tmp_path / "empty.xlsx"), Period(dt.date(2020, 1, 1), dt.date(2020, 1, 31)),
                          lang="zh_CN", today=TODAY, now=NOW)
    book = load_workbook(path)
    assert _rows(book["故障件"]) == []
    assert _rows(book["每月索赔"]) == [[dt.datetime(2020, 1, 1), 0, 0, 0, 0, 0, 0]]
    assert all(row[8] is None for row in _rows(book["服务考核"]))


def test_an_unknown_language_or_an_unwritable_place_is_a_clear_error(dealer, tmp_path):
    with pytest.raises(ValidationError, match="unknown language"):
        export_reports(dealer, str(tmp_path / "r.xlsx"), PERIOD, lang="fr", today=TODAY, now=NOW)
    with pytest.raises(ValidationError, match="cannot write"):
        export_reports(dealer, str(tmp_path / "no such folder" / "r.xlsx"), PERIOD, lang="en", today=TODAY, now=NOW)
