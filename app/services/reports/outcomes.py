"""What head office made of the claims: approved in full, partly or rejected, and why money was cut.

Read from the settlement notices (核销通知): each settlement line is one decision on one claim, counted
in the month of the notice. A line with nothing deducted is approved, one with nothing approved is
rejected, anything between is partly approved — the same reading the claim's status records.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, case, func, literal_column, select
from sqlalchemy.orm import Session

from app.db.models import Settlement, SettlementLine
from app.domain.money import ZERO
from app.services.reports.period import Period, share
from app.services.reports.sql import month_key, month_start

_L = SettlementLine
_NOTHING = literal_column("0")  # zero fen, written into the SQL


@dataclass(frozen=True)
class MonthOutcomes:
    month: dt.date  # the first day of the month of the notices
    approved: int  # claims approved in full
    partial: int  # partly approved
    rejected: int
    claimed: Decimal  # what the decided claims asked for
    paid: Decimal  # what head office approved
    deducted: Decimal  # claimed − paid

    @property
    def decided(self) -> int:
        return self.approved + self.partial + self.rejected

    @property
    def count_rate(self) -> Decimal | None:
        """Share of claims approved in full."""
        return share(self.approved, self.decided)

    @property
    def amount_rate(self) -> Decimal | None:
        """Share of the money claimed that was approved."""
        return share(self.paid, self.claimed)


@dataclass(frozen=True)
class ReasonDeductions:
    reason_code: str
    reason_text: str
    claims: int  # settlement lines with money cut for this reason
    rejected: int  # of which rejected outright
    claimed: Decimal
    deducted: Decimal

    @property
    def partial(self) -> int:
        return self.claims - self.rejected


def _in_period(period: Period) -> list[Any]:
    return [Settlement.notice_date >= period.start, Settlement.notice_date <= period.end]


def outcome_statement(period: Period) -> Select[Any]:
    """Counts and sums per settlement notice, each with its month: the lines come grouped by notice
    through the settlement index, so nothing is sorted; the few notices fold into months."""
    return (select(month_key(Settlement.notice_date).label("month"),
                   func.sum(case((_L.deducted_amount == _NOTHING, 1), else_=0)),
                   func.sum(case((and_(_L.deducted_amount > _NOTHING, _L.approved_amount == _NOTHING), 1), else_=0)),
                   func.count(), func.sum(_L.claimed_amount), func.sum(_L.approved_amount),
                   func.sum(_L.deducted_amount))
            .select_from(Settlement).join(_L, _L.settlement_id == Settlement.id)
            .where(*_in_period(period)).group_by(Settlement.id))


def outcomes_by_month(s: Session, period: Period) -> tuple[MonthOutcomes, ...]:
    """Every month of the period, months without a notice as zeros."""
    counts: dict[dt.date, list[int]] = defaultdict(lambda: [0, 0, 0])
    sums: dict[dt.date, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO])
    for month, approved, rejected, lines, claimed, paid, deducted in s.execute(outcome_statement(period)):
        first = month_start(month)
        tally = counts[first]
        tally[0] += int(approved or 0)
        tally[2] += int(rejected or 0)
        tally[1] += int(lines) - int(approved or 0) - int(rejected or 0)
        sums[first] = [total + (value if value is not None else ZERO)
                       for total, value in zip(sums[first], (claimed, paid, deducted), strict=True)]
    return tuple(MonthOutcomes(month, *counts[month], *sums[month]) for month in period.months())


def reason_statement(period: Period) -> Select[Any]:
    deducted = func.sum(_L.deducted_amount)
    return (select(_L.reason_code, func.max(_L.reason_text), func.count(),
                   func.sum(case((_L.approved_amount == _NOTHING, 1), else_=0)), func.sum(_L.claimed_amount), deducted)
            .select_from(_L).join(Settlement, Settlement.id == _L.settlement_id)
            .where(*_in_period(period), _L.deducted_amount > _NOTHING)
            .group_by(_L.reason_code).order_by(deducted.desc(), _L.reason_code))


def deductions_by_reason(s: Session, period: Period) -> tuple[ReasonDeductions, ...]:
    """Money cut or refused, by head office's reason code, the largest amount first. Several wordings of
    one code show under one of them."""
    return tuple(ReasonDeductions(code or "", reason or "", int(lines), int(rejected or 0),
                                  claimed if claimed is not None else ZERO, cut if cut is not None else ZERO)
                 for code, reason, lines, rejected, claimed, cut in s.execute(reason_statement(period)))
