"""A reserve plan's life: made from the forecast, its lines edited, approved by the service manager,
submitted to the manufacturer. Editing an approved or submitted plan starts its next revision, which
needs approving (and submitting) again; the audit trail keeps what the earlier revision said."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app.db.models import Part, ReservePlan, ReservePlanLine
from app.domain.actors import Actor
from app.domain.enums import PlanStatus
from app.domain.errors import TransitionRefused, ValidationError
from app.domain.money import line_amount, to_money
from app.domain.normalize import clean_text
from app.domain.reserve import encode_reason, next_season_year, plan_due_date
from app.domain.stock import checked_quantity, require_whole_packs
from app.services.audit_trail import write_audit
from app.services.business_time import BUSINESS_TZ
from app.services.database import Database
from app.services.numbers import next_number
from app.services.plans.forecast import forecast_season
from app.services.plans.listing import find_plan, line_of, summary_of
from app.services.plans.method import Method
from app.services.plans.seasons import find_season
from app.services.plans.views import PlanChange, PlanSummary

NOTE_LIMIT = 500


def create_plan(db: Database, actor: Actor, season: str | int, year: int | None, today: dt.date,
                method: Method | None = None) -> PlanSummary:
    """Forecast every part for the season starting in `year` (default: the next start after `today`) and save
    a draft plan of the parts the season may need. One plan per season and year: a second is refused."""
    with db.translated_errors(), db.sessions.begin() as s:
        found = find_season(s, season)
        if year is None:
            year = next_season_year(found.start_month, found.start_day, today)
        if not 2000 <= year <= 2100:
            raise ValidationError(f"{year} is not a year a plan can be made for")
        existing = s.scalar(select(ReservePlan).where(ReservePlan.season_id == found.id,
                                                      ReservePlan.season_year == year).limit(1))
        if existing is not None:
            raise ValidationError(f"there is already a reserve plan for {year} {found.name}: {existing.plan_no} "
                                  f"({existing.status.value}); open and edit it instead")
        forecast = forecast_season(s, found, year, today, method)
        lines = [p for p in forecast.parts if p.quantities.worth_a_line]
        if not lines:
            raise ValidationError(f"nothing is expected to be used in {year} {found.name}: no machines in the "
                                  "field and no consumption in past seasons, so there is nothing to plan")
        plan = ReservePlan(plan_no=next_number(s, "plan", today.year), season_id=found.id, season_year=year,
                           revision=1, status=PlanStatus.DRAFT, due_date=plan_due_date(forecast.start),
                           total_amount=Decimal(0), note="")
        s.add(plan)
        s.flush()
        rows = []
        total = Decimal(0)
        for p in lines:
            q = p.quantities
            amount = line_amount(q.suggested, p.unit_price)
            total += amount
            rows.append({"plan_id": plan.id, "part_id": p.part_id, "part_class": p.part_class,
                         "forecast_qty": q.forecast, "suggested_qty": q.suggested, "chosen_qty": q.suggested,
                         "unit_price": p.unit_price, "amount": amount, "reason": encode_reason(q.reason),
                         "note": "", "on_hand_qty": q.reason.on_hand, "on_order_qty": q.reason.on_order})
        s.execute(insert(ReservePlanLine), rows)
        plan.total_amount = total
        write_audit(s, actor, "reserve_plan", plan.id, "create", "", None,
                    f"{plan.plan_no} {year} {found.name}: {len(rows)} lines")
        s.flush()
        return summary_of(s, plan.id)


def update_line(db: Database, actor: Actor, line_id: int, *, chosen_qty: Decimal | str | int | None = None,
                unit_price: Decimal | str | None = None, note: str | None = None) -> PlanChange:
    """Change a line's chosen quantity (whole packs), price or note; the amounts and total follow."""
    with db.translated_errors(), db.sessions.begin() as s:
        line = s.get(ReservePlanLine, line_id)
        if line is None:
            raise ValidationError("the plan line was deleted on another workstation")
        part = s.get(Part, line.part_id)
        assert part is not None
        changes: dict[str, object] = {}
        if chosen_qty is not None:
            qty = checked_quantity(chosen_qty, what=f"the quantity of {part.part_no}", allow_zero=True)
            require_whole_packs(part.part_no, qty, part.pack_size)
            changes["chosen_qty"] = qty
        if unit_price is not None:
            price = _price(unit_price, part.part_no)
            changes["unit_price"] = price
        if note is not None:
            text = clean_text(note)
            if len(text) > NOTE_LIMIT:
                raise ValidationError(f"the note is longer than {NOTE_LIMIT} characters")
            changes["note"] = text
        changes = {k: v for k, v in changes.items() if getattr(line, k) != v}
        if not changes:
            return PlanChange(summary_of(s, line.plan_id), line_of(s, line.id), False)
        plan = find_plan(s, line.plan_id, lock=True)
        new_revision = _reopen(s, actor, plan)
        for key, value in changes.items():
            write_audit(s, actor, "reserve_plan_line", line.id, "update", f"{part.part_no} {key}",
                        getattr(line, key), value)
            setattr(line, key, value)
        line.amount = line_amount(line.chosen_qty, line.unit_price)
        s.flush()
        plan.total_amount = s.scalar(select(func.coalesce(func.sum(ReservePlanLine.amount), 0))
                                     .where(ReservePlanLine.plan_id == plan.id)) or Decimal(0)
        s.flush()
        return PlanChange(summary_of(s, plan.id), line_of(s, line.id), new_revision)


