"""What was claimed: claims per month, their causal parts and the models they were on.

A claim counts once, in the month of its repair date: its current revision (older revisions are
REWORKED) and not cancelled. Drafts count too: the repair was done, the paperwork follows.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from app.db.models import ClaimPartLine, Part, ProductModel, Unit, WarrantyClaim
from app.domain.enums import ClaimStatus
from app.domain.money import ZERO
from app.services.reports.period import Period
from app.services.reports.sql import month_key, month_start

NOT_COUNTED = (ClaimStatus.CANCELLED, ClaimStatus.REWORKED)
_C = WarrantyClaim


@dataclass(frozen=True)
class MonthClaims:
    month: dt.date  # the first day of the month
    claims: int
    claimed: Decimal  # the claims' totals
    labour: Decimal
    parts: Decimal
    travel: Decimal
    other: Decimal


@dataclass(frozen=True)
class CausalPart:
    """A part marked as the cause of the failure (the claim's first causal part line)."""

    part_id: int
    part_no: str
    part_name: str
    claims: int
    claimed: Decimal  # the totals of those claims
    part_amount: Decimal  # what the causal part lines themselves cost


@dataclass(frozen=True)
class ModelClaims:
    model_id: int
    model_code: str
    model_name: str
    claims: int
    claimed: Decimal

    @property
    def average(self) -> Decimal:
        return (self.claimed / self.claims).quantize(Decimal("0.01")) if self.claims else ZERO


def counted_claims(period: Period) -> list[ColumnElement[bool]]:
    """The claims a report counts: repaired in the period, current revision, not cancelled."""
    return [_C.repair_date >= period.start, _C.repair_date <= period.end, _C.status.not_in(NOT_COUNTED)]


def _money(value: Any) -> Decimal:
    return value if value is not None else ZERO


def month_statement(period: Period) -> Select[Any]:
    """Sums per repair day, each with its month: grouped in the order of the repair-date index, so the
    database streams the rows instead of sorting them by month (a few hundred days fold into months)."""
    return (select(month_key(_C.repair_date).label("month"), func.count(), func.sum(_C.total_amount),
                   func.sum(_C.labour_amount), func.sum(_C.parts_amount), func.sum(_C.travel_amount),
                   func.sum(_C.other_amount))
            .where(*counted_claims(period)).group_by(_C.repair_date))


def claims_by_month(s: Session, period: Period) -> tuple[MonthClaims, ...]:
    """Every month of the period, those without claims included (as zeros)."""
    counts: dict[dt.date, int] = defaultdict(int)
    sums: dict[dt.date, list[Decimal]] = defaultdict(lambda: [ZERO] * 5)
    for key, claims, *amounts in s.execute(month_statement(period)):
        month = month_start(key)
        counts[month] += int(claims)
        sums[month] = [total + _money(amount) for total, amount in zip(sums[month], amounts, strict=True)]
    return tuple(MonthClaims(month, counts[month], *sums[month]) for month in period.months())


def causal_part_statement(period: Period) -> Select[Any]:
    line, earlier = ClaimPartLine, aliased(ClaimPartLine)
    # A claim with two lines marked causal counts once, under the first: each claim has one cause here.
    earlier_causal = exists().where(earlier.claim_id == line.claim_id, earlier.is_causal.is_(True),
                                    earlier.line_no < line.line_no)
    claims = func.count()
    return (select(Part.id, Part.part_no, Part.name, claims, func.sum(_C.total_amount), func.sum(line.amount))
            .select_from(_C)
            .join(line, and_(line.claim_id == _C.id, line.is_causal.is_(True)))
            .join(Part, Part.id == line.part_id)
            .where(*counted_claims(period), ~earlier_causal)
            .group_by(Part.id, Part.part_no, Part.name)
            .order_by(claims.desc(), func.sum(_C.total_amount).desc(), Part.part_no))


def causal_parts(s: Session, period: Period) -> tuple[CausalPart, ...]:
    """Parts by how many claims they caused, most first."""
    return tuple(CausalPart(r[0], r[1], r[2], int(r[3]), _money(r[4]), _money(r[5]))
                 for r in s.execute(causal_part_statement(period)))


def model_statement(period: Period) -> Select[Any]:
    claims = func.count()
    return (select(ProductModel.id, ProductModel.code, ProductModel.name, claims, func.sum(_C.total_amount))
            .select_from(_C)
            .join(Unit, Unit.id == _C.unit_id)
            .join(ProductModel, ProductModel.id == Unit.model_id)
            .where(*counted_claims(period))
            .group_by(ProductModel.id, ProductModel.code, ProductModel.name)
            .order_by(claims.desc(), func.sum(_C.total_amount).desc(), ProductModel.code))


def claims_by_model(s: Session, period: Period) -> tuple[ModelClaims, ...]:
    """Models by how many claims their units had, most first."""
    return tuple(ModelClaims(r[0], r[1], r[2], int(r[3]), _money(r[4])) for r in s.execute(model_statement(period)))
