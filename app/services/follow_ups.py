"""Follow-up calls (回访) after every closed repair, and the regular visits key customers get.

A call is due FOLLOW_UP_AFTER_DAYS after the repair was closed; whoever makes it records the
customer's satisfaction (1–5) and remarks. Key customers get a visit every KEY_CUSTOMER_VISIT_MONTHS
months: recording one schedules the next, and schedule_key_customer_visits fills in any key customer
without a visit pending.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import Customer, FollowUp, ServiceLogEntry, Unit, WarrantyClaim
from app.domain.actors import Actor
from app.domain.coverage import add_months
from app.domain.errors import ValidationError
from app.domain.normalize import clean_code, clean_text
from app.services import shared_settings
from app.services.audit_trail import write_audit
from app.services.business_time import business_date, utc_now
from app.services.database import Database
from app.services.paging import Page, PageRequest, count_of, like_pattern

CALL = "call"
VISIT = "visit"
ENTITY = "follow_ups"
SATISFACTION = range(1, 6)


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    kind: str  # call | visit
    due_date: dt.date
    customer_id: int
    customer_name: str
    customer_phone: str
    unit_id: int | None
    serial_no: str
    service_entry_id: int | None
    entry_no: str
    claim_id: int | None
    claim_no: str
    done_at: dt.datetime | None
    done_by: str
    satisfaction: int | None
    remarks: str

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    def days_overdue(self, today: dt.date) -> int:
        """Days past due (0 when due today or later, or done)."""
        return 0 if self.is_done else max((today - self.due_date).days, 0)


def schedule_call(s: Session, actor: Actor, *, customer_id: int, unit_id: int | None, closed_on: dt.date,
                  after_days: int, service_entry_id: int | None = None, claim_id: int | None = None,
                  now: dt.datetime | None = None) -> int:
    """Schedule the call after a closed repair, inside the closing transaction; one call per repair."""
    if service_entry_id is None and claim_id is None:
        raise ValueError("a follow-up call follows a service entry or a claim")
    same_repair = FollowUp.service_entry_id == service_entry_id if service_entry_id is not None \
        else FollowUp.claim_id == claim_id
    existing = s.scalar(select(FollowUp.id).where(FollowUp.kind == CALL, same_repair).limit(1))
    if existing is not None:
        return int(existing)
    row = FollowUp(customer_id=customer_id, unit_id=unit_id, service_entry_id=service_entry_id, claim_id=claim_id,
                   kind=CALL, due_date=closed_on + dt.timedelta(days=after_days))
    s.add(row)
    s.flush()
    write_audit(s, actor, ENTITY, row.id, "create", "due_date", None, row.due_date, at=now)
    return row.id


def schedule_after_claim(db: Database, actor: Actor, claim_id: int, *, repaired_on: dt.date,
                         now: dt.datetime | None = None) -> int:
    """For the claims section: a claim whose repair is finished gets its follow-up call too (once)."""
    after_days = shared_settings.get(db, shared_settings.FOLLOW_UP_AFTER_DAYS)
    with db.translated_errors(), db.sessions.begin() as s:
        claim = s.get(WarrantyClaim, claim_id)
        if claim is None:
            raise ValidationError(f"claim {claim_id} does not exist")
        if claim.service_entry_id is not None:
            # The entry the claim came from schedules the call when it closes: one call per repair.
            existing = s.scalar(select(FollowUp.id).where(FollowUp.kind == CALL,
                                                          FollowUp.service_entry_id == claim.service_entry_id))
            if existing is not None:
                return int(existing)
        return schedule_call(s, actor, customer_id=claim.customer_id, unit_id=claim.unit_id, claim_id=claim.id,
                             closed_on=repaired_on, after_days=after_days, now=now)


def record_follow_up(db: Database, actor: Actor, follow_up_id: int, *, satisfaction: int, remarks: str = "",
                     done_at: dt.datetime | None = None, now: dt.datetime | None = None) -> FollowUpRow:
    """Record a call or visit made: by the actor, with the customer's satisfaction 1 (poor) to 5 (very good)."""
    now = now or utc_now()
    done = done_at or now
    if done.tzinfo is None or done.utcoffset() is None:
        raise ValidationError("the follow-up time needs a time zone")
    if isinstance(satisfaction, bool) or not isinstance(satisfaction, int) or satisfaction not in SATISFACTION:
        raise ValidationError(f"customer satisfaction is a mark from 1 to 5, not {satisfaction!r}")
    months = shared_settings.get(db, shared_settings.KEY_CUSTOMER_VISIT_MONTHS)
    with db.translated_errors(), db.sessions.begin() as s:
        row = s.get(FollowUp, follow_up_id)
        if row is None:
            raise ValidationError(f"follow-up {follow_up_id} does not exist")
        if row.done_at is not None:
            raise ValidationError(f"this follow-up was already recorded by {row.done_by or '—'} "
                                  f"on {business_date(row.done_at):%Y-%m-%d}")
        changes = {"done_at": done.astimezone(dt.UTC), "done_by": actor.name, "satisfaction": satisfaction,
                   "remarks": remarks.strip()}
        for field, value in changes.items():
            write_audit(s, actor, ENTITY, row.id, "update", field, getattr(row, field), value, at=now)
            setattr(row, field, value)
        if row.kind == VISIT and s.scalar(select(Customer.key_customer).where(Customer.id == row.customer_id)):
            s.flush()
            _add_visit(s, actor, row.customer_id, add_months(business_date(done), months), now)
        s.flush()
        return _rows(s, select(*_COLUMNS).select_from(_JOINED).where(FollowUp.id == row.id))[0]


