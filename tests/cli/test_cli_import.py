"""`warrantydesk template` and `warrantydesk import` as a script runs them: real processes, real files."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import cli
from app.reports.excel import KINDS
from app.services.database import Database
from tests.db import factories
from tests.reports import filling

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          env=os.environ.copy(), timeout=300)


def test_the_command_line_offers_every_kind_of_import():
    assert cli.IMPORT_KINDS == KINDS


@pytest.mark.parametrize("command", [["import"], ["template"]])
def test_import_and_template_have_help(command):
    result = run(*command, "--help")
    assert result.returncode == 0 and "usage: warrantydesk" in result.stdout


def test_template_writes_each_kind(tmp_path):
    for kind in KINDS:
        out = tmp_path / f"{kind}.xlsx"
        result = run("template", kind, "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"{kind} template written to {out}"
        header = [cell.value for cell in load_workbook(out).worksheets[0][1]]
        assert any(title.startswith("*") for title in header)
    bad = run("template", "tractors", "--out", str(tmp_path / "x.xlsx"))
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_template_into_a_missing_folder_is_one_line(tmp_path):
    result = run("template", "parts", "--out", str(tmp_path / "no" / "such" / "parts.xlsx"))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("warrantydesk: cannot write ")


def test_import_prints_a_one_line_summary(db_url, tmp_path):
    path = filling.filled("parts", tmp_path / "prices.xlsx", filling.part_rows(300))
    result = run("--db", db_url, "import", "parts", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("prices.xlsx: 300 parts rows imported in ")
    assert "(300 added, 0 updated)" in lines[0]
    again = run("--db", db_url, "import", "parts", str(path))
    assert "(0 added, 0 updated, 300 unchanged)" in again.stdout


def test_a_refused_import_lists_every_bad_row_then_a_summary(db_url, tmp_path):
    db = Database.open(db_url)
    with db.sessions.begin() as s:
        factories.model(s, "LF-504")
        factories.customer(s, "KH2026-000001")
    db.close()
    rows = filling.unit_rows(40)
    rows[9][2] = "LX-999"  # Excel row 11: unknown model
    rows[19][4] = "2026-13-45"  # row 21: no such day
    rows[29][0] = rows[0][0]  # row 31: the serial of row 2 again
    path = filling.filled("units", tmp_path / "sales.xlsx", rows)
    result = run("--db", db_url, "import", "units", str(path), "--today", "2026-11-27")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "sales.xlsx, row 11, column C (机型代码 Model code): \u201cLX-999\u201d \u2014 no model with this code; "
        "import or add the model first",
        "sales.xlsx, row 21, column E (销售日期 Sale date): \u201c2026-13-45\u201d \u2014 not a date "
        "(write 2026-03-01, 2026/3/1 or 2026\u5e743\u67081\u65e5)",
        "sales.xlsx, row 31, column A (出厂编号 Serial number): \u201cLF50400000001\u201d \u2014 also on row 2 "
        "of this file",
        "warrantydesk: sales.xlsx: 3 problems in 3 rows; nothing was imported",
    ]
    check = run("--db", db_url, "check")
    assert any(line.split() == ["units", "0"] for line in check.stdout.splitlines()), check.stdout


def test_a_future_sale_date_counts_from_the_day_given(db_url, tmp_path):
    db = Database.open(db_url)
    with db.sessions.begin() as s:
        factories.model(s, "LF-504")
        factories.customer(s, "KH2026-000001")
    db.close()
    path = filling.filled("units", tmp_path / "sales.xlsx", filling.unit_rows(2))
    day_before = (filling.SALE_DAY - dt.timedelta(days=1)).isoformat()
    refused = run("--db", db_url, "import", "units", str(path), "--today", day_before)
    # the sale and the invoice date of both rows
    assert refused.returncode == 1 and refused.stderr.count("in the future (today is 2026-02-28)") == 4
    assert run("--db", db_url, "import", "units", str(path)).returncode == 0


@pytest.mark.parametrize(("content", "name", "expected"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512) + "EncryptionInfo".encode("utf-16-le"), "locked.xlsx",
     "locked.xlsx: the workbook is protected by a password"),
    (b"serial,model\n", "units.csv", "units.csv: not an Excel workbook (.xlsx)"),
])
def test_a_file_that_is_not_a_workbook_is_one_line(sqlite_url, tmp_path, content, name, expected):
    path = tmp_path / name
    path.write_bytes(content)
    result = run("--db", sqlite_url, "import", "parts", str(path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"warrantydesk: {expected}")
    assert lines[0].endswith("nothing was imported")
