"""`warrantydesk print repair-record` as a script uses it."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from app.db.models import WarrantyClaim
from app.services.database import Database
from app.services.demo import build_demo
from tests.cli.test_cli import _one_clear_line, run


def _demo(url: str) -> list[str]:
    db = Database.open(url)
    try:
        build_demo(db, units=40, claims=200, seed=5, today=dt.date(2026, 11, 27))
        with db.sessions() as s:
            return list(s.scalars(select(WarrantyClaim.claim_no).order_by(WarrantyClaim.id).limit(2)))
    finally:
        db.close()


def test_print_repair_records(db_url: str, tmp_path: Path) -> None:
    numbers = _demo(db_url)
    out = tmp_path / "records.pdf"
    result = run("--db", db_url, "print", "repair-record", *numbers, "--out", str(out), "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    assert "2 repair record(s) written" in result.stdout
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert all(number in text for number in numbers)
    assert "三包维修记录" in text


def test_an_unknown_number_is_refused_and_nothing_written(db_url: str, tmp_path: Path) -> None:
    numbers = _demo(db_url)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "records.pdf"
    result = run("--db", db_url, "print", "repair-record", numbers[0], "SB2099-999999", "--out", str(out))
    assert result.returncode == 1
    assert "SB2099-999999" in _one_clear_line(result)
    assert not out.exists()
    assert not list(folder.iterdir())
