"""A past plan beside what its season really used: each part planned or used, the quantity planned and the
quantity used (repairs, paid service, counter sales inside the season's window), paged and sorted in SQL.
A season still under way is counted up to today."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, func, literal, or_, select, type_coerce, union
from sqlalchemy.orm import Session

from app.db.models import Part, ReservePlan, ReservePlanLine, StockMovement
from app.db.types import Quantity
from app.domain.errors import ValidationError
from app.domain.normalize import clean_code
from app.domain.reserve import season_window
from app.domain.stock import part_class
from app.services.database import Database
from app.services.paging import Page, PageRequest, count_of, like_pattern
from app.services.plans.forecast import CONSUMPTION, PART_OF_MOVEMENT
from app.services.plans.listing import summary_of
from app.services.plans.seasons import find_season
from app.services.plans.views import CompareRow, Comparison

ZERO = Decimal(0)
SORTS = ("part_no", "forecast", "ordered", "planned", "actual", "difference")


def _plan_id(s: Session, season_id: int, year: int) -> int | None:
    return s.scalar(select(ReservePlan.id).where(ReservePlan.season_id == season_id,
                                                 ReservePlan.season_year == year)
                    .order_by(ReservePlan.revision.desc()).limit(1))


def _query(plan_id: int | None, start: dt.date, through: dt.date) -> Select[Any]:
    used = (select(PART_OF_MOVEMENT, (-func.sum(StockMovement.quantity)).label("qty"))
            .where(StockMovement.kind.in_(CONSUMPTION), StockMovement.moved_on >= start,
                   StockMovement.moved_on < through)
            .group_by(PART_OF_MOVEMENT).subquery())
    line = ReservePlanLine
    planned = (select(line.part_id.label("part_id"), line.forecast_qty.label("forecast"),
                      line.chosen_qty.label("ordered"),
                      # the sum of three scaled columns is still a scaled quantity, not a bare integer
                      type_coerce(line.on_hand_qty + line.on_order_qty + line.chosen_qty, Quantity()).label("stock"))
               .where(line.plan_id == (plan_id if plan_id is not None else -1)).subquery())
    parts = union(select(used.c.part_id).where(used.c.qty != 0), select(planned.c.part_id)).subquery()

    def zero_if_none(column: Any) -> Any:
        return func.coalesce(column, literal(ZERO, line.chosen_qty.type))

    return (select(Part.id, Part.part_no, Part.name, Part.is_warranty_part, Part.is_wear_part,
                   zero_if_none(planned.c.forecast).label("forecast"), zero_if_none(planned.c.ordered).label("ordered"),
                   zero_if_none(planned.c.stock).label("planned"), zero_if_none(used.c.qty).label("actual"),
                   case((planned.c.part_id.is_not(None), True), else_=False).label("in_plan"))
            .select_from(parts)
            .join(Part, Part.id == parts.c.part_id)
            .outerjoin(planned, planned.c.part_id == parts.c.part_id)
            .outerjoin(used, used.c.part_id == parts.c.part_id))


def compare_lines(db: Database, season: str | int, year: int, today: dt.date,
                  request: PageRequest) -> Page[CompareRow]:
    """Parts of the plan for the season starting in `year`, and parts the season used, side by side: what the
    plan forecast, ordered and so gave the season in stock (on hand and on order when planned, and the order),
    and what was used. Sorts: part_no, forecast, ordered, planned, actual, difference (default: the biggest
    shortfall first). Filters: "short" (used more
    than planned). Text finds part numbers and names."""
    if request.sort and request.sort not in SORTS:
        raise ValidationError(f"the comparison cannot be sorted by {request.sort}")
    with db.translated_errors(), db.sessions() as s:
        found = find_season(s, season)
        start, end = season_window(found.start_month, found.start_day, found.length_days, year)
        query = _query(_plan_id(s, found.id, year), start, min(end, today))
        inner = query.subquery()
        outer = select(inner)
        if request.filters.get("short"):
            outer = outer.where(inner.c.actual > inner.c.planned)
        text = request.text.strip()
        if text:
            outer = outer.where(or_(inner.c.part_no.ilike(like_pattern(clean_code(text)), escape="\\"),
                                    inner.c.name.ilike(like_pattern(text), escape="\\")))
        difference = inner.c.actual - inner.c.planned
        keys = {"part_no": (inner.c.part_no,), "forecast": (inner.c.forecast, inner.c.part_no),
                "ordered": (inner.c.ordered, inner.c.part_no), "planned": (inner.c.planned, inner.c.part_no),
                "actual": (inner.c.actual, inner.c.part_no), "difference": (difference, inner.c.part_no)}
        if request.sort:
            order = keys[request.sort]
            outer = outer.order_by(*(k.desc() if request.descending else k.asc() for k in order))
        else:
            outer = outer.order_by(difference.desc(), inner.c.part_no)
        total = count_of(s, outer)
        rows = s.execute(outer.offset(request.offset).limit(request.limit)).all()
    return Page([CompareRow(r.id, r.part_no, r.name, part_class(r.is_warranty_part, r.is_wear_part), r.forecast,
                            r.ordered, r.planned, r.actual, bool(r.in_plan)) for r in rows], total)


def comparison(db: Database, season: str | int, year: int, today: dt.date) -> Comparison:
    """The totals of the plan for the season starting in `year` beside what it used."""
    with db.translated_errors(), db.sessions() as s:
        found = find_season(s, season)
        start, end = season_window(found.start_month, found.start_day, found.length_days, year)
        through = min(end, today)
        plan_id = _plan_id(s, found.id, year)
        inner = _query(plan_id, start, through).subquery()
        row = s.execute(select(
            func.count().filter(inner.c.in_plan.is_(True)), func.count().filter(inner.c.actual > 0),
            func.count().filter(inner.c.actual > 0, inner.c.actual <= inner.c.planned),
            func.sum(inner.c.forecast), func.sum(inner.c.planned), func.sum(inner.c.actual))).one()
        plan = summary_of(s, plan_id) if plan_id is not None else None
    return Comparison(plan, start, end, through, int(row[0] or 0), int(row[1] or 0), int(row[2] or 0),
                      Decimal(row[3] or 0), Decimal(row[4] or 0), Decimal(row[5] or 0))
