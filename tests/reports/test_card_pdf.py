"""The printed warranty registration card: one page, Chinese embedded and extractable."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.reports.pdf.card import CardDocument, write_card
from app.reports.pdf.fonts import FAMILY, register_fonts

D = dt.date


def _document(**changes: object) -> CardDocument:
    fields: dict[str, object] = dict(
        dealer_name="济南鲁丰农机销售服务有限公司", dealer_code="D3701", dealer_phone="400-660-3701",
        manufacturer="华北农业装备股份有限公司", customer_name="王建国", customer_phone="13805310001",
        customer_address="山东省济南市历城区唐王镇王家村 <3 组> & 东头", model_code="LF-504",
        model_name="东方红 LF504 轮式拖拉机", serial_no="LF50426000001", engine_no="YC26000001",
        sale_date=D(2026, 5, 1), invoice_date=D(2026, 5, 2), invoice_no="37001234", due_date=D(2026, 5, 21),
        warranty="整机 12 个月，主要部件 24 个月，或 1,500 小时（至 2027-05-01）", printed_on=D(2026, 5, 3),
    )
    fields.update(changes)
    return CardDocument(**fields)  # type: ignore[arg-type]


def _text(path: Path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), "".join(page.extract_text() for page in reader.pages)


def test_the_card_prints_on_one_page_with_searchable_chinese(tmp_path: Path) -> None:
    path = write_card(_document(), tmp_path / "card.pdf")
    pages, text = _text(path)
    assert pages == 1
    compact = text.replace(" ", "").replace("\n", "")
    for expected in ("三包回执卡", "LF50426000001", "王建国", "YC26000001", "东方红LF504轮式拖拉机", "2026年5月1日",
                     "2026年5月21日", "济南鲁丰农机销售服务有限公司", "用户签字", "<3组>&东头"):
        assert expected in compact, expected
    reader = PdfReader(str(path))
    fonts = {str(font.get("/BaseFont")) for font in _fonts(reader)}
    assert any("WenQuanYi" in name for name in fonts), fonts  # the font travels with the file
    assert reader.metadata.title == "三包回执卡 LF50426000001"


def _fonts(reader: PdfReader) -> list:  # type: ignore[type-arg]
    found = []
    for page in reader.pages:
        resources = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            found.append(font.get_object())
    return found


def test_missing_values_leave_tidy_dashes(tmp_path: Path) -> None:
    path = write_card(_document(engine_no="", invoice_no="", invoice_date=None, manufacturer=""), tmp_path / "c.pdf")
    _pages, text = _text(path)
    assert "三包回执卡" in text and "—" in text


def test_fonts_register_once() -> None:
    assert register_fonts() == FAMILY
    assert register_fonts() == FAMILY


@pytest.fixture
def seeded(database):  # type: ignore[no-untyped-def]
    from tests.services.test_units import seed_units

    return database, seed_units(database)


def test_print_card_of_a_unit_from_the_database(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.services.cards import print_card

    database, ids = seeded
    path = print_card(database, ids["u3"], tmp_path / "u3.pdf", today=D(2026, 6, 15))
    compact = _text(path)[1].replace(" ", "").replace("\n", "")
    for expected in ("三包回执卡", "4LZ626000003", "张伟", "谷神4LZ-6联合收割机", "2026年4月21日",
                     "华北农业装备股份有限公司"):
        assert expected in compact, expected
