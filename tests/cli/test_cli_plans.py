"""`warrantydesk plan create | export | list | template | backtest` as a script runs them."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.services.database import Database
from tests.cli.test_cli_import import run
from tests.services.plans.tiny import tiny_dealer


@pytest.fixture
def dealer(db_url):  # type: ignore[no-untyped-def]
    """One database (SQLite, then PostgreSQL) the command-line process opens too."""
    db = Database.open(db_url)
    tiny_dealer(db)
    db.close()
    return db_url


def test_plan_has_help():
    result = run("plan", "--help")
    assert result.returncode == 0 and "create" in result.stdout and "export" in result.stdout


def test_create_list_and_export(dealer, tmp_path):  # type: ignore[no-untyped-def]
    made = run("--db", dealer, "plan", "create", "spring", "--today", "2026-11-27")
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == ("plan CB2026-001: 2027 春耕 (SPRING), due 2027-01-30; 2 lines, total 485.00 "
                                   "(draft)")
    listed = run("--db", dealer, "plan", "list")
    assert listed.returncode == 0 and "CB2026-001" in listed.stdout and listed.stdout.endswith("1 plan(s)\n")
    out = tmp_path / "plan.xlsx"
    exported = run("--db", dealer, "plan", "export", "cb2026-001", "--out", str(out), "--template",
                   "manufacturer-order")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.startswith(f"CB2026-001 written to {out}: 2 lines, template")
    assert load_workbook(out).sheetnames == ["配件订货单"]


def test_refusals_are_one_line_on_stderr(dealer, tmp_path):  # type: ignore[no-untyped-def]
    unknown = run("--db", dealer, "plan", "create", "WINTER", "--today", "2026-11-27")
    assert unknown.returncode == 2 and unknown.stdout == ""
    assert unknown.stderr.strip() == "warrantydesk: no season WINTER; the seasons are: SPRING (春耕)"
    missing = run("--db", dealer, "plan", "export", "CB2099-001", "--out", str(tmp_path / "x.xlsx"))
    assert missing.returncode == 1 and missing.stderr.strip() == "warrantydesk: no reserve plan numbered CB2099-001"
    assert not (tmp_path / "x.xlsx").exists()
    bad_year = run("--db", dealer, "plan", "create", "SPRING", "--year", "1999")
    assert bad_year.returncode == 2 and "1999 is not a year a plan can be made for" in bad_year.stderr


def test_template_and_backtest(dealer):  # type: ignore[no-untyped-def]
    shown = run("--db", dealer, "plan", "template")
    assert shown.returncode == 0 and "shipped templates: default, manufacturer-order" in shown.stdout
    chosen = run("--db", dealer, "plan", "template", "manufacturer-order")
    assert chosen.returncode == 0 and "配件订货单" in chosen.stdout
    tested = run("--db", dealer, "plan", "backtest", "--today", "2026-11-27")
    assert tested.returncode == 0, tested.stderr
    assert tested.stdout.startswith("season     year  parts used") and "quantity stocked" in tested.stdout
