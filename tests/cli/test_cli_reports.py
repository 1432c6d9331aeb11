"""`warrantydesk report export` as a script uses it."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from app.services.database import Database
from tests.cli.test_cli import _one_clear_line, run
from tests.services import reports_data


def _dealer(url: str) -> None:
    db = Database.open(url)
    try:
        reports_data.build(db)
    finally:
        db.close()


def test_report_export_writes_every_report_for_the_period(db_url: str, tmp_path: Path) -> None:
    _dealer(db_url)
    out = tmp_path / "reports.xlsx"
    result = run("--db", db_url, "report", "export", "--out", str(out), "--from", "2026-01-01",
                 "--to", "2026-03-31", "--today", "2026-03-20")
    assert result.returncode == 0, result.stderr
    assert "reports for 2026-01-01 – 2026-03-31 written to" in result.stdout
    book = load_workbook(out)
    assert book.sheetnames[0] == "服务考核"
    months = [row[:2] for row in book["每月索赔"].iter_rows(min_row=2, values_only=True)]
    assert months == [(dt.datetime(2026, 1, 1), 1), (dt.datetime(2026, 2, 1), 3), (dt.datetime(2026, 3, 1), 2)]


def test_report_export_defaults_to_the_last_twelve_months_in_english(db_url: str, tmp_path: Path) -> None:
    _dealer(db_url)
    out = tmp_path / "reports.xlsx"
    result = run("--db", db_url, "report", "export", "--out", str(out), "--lang", "en", "--today", "2026-03-20")
    assert result.returncode == 0, result.stderr
    book = load_workbook(out)
    months = [row[0] for row in book["Claims per month"].iter_rows(min_row=2, values_only=True)]
    assert months[0] == dt.datetime(2025, 4, 1) and months[-1] == dt.datetime(2026, 3, 1) and len(months) == 12
    notes = {row[0]: row[1] for row in book["Notes"].iter_rows(min_row=2, values_only=True)}
    assert notes["Period to"] == dt.datetime(2026, 3, 20)


def test_a_period_ending_before_it_starts_is_one_clear_line(db_url: str, tmp_path: Path) -> None:
    _dealer(db_url)
    out = tmp_path / "reports.xlsx"
    result = run("--db", db_url, "report", "export", "--out", str(out), "--from", "2026-03-01",
                 "--to", "2026-02-01")
    assert "ends (2026-02-01) before it starts" in _one_clear_line(result)
    assert not out.exists()


def test_report_help_and_a_bad_date(db_url: str, tmp_path: Path) -> None:
    assert run("report", "export", "--help").returncode == 0
    result = run("--db", db_url, "report", "export", "--out", str(tmp_path / "r.xlsx"), "--from", "1.3.2026")
    assert result.returncode == 2
    assert "not a date" in result.stderr
