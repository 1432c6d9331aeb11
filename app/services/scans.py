"""Signed repair records scanned back in (a scanner's folder of PDFs or JPEGs): each scan is matched to
its claim by the QR code (or Code128) the printed record carries, attached to the latest revision of
that claim and the claim marked signed. What cannot be matched is listed for the clerk, who scans the
printed barcode with a hand scanner (it types the claim number) and attaches it with `attach_scan`.

A PDF holding several records (a scanner's batch mode) is split at every page that shows a claim
number; pages without a code belong to the record before them.
"""
from __future__ import annotations

import datetime as dt
import enum
import io
import logging
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import WarrantyClaim
from app.domain.actors import Actor
from app.domain.enums import AttachmentKind
from app.domain.errors import WarrantyDeskError
from app.domain.normalize import clean_code
from app.services.claims.attachments import MAX_BYTES
from app.services.database import Database
from app.services.signatures import attach_and_sign, editable_claim

SCAN_SUFFIXES = frozenset({".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"})
RENDER_DPI = (150, 300)  # a printed QR reads at 150 dpi; a poor scan sometimes only at 300
MAX_PAGES = 400  # a scanner batch of 200 two-page records
# A scanned A4 page is 2480 × 3508 pixels at 300 dpi. A PDF page of poster size, or a picture of a hundred
# million pixels, would take minutes and gigabytes to render or decode: it is refused or drawn smaller.
MAX_SIDE = 5000  # pixels of a rendered PDF page's longer side
MAX_PIXELS = 60_000_000  # of a picture (an A4 page at 600 dpi has 35 million)
_log = logging.getLogger(__name__)


class UnreadableScan(ValueError):
    """A file that is not a scan this import can read; its message is the clerk's."""


class ScanStatus(enum.Enum):
    ATTACHED = "attached"
    ALREADY_ATTACHED = "already_attached"  # the same file was imported before: the claim is signed anyway
    NO_CODE = "no_code"
    UNKNOWN_CLAIM = "unknown_claim"
    REFUSED = "refused"  # read-only claim, unreadable file, too big …

    @property
    def resolved(self) -> bool:
        return self in (ScanStatus.ATTACHED, ScanStatus.ALREADY_ATTACHED)


@dataclass(frozen=True)
class ScanOutcome:
    file_name: str  # what is stored (a part of a split PDF gets its pages in the name)
    source: str  # the file on disk
    status: ScanStatus
    claim_no: str = ""
    claim_id: int | None = None
    reason: str = ""
    content: bytes = field(default=b"", repr=False)  # kept for unresolved rows only, for attach_scan

    @property
    def resolved(self) -> bool:
        return self.status.resolved


@dataclass(frozen=True)
class ScanImport:
    outcomes: tuple[ScanOutcome, ...]

    @property
    def attached(self) -> int:
        return sum(1 for o in self.outcomes if o.resolved)

    @property
    def unresolved(self) -> tuple[ScanOutcome, ...]:
        return tuple(o for o in self.outcomes if not o.resolved)


def scan_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to import: folders are read one level deep, in name order."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SCAN_SUFFIXES))
        else:
            files.append(path)
    return files


def import_scans(db: Database, actor: Actor, paths: Iterable[str | Path], today: dt.date | None = None, *,
                 progress: Callable[[int, int, str], None] | None = None) -> ScanImport:
    files = scan_files(paths)
    outcomes: list[ScanOutcome] = []
    for done, path in enumerate(files):
        if progress is not None:
            progress(done, len(files), path.name)
        outcomes.extend(_import_file(db, actor, path, today or dt.date.today()))
    if progress is not None:
        progress(len(files), len(files), "")
    return ScanImport(tuple(outcomes))


def attach_scan(db: Database, actor: Actor, scan: ScanOutcome, claim_number: str,
                today: dt.date | None = None) -> ScanOutcome:
    """The clerk's answer for an unresolved scan: the claim number typed or read by a hand scanner."""
    content = scan.content or Path(scan.source).read_bytes()
    return _attach(db, actor, scan.file_name, scan.source, content, [claim_number], today or dt.date.today())


def read_codes(content: bytes, file_name: str) -> list[list[str]]:
    """The texts of the barcodes on each page (one page for an image), QR codes first."""
    if file_name.lower().endswith(".pdf"):
        return [_codes_of(page) for page in _pdf_pages(content)]
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # refused just below, by our own limit
        try:
            opened = Image.open(io.BytesIO(content))
        except Image.DecompressionBombError:
            raise UnreadableScan("the picture has far too many pixels; scan at 300 dpi") from None
    with opened as image:
        if image.width * image.height > MAX_PIXELS:
            raise UnreadableScan(f"the picture is {image.width:,} × {image.height:,} pixels; scan at 300 dpi")
        image.load()
        return [_codes_of(lambda _dpi, im=image: im)]


# --- inside --------------------------------------------------------------------------------------------


