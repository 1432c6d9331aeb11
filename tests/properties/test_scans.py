"""Scanned repair records (PDFs and pictures) fed random bytes, damaged files, wrong extensions and pages of
absurd size: each file is attached to its claim or listed for the clerk with a reason, never a traceback,
and a file that is not attached changes nothing."""
from __future__ import annotations

import io
import struct
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen import canvas

from app.services import claims
from app.services.scans import ScanStatus, import_scans
from tests.properties.strategies import damaged
from tests.properties.support import changed_tables, snapshot
from tests.services.claims.conftest import TODAY, Dealer, pump_claim

SUFFIXES = [".pdf", ".png", ".jpg", ".tif", ".bmp", ".PDF", ".txt", ""]


def _qr_pdf(text: str, size: tuple[float, float] = (595, 842)) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=size)
    widget = QrCodeWidget(text)
    drawing = Drawing(150, 150)
    drawing.add(widget)
    renderPDF.draw(drawing, page, 40, size[1] - 200)
    page.showPage()
    page.save()
    return buffer.getvalue()


def _png(content_pdf: bytes) -> bytes:
    buffer = io.BytesIO()
    pdfium.PdfDocument(content_pdf)[0].render(scale=100 / 72, grayscale=True).to_pil().save(buffer, "PNG")
    return buffer.getvalue()


def _png_header(width: int, height: int, body: bytes) -> bytes:
    """A PNG that claims any size: a correct IHDR, then whatever image data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def _pdf_of_size(width: float, height: float) -> bytes:
    box = f"[0 0 {width} {height}]".encode()
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox" + box + b">>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


@dataclass(frozen=True)
class Scanned:
    dealer: Dealer
    claim_no: str
    pdf: bytes = field(repr=False)  # a printed record with its QR code
    png: bytes = field(repr=False)  # the same, scanned as a picture


@pytest.fixture
def claim(dealer):  # type: ignore[no-untyped-def]
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(customer_signed=False), TODAY)
    pdf = _qr_pdf(view.claim_no)
    return Scanned(dealer, view.claim_no, pdf, _png(pdf))


def files(pdf: bytes, png: bytes) -> st.SearchStrategy[bytes]:
    sizes = st.integers(0, 2 ** 31 - 1)
    return st.one_of(
        st.binary(max_size=1024),
        damaged(pdf),
        damaged(png),
        st.builds(_png_header, sizes, sizes, st.binary(max_size=64)),
        st.builds(_png_header, st.integers(9000, 13000), st.integers(9000, 13000),
                  st.just(zlib.compress(b"\x00" * 10_000))),
        st.builds(_pdf_of_size, st.one_of(st.integers(-20000, 20000), st.floats(allow_nan=True)),
                  st.one_of(st.integers(-20000, 20000), st.just(14400))),
    )


def _check(dealer, claim_no: str, path: Path) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(dealer.db)
    result = import_scans(dealer.db, dealer.clerk, [path], TODAY)
    assert result.outcomes, "every file gets a line: attached, or why not"
    for scan in result.outcomes:
        if scan.resolved:
            # Correctly attached: a damaged copy that still shows the code is a readable scan.
            assert scan.claim_no == claim_no
            names = [a.file_name for a in claims.list_attachments(dealer.db, scan.claim_id)]
            assert scan.file_name in names
        else:
            assert scan.reason and "object at 0x" not in scan.reason and "Traceback" not in scan.reason
            assert scan.status in (ScanStatus.NO_CODE, ScanStatus.UNKNOWN_CLAIM, ScanStatus.REFUSED)
    if not any(scan.resolved for scan in result.outcomes):
        after = snapshot(dealer.db)
        assert not changed_tables(before, after), f"nothing attached, yet {changed_tables(before, after)} changed"


@given(data=st.data())
@example(data=None)
def test_random_and_damaged_scans(claim, data):
    dealer, claim_no, pdf, png = claim.dealer, claim.claim_no, claim.pdf, claim.png
    if data is None:  # a "page" of 200 × 200 inches, the largest a PDF may have
        content, suffix = _pdf_of_size(14400, 14400), ".pdf"
    else:
        content = data.draw(files(pdf, png), label="content")
        suffix = data.draw(st.sampled_from(SUFFIXES), label="suffix")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"scan{suffix}"
        path.write_bytes(content)
        _check(dealer, claim_no, path)


def test_the_good_scans_are_attached(claim):
    # The files the damaged ones start from are themselves read: the properties above test real scans.
    dealer, claim_no, pdf, png = claim.dealer, claim.claim_no, claim.pdf, claim.png
    with tempfile.TemporaryDirectory() as folder:
        for name, content in (("scan.pdf", pdf), ("scan.png", png)):
            (Path(folder) / name).write_bytes(content)
        result = import_scans(dealer.db, dealer.clerk, [folder], TODAY)
    assert [scan.status for scan in result.outcomes] == [ScanStatus.ATTACHED, ScanStatus.ATTACHED]
    assert {scan.claim_no for scan in result.outcomes} == {claim_no}
