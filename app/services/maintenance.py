"""Maintenance reminders: the first service a model's manual asks for (at 50 h or 3 months after sale …).

A unit's first service is due when its date (sale + first_service_months) falls within the window,
or when its hour meter has reached first_service_hours while it is still in its first-service period.
It stops being listed once done: a MaintenanceReminder row with done_on, or one linked to the
service-log entry created from it. A first service missed by more than LOOKBACK_DAYS stops being
listed too: by then the moment for it has passed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, exists, false, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.models import Customer, MaintenanceReminder, ProductModel, ServiceLogEntry, Unit
from app.domain.actors import Actor
from app.domain.coverage import add_months
from app.domain.enums import ServiceChannel, ServiceEntryStatus, UnitStatus
from app.domain.errors import ValidationError
from app.services.audit_trail import write_audit
from app.services.business_time import business_date, utc_now
from app.services.database import Database
from app.services.numbers import next_number
from app.services.paging import Page, PageRequest
from app.services.service_log import ENTITY, Entry, Targets, entry_in_session

FIRST_SERVICE = "first_service"
LOOKBACK_DAYS = 30
HOURS_ONLY_MONTHS = 12  # a model with an hour limit only: its first-service period, for listing
DEFAULT_WITHIN_DAYS = 7


@dataclass(frozen=True)
class DueMaintenance:
    unit_id: int
    serial_no: str
    model_code: str
    model_name: str
    customer_id: int
    customer_name: str
    customer_phone: str
    sale_date: dt.date
    kind: str
    due_date: dt.date  # the nominal date; also the reminder's key with unit and kind
    due_hours: int | None
    hour_meter: Decimal | None
    by_hours: bool  # due because the hour meter got there before the date

    def days_left(self, today: dt.date) -> int:
        return (self.due_date - today).days


@dataclass(frozen=True)
class ReminderEntry:
    entry: Entry
    created: bool  # False: the reminder already had its entry, which is returned


def _done(unit_id: ColumnElement[int]) -> ColumnElement[bool]:
    r = MaintenanceReminder
    return exists().where(r.unit_id == unit_id, r.kind == FIRST_SERVICE,
                          or_(r.done_on.is_not(None), r.service_entry_id.is_not(None)))


def due_maintenance(db: Database, today: dt.date, within_days: int = DEFAULT_WITHIN_DAYS) -> list[DueMaintenance]:
    """Units whose first service is due by today + within_days (or by hours), not yet done; soonest first."""
    with db.translated_errors(), db.sessions() as s:
        models = s.execute(select(ProductModel.id, ProductModel.first_service_months, ProductModel.first_service_hours)
                           .where(or_(ProductModel.first_service_months.is_not(None),
                                      ProductModel.first_service_hours.is_not(None)))).all()
        if not models:
            return []
        terms: dict[int, tuple[int | None, int | None]] = {}
        clauses = []
        horizon = today + dt.timedelta(days=within_days)
        for model_id, months, hours in models:
            period = months or HOURS_ONLY_MONTHS
            terms[model_id] = (months, hours)
            # Generous date bounds in SQL (a month is at most 31 days); the exact test follows in Python.
            earliest_sale = today - dt.timedelta(days=LOOKBACK_DAYS + 31 * period + 3)
            by_date = Unit.sale_date <= horizon - dt.timedelta(days=28 * period - 3) if months else false()
            by_hours = Unit.hour_meter >= Decimal(hours) if hours else false()
            clauses.append(and_(Unit.model_id == model_id, Unit.sale_date >= earliest_sale, or_(by_date, by_hours)))
        rows = s.execute(
            select(Unit.id, Unit.serial_no, ProductModel.code, ProductModel.name, Unit.customer_id, Customer.name,
                   Customer.phone, Unit.sale_date, Unit.model_id, Unit.hour_meter)
            .join(ProductModel, Unit.model_id == ProductModel.id).join(Customer, Unit.customer_id == Customer.id)
            .where(or_(*clauses), Unit.status == UnitStatus.IN_SERVICE, Unit.sale_date <= today, ~_done(Unit.id))
        ).all()
    found: list[DueMaintenance] = []
    for unit_id, serial, code, name, customer_id, customer, phone, sale, model_id, meter in rows:
        months, hours = terms[model_id]
        due = add_months(sale, months or HOURS_ONLY_MONTHS)
        if due < today - dt.timedelta(days=LOOKBACK_DAYS):
            continue
        by_date = months is not None and due <= horizon
        reached = hours is not None and meter is not None and meter >= hours
        if by_date or reached:
            found.append(DueMaintenance(unit_id, serial, code, name, customer_id, customer, phone or "", sale,
                                        FIRST_SERVICE, due, hours, meter, by_hours=not by_date))
    found.sort(key=lambda d: (d.due_date, d.serial_no))
    return found


def page_due_maintenance(db: Database, request: PageRequest, today: dt.date,
                         within_days: int = DEFAULT_WITHIN_DAYS) -> Page[DueMaintenance]:
    # The due list is bounded by its date window (hundreds of units at most), so paging it in Python is fine.
    rows = due_maintenance(db, today, within_days)
    return Page(rows[request.offset:request.offset + request.limit], len(rows))


def create_entry_from_reminder(db: Database, actor: Actor, unit_id: int, *, due_date: dt.date, problem: str,
                               kind: str = FIRST_SERVICE, now: dt.datetime | None = None) -> ReminderEntry:
    """A service-log entry to book the service (is_maintenance_reminder), linked from the reminder row.
    Asking twice returns the entry made the first time."""
    now = now or utc_now()
    problem = problem.strip()
    if not problem:
        raise ValidationError("describe the maintenance due")
    targets = Targets.of(db)
    with db.translated_errors(), db.sessions.begin() as s:
        unit = s.get(Unit, unit_id)
        if unit is None:
            raise ValidationError(f"unit {unit_id} does not exist")
        reminder = _reminder(s, actor, unit_id, kind, due_date, now)
        if reminder.service_entry_id is not None:
            return ReminderEntry(entry_in_session(s, reminder.service_entry_id, now, targets), created=False)
        if reminder.done_on is not None:
            raise ValidationError(f"the {kind.replace('_', ' ')} of {unit.serial_no} was already done on "
                                  f"{reminder.done_on:%Y-%m-%d}")
        entry = ServiceLogEntry(
            entry_no=next_number(s, "service", business_date(now).year), channel=ServiceChannel.PHONE,
            status=ServiceEntryStatus.OPEN, received_at=now, customer_id=unit.customer_id, unit_id=unit.id,
            problem=problem, is_maintenance_reminder=True,
        )
        s.add(entry)
        s.flush()
        write_audit(s, actor, ENTITY, entry.id, "create", "entry_no", None, entry.entry_no, at=now)
        write_audit(s, actor, "maintenance_reminders", reminder.id, "update", "service_entry_id", None, entry.id,
                    at=now)
        reminder.service_entry_id = entry.id
        return ReminderEntry(entry_in_session(s, entry.id, now, targets), created=True)


def mark_maintenance_done(db: Database, actor: Actor, unit_id: int, *, due_date: dt.date, done_on: dt.date,
                          kind: str = FIRST_SERVICE, now: dt.datetime | None = None) -> None:
    """Record a service done without a service-log entry (the customer came in on their own)."""
    now = now or utc_now()
    if done_on > business_date(now):
        raise ValidationError("a maintenance cannot be recorded as done in the future")
    with db.translated_errors(), db.sessions.begin() as s:
        if s.get(Unit, unit_id) is None:
            raise ValidationError(f"unit {unit_id} does not exist")
        reminder = _reminder(s, actor, unit_id, kind, due_date, now)
        if reminder.done_on is not None:
            raise ValidationError(f"already recorded as done on {reminder.done_on:%Y-%m-%d}")
        write_audit(s, actor, "maintenance_reminders", reminder.id, "update", "done_on", None, done_on, at=now)
        reminder.done_on = done_on


def _reminder(s: Session, actor: Actor, unit_id: int, kind: str, due_date: dt.date,
              now: dt.datetime) -> MaintenanceReminder:
    """The reminder row for (unit, kind, due date), created if missing; the unique key settles a race."""
    query = select(MaintenanceReminder).where(MaintenanceReminder.unit_id == unit_id,
                                              MaintenanceReminder.kind == kind,
                                              MaintenanceReminder.due_date == due_date).with_for_update()
    reminder = s.scalar(query)
    if reminder is not None:
        return reminder
    hours = s.scalar(select(ProductModel.first_service_hours).join(Unit, Unit.model_id == ProductModel.id)
                     .where(Unit.id == unit_id))
    try:
        with s.begin_nested():
            reminder = MaintenanceReminder(unit_id=unit_id, kind=kind, due_date=due_date,
                                           due_hours=Decimal(hours) if hours else None)
            s.add(reminder)
    except IntegrityError:  # another workstation made it a moment ago: use theirs
        reminder = s.scalar(query)
        assert reminder is not None
        return reminder
    write_audit(s, actor, "maintenance_reminders", reminder.id, "create", "due_date", None, due_date, at=now)
    return reminder
