"""The service log (售后服务登记表): every call, letter, visit and complaint, from received to closed.

A task received must be arranged within ARRANGE_TARGET_HOURS (2 h by default) and closed within
CLOSE_TARGET_HOURS; both targets are tracked per entry from the times recorded here, against the
`now` the caller passes. Complaints are a channel of their own and stay open until answered.
Every change writes audit rows. Turning an entry into a claim or a paid order is in
app.services.service_conversions; finding the caller in app.services.service_lookup.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Customer, PaidServiceOrder, ProductModel, ServiceLogEntry, Unit, WarrantyClaim
from app.domain.actors import Actor
from app.domain.enums import ClaimStatus, PaidOrderStatus, ServiceChannel, ServiceEntryStatus
from app.domain.errors import ValidationError
from app.domain.normalize import clean_text
from app.services import shared_settings
from app.services.audit_trail import write_audit
from app.services.business_time import BUSINESS_TZ, business_date, utc_now
from app.services.database import Database
from app.services.follow_ups import schedule_call
from app.services.numbers import next_number
from app.services.paging import Page, PageRequest
from app.services.service_lookup import Lookup, find_customers_and_units

if TYPE_CHECKING:
    from app.services.service_conversions import Conversion
    from app.services.service_log_list import EntryRow

__all__ = [
    "CloseResult", "Entry", "EntryInput", "Lookup", "Targets", "arrange_entry", "business_date", "close_entry",
    "create_claim_from_entry", "create_entry", "create_paid_order_from_entry", "find_customers_and_units",
    "get_entry", "list_entries", "mark_customer_informed", "mark_reported",
]

# A workstation clock a little ahead of the database's is no reason to refuse a time typed as "now".
CLOCK_SKEW = dt.timedelta(minutes=10)
ENTITY = "service_log"


@dataclass(frozen=True)
class Targets:
    arrange_hours: int
    close_hours: int

    @classmethod
    def of(cls, db: Database) -> Targets:
        return cls(shared_settings.get(db, shared_settings.ARRANGE_TARGET_HOURS),
                   shared_settings.get(db, shared_settings.CLOSE_TARGET_HOURS))

    def arrange_due(self, received_at: dt.datetime) -> dt.datetime:
        return received_at + dt.timedelta(hours=self.arrange_hours)

    def close_due(self, received_at: dt.datetime) -> dt.datetime:
        return received_at + dt.timedelta(hours=self.close_hours)


@dataclass(frozen=True)
class EntryInput:
    channel: ServiceChannel
    received_at: dt.datetime
    problem: str
    customer_id: int | None = None
    unit_id: int | None = None
    caller_name: str = ""
    caller_phone: str = ""


@dataclass(frozen=True)
class Entry:
    """One service-log entry with its targets worked out for the `now` it was loaded at."""

    id: int
    entry_no: str
    channel: ServiceChannel
    status: ServiceEntryStatus
    received_at: dt.datetime
    customer_id: int | None
    customer_name: str
    customer_phone: str
    unit_id: int | None
    serial_no: str
    model_name: str
    caller_name: str
    caller_phone: str
    problem: str
    arranged_at: dt.datetime | None
    arranged_for: dt.datetime | None
    technician: str
    customer_informed_at: dt.datetime | None
    reported_at: dt.datetime | None
    closed_at: dt.datetime | None
    result: str
    is_maintenance_reminder: bool
    arrange_due: dt.datetime
    close_due: dt.datetime
    arrange_overdue: bool  # not arranged yet and past the arrange target
    arranged_late: bool  # arranged, but after the target
    close_overdue: bool  # still open past the close target
    claim_id: int | None = None
    claim_no: str = ""
    paid_order_id: int | None = None
    paid_order_no: str = ""

    @property
    def is_closed(self) -> bool:
        return self.status == ServiceEntryStatus.CLOSED

    @property
    def is_complaint(self) -> bool:
        return self.channel == ServiceChannel.COMPLAINT


@dataclass(frozen=True)
class CloseResult:
    entry: Entry
    follow_up_id: int | None  # the follow-up call scheduled, None when the entry names no customer


def _aware(moment: dt.datetime, what: str) -> dt.datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError(f"the {what} needs a time zone")
    return moment.astimezone(dt.UTC)


def _not_in_future(moment: dt.datetime, now: dt.datetime, what: str) -> None:
    if moment > now + CLOCK_SKEW:
        raise ValidationError(f"the {what} ({moment.astimezone(BUSINESS_TZ):%Y-%m-%d %H:%M}) is in the future")


def _entry_row(s: Session, entry_id: int) -> ServiceLogEntry:
    row = s.get(ServiceLogEntry, entry_id)
    if row is None:
        raise ValidationError(f"service-log entry {entry_id} does not exist (deleted by another workstation?)")
    return row


def create_entry(db: Database, actor: Actor, data: EntryInput, *, now: dt.datetime | None = None) -> Entry:
    """Log a call, letter, visit or complaint; numbered FW<year>-… by the day it was received."""
    now = now or utc_now()
    received = _aware(data.received_at, "received time")
    _not_in_future(received, now, "received time")
    problem = data.problem.strip()  # as typed: clean_text would turn Chinese punctuation into ASCII
    if not problem:
        raise ValidationError("describe the problem or the request")
    caller_name, caller_phone = clean_text(data.caller_name), clean_text(data.caller_phone)
    targets = Targets.of(db)
    with db.translated_errors(), db.sessions.begin() as s:
        customer_id = data.customer_id
        if data.unit_id is not None:
            unit = s.get(Unit, data.unit_id)
            if unit is None:
                raise ValidationError(f"unit {data.unit_id} does not exist")
            customer_id = customer_id or unit.customer_id
        if customer_id is not None and s.get(Customer, customer_id) is None:
            raise ValidationError(f"customer {customer_id} does not exist")
        if customer_id is None and not (caller_name or caller_phone):
            raise ValidationError("name the customer, or at least the caller's name or phone number")
        row = ServiceLogEntry(
            entry_no=next_number(s, "service", business_date(received).year), channel=data.channel,
            status=ServiceEntryStatus.OPEN, received_at=received, customer_id=customer_id, unit_id=data.unit_id,
            caller_name=caller_name, caller_phone=caller_phone, problem=problem,
        )
        s.add(row)
        s.flush()
        write_audit(s, actor, ENTITY, row.id, "create", "entry_no", None, row.entry_no, at=now)
        return entry_in_session(s, row.id, now, targets)


def arrange_entry(db: Database, actor: Actor, entry_id: int, *, technician: str,
                  arranged_at: dt.datetime | None = None, arranged_for: dt.datetime | None = None,
                  now: dt.datetime | None = None) -> Entry:
    """Arrange the task: who goes, and when the visit was agreed. Re-arranging keeps the first arrange
    time, which is what the 2-hour target is measured by."""
    now = now or utc_now()
    arranged = _aware(arranged_at or now, "arrange time")
    _not_in_future(arranged, now, "arrange time")
    visit = _aware(arranged_for, "visit time") if arranged_for is not None else None
    technician = clean_text(technician)
    if not technician:
        raise ValidationError("name the technician who will handle the task")
    targets = Targets.of(db)
    with db.translated_errors(), db.sessions.begin() as s:
        row = _entry_row(s, entry_id)
        if row.status == ServiceEntryStatus.CLOSED:
            raise ValidationError(f"{row.entry_no} is closed; it cannot be arranged any more")
        if arranged < row.received_at:
            raise ValidationError(f"{row.entry_no} cannot be arranged before it was received")
        if visit is not None and visit < row.received_at:
            raise ValidationError(f"the visit for {row.entry_no} cannot be agreed for before the call was received")
        changes = {"technician": technician, "arranged_for": visit}
        if row.arranged_at is None:
            changes["arranged_at"] = arranged
        _apply(s, actor, row, changes, now)
        if row.status != ServiceEntryStatus.ARRANGED:
            write_audit(s, actor, ENTITY, row.id, "transition", "status", row.status, ServiceEntryStatus.ARRANGED,
                        at=now)
            row.status = ServiceEntryStatus.ARRANGED
        return entry_in_session(s, row.id, now, targets)


def mark_customer_informed(db: Database, actor: Actor, entry_id: int, *, at: dt.datetime | None = None,
                           now: dt.datetime | None = None) -> Entry:
    """The customer was told who comes and when."""
    return _record_step(db, actor, entry_id, "customer_informed_at", "the customer was informed", at, now)


def mark_reported(db: Database, actor: Actor, entry_id: int, *, at: dt.datetime | None = None,
                  now: dt.datetime | None = None) -> Entry:
    """The task was reported to head office's technical department."""
    return _record_step(db, actor, entry_id, "reported_at", "the report to head office", at, now)


