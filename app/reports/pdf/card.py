"""The warranty registration card (三包回执卡) as a one-page A5 PDF: what the dealer fills in when a
machine is sold and sends to the manufacturer within the deadline. The form is Chinese, as the
manufacturer files it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.reports.pdf.fonts import BOLD, FAMILY, bold_text, register_fonts

TITLE = "三包回执卡"
PAGE = landscape(A5)


@dataclass(frozen=True)
class CardDocument:
    dealer_name: str
    dealer_code: str
    dealer_phone: str
    manufacturer: str
    customer_name: str
    customer_phone: str
    customer_address: str
    model_code: str
    model_name: str
    serial_no: str
    engine_no: str
    sale_date: dt.date
    invoice_date: dt.date | None
    invoice_no: str
    due_date: dt.date
    warranty: str  # e.g. "整机 12 个月 / 主要部件 24 个月，或 2,000 小时"
    printed_on: dt.date


class _Title(Flowable):
    """The heading, drawn with a stroke for the weight the font lacks."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text, self.size = text, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.size * 1.3

    def draw(self) -> None:
        bold_text(self.canv, self.width / 2, self.size * 0.25, self.text, self.size, centred=True)


def _date(value: dt.date | None) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def _model(d: CardDocument) -> str:
    if d.model_code and d.model_code in d.model_name:
        return d.model_name  # the name already says the code: "东方红 LF-504" …
    return f"{d.model_code}  {d.model_name}".strip()


def write_card(document: CardDocument, path: Path | str) -> Path:
    """Write the card to `path` (overwritten) and return it."""
    register_fonts()
    target = Path(path)
    body = ParagraphStyle("cardBody", fontName=FAMILY, fontSize=9.5, leading=13, wordWrap="CJK")
    label = ParagraphStyle("cardLabel", parent=body, fontName=BOLD, textColor=colors.HexColor("#333333"))
    small = ParagraphStyle("cardSmall", parent=body, fontSize=8, leading=11, textColor=colors.HexColor("#444444"))
    centred = ParagraphStyle("cardCentred", parent=small, alignment=TA_CENTER)

    def cell(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    d = document
    rows = [
        [cell("用户姓名", label), cell(d.customer_name), cell("联系电话", label), cell(d.customer_phone)],
        [cell("用户地址", label), cell(d.customer_address), "", ""],
        [cell("机型", label), cell(_model(d)), cell("出厂编号", label),
         cell(d.serial_no)],
        [cell("发动机号", label), cell(d.engine_no or "—"), cell("购机日期", label), cell(_date(d.sale_date))],
        [cell("发票号码", label), cell(d.invoice_no or "—"), cell("发票日期", label),
         cell(_date(d.invoice_date) or "—")],
        [cell("三包期", label), cell(d.warranty), "", ""],
        [cell("经销商", label), cell(d.dealer_name), cell("经销商代码", label), cell(d.dealer_code)],
        [cell("回执卡寄回期限", label), cell(_date(d.due_date)), cell("经销商电话", label), cell(d.dealer_phone)],
    ]
    width = PAGE[0] - 24 * mm
    table = Table(rows, colWidths=[0.16 * width, 0.36 * width, 0.16 * width, 0.32 * width])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
        ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#eeeeee")),
        ("BACKGROUND", (2, 1), (2, 1), colors.white),
        ("BACKGROUND", (2, 5), (2, 5), colors.white),
        ("SPAN", (1, 1), (3, 1)),
        ("SPAN", (1, 5), (3, 5)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    signatures = Table(
        [[cell("用户签字：", body), cell("经销商（盖章）：", body), cell("填卡日期：" + _date(d.printed_on), body)]],
        colWidths=[width / 3] * 3, rowHeights=[16 * mm],
    )
    signatures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story: list[Flowable] = [
        _Title(TITLE, 20),
        Paragraph(escape(f"{d.manufacturer}  产品三包凭证" if d.manufacturer else "产品三包凭证"), centred),
        Spacer(0, 4 * mm),
        table,
        Spacer(0, 3 * mm),
        Paragraph(escape(f"请于 {_date(d.due_date)} 前将本卡寄回厂家；逾期未寄回的，厂家不予承认该机的三包服务。"),
                  small),
        Spacer(0, 4 * mm),
        signatures,
    ]
    doc = SimpleDocTemplate(str(target), pagesize=PAGE, leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=10 * mm, bottomMargin=10 * mm, title=f"{TITLE} {d.serial_no}",
                            author=d.dealer_name, subject=TITLE, creator="WarrantyDesk")
    doc.build(story, onFirstPage=_footer(d))
    return target


def _footer(d: CardDocument):  # type: ignore[no-untyped-def]
    def draw(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FAMILY, 7)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawRightString(PAGE[0] - 12 * mm, 6 * mm, f"{d.serial_no} · {d.printed_on.isoformat()}")
        canvas.restoreState()
    return draw
