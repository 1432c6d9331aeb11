"""The claim batch summary (索赔批次汇总): the cover sheet of a batch sent to head office.

One line per claim; the grand totals are the batch's own stored totals, which equal the sum of the
lines (the batch is closed over exactly these claims).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from app.domain.errors import ValidationError
from app.reports.pdf.framework import (
    WIDTH,
    DealerHeader,
    StartRecord,
    build,
    cell,
    data_table,
    field_grid,
    styles,
    write_atomically,
)
from app.reports.pdf.packing_list import heading, narrow, signature_boxes
from app.reports.pdf.texts import Texts


@dataclass(frozen=True)
class BatchClaimLine:
    claim_no: str
    serial_no: str
    model: str
    repair_date: dt.date
    labour_amount: Decimal
    parts_amount: Decimal
    travel_amount: Decimal
    other_amount: Decimal
    total_amount: Decimal


@dataclass(frozen=True)
class BatchSummaryData:
    dealer: DealerHeader
    dealer_code: str
    batch_no: str
    status: str  # BatchStatus value
    period_from: dt.date | None
    period_to: dt.date | None
    claim_count: int
    labour_amount: Decimal
    parts_amount: Decimal
    travel_amount: Decimal
    other_amount: Decimal
    total_amount: Decimal
    claims: tuple[BatchClaimLine, ...]


def write_batch_summaries(batches: Iterable[BatchSummaryData], path: Path | str, lang: str) -> Path:
    """Write the summaries, each from a new page, to one PDF at `path` (replaced only when complete)."""
    t = Texts(lang)
    st = styles()
    items = list(batches)
    if not items:
        raise ValidationError("no claim batch to print")
    story: list[Flowable] = []
    for index, d in enumerate(items):
        if index:
            story.append(PageBreak())
        period = " – ".join(t.date(x) for x in (d.period_from, d.period_to) if x) or "—"
        dealer = f"{d.dealer.name}（{d.dealer_code}）" if t.chinese else f"{d.dealer.name} ({d.dealer_code})"
        facts = [(t("dealer"), dealer),
                 (t("period"), period), (t("claim_count"), str(d.claim_count)),
                 (t("status"), t.status(d.status, "batch"))]
        story += [StartRecord(d.batch_no, d.dealer), *heading(t("batch_summary"), t("batch_no"), d.batch_no, t, st),
                  field_grid(facts, st, spans=(0,)), Spacer(0, 3 * mm)]
        head = [cell(t(k), st.label) for k in ("line_no", "claim_no", "serial_short", "model", "repair_date",
                                               "labour_amount", "parts_amount", "travel_amount", "other_amount",
                                               "total")]
        rows: list[list[Any]] = [head]
        for number, c in enumerate(d.claims, start=1):
            rows.append([str(number), cell(c.claim_no, st.small), cell(c.serial_no, st.small), cell(c.model, st.small),
                         c.repair_date.isoformat(),
                         *(t.money(x) for x in (c.labour_amount, c.parts_amount, c.travel_amount, c.other_amount,
                                                c.total_amount))])
        rows.append(["", cell(t("total"), st.label), "", "", "",
                     *(t.money(x) for x in (d.labour_amount, d.parts_amount, d.travel_amount, d.other_amount,
                                            d.total_amount))])
        widths = [0.04, 0.13, 0.14, 0.14, 0.1, 0.09, 0.1, 0.08, 0.08, 0.1]
        story.append(narrow(data_table(rows, [w * WIDTH for w in widths], right_columns=(5, 6, 7, 8, 9),
                                       centred_columns=(0,))))
        story += [Spacer(0, 6 * mm), KeepTogether([signature_boxes([t("dealer"), t("receiver_signature")], t, st)])]
    title = t("batch_summary") + (f" {items[0].batch_no}" if len(items) == 1 else "")

    def write(target: Path) -> None:
        build(target, story, t, title=title, author=items[0].dealer.name)

    return write_atomically(path, write)
