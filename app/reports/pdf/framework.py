"""What every A4 form shares: the dealer header, "page n of m" footers, styles and tables that flow.

A document may hold many records (200 repair records printed at once); each record numbers its own
pages, because each is signed and filed on its own. The header and footer are drawn when the
document is saved (a two-pass canvas), when the page count of every record is known.
"""
from __future__ import annotations

import logging
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph, Table, TableStyle

from app.domain.errors import ValidationError
from app.reports.pdf.fonts import BOLD, FAMILY, bold_text, register_fonts
from app.reports.pdf.texts import Texts

log = logging.getLogger(__name__)

PAGE = A4
MARGIN = 15 * mm
HEADER = 20 * mm  # below the top margin's edge: logo and dealer lines
FOOTER = 10 * mm
WIDTH = PAGE[0] - 2 * MARGIN
GRID = colors.HexColor("#555555")
SHADE = colors.HexColor("#eeeeee")


@dataclass(frozen=True)
class DealerHeader:
    name: str
    address: str = ""
    phone: str = ""
    hotline: str = ""
    logo: bytes | None = None  # PNG or JPEG bytes; None or unreadable: no logo


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    label: ParagraphStyle
    small: ParagraphStyle
    right: ParagraphStyle
    centred: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    boxed: ParagraphStyle


def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("formBody", fontName=FAMILY, fontSize=9, leading=12, wordWrap="CJK")
    return Styles(
        body=body,
        label=ParagraphStyle("formLabel", parent=body, fontName=BOLD, textColor=colors.HexColor("#222222")),
        small=ParagraphStyle("formSmall", parent=body, fontSize=7.5, leading=10, textColor=colors.HexColor("#444444")),
        right=ParagraphStyle("formRight", parent=body, alignment=TA_RIGHT),
        centred=ParagraphStyle("formCentred", parent=body, alignment=TA_CENTER),
        heading=ParagraphStyle("formHeading", parent=body, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=3,
                               spaceAfter=2),
        title=ParagraphStyle("formTitle", parent=body, fontName=BOLD, fontSize=18, leading=24, alignment=TA_CENTER),
        # A long complaint is a paragraph of its own, not a table cell: a paragraph can continue on the next
        # page, a table row cannot.
        boxed=ParagraphStyle("formBoxed", parent=body, borderWidth=0.5, borderColor=GRID, borderPadding=(3, 4, 4),
                             leftIndent=4, rightIndent=4, spaceBefore=3, spaceAfter=5),
    )


def cell(text: str, style: ParagraphStyle) -> Paragraph:
    """A table cell that wraps (never spills into its neighbour); `text` is plain, not markup."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def data_table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, right_columns: Sequence[int] = (),
               centred_columns: Sequence[int] = ()) -> Table:
    """A lined table whose first row is the header: repeated on every page, rows never split across pages."""
    table = Table(list(rows), colWidths=list(widths), repeatRows=1, splitByRow=1, splitInRow=0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right_columns]
    commands += [("ALIGN", (c, 0), (c, -1), "CENTER") for c in centred_columns]
    table.setStyle(TableStyle(commands))
    return table


def field_grid(pairs: Sequence[tuple[str, str]], st: Styles, *, columns: int = 2,
               spans: Sequence[int] = ()) -> Table:
    """Label/value pairs in `columns` pairs a row; the pairs at the indexes in `spans` take a whole row."""
    label_w, value_w = WIDTH * 0.13, WIDTH / columns - WIDTH * 0.13
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    current: list[Any] = []
    for index, (label, value) in enumerate(pairs):
        if index in spans:
            if current:
                rows.append(current + [""] * (2 * columns - len(current)))
                current = []
            rows.append([cell(label, st.label), cell(value, st.body)] + [""] * (2 * columns - 2))
            commands += [("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)),
                         ("BACKGROUND", (1, len(rows) - 1), (-1, len(rows) - 1), colors.white)]
            continue
        current += [cell(label, st.label), cell(value, st.body)]
        if len(current) == 2 * columns:
            rows.append(current)
            current = []
    if current:
        rows.append(current + [""] * (2 * columns - len(current)))
    table = Table(rows, colWidths=[label_w, value_w] * columns, splitByRow=1, splitInRow=0, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        *[("BACKGROUND", (2 * c, 0), (2 * c, -1), SHADE) for c in range(columns)],
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *commands,
    ]))
    return table


class Title(Flowable):
    """A form's heading, centred, drawn with a stroke for the weight the font lacks."""

    def __init__(self, text: str, size: float = 18) -> None:
        super().__init__()
        self.text, self.size = text, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.size * 1.3

    def draw(self) -> None:
        bold_text(self.canv, self.width / 2, self.size * 0.3, self.text, _fit(self.text, BOLD, self.size, self.width),
                  centred=True)


class _Record:
    """The pages of one record: numbered together, headed by its dealer, footed with its number."""

    def __init__(self, label: str, header: DealerHeader) -> None:
        self.label, self.header = label, header


