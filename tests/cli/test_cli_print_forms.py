"""`warrantydesk print tags|packing-list|batch|service-log|card|paid-order` as a script uses them."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.db.models import ClaimBatch, OldPart, PaidServiceOrder, RegistrationCard, ReturnShipment, Unit
from app.services.database import Database
from app.services.demo import build_demo
from tests.cli.test_cli import _one_clear_line, run


@pytest.fixture
def demo_numbers(db_url: str) -> dict[str, list[str]]:
    db = Database.open(db_url)
    try:
        build_demo(db, units=40, claims=200, seed=5, today=dt.date(2026, 11, 27))
        with db.sessions() as s:
            return {
                "tags": list(s.scalars(select(OldPart.tag_no).order_by(OldPart.tag_no).limit(2))),
                "packing-list": [s.scalar(select(ReturnShipment.shipment_no).order_by(ReturnShipment.id).limit(1))],
                "batch": [s.scalar(select(ClaimBatch.batch_no).order_by(ClaimBatch.id).limit(1))],
                "card": list(s.scalars(select(Unit.serial_no).join(RegistrationCard).order_by(Unit.id).limit(2))),
                "paid-order": [s.scalar(select(PaidServiceOrder.order_no).order_by(PaidServiceOrder.id).limit(1))],
            }
    finally:
        db.close()


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages).replace(" ", "").replace("\n", "")


@pytest.mark.parametrize(("form", "heading"), [("tags", "旧件标签"), ("packing-list", "旧件返厂清单"),
                                               ("batch", "索赔批次汇总"), ("card", "三包回执卡"),
                                               ("paid-order", "有偿服务单")])
def test_print_a_form(form: str, heading: str, db_url: str, demo_numbers, tmp_path: Path) -> None:
    numbers = demo_numbers[form]
    out = tmp_path / f"{form}.pdf"
    result = run("--db", db_url, "print", form, *numbers, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "written to" in result.stdout
    text = _text(out)
    assert heading in text and all(number in text for number in numbers)
    english = tmp_path / f"{form}-en.pdf"
    assert run("--db", db_url, "print", form, *numbers, "--out", str(english), "--lang", "en").returncode == 0
    assert all(number in _text(english) for number in numbers)


@pytest.mark.parametrize("form", ["tags", "packing-list", "batch", "card", "paid-order"])
def test_an_unknown_number_is_refused_and_nothing_written(form: str, db_url: str, demo_numbers,
                                                          tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    result = run("--db", db_url, "print", form, *demo_numbers[form], "NO-SUCH-9999", "--out",
                 str(folder / "f.pdf"))
    assert result.returncode == 1
    assert "NO-SUCH-9999" in _one_clear_line(result)
    assert not list(folder.iterdir())


def test_tags_on_a_sheet(db_url: str, demo_numbers, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    result = run("--db", db_url, "print", "tags", *demo_numbers["tags"], "--sheet", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(str(out)).pages) == 1


def test_print_the_service_log_for_a_range(db_url: str, demo_numbers, tmp_path: Path) -> None:
    out = tmp_path / "log.pdf"
    result = run("--db", db_url, "print", "service-log", "2026-01-01", "2026-06-30", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "售后服务登记表" in _text(out) and "2026年1月1日" in _text(out)
    bad = run("--db", db_url, "print", "service-log", "2026-06-30", "2026-01-01", "--out", str(out))
    assert bad.returncode != 0 and "Traceback" not in bad.stderr


def test_an_unknown_plan_is_refused(db_url: str, demo_numbers, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = run("--db", db_url, "print", "plan", "CB2099-01", "--out", str(out))
    assert result.returncode == 1
    assert "CB2099-01" in _one_clear_line(result)
    assert not out.exists()
