"""Signed repair records scanned back in: matched to their claim by the QR code printed on them."""
from __future__ import annotations

import datetime as dt

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen import canvas
from sqlalchemy import select

from app.db.models import WarrantyClaim
from app.domain.claim_lifecycle import EDITABLE
from app.domain.enums import AttachmentKind
from app.services import claims
from app.services.cards import acting_user
from app.services.demo import build_demo
from app.services.forms import write_repair_records
from app.services.scans import ScanStatus, attach_scan, import_scans

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def demo(database):  # type: ignore[no-untyped-def]
    build_demo(database, units=40, claims=200, seed=5, today=TODAY)
    with database.sessions.begin() as s:
        open_claims = s.scalars(select(WarrantyClaim).where(WarrantyClaim.status.in_(EDITABLE))
                                .order_by(WarrantyClaim.id).limit(3)).all()
        assert len(open_claims) == 3
        for claim in open_claims:
            claim.customer_signed = False  # as if the paper had not come back yet
            claim.signed_on = None
        picked = [(c.id, c.claim_no) for c in open_claims]
    return database, picked


def _signed(database, claim_id: int) -> bool:  # type: ignore[no-untyped-def]
    return claims.get_claim(database, claim_id, TODAY).input.customer_signed


def _scans(database, claim_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.file_name for a in claims.list_attachments(database, claim_id) if a.kind == AttachmentKind.SIGNED_SCAN]


def test_scanned_pdf_and_png_are_attached_to_their_claims(demo, tmp_path):
    database, [(id1, no1), (id2, no2), (id3, no3)] = demo
    actor = acting_user(database)
    # GIVEN the printed record of claim 1 as a PDF, claim 2's first page as a scanned PNG,
    # and claims 1+3 together in one scanner batch PDF (split per record)
    folder = tmp_path / "scanner"
    folder.mkdir()
    write_repair_records(database, [no1], folder / "scan-001.pdf", "zh_CN", today=TODAY)
    page_pdf = write_repair_records(database, [no2], tmp_path / "two.pdf", "en", today=TODAY)
    pdfium.PdfDocument(page_pdf)[0].render(scale=200 / 72).to_pil().save(folder / "scan-002.png")
    write_repair_records(database, [no3, no1], tmp_path / "batch.pdf", "zh_CN", today=TODAY)
    # WHEN the folder and the batch file are imported
    result = import_scans(database, actor, [folder, tmp_path / "batch.pdf"], TODAY)
    # THEN each is attached to its claim, which is now signed
    by_file = {o.file_name: o for o in result.outcomes}
    assert by_file["scan-001.pdf"].status == ScanStatus.ATTACHED and by_file["scan-001.pdf"].claim_no == no1
    assert by_file["scan-002.png"].status == ScanStatus.ATTACHED and by_file["scan-002.png"].claim_id == id2
    batch = [o for o in result.outcomes if o.source.endswith("batch.pdf")]
    assert [o.claim_no for o in batch] == [no3, no1] and all(o.resolved for o in batch)
    assert result.unresolved == () and result.attached == 4
    assert all(_signed(database, i) for i in (id1, id2, id3))
    assert _scans(database, id1) == ["scan-001.pdf", batch[1].file_name] and _scans(database, id2) == ["scan-002.png"]
    # importing the same folder again changes nothing
    again = import_scans(database, actor, [folder], TODAY)
    assert [o.status for o in again.outcomes] == [ScanStatus.ALREADY_ATTACHED] * 2
    assert len(claims.list_attachments(database, id2)) == 1


def test_unreadable_and_unknown_scans_are_listed_then_resolved_by_number(demo, tmp_path):
    database, [(id1, no1), _second, _third] = demo
    actor = acting_user(database)
    # GIVEN a photo with no code on it, and a page whose QR holds a number this dealer never issued
    blank = Image.new("RGB", (800, 1100), "white")
    ImageDraw.Draw(blank).text((40, 40), "signed, but the corner with the code was cut off", fill="black")
    blank.save(tmp_path / "cut.jpg")
    pdf = canvas.Canvas(str(tmp_path / "other.pdf"))
    qr = QrCodeWidget("SB2099-999999")
    drawing = Drawing(150, 150)
    drawing.add(qr)
    renderPDF.draw(drawing, pdf, 100, 500)
    pdf.save()
    result = import_scans(database, actor, [tmp_path / "cut.jpg", tmp_path / "other.pdf",
                                            tmp_path / "missing.pdf"], TODAY)
    statuses = [(o.file_name, o.status) for o in result.outcomes]
    assert statuses == [("cut.jpg", ScanStatus.NO_CODE), ("other.pdf", ScanStatus.UNKNOWN_CLAIM),
                        ("missing.pdf", ScanStatus.REFUSED)]
    assert result.outcomes[1].claim_no == "SB2099-999999" and "SB2099-999999" in result.outcomes[1].reason
    assert not _signed(database, id1)
    # WHEN the clerk scans the printed barcode (a keyboard wedge types the number, maybe in lower case)
    fixed = attach_scan(database, actor, result.outcomes[0], f" {no1.lower()} ", TODAY)
    # THEN the photo is attached to that claim and the claim is signed
    assert fixed.status == ScanStatus.ATTACHED and fixed.claim_id == id1
    assert _signed(database, id1) and _scans(database, id1) == ["cut.jpg"]
    # a wrong number typed is still refused clearly
    assert attach_scan(database, actor, result.outcomes[1], "SB2099-000000", TODAY).status == \
        ScanStatus.UNKNOWN_CLAIM
