"""The warranty repair record (三包维修记录): what the customer signs and head office pays on.

One A4 record per claim, many records in one document; a record with many part lines flows onto
more pages, its table headers repeated and its pages numbered on their own.
"""
from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.reports.pdf.framework import (
    GRID,
    SHADE,
    WIDTH,
    DealerHeader,
    StartRecord,
    Styles,
    Title,
    cell,
    data_table,
    field_grid,
    styles,
    write_each,
)
from app.reports.pdf.texts import Texts

CAUSAL_MARK = "★"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecordLabourLine:
    operation_code: str
    description: str
    flat_rate_hours: Decimal | None
    actual_hours: Decimal
    hourly_rate: Decimal
    amount: Decimal


@dataclass(frozen=True)
class RecordPartLine:
    part_no: str
    part_name: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    is_causal: bool
    retained: bool  # the old part is kept for return to the manufacturer


@dataclass(frozen=True)
class RepairRecordData:
    dealer: DealerHeader
    claim_no: str
    revision: int
    model_code: str
    model_name: str
    serial_no: str
    sale_date: dt.date
    cover_ends_on: dt.date
    main_components_end_on: dt.date
    hours_limit: Decimal | None
    area_limit: Decimal | None
    customer_name: str
    customer_phone: str
    customer_address: str
    failure_date: dt.date
    repair_date: dt.date
    hour_meter: Decimal | None
    fault_code: str
    technician: str
    complaint: str
    cause: str
    correction: str
    labour: tuple[RecordLabourLine, ...]
    parts: tuple[RecordPartLine, ...]
    travel_km: Decimal | None
    travel_rate: Decimal | None
    travel_amount: Decimal
    other_amount: Decimal
    other_note: str
    labour_amount: Decimal
    parts_amount: Decimal
    total_amount: Decimal
    printed_on: dt.date
    customer_signature_png: bytes | None = None  # captured on the workstation's signature pad