def schedule_key_customer_visits(db: Database, actor: Actor, today: dt.date, *,
                                 now: dt.datetime | None = None) -> int:
    """Give every key customer without a pending visit their next one; returns how many were scheduled.

    The next visit is due a visit period after the last one made (or after the customer's first
    purchase), and never before today. Running it again schedules nothing new.
    """
    months = shared_settings.get(db, shared_settings.KEY_CUSTOMER_VISIT_MONTHS)
    pending = select(FollowUp.customer_id).where(FollowUp.kind == VISIT, FollowUp.done_at.is_(None))
    with db.translated_errors(), db.sessions.begin() as s:
        due_ids = list(s.scalars(select(Customer.id).where(Customer.key_customer.is_(True),
                                                           Customer.id.not_in(pending)).order_by(Customer.id)))
        if not due_ids:
            return 0
        wanted = select(Customer.id).where(Customer.key_customer.is_(True), Customer.id.not_in(pending))
        last_visit = dict(s.execute(
            select(FollowUp.customer_id, func.max(FollowUp.done_at))
            .where(FollowUp.kind == VISIT, FollowUp.done_at.is_not(None), FollowUp.customer_id.in_(wanted))
            .group_by(FollowUp.customer_id)).tuples().all())
        first_sale = dict(s.execute(
            select(Unit.customer_id, func.min(Unit.sale_date)).where(Unit.customer_id.in_(wanted))
            .group_by(Unit.customer_id)).tuples().all())
        for customer_id in due_ids:
            visited = last_visit.get(customer_id)
            base = business_date(_aware(visited)) if visited is not None else first_sale.get(customer_id)
            due = max(today, add_months(base, months)) if base is not None else today
            _add_visit(s, actor, customer_id, due, now)
        return len(due_ids)


def _aware(moment: dt.datetime) -> dt.datetime:
    # func.max over the column comes back as the driver gives it (naive UTC on SQLite).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _add_visit(s: Session, actor: Actor, customer_id: int, due: dt.date, now: dt.datetime | None) -> None:
    row = FollowUp(customer_id=customer_id, kind=VISIT, due_date=due)
    s.add(row)
    s.flush()
    write_audit(s, actor, ENTITY, row.id, "create", "due_date", None, due, at=now)


# --- lists ------------------------------------------------------------------------------------------

_COLUMNS = (FollowUp.id, FollowUp.kind, FollowUp.due_date, FollowUp.customer_id, Customer.name, Customer.phone,
            FollowUp.unit_id, Unit.serial_no, FollowUp.service_entry_id, ServiceLogEntry.entry_no, FollowUp.claim_id,
            WarrantyClaim.claim_no, FollowUp.done_at, FollowUp.done_by, FollowUp.satisfaction, FollowUp.remarks)
