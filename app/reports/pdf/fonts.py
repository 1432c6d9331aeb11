"""The shipped CJK TrueType font, registered once with reportlab for every form.

WenQuanYi Micro Hei has no bold face: "bold" maps to the same outlines under a second name, and
headings that need weight draw the glyphs with a thin stroke as well (see `bold_text`).
"""
from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app import paths
from app.domain.errors import WarrantyDeskError

FAMILY = "WenQuanYi"
BOLD = "WenQuanYi-Bold"
FONT_FILE = ("fonts", "wqy-microhei.ttc")


class FontMissing(WarrantyDeskError):
    """The shipped font is not where it should be (a broken installation)."""


def register_fonts() -> str:
    """Register the family (normal and the mapped bold) and return its name; cheap after the first call."""
    if FAMILY in pdfmetrics.getRegisteredFontNames():
        return FAMILY
    path = paths.resource(*FONT_FILE)
    if not path.is_file():
        raise FontMissing(f"the font file {path} is missing: Chinese cannot be printed without it")
    # subfontIndex 0 is the proportional face of the collection; reportlab embeds a subset with a
    # ToUnicode map, so the printed Chinese can be searched and copied.
    pdfmetrics.registerFont(TTFont(FAMILY, str(path), subfontIndex=0))
    pdfmetrics.registerFont(TTFont(BOLD, str(path), subfontIndex=0))
    for bold, italic, name in ((0, 0, FAMILY), (1, 0, BOLD), (0, 1, FAMILY), (1, 1, BOLD)):
        addMapping(FAMILY, bold, italic, name)
    pdfmetrics.registerFontFamily(FAMILY, normal=FAMILY, bold=BOLD, italic=FAMILY, boldItalic=BOLD)
    return FAMILY


def bold_text(canvas: Canvas, x: float, y: float, text: str, size: float, *, centred: bool = False,
              stroke: float = 0.35) -> None:
    """Draw `text` fill-and-stroke: the weight of a bold face the font does not have."""
    canvas.saveState()
    canvas.setFont(BOLD, size)
    canvas.setLineWidth(stroke * size / 10)
    text_object = canvas.beginText()
    text_object.setTextRenderMode(2)  # fill, then stroke the outline
    width = pdfmetrics.stringWidth(text, BOLD, size)
    text_object.setTextOrigin(x - width / 2 if centred else x, y)
    text_object.textOut(text)
    canvas.drawText(text_object)
    canvas.restoreState()