def _codes(claim_no: str) -> Table:
    """The claim number as Code128 (a hand scanner at the counter) and QR (a scanned page read back)."""
    barcode = Code128(claim_no, barWidth=0.28 * mm, barHeight=10 * mm, humanReadable=False, quiet=False)
    qr = QrCodeWidget(claim_no, barLevel="M")
    # The widget's own frame, which is its bounds: getBounds() would encode the code a second time to find them.
    x0, y0, x1, y1 = qr.x, qr.y, qr.x + qr.barWidth, qr.y + qr.barHeight
    size = 20 * mm
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(qr)
    table = Table([[barcode, drawing]], colWidths=[barcode.width + 2 * mm, size], rowHeights=[size], hAlign="RIGHT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _title_block(d: RepairRecordData, t: Texts, st: Styles) -> Table:
    codes = _codes(d.claim_no)
    number = f"{t('claim_no')}：{d.claim_no}" if t.chinese else f"{t('claim_no')} {d.claim_no}"
    if d.revision > 1:
        number += f"  ({t('revision')} {d.revision})"
    left = [Title(t("repair_record")), Spacer(0, 1 * mm), cell(number, st.centred)]
    table = Table([[left, codes]], colWidths=[WIDTH - codes._colWidths[0] - codes._colWidths[1] - 4 * mm,
                                              codes._colWidths[0] + codes._colWidths[1] + 4 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _cover(d: RepairRecordData, t: Texts) -> str:
    parts = [t("cover_whole", date=t.date(d.cover_ends_on))]
    if d.main_components_end_on != d.cover_ends_on:
        parts.append(t("cover_main", date=t.date(d.main_components_end_on)))
    text = "，".join(parts) if t.chinese else ", ".join(parts)
    if d.hours_limit is not None:
        text += " " + t("cover_hours", hours=t.number(d.hours_limit))
    if d.area_limit is not None:
        text += " " + t("cover_area", area=t.number(d.area_limit))
    return text


def _model(d: RepairRecordData) -> str:
    if d.model_code and d.model_code in d.model_name:
        return d.model_name
    return f"{d.model_code}  {d.model_name}".strip()


def _labour(d: RepairRecordData, t: Texts, st: Styles) -> list[Flowable]:
    head = [cell(t(k), st.label) for k in ("operation", "description", "flat_hours", "actual_hours", "rate",
                                           "amount")]
    rows: list[list[Any]] = [head]
    for line in d.labour:
        rows.append([cell(line.operation_code, st.body), cell(line.description, st.body),
                     t.number(line.flat_rate_hours), t.number(line.actual_hours), t.money(line.hourly_rate),
                     t.money(line.amount)])
    if not d.labour:
        rows.append([cell(t("none"), st.body), "", "", "", "", ""])
    widths = [0.16, 0.38, 0.11, 0.11, 0.11, 0.13]
    return [Paragraph(t("labour"), st.heading),
            data_table(rows, [w * WIDTH for w in widths], right_columns=(2, 3, 4, 5))]


def _parts(d: RepairRecordData, t: Texts, st: Styles) -> list[Flowable]:
    head = [cell(t(k), st.label) for k in ("causal", "part_no", "part_name", "quantity", "unit_price", "amount",
                                           "old_part")]
    rows: list[list[Any]] = [head]
    for line in d.parts:
        rows.append([CAUSAL_MARK if line.is_causal else "", cell(line.part_no, st.body), cell(line.part_name, st.body),
                     t.number(line.quantity), t.money(line.unit_price), t.money(line.amount),
                     t("retained") if line.retained else ""])
    if not d.parts:
        rows.append(["", cell(t("none"), st.body), "", "", "", "", ""])
    widths = [0.08, 0.17, 0.33, 0.08, 0.12, 0.13, 0.09]
    return [Paragraph(t("parts"), st.heading),
            data_table(rows, [w * WIDTH for w in widths], right_columns=(3, 4, 5), centred_columns=(0, 6)),
            Spacer(0, 1 * mm), Paragraph(t("parts_legend"), st.small)]


def _totals(d: RepairRecordData, t: Texts, st: Styles) -> Table:
    travel = ""
    if d.travel_km is not None and d.travel_rate is not None:
        travel = t("travel_detail", km=t.number(d.travel_km), rate=t.money(d.travel_rate))
    rows = [
        [cell(t("labour_amount"), st.label), "", t.money(d.labour_amount)],
        [cell(t("parts_amount"), st.label), "", t.money(d.parts_amount)],
        [cell(t("travel_amount"), st.label), cell(travel, st.body), t.money(d.travel_amount)],
        [cell(t("other_amount"), st.label), cell(d.other_note, st.body), t.money(d.other_amount)],
        [cell(t("total_amount"), st.label), "", t.money(d.total_amount)],
    ]
    table = Table(rows, colWidths=[0.2 * WIDTH, 0.55 * WIDTH, 0.25 * WIDTH], splitByRow=1, splitInRow=0)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (0, -1), SHADE),
        ("BACKGROUND", (0, -1), (-1, -1), SHADE),
        ("FONTNAME", (2, 0), (2, -1), st.body.fontName),
        ("FONTSIZE", (2, 0), (2, -2), 9),
        ("FONTSIZE", (2, -1), (2, -1), 11),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _signature_image(png: bytes | None) -> Flowable | None:
    """The captured signature, scaled into the box; an unreadable image is left out, never a crash."""
    if not png:
        return None
    try:
        reader = ImageReader(io.BytesIO(png))
        width, height = reader.getSize()
    except Exception:  # noqa: BLE001 - a damaged attachment must not stop the record from printing
        log.warning("the captured signature could not be read; the record is printed without it")
        return None
    scale = min(60 * mm / width, 10 * mm / height)
    return Image(io.BytesIO(png), width=width * scale, height=height * scale, hAlign="LEFT")


def _signatures(d: RepairRecordData, t: Texts, st: Styles) -> Table:
    colon = "：" if t.chinese else ":"
    customer: Flowable | list[Flowable] = cell(t("customer_signature") + colon, st.body)
    signature = _signature_image(d.customer_signature_png)
    if signature is not None:
        customer = [customer, signature]
    rows = [[customer, cell(t("technician_signature") + colon, st.body)],
            [cell(t("date") + colon, st.body), cell(t("date") + colon, st.body)]]
    table = Table(rows, colWidths=[WIDTH / 2] * 2, rowHeights=[16 * mm, 7 * mm])
    table.setStyle(TableStyle([("BOX", (0, 0), (0, -1), 0.6, GRID), ("BOX", (1, 0), (1, -1), 0.6, GRID),
                               ("VALIGN", (0, 0), (-1, 0), "TOP"), ("VALIGN", (0, 1), (-1, 1), "MIDDLE")]))
    return table


def record_story(d: RepairRecordData, t: Texts, st: Styles) -> list[Flowable]:
    unit = [(t("model"), _model(d)), (t("serial_no"), d.serial_no), (t("sale_date"), t.date(d.sale_date)),
            (t("technician"), d.technician), (t("coverage"), _cover(d, t)),
            (t("customer_name"), d.customer_name), (t("customer_phone"), d.customer_phone),
            (t("customer_address"), d.customer_address),
            (t("failure_date"), t.date(d.failure_date)), (t("repair_date"), t.date(d.repair_date)),
            (t("hour_meter"), t.number(d.hour_meter)), (t("fault_code"), d.fault_code)]
    story: list[Flowable] = [StartRecord(d.claim_no, d.dealer), _title_block(d, t, st), Spacer(0, 3 * mm),
                             field_grid(unit, st, spans=(4, 7))]
    for key, text in (("complaint", d.complaint), ("cause", d.cause), ("correction", d.correction)):
        story += [Paragraph(t(key), st.heading), cell(text or "—", st.boxed)]
    story += _labour(d, t, st)
    story += _parts(d, t, st)
    story += [KeepTogether([Paragraph(t("totals"), st.heading), _totals(d, t, st)])]
    # The terms and both signatures stay on one page: a signature alone on a last page proves nothing.
    story += [KeepTogether([
        Paragraph(t("terms_title"), st.heading), Paragraph(t("terms"), st.small), Spacer(0, 2 * mm),
        _signatures(d, t, st)])]
    return story


def write_repair_records(records: Iterable[RepairRecordData], path: Path | str, lang: str) -> Path:
    """Write the records, each from a new page, to one PDF at `path` (replaced only when complete)."""
    t = Texts(lang)
    st = styles()
    items = list(records)
    return write_each(items, lambda record: record_story(record, t, st), path, t,
                      title=t("repair_record") + (f" {items[0].claim_no}" if len(items) == 1 else ""),
                      author=items[0].dealer.name if items else "", nothing="no repair record to print")