def _import_file(db: Database, actor: Actor, path: Path, today: dt.date) -> list[ScanOutcome]:
    name = path.name
    try:
        if path.stat().st_size > MAX_BYTES:
            return [ScanOutcome(name, str(path), ScanStatus.REFUSED,
                                reason=f"{name} is bigger than {MAX_BYTES // 1024 // 1024} MB")]
        content = path.read_bytes()
    except OSError as exc:
        return [ScanOutcome(name, str(path), ScanStatus.REFUSED, reason=f"cannot be read ({exc.strerror or exc})")]
    try:
        # Apart from reading the file: Pillow's "not a picture" is an OSError too.
        pages = read_codes(content, name)
    except UnreadableScan as exc:
        return [ScanOutcome(name, str(path), ScanStatus.REFUSED, reason=f"not a readable scan: {exc}")]
    except Exception as exc:  # noqa: BLE001 - a damaged PDF or picture: listed for the clerk, the rest carry on
        # The library's own words (offsets, object addresses) go to the log, not to the clerk.
        _log.info("%s is not a readable scan", path, exc_info=True)
        return [ScanOutcome(name, str(path), ScanStatus.REFUSED,
                            reason=f"not a readable scan: damaged, or not a PDF or a picture ({type(exc).__name__})")]
    groups = _group_pages(pages)
    if len(groups) <= 1:
        return [_attach(db, actor, name, str(path), content, groups[0][0] if groups else [], today)]
    results = []
    for codes, first, last in groups:
        part_name = f"{path.stem}-p{first + 1}-{last + 1}.pdf"
        results.append(_attach(db, actor, part_name, str(path), _pdf_part(content, first, last), codes, today))
    return results


def _group_pages(pages: list[list[str]]) -> list[tuple[list[str], int, int]]:
    """(codes, first page, last page) for each record in the file."""
    groups: list[tuple[list[str], int, int]] = []
    for index, codes in enumerate(pages):
        if codes and (not groups or codes != groups[-1][0]) or not groups:
            groups.append((codes, index, index))
        else:
            groups[-1] = (groups[-1][0], groups[-1][1], index)
    return groups


def _attach(db: Database, actor: Actor, file_name: str, source: str, content: bytes, codes: list[str],
            today: dt.date) -> ScanOutcome:
    def unresolved(status: ScanStatus, reason: str, claim_no: str = "") -> ScanOutcome:
        return ScanOutcome(file_name, source, status, claim_no, reason=reason, content=content)

    numbers = [n for n in dict.fromkeys(clean_code(c) for c in codes) if n]
    if not numbers:
        return unresolved(ScanStatus.NO_CODE, "no QR code or barcode could be read")
    try:
        with db.translated_errors(), db.sessions.begin() as s:
            claim = _latest_revision(s, numbers)
            if claim is None:
                return unresolved(ScanStatus.UNKNOWN_CLAIM, f"no claim numbered {', '.join(numbers)}", numbers[0])
            claim = editable_claim(s, claim.id)
            done = attach_and_sign(s, actor, claim, file_name, content, AttachmentKind.SIGNED_SCAN, today)
            status = ScanStatus.ALREADY_ATTACHED if done.already_attached else ScanStatus.ATTACHED
            return ScanOutcome(file_name, source, status, claim.claim_no, claim.id)
    except WarrantyDeskError as exc:
        return unresolved(ScanStatus.REFUSED, str(exc), numbers[0])


def _latest_revision(s: Session, numbers: list[str]) -> WarrantyClaim | None:
    for number in numbers:
        claim = s.scalar(select(WarrantyClaim).where(WarrantyClaim.claim_no == number)
                         .order_by(WarrantyClaim.revision.desc()).limit(1))
        if claim is not None:
            return claim
    return None


def _codes_of(render: Callable[[int], object]) -> list[str]:
    import zxingcpp

    tried: list[object] = []
    for dpi in RENDER_DPI:
        image = render(dpi)
        if any(image is seen for seen in tried):
            continue  # a big page is drawn at one size for every resolution: read once
        tried.append(image)
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        found += zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)
        texts = [b.text.strip() for b in found if b.valid and b.text.strip()]
        if texts:
            return list(dict.fromkeys(texts))
    return []


def _pdf_pages(content: bytes) -> list[Callable[[int], object]]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(content)
    count = min(len(document), MAX_PAGES)

    def renderer(index: int) -> Callable[[int], object]:
        cache: dict[float, object] = {}

        def render(dpi: int) -> object:
            page = document[index]
            longest = max(*page.get_size(), 1.0)  # points; 0 for a broken page
            scale = min(dpi / 72, MAX_SIDE / longest)
            if scale not in cache:
                cache[scale] = page.render(scale=scale, grayscale=True).to_pil()
            return cache[scale]
        return render
    return [renderer(i) for i in range(count)]


def _pdf_part(content: bytes, first: int, last: int) -> bytes:
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(content)
    part = pdfium.PdfDocument.new()
    part.import_pages(source, list(range(first, last + 1)))
    buffer = io.BytesIO()
    part.save(buffer)
    return buffer.getvalue()
