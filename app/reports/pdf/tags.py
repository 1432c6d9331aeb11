"""Old-part tags (旧件标签): one label tied to each retained part, read back at head office by barcode.

A label printer takes one tag a page (100 × 60 mm by default); an office printer takes a sheet of
labels on A4 (2 × 5 labels of 100 × 55 mm). The tag number is printed as Code128 and as text.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.domain.errors import ValidationError
from app.reports.pdf.fonts import BOLD, FAMILY, bold_text, register_fonts
from app.reports.pdf.framework import write_atomically
from app.reports.pdf.texts import Texts


@dataclass(frozen=True)
class TagData:
    tag_no: str
    claim_no: str
    part_no: str
    part_name: str
    quantity: Decimal
    date: dt.date  # the repair date: when the part came off the machine
    serial_no: str
    dealer_name: str


@dataclass(frozen=True)
class LabelLayout:
    """Label size, and how many labels a page holds (1 × 1 for a label printer)."""

    width: float = 100 * mm
    height: float = 60 * mm
    columns: int = 1
    rows: int = 1

    @property
    def page(self) -> tuple[float, float]:
        return (self.width, self.height) if self.columns == self.rows == 1 else A4

    def origins(self) -> list[tuple[float, float]]:
        """Lower-left corners of the labels on a page, left to right, top to bottom, the grid centred."""
        page_w, page_h = self.page
        left = (page_w - self.columns * self.width) / 2
        top = page_h - (page_h - self.rows * self.height) / 2
        return [(left + c * self.width, top - (r + 1) * self.height)
                for r in range(self.rows) for c in range(self.columns)]


SINGLE = LabelLayout()
SHEET = LabelLayout(width=100 * mm, height=55 * mm, columns=2, rows=5)
PAD = 3 * mm


def _fitted_lines(text: str, font: str, size: float, width: float, max_lines: int) -> tuple[list[str], float]:
    """`text` wrapped into at most `max_lines` lines, shrinking the size until it does: never cut off."""
    while True:
        lines = simpleSplit(text, font, size, width) or [""]
        if len(lines) <= max_lines or size <= 4:
            return lines, size
        size -= 0.5


def _draw_tag(c: Canvas, tag: TagData, x: float, y: float, layout: LabelLayout, t: Texts) -> None:
    w, h = layout.width, layout.height
    c.saveState()
    c.setStrokeColor(colors.HexColor("#555555"))
    c.setLineWidth(0.6)
    c.rect(x + 1.5 * mm, y + 1.5 * mm, w - 3 * mm, h - 3 * mm)
    inner = w - 2 * PAD - 3 * mm
    left = x + 1.5 * mm + PAD
    top = y + h - 1.5 * mm - PAD
    # heading line: the form name left, the dealer right, shrunk to share the width
    title = t("tag")
    bold_text(c, left, top - 4 * mm, title, 11)
    room = inner - stringWidth(title, BOLD, 11) - 4 * mm
    size = min(8, 8 * room / max(stringWidth(tag.dealer_name, FAMILY, 8), 1))
    c.setFont(FAMILY, max(size, 4))
    c.drawRightString(left + inner, top - 4 * mm, tag.dealer_name)
    c.line(left, top - 6 * mm, left + inner, top - 6 * mm)
    # the barcode, as wide as it needs (a long tag number gets thinner bars, never clipped)
    bar_h = min(12 * mm, h * 0.2)
    barcode = Code128(tag.tag_no, barWidth=0.33 * mm, barHeight=bar_h, humanReadable=False, quiet=False)
    if barcode.width > inner:
        barcode = Code128(tag.tag_no, barWidth=0.33 * mm * inner / barcode.width, barHeight=bar_h,
                          humanReadable=False, quiet=False)
    barcode.drawOn(c, left, top - 8 * mm - bar_h)
    number_y = top - 8 * mm - bar_h - 5 * mm
    bold_text(c, left, number_y, tag.tag_no, 12)
    c.setFont(FAMILY, 8)
    c.drawRightString(left + inner, number_y, f"{t('tag_no')}")
    # the facts, label and value; the part name may wrap to two lines and shrink, never spill
    colon = "：" if t.chinese else ": "
    facts = [(t("claim_no"), tag.claim_no), (t("serial_no"), tag.serial_no), (t("part_no"), tag.part_no),
             (t("quantity"), t.number(tag.quantity)), (t("date"), t.date(tag.date))]
    line_h = 3.8 * mm
    row_y = number_y - 5 * mm
    half = inner / 2
    for index, (label, value) in enumerate(facts):
        column, row = index % 2, index // 2
        text = f"{label}{colon}{value}"
        size = min(8.5, 8.5 * (half - 2 * mm) / max(stringWidth(text, FAMILY, 8.5), 1))
        c.setFont(FAMILY, max(size, 4))
        c.drawString(left + column * half, row_y - row * line_h, text)
    name_y = row_y - 3 * line_h
    label = f"{t('part_name')}{colon}"
    c.setFont(FAMILY, 8.5)
    c.drawString(left, name_y, label)
    offset = stringWidth(label, FAMILY, 8.5)
    lines, size = _fitted_lines(tag.part_name, FAMILY, 8.5, inner - offset, 2)
    c.setFont(FAMILY, size)
    for number, line in enumerate(lines):
        c.drawString(left + offset, name_y - number * size * 1.15, line)
    c.restoreState()


def write_tags(tags: Iterable[TagData], path: Path | str, lang: str, *, layout: LabelLayout = SINGLE) -> Path:
    """Write the tags to one PDF at `path` (replaced only when complete), one tag or one sheet a page."""
    t = Texts(lang)
    register_fonts()
    items = list(tags)
    if not items:
        raise ValidationError("no old-part tag to print")
    if layout.height < 45 * mm or layout.width < 70 * mm:
        raise ValidationError("a tag needs a label of at least 70 × 45 mm")
    origins = layout.origins()

    def write(target: Path) -> None:
        c = Canvas(str(target), pagesize=layout.page)
        title = t("tag") + (f" {items[0].tag_no}" if len(items) == 1 else "")
        c.setTitle(title)
        c.setAuthor(items[0].dealer_name)
        c.setCreator("WarrantyDesk")
        for index, tag in enumerate(items):
            slot = index % len(origins)
            if index and slot == 0:
                c.showPage()
            _draw_tag(c, tag, *origins[slot], layout, t)
        c.showPage()
        c.save()

    return write_atomically(path, write)