def accept_suggestions(db: Database, actor: Actor, plan_id: int) -> PlanChange:
    """Set every line's chosen quantity back to the suggested one."""
    with db.translated_errors(), db.sessions.begin() as s:
        plan = find_plan(s, plan_id, lock=True)
        changed = s.scalar(select(func.count()).where(ReservePlanLine.plan_id == plan.id,
                                                      ReservePlanLine.chosen_qty != ReservePlanLine.suggested_qty))
        if not changed:
            return PlanChange(summary_of(s, plan.id), None, False)
        new_revision = _reopen(s, actor, plan)
        s.execute(update(ReservePlanLine).where(ReservePlanLine.plan_id == plan.id)
                  .values(chosen_qty=ReservePlanLine.suggested_qty))
        _recompute_amounts(s, plan)
        write_audit(s, actor, "reserve_plan", plan.id, "update", "chosen_qty", f"{changed} lines changed",
                    "suggested")
        return PlanChange(summary_of(s, plan.id), None, new_revision)


def _recompute_amounts(s: Session, plan: ReservePlan) -> None:
    total = Decimal(0)
    for line in s.scalars(select(ReservePlanLine).where(ReservePlanLine.plan_id == plan.id)):
        line.amount = line_amount(line.chosen_qty, line.unit_price)
        total += line.amount
    plan.total_amount = total
    s.flush()


def set_note(db: Database, actor: Actor, plan_id: int, note: str) -> PlanSummary:
    text = (note or "").strip()
    if len(text) > 4000:
        raise ValidationError("the plan's note is longer than 4000 characters")
    with db.translated_errors(), db.sessions.begin() as s:
        plan = find_plan(s, plan_id, lock=True)
        if plan.note != text:
            write_audit(s, actor, "reserve_plan", plan.id, "update", "note", plan.note, text)
            plan.note = text
        s.flush()
        return summary_of(s, plan.id)


def _reopen(s: Session, actor: Actor, plan: ReservePlan) -> bool:
    """An approved or submitted plan that changes becomes the next revision's draft."""
    if plan.status == PlanStatus.DRAFT:
        return False
    write_audit(s, actor, "reserve_plan", plan.id, "transition", "status", plan.status.value,
                f"{PlanStatus.DRAFT.value} (revision {plan.revision + 1})")
    plan.revision += 1
    plan.status = PlanStatus.DRAFT
    plan.approved_by_id = None
    plan.approved_at = None
    plan.submitted_on = None
    return True


def approve_plan(db: Database, actor: Actor, plan_id: int, *, now: dt.datetime | None = None) -> PlanSummary:
    """The service manager approves the plan as it stands."""
    actor.require_manager("approving a reserve plan")
    with db.translated_errors(), db.sessions.begin() as s:
        plan = find_plan(s, plan_id, lock=True)
        if plan.status != PlanStatus.DRAFT:
            raise TransitionRefused(f"plan {plan.plan_no} is already {plan.status.value}; edit it to start a new "
                                    "revision")
        if not s.scalar(select(func.count()).where(ReservePlanLine.plan_id == plan.id)):
            raise TransitionRefused(f"plan {plan.plan_no} has no lines to approve")
        plan.status = PlanStatus.APPROVED
        plan.approved_by_id = actor.user_id
        plan.approved_at = now or dt.datetime.now(dt.UTC)
        write_audit(s, actor, "reserve_plan", plan.id, "transition", "status", PlanStatus.DRAFT.value,
                    PlanStatus.APPROVED.value)
        s.flush()
        return summary_of(s, plan.id)


def record_submission(db: Database, actor: Actor, plan_id: int, submitted_on: dt.date,
                      today: dt.date) -> PlanSummary:
    """The approved plan went to the manufacturer on `submitted_on` (not before its approval, not in the future)."""
    with db.translated_errors(), db.sessions.begin() as s:
        plan = find_plan(s, plan_id, lock=True)
        if plan.status == PlanStatus.DRAFT:
            raise TransitionRefused(f"plan {plan.plan_no} must be approved by the service manager before it is "
                                    "submitted")
        if submitted_on > today:
            raise ValidationError(f"the submission date {submitted_on} is in the future")
        approved = plan.approved_at.astimezone(BUSINESS_TZ).date() if plan.approved_at else None
        if approved is not None and submitted_on < approved:
            raise ValidationError(f"the submission date {submitted_on} is before the approval ({approved})")
        old = plan.status.value if plan.submitted_on is None else f"{plan.status.value} {plan.submitted_on}"
        plan.status = PlanStatus.SUBMITTED
        plan.submitted_on = submitted_on
        write_audit(s, actor, "reserve_plan", plan.id, "transition", "status", old,
                    f"{PlanStatus.SUBMITTED.value} {submitted_on}")
        s.flush()
        return summary_of(s, plan.id)


def delete_plan(db: Database, actor: Actor, plan_id: int) -> None:
    """A draft never approved may be thrown away (to make it again from a fresh forecast)."""
    with db.translated_errors(), db.sessions.begin() as s:
        plan = find_plan(s, plan_id, lock=True)
        if plan.status != PlanStatus.DRAFT or plan.revision > 1:
            raise TransitionRefused(f"plan {plan.plan_no} was approved once; it is kept")
        write_audit(s, actor, "reserve_plan", plan.id, "delete", "", plan.plan_no, None)
        s.delete(plan)


def _price(value: Decimal | str, part_no: str) -> Decimal:
    try:
        price = to_money(value if isinstance(value, Decimal) else str(value).strip().replace(",", ""))
    except ValueError:
        raise ValidationError(f"the price of {part_no} is not an amount: {value}") from None
    if price < 0:
        raise ValidationError(f"the price of {part_no} must not be negative")
    return price
