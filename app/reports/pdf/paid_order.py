"""A paid service order (有偿服务单) as a one-page A4 PDF for the customer: wages, travel and parts,
each part at its catalogue price, so the customer sees there is no mark-up. A plain form until the
printed forms get their final layouts."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.domain.money import format_money
from app.reports.pdf.fonts import BOLD, FAMILY, register_fonts

TITLE = "有偿服务单"


@dataclass(frozen=True)
class PaidOrderLine:
    part_no: str
    part_name: str
    quantity: Decimal
    catalogue_price: Decimal
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class PaidOrderDocument:
    dealer_name: str
    dealer_phone: str
    order_no: str
    status_text: str
    service_date: dt.date
    customer_name: str
    customer_phone: str
    model: str
    serial_no: str
    technician: str
    description: str
    labour_hours: Decimal
    labour_rate: Decimal
    labour_amount: Decimal
    travel_amount: Decimal
    parts_amount: Decimal
    total_amount: Decimal
    markup_percent: int
    lines: tuple[PaidOrderLine, ...]
    printed_on: dt.date


def _date(value: dt.date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def _qty(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def write_paid_order(document: PaidOrderDocument, path: Path | str) -> Path:
    register_fonts()
    target = Path(path)
    body = ParagraphStyle("paidBody", fontName=FAMILY, fontSize=10, leading=14, wordWrap="CJK")
    label = ParagraphStyle("paidLabel", parent=body, fontName=BOLD)
    right = ParagraphStyle("paidRight", parent=body, alignment=TA_RIGHT)
    bold_right = ParagraphStyle("paidBoldRight", parent=right, fontName=BOLD)
    title = ParagraphStyle("paidTitle", parent=body, fontName=BOLD, fontSize=18, leading=24, alignment=TA_CENTER)
    small = ParagraphStyle("paidSmall", parent=body, fontSize=8.5, leading=12, textColor=colors.HexColor("#444444"))
    d = document
    width = A4[0] - 30 * mm

    def cell(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    header = Table([
        [cell("单号", label), cell(d.order_no), cell("服务日期", label), cell(_date(d.service_date))],
        [cell("用户", label), cell(d.customer_name), cell("联系电话", label), cell(d.customer_phone)],
        [cell("机型", label), cell(d.model), cell("出厂编号", label), cell(d.serial_no)],
        [cell("维修人员", label), cell(d.technician), cell("状态", label), cell(d.status_text)],
        [cell("服务内容", label), cell(d.description), "", ""],
    ], colWidths=[0.14 * width, 0.36 * width, 0.14 * width, 0.36 * width])
    grid = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    header.setStyle(TableStyle([*grid, ("SPAN", (1, 4), (3, 4)),
                                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
                                ("BACKGROUND", (2, 0), (2, 3), colors.HexColor("#eeeeee"))]))
    rows = [[cell(t, label) for t in ("配件号", "名称", "数量", "目录价", "单价", "金额")]]
    rows += [[cell(x.part_no), cell(x.part_name), cell(_qty(x.quantity), right), cell(format_money(x.catalogue_price),
             right), cell(format_money(x.unit_price), right), cell(format_money(x.amount), right)] for x in d.lines]
    if not d.lines:
        rows.append([cell("（无配件）"), "", "", "", "", ""])
    parts = Table(rows, colWidths=[0.17 * width, 0.31 * width, 0.1 * width, 0.14 * width, 0.14 * width, 0.14 * width])
    parts.setStyle(TableStyle([*grid, ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]))
    totals = Table([
        [cell(f"工时费（{_qty(d.labour_hours)} 小时 × {format_money(d.labour_rate)} 元）"),
         cell(format_money(d.labour_amount), right)],
        [cell("差旅费"), cell(format_money(d.travel_amount), right)],
        [cell("配件费"), cell(format_money(d.parts_amount), right)],
        [cell("合计（元）", label), cell(format_money(d.total_amount), bold_right)],
    ], colWidths=[0.72 * width, 0.28 * width])
    totals.setStyle(TableStyle(grid))
    markup = "配件按厂家目录价收费，不加价。" if d.markup_percent == 0 else \
        f"配件按厂家目录价加 {d.markup_percent}% 收费。"
    signatures = Table([[cell("用户签字："), cell("服务站（盖章）："), cell("日期：" + _date(d.printed_on))]],
                       colWidths=[width / 3] * 3, rowHeights=[18 * mm])
    signatures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story: list[Flowable] = [
        Paragraph(escape(TITLE), title), Paragraph(escape(f"{d.dealer_name}  {d.dealer_phone}".strip()),
                                                   ParagraphStyle("c", parent=small, alignment=TA_CENTER)),
        Spacer(0, 5 * mm), header, Spacer(0, 4 * mm), parts, Spacer(0, 4 * mm), totals, Spacer(0, 2 * mm),
        Paragraph(escape("本单为三包范围以外的有偿服务，收费为维修人员工时费加差旅费；" + markup), small),
        Spacer(0, 6 * mm), signatures,
    ]
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title=f"{TITLE} {d.order_no}", author=d.dealer_name,
                            creator="WarrantyDesk")
    doc.build(story)
    return target
