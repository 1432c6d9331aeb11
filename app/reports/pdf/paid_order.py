"""A paid service order (有偿服务单) for the customer: wages, travel and parts, each part at its
catalogue price, so the customer sees there is no mark-up. On the common form frame (dealer header,
page n of m); a long parts list flows onto more pages with its header repeated."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.reports.pdf.framework import (
    GRID,
    SHADE,
    WIDTH,
    DealerHeader,
    StartRecord,
    Styles,
    cell,
    data_table,
    field_grid,
    styles,
    write_each,
)
from app.reports.pdf.packing_list import heading, signature_boxes
from app.reports.pdf.texts import Texts

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
    status_text: str  # the order's status value (draft, completed, cancelled), printed in the form's language
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
    dealer: DealerHeader | None = None  # the full header (logo, address); None: the name and phone above

    @property
    def header(self) -> DealerHeader:
        return self.dealer or DealerHeader(name=self.dealer_name, phone=self.dealer_phone)


def _totals(d: PaidOrderDocument, t: Texts, st: Styles) -> Table:
    rows = [[cell(t("labour_line", hours=t.number(d.labour_hours), rate=t.money(d.labour_rate)), st.body),
             t.money(d.labour_amount)],
            [cell(t("travel_amount"), st.body), t.money(d.travel_amount)],
            [cell(t("parts_amount"), st.body), t.money(d.parts_amount)],
            [cell(t("total_amount"), st.label), t.money(d.total_amount)]]
    table = Table(rows, colWidths=[0.75 * WIDTH, 0.25 * WIDTH])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, -1), (-1, -1), SHADE),
                               ("FONTNAME", (1, 0), (1, -1), st.body.fontName), ("FONTSIZE", (1, 0), (1, -2), 9),
                               ("FONTSIZE", (1, -1), (1, -1), 11), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def order_story(d: PaidOrderDocument, t: Texts) -> list[Flowable]:
    st = styles()
    facts = [(t("service_date"), t.date(d.service_date)), (t("status"), t.status(d.status_text, "paid")),
             (t("customer_name"), d.customer_name), (t("customer_phone"), d.customer_phone),
             (t("model"), d.model), (t("serial_no"), d.serial_no), (t("technician"), d.technician),
             (t("service_content"), d.description)]
    head = [cell(t(k), st.label) for k in ("part_no", "part_name", "quantity", "catalogue_price", "unit_price",
                                           "amount")]
    rows: list[list[Any]] = [head]
    rows += [[cell(x.part_no, st.body), cell(x.part_name, st.body), t.number(x.quantity),
              t.money(x.catalogue_price), t.money(x.unit_price), t.money(x.amount)] for x in d.lines]
    if not d.lines:
        rows.append([cell(t("none"), st.body), "", "", "", "", ""])
    widths = [0.18, 0.34, 0.09, 0.13, 0.13, 0.13]
    markup = t("markup_none") if d.markup_percent == 0 else t("markup", percent=d.markup_percent)
    return [
        StartRecord(d.order_no, d.header), *heading(t("paid_order"), t("order_no"), d.order_no, t, st),
        field_grid(facts, st, spans=(6, 7)), Paragraph(t("parts"), st.heading),
        data_table(rows, [w * WIDTH for w in widths], right_columns=(2, 3, 4, 5)),
        KeepTogether([Paragraph(t("totals"), st.heading), _totals(d, t, st), Spacer(0, 2 * mm),
                      Paragraph(t("paid_notice") + markup, st.small), Spacer(0, 5 * mm),
                      signature_boxes([t("customer_signature"), t("station_stamp")], t, st)]),
    ]


def write_paid_orders(documents: Iterable[PaidOrderDocument], path: Path | str, lang: str = "zh_CN") -> Path:
    """Write the orders, each from a new page, to one PDF at `path` (replaced only when complete)."""
    t = Texts(lang)
    items = list(documents)
    return write_each(items, lambda item: order_story(item, t), path, t,
                      title=t("paid_order") + (f" {items[0].order_no}" if len(items) == 1 else ""),
                      author=items[0].dealer_name if items else "", nothing="no paid service order to print")


def write_paid_order(document: PaidOrderDocument, path: Path | str, lang: str = "zh_CN") -> Path:
    """Write one order to `path` (replaced only when complete) and return it."""
    return write_paid_orders([document], path, lang)