def _record_step(db: Database, actor: Actor, entry_id: int, field: str, what: str, at: dt.datetime | None,
                 now: dt.datetime | None) -> Entry:
    now = now or utc_now()
    moment = _aware(at or now, "time")
    _not_in_future(moment, now, "time")
    targets = Targets.of(db)
    with db.translated_errors(), db.sessions.begin() as s:
        row = _entry_row(s, entry_id)
        previous = getattr(row, field)
        if previous is not None:
            raise ValidationError(
                f"{row.entry_no}: {what} is already recorded ({previous.astimezone(BUSINESS_TZ):%Y-%m-%d %H:%M})")
        if moment < row.received_at:
            raise ValidationError(f"{row.entry_no}: {what} cannot come before the entry was received")
        _apply(s, actor, row, {field: moment}, now)
        return entry_in_session(s, row.id, now, targets)


def close_entry(db: Database, actor: Actor, entry_id: int, *, result: str, closed_at: dt.datetime | None = None,
                now: dt.datetime | None = None) -> CloseResult:
    """Close with the result (for a complaint: the answer given); schedules the follow-up call."""
    now = now or utc_now()
    closed = _aware(closed_at or now, "close time")
    _not_in_future(closed, now, "close time")
    result = result.strip()
    targets = Targets.of(db)
    after_days = shared_settings.get(db, shared_settings.FOLLOW_UP_AFTER_DAYS)
    with db.translated_errors(), db.sessions.begin() as s:
        row = _entry_row(s, entry_id)
        if row.status == ServiceEntryStatus.CLOSED:
            raise ValidationError(
                f"{row.entry_no} was already closed on {row.closed_at.astimezone(BUSINESS_TZ):%Y-%m-%d %H:%M}"
                if row.closed_at else f"{row.entry_no} is already closed")
        if closed < row.received_at:
            raise ValidationError(f"{row.entry_no} cannot be closed before it was received")
        if row.arranged_at is not None and closed < row.arranged_at:
            raise ValidationError(f"{row.entry_no} cannot be closed before it was arranged")
        if not result:
            if row.channel == ServiceChannel.COMPLAINT:
                raise ValidationError(f"complaint {row.entry_no} stays open until it is answered: write the answer")
            raise ValidationError(f"write the result of {row.entry_no} before closing it")
        _apply(s, actor, row, {"closed_at": closed, "result": result}, now)
        write_audit(s, actor, ENTITY, row.id, "transition", "status", row.status, ServiceEntryStatus.CLOSED, at=now)
        row.status = ServiceEntryStatus.CLOSED
        follow_up_id = None
        if row.customer_id is not None:
            follow_up_id = schedule_call(s, actor, customer_id=row.customer_id, unit_id=row.unit_id,
                                         service_entry_id=row.id, closed_on=business_date(closed),
                                         after_days=after_days, now=now)
        return CloseResult(entry_in_session(s, row.id, now, targets), follow_up_id)


