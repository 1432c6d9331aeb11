"""The old-part return packing list (旧件返厂清单): what goes in the boxes back to the manufacturer.

One list per shipment; the parts table flows onto more pages with its header repeated, and the
totals and the three signatures stay together on the last page.
"""
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


@dataclass(frozen=True)
class PackedPart:
    tag_no: str
    claim_no: str
    part_no: str
    part_name: str
    quantity: Decimal
    status: str  # OldPartStatus value
    condition_notes: str


@dataclass(frozen=True)
class PackingListData:
    dealer: DealerHeader
    shipment_no: str
    status: str  # ShipmentStatus value
    carrier: str
    waybill_no: str
    by_delivery_truck: bool
    shipped_on: dt.date | None
    received_on: dt.date | None
    packages: int | None
    weight_kg: Decimal | None
    note: str
    parts: tuple[PackedPart, ...]

    @property
    def total_quantity(self) -> Decimal:
        return sum((p.quantity for p in self.parts), Decimal(0))


def signature_boxes(labels: list[str], t: Texts, st: Styles, *, dates: list[str] | None = None) -> Table:
    """A box a signer: room to sign, and a date line (pre-filled where `dates` gives one)."""
    colon = "：" if t.chinese else ": "
    width = WIDTH / len(labels)
    filled = dates or [""] * len(labels)
    rows = [[cell(label + colon, st.body) for label in labels],
            [cell(f"{t('date')}{colon}{date}", st.body) for date in filled]]
    table = Table(rows, colWidths=[width] * len(labels), rowHeights=[16 * mm, 7 * mm])
    table.setStyle(TableStyle([*[("BOX", (c, 0), (c, -1), 0.6, GRID) for c in range(len(labels))],
                               ("VALIGN", (0, 0), (-1, 0), "TOP"), ("VALIGN", (0, 1), (-1, 1), "MIDDLE")]))
    return table


def narrow(table: Table) -> Table:
    """Half the usual side padding: a wide list gets room for its numbers, which must not break mid-number."""
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return table


def heading(title: str, number_label: str, number: str, t: Texts, st: Styles) -> list[Flowable]:
    text = f"{number_label}：{number}" if t.chinese else f"{number_label} {number}"
    return [Title(title), Spacer(0, 1 * mm), cell(text, st.centred), Spacer(0, 3 * mm)]


def list_story(d: PackingListData, t: Texts, st: Styles) -> list[Flowable]:
    transport = t("delivery_truck") if d.by_delivery_truck else d.carrier
    facts = [(t("carrier"), transport or "—"), (t("waybill_no"), d.waybill_no or "—"),
             (t("shipped_on"), t.date(d.shipped_on) or "—"), (t("received_on"), t.date(d.received_on) or "—"),
             (t("packages"), "" if d.packages is None else str(d.packages)),
             (t("weight"), t.number(d.weight_kg)), (t("status"), t.status(d.status)), (t("note"), d.note)]
    story: list[Flowable] = [StartRecord(d.shipment_no, d.dealer),
                             *heading(t("packing_list"), t("shipment_no"), d.shipment_no, t, st),
                             field_grid(facts, st, spans=(7,)), Spacer(0, 3 * mm)]
    head = [cell(t(k), st.label) for k in ("line_no", "tag_no", "claim_no", "part_no", "part_name", "quantity",
                                           "condition")]
    rows: list[list[Any]] = [head]
    for number, part in enumerate(d.parts, start=1):
        condition = t.status(part.status) + (f"：{part.condition_notes}" if part.condition_notes else "")
        rows.append([str(number), cell(part.tag_no, st.body), cell(part.claim_no, st.body), cell(part.part_no, st.body),
                     cell(part.part_name, st.body), t.number(part.quantity), cell(condition, st.body)])
    rows.append(["", cell(t("total"), st.label), "", "", "", t.number(d.total_quantity), ""])
    widths = [0.06, 0.15, 0.15, 0.15, 0.23, 0.07, 0.19]
    table = data_table(rows, [w * WIDTH for w in widths], right_columns=(5,), centred_columns=(0,))
    story.append(table)
    story += [Spacer(0, 2 * mm), KeepTogether([
        Paragraph(t("parts_count", count=len(d.parts), qty=t.number(d.total_quantity)), st.body), Spacer(0, 4 * mm),
        signature_boxes([t("shipper_signature"), t("carrier_signature"), t("receiver_signature")], t, st)])]
    return story


def write_packing_lists(lists: Iterable[PackingListData], path: Path | str, lang: str) -> Path:
    """Write the packing lists, each from a new page, to one PDF at `path` (replaced only when complete)."""
    t = Texts(lang)
    st = styles()
    items = list(lists)
    return write_each(items, lambda item: list_story(item, t, st), path, t,
                      title=t("packing_list") + (f" {items[0].shipment_no}" if len(items) == 1 else ""),
                      author=items[0].dealer.name if items else "", nothing="no packing list to print")