_JOINED = (FollowUp.__table__.join(Customer, FollowUp.customer_id == Customer.id)
           .outerjoin(Unit, FollowUp.unit_id == Unit.id)
           .outerjoin(ServiceLogEntry, FollowUp.service_entry_id == ServiceLogEntry.id)
           .outerjoin(WarrantyClaim, FollowUp.claim_id == WarrantyClaim.id))
SORTS = {"due": FollowUp.due_date, "customer": Customer.name, "kind": FollowUp.kind, "done": FollowUp.done_at,
         "satisfaction": FollowUp.satisfaction}
STATES = ("due", "pending", "done", "all")


def due_condition(today: dt.date):  # type: ignore[no-untyped-def] - a SQL expression
    """Follow-ups due today or earlier and not made yet: what the Dashboard counts."""
    return FollowUp.done_at.is_(None) & (FollowUp.due_date <= today)


def count_due(s: Session, today: dt.date, *terms: Any) -> int:
    """How many follow-ups are due (today or earlier, not made): all not made, less those due later.

    Most follow-ups ever scheduled are due by now and made, so "due_date <= today" on the due-date index
    visits nearly every row; "not made" is a quick scan of the table and "due later" a short index range.
    """
    pending = s.scalar(select(func.count()).select_from(FollowUp).where(FollowUp.done_at.is_(None), *terms)) or 0
    later = s.scalar(select(func.count()).select_from(FollowUp).where(
        FollowUp.due_date > today, FollowUp.done_at.is_(None), *terms)) or 0
    return int(pending) - int(later)


def list_follow_ups(db: Database, request: PageRequest, today: dt.date) -> Page[FollowUpRow]:
    """Filters: state (due [default] | pending | done | all), kind (call | visit); text: customer, phone,
    serial or entry number."""
    state = request.filters.get("state", "due")
    if state not in STATES:
        raise ValidationError(f"unknown follow-up state {state!r}")
    query = select(*_COLUMNS).select_from(_JOINED)
    kind_terms = [FollowUp.kind == request.filters["kind"]] if request.filters.get("kind") else []
    if state == "due":
        query = query.where(due_condition(today))
    elif state == "pending":
        query = query.where(FollowUp.done_at.is_(None))
    elif state == "done":
        query = query.where(FollowUp.done_at.is_not(None))
    query = query.where(*kind_terms)
    text = clean_text(request.text)
    if text:
        pattern, code = like_pattern(text), like_pattern(clean_code(text))
        query = query.where(or_(Customer.name.like(pattern, escape="\\"), Customer.phone.like(code, escape="\\"),
                                Unit.serial_no.like(code, escape="\\"),
                                ServiceLogEntry.entry_no.like(code, escape="\\")))
    key = SORTS.get(request.sort or "due", FollowUp.due_date)
    order = key.desc() if request.descending else key.asc()
    tie = FollowUp.id.desc() if request.descending else FollowUp.id.asc()
    with db.translated_errors(), db.sessions() as s:
        total = count_due(s, today, *kind_terms) if state == "due" and not text else count_of(s, query)
        rows = _rows(s, query.order_by(order, tie).offset(request.offset).limit(request.limit))
    return Page(rows, total)


def get_follow_up(db: Database, follow_up_id: int) -> FollowUpRow:
    with db.translated_errors(), db.sessions() as s:
        rows = _rows(s, select(*_COLUMNS).select_from(_JOINED).where(FollowUp.id == follow_up_id))
    if not rows:
        raise ValidationError(f"follow-up {follow_up_id} does not exist")
    return rows[0]


def _rows(s: Session, query: Select) -> list[FollowUpRow]:  # type: ignore[type-arg]
    return [FollowUpRow(id=r[0], kind=r[1], due_date=r[2], customer_id=r[3], customer_name=r[4] or "",
                        customer_phone=r[5] or "", unit_id=r[6], serial_no=r[7] or "", service_entry_id=r[8],
                        entry_no=r[9] or "", claim_id=r[10], claim_no=r[11] or "", done_at=r[12], done_by=r[13],
                        satisfaction=r[14], remarks=r[15]) for r in s.execute(query)]
