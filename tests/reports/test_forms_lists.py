"""Old-part tags, the return packing list, the batch summary and the service-log report, built from the
demo dealer on both backends and read back as text."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.db.models import ClaimBatch, OldPart, ReturnShipment, ServiceLogEntry, WarrantyClaim
from app.reports.pdf.framework import DealerHeader
from app.reports.pdf.tags import SHEET, TagData, write_tags
from app.services.business_time import business_date
from app.services.demo import build_demo
from app.services.forms import (
    RecordNotFound,
    batch_summary_data,
    packing_list_data,
    service_log_report_data,
    write_batch_summary,
    write_packing_list,
    write_service_log,
)
from app.services.forms import write_tags as print_tags

TODAY = dt.date(2026, 11, 27)


def _pages(path: Path) -> list[str]:
    return [re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(str(path)).pages]


@pytest.fixture
def demo(database):  # type: ignore[no-untyped-def]
    build_demo(database, units=40, claims=200, seed=5, today=TODAY)
    return database


def test_tags_print_one_label_a_page_or_a_sheet(demo, tmp_path: Path) -> None:
    # GIVEN three retained old parts of the demo dealer
    with demo.sessions() as s:
        tags = list(s.scalars(select(OldPart.tag_no).order_by(OldPart.tag_no).limit(3)))
        claim_no = s.scalar(select(WarrantyClaim.claim_no).join(OldPart, OldPart.claim_id == WarrantyClaim.id)
                            .where(OldPart.tag_no == tags[0]))
    # WHEN they are printed as single labels and as a sheet
    single = print_tags(demo, tags, tmp_path / "tags.pdf", "zh_CN")
    sheet = print_tags(demo, tags, tmp_path / "sheet.pdf", "en", sheet=True)
    # THEN one 100 × 60 mm page a tag, each with its number, claim and the Chinese heading
    pages = _pages(single)
    assert len(pages) == 3
    assert all(tag in page and "旧件标签" in page for tag, page in zip(tags, pages, strict=True))
    assert claim_no in pages[0] and "济南鲁丰农机" in pages[0]
    box = PdfReader(str(single)).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (100, 60)
    # AND the sheet holds all three on one A4 page
    sheet_pages = _pages(sheet)
    assert len(sheet_pages) == 1 and all(tag in sheet_pages[0] for tag in tags) and "Old-parttag" in sheet_pages[0]


def test_a_long_part_name_shrinks_on_the_tag_and_eleven_tags_take_two_sheets(tmp_path: Path) -> None:
    name = "左前驱动桥总成（含差速器、半轴、轮边减速器及制动器总成）" * 2
    tags = [TagData(f"JJ2026-{n:06d}", "SB2026-000123", "T5-110-37", name, Decimal(1), dt.date(2026, 6, 3),
                    "LF50426000001", "济南鲁丰农机销售服务有限公司") for n in range(1, 12)]
    pages = _pages(write_tags(tags, tmp_path / "t.pdf", "zh_CN", layout=SHEET))
    assert len(pages) == 2
    assert "轮边减速器" in pages[0] and "JJ2026-000011" in pages[1]


def test_an_unknown_tag_prints_nothing(demo, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RecordNotFound, match="JJ2099-000001"):
        print_tags(demo, ["JJ2099-000001"], out / "t.pdf", "zh_CN")
    assert not list(out.iterdir())


def test_the_packing_list_shows_the_shipment_and_its_parts(demo, tmp_path: Path) -> None:
    with demo.sessions() as s:
        shipment = s.scalar(select(ReturnShipment).where(ReturnShipment.waybill_no != "")
                            .order_by(ReturnShipment.id).limit(1))
        number, waybill, carrier = shipment.shipment_no, shipment.waybill_no, shipment.carrier
        tags = list(s.scalars(select(OldPart.tag_no).where(OldPart.shipment_id == shipment.id)))
    data = packing_list_data(demo, number)
    assert {p.tag_no for p in data.parts} == set(tags)
    text = "".join(_pages(write_packing_list(demo, [number], tmp_path / "p.pdf", "zh_CN")))
    for expected in (number, waybill, carrier, "旧件返厂清单", "发货人签字", "收货人签字", "第1页共1页",
                     f"共{len(tags)}件旧件"):
        assert expected in text, expected
    assert all(tag in text for tag in tags)


def test_the_batch_summary_totals_equal_the_batch(demo, tmp_path: Path) -> None:
    with demo.sessions() as s:
        batch = s.scalar(select(ClaimBatch).order_by(ClaimBatch.id).limit(1))
        number, total = batch.batch_no, batch.total_amount
        claims = list(s.scalars(select(WarrantyClaim.claim_no).where(WarrantyClaim.batch_id == batch.id)))
    data = batch_summary_data(demo, number)
    assert sum(c.total_amount for c in data.claims) == data.total_amount == total
    assert sum(c.labour_amount for c in data.claims) == data.labour_amount
    assert sum(c.parts_amount for c in data.claims) == data.parts_amount
    text = "".join(_pages(write_batch_summary(demo, [number], tmp_path / "b.pdf", "zh_CN")))
    assert number in text and "索赔批次汇总" in text and f"{total:,.2f}" in text
    assert all(claim in text for claim in claims)
    assert all(c.serial_no in text for c in data.claims)
    english = "".join(_pages(write_batch_summary(demo, [number], tmp_path / "e.pdf", "en")))
    assert "Claimbatchsummary" in english and number in english


def test_the_service_log_report_lists_the_range_on_numbered_pages(demo, tmp_path: Path) -> None:
    start, end = dt.date(2024, 1, 1), TODAY
    with demo.sessions() as s:
        moments = list(s.scalars(select(ServiceLogEntry.received_at)))
        first = s.scalar(select(ServiceLogEntry.entry_no).order_by(ServiceLogEntry.received_at).limit(1))
        count = s.scalar(select(func.count()).select_from(ServiceLogEntry))
    expected = sum(1 for m in moments if start <= business_date(m) <= end)
    assert len(service_log_report_data(demo, start, end).entries) == expected
    pages = _pages(write_service_log(demo, start, end, tmp_path / "log.pdf", "zh_CN"))
    text = "".join(pages)
    assert "售后服务登记表" in pages[0] and first in text and f"共{expected}条登记" in pages[0]
    if len(pages) > 1:  # the header row repeats, the pages are numbered
        assert "登记号" in pages[-1] and f"第{len(pages)}页共{len(pages)}页" in pages[-1]
    assert count and expected <= count
    empty = _pages(write_service_log(demo, dt.date(2001, 1, 1), dt.date(2001, 1, 31), tmp_path / "e.pdf", "en"))
    assert "0entries" in empty[0]


def test_unknown_shipment_and_batch_numbers_are_refused(demo, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RecordNotFound):
        write_packing_list(demo, ["FC2099-0001"], out / "p.pdf", "zh_CN")
    with pytest.raises(RecordNotFound):
        write_batch_summary(demo, ["X-2099-001"], out / "b.pdf", "zh_CN")
    assert not list(out.iterdir())


def test_dealer_header_is_printed_without_a_logo(tmp_path: Path) -> None:
    from app.reports.pdf.packing_list import PackingListData, write_packing_lists

    data = PackingListData(dealer=DealerHeader(name="测试服务站", logo=b"not an image"), shipment_no="FC2026-0009",
                           status="draft", carrier="", waybill_no="", by_delivery_truck=True, shipped_on=None,
                           received_on=None, packages=None, weight_kg=None, note="", parts=())
    text = "".join(_pages(write_packing_lists([data], tmp_path / "p.pdf", "zh_CN")))
    assert "测试服务站" in text and "厂家送货车带回" in text and "共0件旧件" in text


def test_cards_and_paid_orders_print_on_the_form_frame(demo, tmp_path: Path) -> None:
    from app.db.models import PaidServiceOrder, RegistrationCard, Unit
    from app.services.forms import write_card_forms, write_paid_order_forms

    with demo.sessions() as s:
        serials = list(s.scalars(select(Unit.serial_no).join(RegistrationCard).order_by(Unit.id).limit(2)))
        order = s.scalar(select(PaidServiceOrder).order_by(PaidServiceOrder.id).limit(1))
        order_no, order_total = order.order_no, order.total_amount
    cards = _pages(write_card_forms(demo, serials, tmp_path / "c.pdf", "zh_CN", today=TODAY))
    assert len(cards) == 2
    for serial, page in zip(serials, cards, strict=True):
        assert serial in page and "三包回执卡" in page and "第1页共1页" in page and "用户签字" in page
    orders = _pages(write_paid_order_forms(demo, [order_no], tmp_path / "o.pdf", "zh_CN", today=TODAY))
    assert order_no in orders[0] and "有偿服务单" in orders[0] and f"{order_total:,.2f}" in orders[0]
    english = _pages(write_paid_order_forms(demo, [order_no], tmp_path / "e.pdf", "en", today=TODAY))
    assert "Paidserviceorder" in english[0] and "Page1of1" in english[0]
    with pytest.raises(RecordNotFound):
        write_card_forms(demo, ["NOSUCHSERIAL"], tmp_path / "x.pdf", "zh_CN")


def test_the_reserve_plan_flows_over_pages_with_its_total(demo, tmp_path: Path) -> None:
    from app.db.models import Part, ReservePlan, ReservePlanLine, Season
    from app.domain.enums import PartClass
    from app.services.forms import write_reserve_plan_form

    # GIVEN a plan of 60 parts for the summer harvest (the demo has no plan yet)
    with demo.sessions.begin() as s:
        season = Season(code="XM", name="三夏麦收", start_month=5, start_day=20, length_days=40)
        s.add(season)
        s.flush()
        plan = ReservePlan(plan_no="CB2027-01", season_id=season.id, season_year=2027, due_date=dt.date(2027, 3, 1),
                           total_amount=Decimal(0), note="按近三年三包用量")
        s.add(plan)
        s.flush()
        total = Decimal(0)
        for part in s.scalars(select(Part).order_by(Part.id).limit(60)):
            amount = Decimal("12.50") * 3
            total += amount
            s.add(ReservePlanLine(plan_id=plan.id, part_id=part.id, part_class=PartClass.WARRANTY,
                                  forecast_qty=Decimal(2), suggested_qty=Decimal(3), chosen_qty=Decimal(3),
                                  unit_price=Decimal("12.50"), amount=amount, reason="312 台 4LZ-6 机龄 1-2 年"))
        plan.total_amount = total
        first_part = s.scalar(select(Part.part_no).order_by(Part.id).limit(1))
    # WHEN it is printed
    pages = _pages(write_reserve_plan_form(demo, "cb2027-01", tmp_path / "plan.pdf", "zh_CN"))
    # THEN the heading, number, parts and total are there, the header row repeats, the pages are numbered
    assert "配件储备计划" in pages[0] and "CB2027-01" in pages[0] and first_part in pages[0]
    assert f"{total:,.2f}" in pages[-1]
    assert len(pages) >= 2 and "储备数量" in pages[-1] and f"第{len(pages)}页共{len(pages)}页" in pages[-1]
    with pytest.raises(RecordNotFound):
        write_reserve_plan_form(demo, "CB2099-01", tmp_path / "x.pdf", "zh_CN")
