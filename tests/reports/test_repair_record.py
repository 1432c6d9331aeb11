"""The warranty repair record: built from a claim, Chinese extractable, long records flow, never truncated."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.db.models import ClaimPartLine, WarrantyClaim
from app.domain.errors import ValidationError
from app.reports.pdf.framework import DealerHeader
from app.reports.pdf.repair_record import RecordLabourLine, RecordPartLine, RepairRecordData, write_repair_records
from app.services.demo import build_demo
from app.services.forms import RecordNotFound, repair_record_data
from app.services.forms import write_repair_records as print_claims

TODAY = dt.date(2026, 11, 27)
D = dt.date
DEALER = DealerHeader(name="济南鲁丰农机销售服务有限公司", address="山东省济南市历城区工业北路 188 号",
                      phone="0531-8860 2218", hotline="400-660-3701")


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _record(**changes: object) -> RepairRecordData:
    fields: dict[str, object] = dict(
        dealer=DEALER, claim_no="SB2026-000123", revision=1, model_code="LF-504", model_name="东方红 LF504 轮式拖拉机",
        serial_no="LF50426000001", sale_date=D(2026, 3, 1), cover_ends_on=D(2027, 3, 1),
        main_components_end_on=D(2028, 3, 1), hours_limit=Decimal(1500), area_limit=None, customer_name="王建国",
        customer_phone="13805310001", customer_address="山东省济南市历城区唐王镇王家村 <3 组> & 东头",
        failure_date=D(2026, 6, 1), repair_date=D(2026, 6, 3), hour_meter=Decimal("312.5"), fault_code="E101",
        technician="李志强", complaint="发动机启动困难，冒黑烟", cause="喷油器雾化不良", correction="更换喷油器",
        labour=(RecordLabourLine("L-D01", "传动系统拆装", Decimal(6), Decimal(6), Decimal(60), Decimal(360)),),
        parts=(RecordPartLine("T5-110-37", "喷油器", Decimal(1), Decimal("246.63"), Decimal("246.63"), True, True),),
        travel_km=Decimal(47), travel_rate=Decimal("1.5"), travel_amount=Decimal("70.50"), other_amount=Decimal(0),
        other_note="", labour_amount=Decimal(360), parts_amount=Decimal("246.63"), total_amount=Decimal("677.13"),
        printed_on=D(2026, 6, 3),
    )
    fields.update(changes)
    return RepairRecordData(**fields)  # type: ignore[arg-type]


def test_a_demo_claim_prints_with_its_facts_in_chinese(database, tmp_path: Path) -> None:
    # GIVEN the demo dealer and a claim with parts
    build_demo(database, units=40, claims=200, seed=5, today=TODAY)
    with database.sessions() as s:
        claim_no = s.scalar(select(WarrantyClaim.claim_no).join(ClaimPartLine)
                            .order_by(WarrantyClaim.id).limit(1))
    data = repair_record_data(database, claim_no, TODAY)
    # WHEN its repair record is printed
    path = print_claims(database, [claim_no], tmp_path / "record.pdf", "zh_CN", today=TODAY)
    # THEN the page carries the claim's facts and the Chinese headings, searchable
    pages = _pages(path)
    text = _compact("".join(pages))
    for expected in (claim_no, data.serial_no, _compact(data.customer_name), _compact(data.customer_address),
                     f"{data.total_amount:,.2f}", f"{data.parts_amount:,.2f}", "三包维修记录", "用户签字",
                     "维修技师签字", "三包说明", _compact(data.dealer.name), "第1页"):
        assert expected in text, expected
    assert data.total_amount == data.labour_amount + data.parts_amount + data.travel_amount + data.other_amount


def test_records_of_many_claims_start_on_their_own_pages(database, tmp_path: Path) -> None:
    build_demo(database, units=40, claims=200, seed=5, today=TODAY)
    with database.sessions() as s:
        numbers = s.scalars(select(WarrantyClaim.claim_no).order_by(WarrantyClaim.id).limit(3)).all()
    path = print_claims(database, numbers, tmp_path / "three.pdf", "en", today=TODAY)
    pages = _pages(path)
    starts = [i for i, page in enumerate(pages) if "Warranty repair record" in page]
    assert len(starts) == 3
    for index, number in zip(starts, numbers, strict=True):
        assert number in pages[index] and "Page 1 of" in pages[index]


def test_an_unknown_claim_number_writes_nothing(database, tmp_path: Path) -> None:
    build_demo(database, units=40, claims=200, seed=5, today=TODAY)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "kept.pdf"
    target.write_bytes(b"the old file")
    with pytest.raises(RecordNotFound, match="SB2099-999999"):
        print_claims(database, ["SB2099-999999"], target, "zh_CN", today=TODAY)
    assert target.read_bytes() == b"the old file"
    assert [p.name for p in folder.iterdir()] == ["kept.pdf"]  # no temporary file left behind


def test_the_latest_revision_is_printed(database) -> None:
    build_demo(database, units=40, claims=200, seed=5, today=TODAY)
    with database.sessions() as s:
        row = s.execute(select(WarrantyClaim.claim_no, func.max(WarrantyClaim.revision))
                        .group_by(WarrantyClaim.claim_no).order_by(func.max(WarrantyClaim.revision).desc())
                        .limit(1)).one()
    assert repair_record_data(database, row[0], TODAY).revision == row[1]


def test_sixty_part_lines_flow_onto_more_pages_with_headers_and_page_numbers(tmp_path: Path) -> None:
    parts = tuple(RecordPartLine(f"P-{i:03d}", f"配件 {i:03d} 号", Decimal(1), Decimal(10), Decimal(10), i == 0,
                                 i % 2 == 0) for i in range(60))
    path = write_repair_records([_record(parts=parts, parts_amount=Decimal(600))], tmp_path / "long.pdf", "zh_CN")
    pages = _pages(path)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert _compact(f"第 {number} 页 共 {len(pages)} 页") in _compact(page)
        assert "SB2026-000123" in page
    with_parts = [page for page in pages if "P-0" in page]
    assert len(with_parts) >= 2
    assert all("配件名称" in page for page in with_parts)  # the table header repeated
    text = "".join(pages)
    assert all(f"P-{i:03d}" in text for i in range(60))  # every row printed, none split or dropped


def test_page_numbers_in_english(tmp_path: Path) -> None:
    parts = tuple(RecordPartLine(f"P-{i:03d}", "Filter", Decimal(1), Decimal(10), Decimal(10), False, False)
                  for i in range(60))
    pages = _pages(write_repair_records([_record(parts=parts)], tmp_path / "en.pdf", "en"))
    assert "Page 1 of" in pages[0] and f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert "Customer signature" in pages[-1]


def test_ten_thousand_characters_of_complaint_wrap_and_all_print(tmp_path: Path) -> None:
    complaint = "".join(f"{i:04d}发动机异响" for i in range(1000))  # 9 characters a piece, no spaces
    assert len(complaint) >= 9000
    pages = _pages(write_repair_records([_record(complaint=complaint + "END")], tmp_path / "wordy.pdf", "zh_CN"))
    assert len(pages) > 1
    # Each page's header and footer sit in its text after the body: take them out, and the complaint
    # reads on unbroken from page to page.
    decoration = [_compact(DEALER.name),
                  "地址：山东省济南市历城区工业北路188号电话：0531-88602218服务热线：400-660-3701"]
    bodies = []
    for number, page in enumerate(pages, start=1):
        body = _compact(page)
        for text in [*decoration, f"SB2026-000123第{number}页共{len(pages)}页"]:
            assert text in body
            body = body.replace(text, "", 1)
        bodies.append(body)
    text = "".join(bodies)
    assert _compact(complaint + "END") in text
    assert "用户签字" in text


def test_a_missing_or_broken_logo_is_left_out(tmp_path: Path) -> None:
    broken = dataclasses.replace(DEALER, logo=b"\x89PNG this is not an image")
    path = write_repair_records([_record(dealer=broken)], tmp_path / "broken.pdf", "zh_CN")
    assert "三包维修记录" in _pages(path)[0]


def test_a_good_logo_is_drawn(tmp_path: Path) -> None:
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (120, 60), (200, 30, 30)).save(buffer, format="PNG")
    path = write_repair_records([_record(dealer=dataclasses.replace(DEALER, logo=buffer.getvalue()))],
                                tmp_path / "logo.pdf", "zh_CN")
    page = PdfReader(str(path)).pages[0]
    assert page.images  # the logo is embedded


def test_refusals(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        write_repair_records([], tmp_path / "none.pdf", "zh_CN")
    with pytest.raises(ValidationError):
        write_repair_records([_record()], tmp_path / "fr.pdf", "fr")
    assert not list(tmp_path.iterdir())


def test_a_captured_signature_is_printed_in_the_customer_box(database, tmp_path: Path) -> None:
    # GIVEN a demo claim whose customer signed on the workstation's pad
    from PIL import Image

    from app.domain.actors import SYSTEM
    from app.services.signatures import record_signature

    build_demo(database, units=40, claims=200, seed=5, today=TODAY)
    with database.sessions() as s:
        claim_id = s.scalar(select(WarrantyClaim.id).where(WarrantyClaim.status == "draft").limit(1))
    unsigned = print_claims(database, [claim_id], tmp_path / "unsigned.pdf", "zh_CN", today=TODAY)
    buffer = BytesIO()
    Image.new("RGBA", (300, 80), (20, 20, 120, 255)).save(buffer, format="PNG")
    record_signature(database, SYSTEM, claim_id, buffer.getvalue(), today=TODAY)
    # WHEN the record is printed again THEN the signature is an image on the page, beside the same text
    signed = print_claims(database, [claim_id], tmp_path / "signed.pdf", "zh_CN", today=TODAY)
    assert not PdfReader(str(unsigned)).pages[0].images
    assert len(PdfReader(str(signed)).pages[0].images) == 1
    assert "用户签字" in _pages(signed)[0]


def test_an_unreadable_signature_does_not_stop_the_record(tmp_path: Path) -> None:
    path = write_repair_records([_record(customer_signature_png=b"\x89PNG broken")], tmp_path / "s.pdf", "zh_CN")
    assert "用户签字" in _pages(path)[0]
