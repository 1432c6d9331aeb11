"""The reserve plan's workbook for the manufacturer, laid out by a template exactly as a claim batch is
(app.reports.batch.template): which fields, in which order, under which header, on which sheet.

Row kinds: `summary` (the plan's header, listed downwards), `lines` (every line of the plan) and
`orderedLines` (the lines with a quantity to order). Fields are documented in
resources/templates/README.md; a line row may also show every summary field (planNumber, dealerCode …).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.reports.batch.fields import Field, FieldType
from app.reports.batch.template import Template, parse_template
from app.reports.batch.workbook import write_layout


class PlanRowKind(StrEnum):
    SUMMARY = "summary"
    LINES = "lines"
    ORDERED_LINES = "orderedLines"


@dataclass(frozen=True)
class PlanHeader:
    plan_no: str
    revision: int
    dealer_code: str
    dealer_name: str
    manufacturer: str
    season_code: str
    season_name: str
    season_year: int
    season_start: dt.date
    season_last_day: dt.date
    due_date: dt.date
    status: str  # PlanStatus value
    approved_by: str
    approval_date: dt.date | None
    submitted_on: dt.date | None
    total_amount: Decimal
    note: str
    created_on: dt.date  # fixes the workbook's document dates: the same plan gives the same file


@dataclass(frozen=True)
class PlanLineData:
    line_no: int
    part_no: str
    part_name: str
    unit: str
    part_class: str  # PartClass value
    models: str  # codes of the models it fits
    pack_size: int
    forecast: Decimal
    safety: Decimal | None  # None: a reason typed by a person, not the forecast's
    minimum: Decimal | None
    on_hand: Decimal | None
    on_order: Decimal | None
    last_year: Decimal | None
    suggested: Decimal
    chosen: Decimal
    unit_price: Decimal
    amount: Decimal
    reason_zh: str
    reason_en: str
    note: str


@dataclass(frozen=True)
class PlanData:
    header: PlanHeader
    lines: tuple[PlanLineData, ...]

    @property
    def total_quantity(self) -> Decimal:
        return sum((x.chosen for x in self.lines), Decimal(0))


STATUS_WORDS = {"draft": "草稿", "approved": "已审批", "submitted": "已报送"}
CLASS_WORDS = {"warranty": "三包件", "wear": "易损件", "other": "其他"}
T, C, D, M, N, W = (FieldType.TEXT, FieldType.CODE, FieldType.DATE, FieldType.MONEY, FieldType.DECIMAL,
                    FieldType.INT)
_Row = tuple[str, FieldType, Callable[[Any], object], str]

_SUMMARY: list[_Row] = [
    ("planNumber", C, lambda d: d.header.plan_no, "reserve plan number"),
    ("revision", W, lambda d: d.header.revision, "1, or higher once the plan was changed after approval"),
    ("dealerCode", C, lambda d: d.header.dealer_code, "the dealer's code at head office"),
    ("dealerName", T, lambda d: d.header.dealer_name, "the dealer's name"),
    ("manufacturer", T, lambda d: d.header.manufacturer, "the manufacturer the plan goes to"),
    ("seasonCode", C, lambda d: d.header.season_code, "the season's code (SPRING …)"),
    ("seasonName", T, lambda d: d.header.season_name, "the season's name (春耕 …)"),
    ("seasonYear", W, lambda d: d.header.season_year, "the year the season starts in"),
    ("seasonStart", D, lambda d: d.header.season_start, "the season's first day"),
    ("seasonEnd", D, lambda d: d.header.season_last_day, "the season's last day"),
    ("dueDate", D, lambda d: d.header.due_date, "the day the plan is due at the manufacturer (30 days before)"),
    ("status", T, lambda d: STATUS_WORDS.get(d.header.status, d.header.status), "草稿, 已审批 or 已报送"),
    ("statusCode", C, lambda d: d.header.status, "draft, approved or submitted"),
    ("approvedBy", T, lambda d: d.header.approved_by, "the service manager who approved it"),
    ("approvalDate", D, lambda d: d.header.approval_date, "the day it was approved"),
    ("submissionDate", D, lambda d: d.header.submitted_on, "the day it was submitted"),
    ("lineCount", W, lambda d: len(d.lines), "lines in the plan"),
    ("orderedLineCount", W, lambda d: sum(1 for x in d.lines if x.chosen > 0), "lines with a quantity to order"),
    ("totalQuantity", N, lambda d: d.total_quantity, "the quantity of all lines"),
    ("totalAmount", M, lambda d: d.header.total_amount, "what the plan's parts cost"),
    ("currency", C, lambda d: "CNY", "always CNY (yuan)"),
    ("note", T, lambda d: d.header.note, "the plan's note"),
]

_LINE: list[_Row] = [
    ("lineNumber", W, lambda x: x.line_no, "line number"),
    ("partNumber", C, lambda x: x.part_no, "part number"),
    ("partName", T, lambda x: x.part_name, "part name"),
    ("unit", T, lambda x: x.unit, "the unit it is counted in (件, 升 …)"),
    ("partClass", T, lambda x: CLASS_WORDS.get(x.part_class, x.part_class), "三包件, 易损件 or 其他"),
    ("partClassCode", C, lambda x: x.part_class, "warranty, wear or other"),
    ("models", C, lambda x: x.models, "the models it fits"),
    ("packSize", W, lambda x: x.pack_size, "parts in a pack: quantities are whole packs"),
    ("forecastQuantity", N, lambda x: x.forecast, "what the season is expected to use"),
    ("safetyStock", N, lambda x: x.safety, "safety stock on top of the forecast"),
    ("minimumStock", N, lambda x: x.minimum, "minimum stock of a warranty part of models under warranty"),
    ("onHand", N, lambda x: x.on_hand, "stock on hand when the plan was made"),
    ("onOrder", N, lambda x: x.on_order, "stock on order when the plan was made"),
    ("lastYearQuantity", N, lambda x: x.last_year, "used in the same season last year"),
    ("suggestedQuantity", N, lambda x: x.suggested, "the forecast's suggestion, in whole packs"),
    ("quantity", N, lambda x: x.chosen, "the quantity planned (as approved)"),
    ("unitPrice", M, lambda x: x.unit_price, "price per part"),
    ("amount", M, lambda x: x.amount, "quantity × price"),
    ("reason", T, lambda x: x.reason_zh, "why: the numbers behind the suggestion, in Chinese"),
    ("reasonEnglish", T, lambda x: x.reason_en, "the same in English"),
    ("note", T, lambda x: x.note, "the line's note"),
]


def _fields(rows: list[_Row], of: Callable[[Any], Any]) -> dict[str, Field]:
    return {name: Field(name, kind, (lambda row, g=get: g(of(row))), text) for name, kind, get, text in rows}


def _line_fields() -> dict[str, Field]:
    """A line's own fields read the line (row[1]); the plan's fields read the plan (row[0])."""
    own = _fields(_LINE, lambda row: row[1])
    return {**_fields(_SUMMARY, lambda row: row[0]), **own}


PLAN_FIELDS: dict[StrEnum, dict[str, Field]] = {
    PlanRowKind.SUMMARY: _fields(_SUMMARY, lambda row: row),
    PlanRowKind.LINES: _line_fields(),
    PlanRowKind.ORDERED_LINES: _line_fields(),
}


def parse_plan_template(raw: str | bytes, source: str = "template") -> Template:
    return parse_template(raw, source, fields=PLAN_FIELDS, what="reserve plan")


def rows_of(kind: StrEnum, data: PlanData) -> list[Any]:
    if kind == PlanRowKind.SUMMARY:
        return [data]
    lines = data.lines if kind == PlanRowKind.LINES else tuple(x for x in data.lines if x.chosen > 0)
    return [(data, x) for x in lines]


def write_plan_workbook(data: PlanData, template: Template, path: Path | str) -> Path:
    """Write the plan laid out by `template` to `path` (the caller makes it atomic)."""
    return write_layout(template, path, lambda kind: rows_of(kind, data), title=data.header.plan_no,
                        subject="配件储备计划 spare-part reserve plan", created_on=data.header.created_on)
