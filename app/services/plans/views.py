"""What the plan services hand out: plain frozen data, never ORM objects."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.domain.enums import PartClass, PlanStatus
from app.domain.reserve import Reason, decode_reason


@dataclass(frozen=True)
class PlanSummary:
    id: int
    plan_no: str
    revision: int
    season_id: int
    season_code: str
    season_name: str
    season_year: int
    season_start: dt.date
    status: PlanStatus
    due_date: dt.date
    approved_by: str  # the manager's name; "" until approved
    approved_at: dt.datetime | None
    submitted_on: dt.date | None
    total_amount: Decimal
    line_count: int
    note: str
    created_at: dt.datetime

    @property
    def season_label(self) -> str:
        return f"{self.season_year} {self.season_name}"


@dataclass(frozen=True)
class PlanLineRow:
    id: int
    plan_id: int
    part_id: int
    part_no: str
    part_name: str
    unit: str
    part_class: PartClass
    pack_size: int
    forecast_qty: Decimal
    suggested_qty: Decimal
    chosen_qty: Decimal
    unit_price: Decimal
    amount: Decimal
    reason: str  # as stored: app.domain.reserve's JSON, or text a person typed
    note: str
    on_hand_qty: Decimal  # stock when the plan was made
    on_order_qty: Decimal

    @property
    def in_stock(self) -> Decimal:
        """On hand and on order when the plan was made."""
        return self.on_hand_qty + self.on_order_qty

    @property
    def reason_facts(self) -> Reason | None:
        return decode_reason(self.reason)

    @property
    def changed(self) -> bool:
        """The chosen quantity is not the suggested one."""
        return self.chosen_qty != self.suggested_qty


@dataclass(frozen=True)
class PlanChange:
    """What an edit did: the plan as saved, the line as saved, and whether it began a new revision."""

    plan: PlanSummary
    line: PlanLineRow | None
    new_revision: bool


@dataclass(frozen=True)
class CompareRow:
    """One part of a past plan beside what the season really used."""

    part_id: int
    part_no: str
    part_name: str
    part_class: PartClass
    forecast: Decimal  # what the plan expected the season to use
    ordered: Decimal  # the plan's chosen quantity
    planned: Decimal  # the stock the plan gave the season: on hand and on order then, and the chosen quantity
    actual: Decimal  # parts used in that season: repairs, paid service, counter sales
    in_plan: bool

    @property
    def difference(self) -> Decimal:
        """Used beyond the stock planned (positive: short), or left over (negative)."""
        return self.actual - self.planned

    @property
    def covered(self) -> bool:
        return self.actual <= self.planned


@dataclass(frozen=True)
class Comparison:
    plan: PlanSummary | None  # None: no plan was made for that season
    season_start: dt.date
    season_end: dt.date  # the day after its last day
    through: dt.date  # consumption is counted up to (not including) this day
    parts_planned: int
    parts_used: int
    parts_covered: int  # used no more than the stock planned
    forecast_qty: Decimal
    planned_qty: Decimal  # stock planned for the season
    used_qty: Decimal
