"""The spare-part reserve plan (配件储备计划): the parts the dealer stocks for a season, sent to the
manufacturer with the reasons behind each quantity. The parts table flows onto more pages with its
header repeated; the total and the approval stay together at the end."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

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
from app.reports.plan_reason_text import reason_text


@dataclass(frozen=True)
class PlanLine:
    part_no: str
    part_name: str
    part_class: str  # PartClass value
    forecast_qty: Decimal
    suggested_qty: Decimal
    chosen_qty: Decimal
    unit_price: Decimal
    amount: Decimal
    reason: str  # as stored: worded in the form's language when printed


@dataclass(frozen=True)
class ReservePlanData:
    dealer: DealerHeader
    plan_no: str
    revision: int
    season: str
    season_year: int
    status: str  # PlanStatus value
    due_date: dt.date
    submitted_on: dt.date | None
    total_amount: Decimal
    note: str
    lines: tuple[PlanLine, ...]


def write_reserve_plan(d: ReservePlanData, path: Path | str, lang: str) -> Path:
    """Write the plan to `path` (replaced only when complete)."""
    t = Texts(lang)
    st = styles()
    number = d.plan_no + (f" ({t('revision')} {d.revision})" if d.revision > 1 else "")
    facts = [(t("season"), f"{d.season_year} {d.season}"), (t("status"), t.status(d.status)),
             (t("due_date"), t.date(d.due_date)), (t("submitted_on"), t.date(d.submitted_on) or "—"),
             (t("note"), d.note)]
    head = [cell(t(k), st.label) for k in ("line_no", "part_no", "part_name", "part_class", "forecast_qty",
                                           "suggested_qty", "chosen_qty", "unit_price", "amount", "reason")]
    rows: list[list[Any]] = [head]
    for n, x in enumerate(d.lines, start=1):
        rows.append([str(n), cell(x.part_no, st.small), cell(x.part_name, st.small),
                     cell(t.status(x.part_class, "pc"), st.small), t.number(x.forecast_qty),
                     t.number(x.suggested_qty), t.number(x.chosen_qty), t.money(x.unit_price), t.money(x.amount),
                     cell(reason_text(x.reason, lang), st.small)])
    rows.append(["", cell(t("plan_total"), st.label), "", "", "", "", "", "", t.money(d.total_amount), ""])
    widths = [0.04, 0.1, 0.11, 0.08, 0.07, 0.08, 0.07, 0.09, 0.1, 0.26]  # the reason is the longest text
    table = narrow(data_table(rows, [w * WIDTH for w in widths], right_columns=(4, 5, 6, 7, 8),
                              centred_columns=(0,)))
    table.setStyle([("SPAN", (1, -1), (7, -1))])
    story: list[Flowable] = [
        StartRecord(d.plan_no, d.dealer), *heading(t("reserve_plan"), t("plan_no"), number, t, st),
        field_grid(facts, st, spans=(4,)), Spacer(0, 3 * mm), table, Spacer(0, 6 * mm),
        KeepTogether([signature_boxes([t("dealer_stamp"), t("approved_signature")], t, st)])]

    def write(target: Path) -> None:
        build(target, story, t, title=f"{t('reserve_plan')} {d.plan_no}", author=d.dealer.name)

    return write_atomically(path, write)
