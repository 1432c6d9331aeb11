"""Reading plans: the paged list of plans, one plan, and its lines paged and sorted in SQL."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import Part, ReservePlan, ReservePlanLine, Season, User
from app.domain.enums import PartClass, PlanStatus
from app.domain.errors import ValidationError, WarrantyDeskError
from app.domain.normalize import clean_code
from app.domain.reserve import season_start
from app.services.database import Database
from app.services.paging import Page, PageRequest, count_of, like_pattern
from app.services.plans.views import PlanLineRow, PlanSummary


class PlanNotFound(WarrantyDeskError):
    """No reserve plan has the number asked for."""


_LINE_COUNT = (select(func.count()).where(ReservePlanLine.plan_id == ReservePlan.id)
               .correlate(ReservePlan).scalar_subquery())
PLAN_SORTS: dict[str, tuple[Any, ...]] = {
    "plan_no": (ReservePlan.plan_no,),
    "season": (Season.start_month, Season.start_day, ReservePlan.season_year),
    "year": (ReservePlan.season_year, Season.start_month, Season.start_day),
    "status": (ReservePlan.status,),
    "due_date": (ReservePlan.due_date,),
    "submitted_on": (ReservePlan.submitted_on,),
    "total_amount": (ReservePlan.total_amount,),
    "line_count": (_LINE_COUNT,),
}
# Warranty parts (三包件) first, then wear parts (易损件), then the rest: the order the form prints them in.
_CLASS_ORDER = case((ReservePlanLine.part_class == PartClass.WARRANTY, 0),
                    (ReservePlanLine.part_class == PartClass.WEAR, 1), else_=2)
LINE_SORTS: dict[str, tuple[Any, ...]] = {
    "part_no": (Part.part_no,),
    "part_name": (Part.name, Part.part_no),
    "class": (_CLASS_ORDER, Part.part_no),
    "forecast": (ReservePlanLine.forecast_qty,),
    "suggested": (ReservePlanLine.suggested_qty,),
    "chosen": (ReservePlanLine.chosen_qty,),
    "unit_price": (ReservePlanLine.unit_price,),
    "amount": (ReservePlanLine.amount,),
}


def find_plan(s: Session, plan_no_or_id: str | int, *, lock: bool = False) -> ReservePlan:
    query = select(ReservePlan)
    if isinstance(plan_no_or_id, int):
        query = query.where(ReservePlan.id == plan_no_or_id)
    else:
        code = clean_code(plan_no_or_id)
        if not code:
            raise ValidationError("give a reserve plan number")
        query = query.where(ReservePlan.plan_no == code)
    if lock:
        query = query.with_for_update()
    plan = s.scalar(query)
    if plan is None:
        raise PlanNotFound(f"no reserve plan numbered {plan_no_or_id}")
    return plan


def _summaries() -> Select[Any]:
    return (select(ReservePlan, Season.code, Season.name, Season.start_month, Season.start_day,
                   User.display_name, _LINE_COUNT)
            .join(Season, Season.id == ReservePlan.season_id)
            .outerjoin(User, User.id == ReservePlan.approved_by_id))


def _summary(row: Any) -> PlanSummary:
    plan, code, name, month, day, approver, lines = row
    return PlanSummary(
        id=plan.id, plan_no=plan.plan_no, revision=plan.revision, season_id=plan.season_id, season_code=code,
        season_name=name, season_year=plan.season_year, season_start=season_start(month, day, plan.season_year),
        status=plan.status, due_date=plan.due_date, approved_by=approver or "", approved_at=plan.approved_at,
        submitted_on=plan.submitted_on, total_amount=plan.total_amount, line_count=int(lines or 0),
        note=plan.note, created_at=plan.created_at)


def summary_of(s: Session, plan_id: int) -> PlanSummary:
    row = s.execute(_summaries().where(ReservePlan.id == plan_id)).one_or_none()
    if row is None:
        raise PlanNotFound("the reserve plan was deleted on another workstation")
    return _summary(row)


def get_plan(db: Database, plan_no_or_id: str | int) -> PlanSummary:
    with db.translated_errors(), db.sessions() as s:
        return summary_of(s, find_plan(s, plan_no_or_id).id)


def plan_for_season(db: Database, season_id: int, year: int) -> PlanSummary | None:
    """The plan made for a season and year, if any."""
    with db.translated_errors(), db.sessions() as s:
        row = s.execute(_summaries().where(ReservePlan.season_id == season_id, ReservePlan.season_year == year)
                        .order_by(ReservePlan.revision.desc()).limit(1)).one_or_none()
        return _summary(row) if row is not None else None


def list_plans(db: Database, request: PageRequest) -> Page[PlanSummary]:
    """Plans, the latest season first unless sorted otherwise. Filters: "status" (a PlanStatus value),
    "season_id", "year". Text finds plan numbers and season codes or names."""
    query = _summaries()
    filters = request.filters
    if filters.get("status"):
        try:
            query = query.where(ReservePlan.status == PlanStatus(filters["status"]))
        except ValueError:
            raise ValidationError(f"unknown plan status {filters['status']}") from None
    if filters.get("season_id"):
        query = query.where(ReservePlan.season_id == int(filters["season_id"]))
    if filters.get("year"):
        query = query.where(ReservePlan.season_year == int(filters["year"]))
    text = request.text.strip()
    if text:
        pattern = like_pattern(text)
        query = query.where(or_(ReservePlan.plan_no.ilike(like_pattern(clean_code(text)), escape="\\"),
                                Season.code.ilike(like_pattern(clean_code(text)), escape="\\"),
                                Season.name.ilike(pattern, escape="\\")))
    keys = PLAN_SORTS.get(request.sort or "")
    if request.sort and keys is None:
        raise ValidationError(f"plans cannot be sorted by {request.sort}")
    descending = request.descending if request.sort else True
    order = [*(keys or (ReservePlan.season_year, Season.start_month, Season.start_day)), ReservePlan.id]
    query = query.order_by(*(k.desc() if descending else k.asc() for k in order))
    with db.translated_errors(), db.sessions() as s:
        total = count_of(s, query)
        rows = s.execute(query.offset(request.offset).limit(request.limit)).all()
        return Page([_summary(row) for row in rows], total)


def _lines() -> Select[Any]:
    return (select(ReservePlanLine.id, ReservePlanLine.plan_id, Part.id, Part.part_no, Part.name, Part.unit,
                   ReservePlanLine.part_class, Part.pack_size, ReservePlanLine.forecast_qty,
                   ReservePlanLine.suggested_qty, ReservePlanLine.chosen_qty, ReservePlanLine.unit_price,
                   ReservePlanLine.amount, ReservePlanLine.reason, ReservePlanLine.note, ReservePlanLine.on_hand_qty,
                   ReservePlanLine.on_order_qty)
            .join(Part, Part.id == ReservePlanLine.part_id))


def line_of(s: Session, line_id: int) -> PlanLineRow:
    row = s.execute(_lines().where(ReservePlanLine.id == line_id)).one_or_none()
    if row is None:
        raise PlanNotFound("the plan line was deleted on another workstation")
    return PlanLineRow(*row)


def plan_lines(db: Database, plan_id: int, request: PageRequest) -> Page[PlanLineRow]:
    """A plan's lines, warranty parts first then by part number unless sorted otherwise.
    Filters: "class" (a PartClass value), "changed" (chosen differs from suggested), "ordered" (chosen > 0).
    Text finds part numbers and names."""
    query = _lines().where(ReservePlanLine.plan_id == plan_id)
    filters = request.filters
    if filters.get("class"):
        try:
            query = query.where(ReservePlanLine.part_class == PartClass(filters["class"]))
        except ValueError:
            raise ValidationError(f"unknown part class {filters['class']}") from None
    if filters.get("changed"):
        query = query.where(ReservePlanLine.chosen_qty != ReservePlanLine.suggested_qty)
    if filters.get("ordered"):
        query = query.where(ReservePlanLine.chosen_qty > 0)
    text = request.text.strip()
    if text:
        query = query.where(or_(Part.part_no.ilike(like_pattern(clean_code(text)), escape="\\"),
                                Part.name.ilike(like_pattern(text), escape="\\")))
    keys = LINE_SORTS.get(request.sort or "class")
    if keys is None:
        raise ValidationError(f"plan lines cannot be sorted by {request.sort}")
    query = query.order_by(*(k.desc() if request.descending else k.asc() for k in (*keys, ReservePlanLine.id)))
    with db.translated_errors(), db.sessions() as s:
        total = count_of(s, query)
        rows = s.execute(query.offset(request.offset).limit(request.limit)).all()
        return Page([PlanLineRow(*row) for row in rows], total)