def get_entry(db: Database, entry_id: int, *, now: dt.datetime | None = None) -> Entry:
    targets = Targets.of(db)
    with db.translated_errors(), db.sessions() as s:
        return entry_in_session(s, entry_id, now or utc_now(), targets)


def _apply(s: Session, actor: Actor, row: ServiceLogEntry, changes: dict[str, object], now: dt.datetime) -> None:
    for field, value in changes.items():
        old = getattr(row, field)
        if old != value:
            write_audit(s, actor, ENTITY, row.id, "update", field, old, value, at=now)
            setattr(row, field, value)


def timing(targets: Targets, received_at: dt.datetime, arranged_at: dt.datetime | None,
           status: ServiceEntryStatus, now: dt.datetime) -> tuple[dt.datetime, dt.datetime, bool, bool, bool]:
    """(arrange due, close due, arrange overdue, arranged late, close overdue) of one entry at `now`."""
    arrange_due, close_due = targets.arrange_due(received_at), targets.close_due(received_at)
    is_open = status != ServiceEntryStatus.CLOSED
    arrange_overdue = is_open and arranged_at is None and now > arrange_due
    arranged_late = arranged_at is not None and arranged_at > arrange_due
    return arrange_due, close_due, arrange_overdue, arranged_late, is_open and now > close_due


