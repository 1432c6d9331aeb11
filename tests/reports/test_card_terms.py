"""The registration card words the warranty terms in the form's language."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from app.reports.pdf.card import CardDocument, write_card

CARD = CardDocument(
    dealer_name="济南鲁丰农机销售服务有限公司", dealer_code="D3701", dealer_phone="400-660-3701",
    manufacturer="华北农业装备",
    customer_name="王建国", customer_phone="13805310001", customer_address="山东省济南市历城区唐王镇",
    model_code="LF-504", model_name="LF-504 轮式拖拉机", serial_no="LF50426000001", engine_no="YC2600001",
    sale_date=dt.date(2026, 3, 1), invoice_date=dt.date(2026, 3, 1), invoice_no="12345678",
    due_date=dt.date(2026, 3, 21), warranty="(figures below)", printed_on=dt.date(2026, 3, 2),
    warranty_months=12, main_component_months=24, warranty_hours=Decimal(1500), cover_ends_on=dt.date(2027, 2, 28),
)


def _text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_terms_in_chinese_and_in_english(tmp_path: Path) -> None:
    chinese = _text(write_card(CARD, tmp_path / "zh.pdf", "zh_CN"))
    english = _text(write_card(CARD, tmp_path / "en.pdf", "en"))
    assert "整机 12 个月，主要部件 24 个月，或 1,500 小时（至 2027-02-28）" in chinese
    assert "whole machine 12 months, main components 24 months, or 1,500 h (until 2027-02-28)" in english
    assert "个月" not in english