class StartRecord(Flowable):
    """Invisible marker at the top of a record: the pages from here on belong to it."""

    def __init__(self, label: str, header: DealerHeader) -> None:
        super().__init__()
        self.record = _Record(label, header)
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._form_record = self.record  # type: ignore[attr-defined]


def _logo(header: DealerHeader) -> ImageReader | None:
    if not header.logo:
        return None
    try:
        reader = ImageReader(BytesIO(header.logo))
        reader.getSize()  # reads the header: a broken file fails here, not half-way through a page
        return reader
    except Exception:  # any undecodable image: the form is worth more than the logo
        log.warning("the dealer logo cannot be read; forms are printed without it")
        return None


def _fit(text: str, font: str, size: float, width: float) -> float:
    """The largest size ≤ `size` at which `text` fits `width` (a very long address shrinks, never spills)."""
    needed = stringWidth(text, font, size)
    return size if needed <= width else max(size * width / needed, 4)


def canvas_maker(texts: Texts) -> type[Canvas]:
    """A canvas that keeps its pages until save, then draws each page's header and "page n of m"."""
    logos: dict[int, ImageReader | None] = {}

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._form_pages: list[dict[str, Any]] = []
            self._form_record: _Record | None = None

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._form_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            totals = Counter(id(page["_form_record"]) for page in self._form_pages)
            seen: Counter[int] = Counter()
            for page in self._form_pages:
                self.__dict__.update(page)
                record = page["_form_record"]
                seen[id(record)] += 1
                if record is not None:
                    self._decorate(record, seen[id(record)], totals[id(record)])
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, record: _Record, n: int, m: int) -> None:
            self.saveState()
            header = record.header
            if id(header) not in logos:
                logos[id(header)] = _logo(header)
            logo = logos[id(header)]
            top = PAGE[1] - MARGIN
            left = MARGIN
            if logo is not None:
                w, h = logo.getSize()
                height = HEADER - 4 * mm
                width = min(height * w / h, 40 * mm)
                self.drawImage(logo, MARGIN, top - height, width=width, height=height, preserveAspectRatio=True,
                               anchor="w", mask="auto")
                left = MARGIN + width + 4 * mm
            room = PAGE[0] - MARGIN - left
            bold_text(self, left, top - 7 * mm, header.name, _fit(header.name, BOLD, 14, room))
            line = "    ".join(f"{texts(key)}：{value}" if texts.chinese else f"{texts(key)}: {value}"
                               for key, value in (("address", header.address), ("phone", header.phone),
                                                  ("hotline", header.hotline)) if value)
            self.setFont(FAMILY, _fit(line, FAMILY, 8.5, room))
            self.setFillColor(colors.HexColor("#333333"))
            self.drawString(left, top - 13 * mm, line)
            self.setStrokeColor(GRID)
            self.setLineWidth(0.8)
            self.line(MARGIN, top - HEADER + 3 * mm, PAGE[0] - MARGIN, top - HEADER + 3 * mm)
            self.setFont(FAMILY, 8)
            self.drawString(MARGIN, MARGIN - 5 * mm, record.label)
            self.drawRightString(PAGE[0] - MARGIN, MARGIN - 5 * mm, texts("page_of", n=n, m=m))
            self.restoreState()

    return NumberedCanvas


def build(path: Path, story: list[Flowable], texts: Texts, *, title: str, author: str) -> None:
    frame = Frame(MARGIN, MARGIN, WIDTH, PAGE[1] - 2 * MARGIN - HEADER, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    doc = BaseDocTemplate(str(path), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + HEADER,
                          bottomMargin=MARGIN, title=title, author=author, subject=title, creator="WarrantyDesk",
                          pageTemplates=[PageTemplate(id="form", frames=[frame])])
    doc.build(story, canvasmaker=canvas_maker(texts))


def write_atomically(path: Path | str, write: Callable[[Path], None]) -> Path:
    """Write through a temporary file in the same folder, then rename: an old file survives any failure."""
    target = Path(path)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or Path("."))
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        os.replace(temporary, target)
    except OSError as exc:  # a full disk, say: name the file the clerk asked for, not the hidden working copy
        temporary.unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror or str(exc), str(target)) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def write_each(items: Sequence[Any], story_of: Callable[[Any], list[Flowable]], path: Path | str, t: Texts, *,
               title: str, author: str, nothing: str) -> Path:
    """Many documents of one form in one PDF, each from a new page, written atomically to `path`.
    `title` names the PDF; `nothing` is the message when there is no document to print."""
    if not items:
        raise ValidationError(nothing)
    story: list[Flowable] = []
    for index, item in enumerate(items):
        if index:
            story.append(PageBreak())
        story += story_of(item)

    def write(target: Path) -> None:
        build(target, story, t, title=title, author=author)

    return write_atomically(path, write)