def entry_in_session(s: Session, entry_id: int, now: dt.datetime, targets: Targets) -> Entry:
    row = _entry_row(s, entry_id)
    customer = s.get(Customer, row.customer_id) if row.customer_id is not None else None
    serial_no = model_name = ""
    if row.unit_id is not None:
        found = s.execute(select(Unit.serial_no, ProductModel.name).join(ProductModel, Unit.model_id == ProductModel.id)
                          .where(Unit.id == row.unit_id)).one()
        serial_no, model_name = found
    claim = s.execute(select(WarrantyClaim.id, WarrantyClaim.claim_no).where(
        WarrantyClaim.service_entry_id == row.id, WarrantyClaim.status != ClaimStatus.CANCELLED)
        .order_by(WarrantyClaim.id).limit(1)).first()
    order = s.execute(select(PaidServiceOrder.id, PaidServiceOrder.order_no).where(
        PaidServiceOrder.service_entry_id == row.id, PaidServiceOrder.status != PaidOrderStatus.CANCELLED)
        .order_by(PaidServiceOrder.id).limit(1)).first()
    arrange_due, close_due, arrange_overdue, arranged_late, close_overdue = timing(
        targets, row.received_at, row.arranged_at, row.status, now)
    return Entry(
        id=row.id, entry_no=row.entry_no, channel=row.channel, status=row.status, received_at=row.received_at,
        customer_id=row.customer_id, customer_name=customer.name if customer else "",
        customer_phone=customer.phone if customer else "", unit_id=row.unit_id, serial_no=serial_no,
        model_name=model_name, caller_name=row.caller_name, caller_phone=row.caller_phone, problem=row.problem,
        arranged_at=row.arranged_at, arranged_for=row.arranged_for, technician=row.technician,
        customer_informed_at=row.customer_informed_at, reported_at=row.reported_at, closed_at=row.closed_at,
        result=row.result, is_maintenance_reminder=row.is_maintenance_reminder, arrange_due=arrange_due,
        close_due=close_due, arrange_overdue=arrange_overdue, arranged_late=arranged_late,
        close_overdue=close_overdue, claim_id=claim[0] if claim else None, claim_no=claim[1] if claim else "",
        paid_order_id=order[0] if order else None, paid_order_no=order[1] if order else "",
    )


# --- the rest of the service log's API, kept in its own modules (they build on this one) -------------

def list_entries(db: Database, request: PageRequest, now: dt.datetime | None = None) -> Page[EntryRow]:
    """See app.services.service_log_list.list_entries."""
    from app.services.service_log_list import list_entries as list_page

    return list_page(db, request, now)


def create_claim_from_entry(db: Database, actor: Actor, entry_id: int, *,
                            now: dt.datetime | None = None) -> Conversion:
    """See app.services.service_conversions.create_claim_from_entry."""
    from app.services.service_conversions import create_claim_from_entry as convert

    return convert(db, actor, entry_id, now=now)


def create_paid_order_from_entry(db: Database, actor: Actor, entry_id: int, *,
                                 now: dt.datetime | None = None) -> Conversion:
    """See app.services.service_conversions.create_paid_order_from_entry."""
    from app.services.service_conversions import create_paid_order_from_entry as convert

    return convert(db, actor, entry_id, now=now)
