"""The service-log list, sorted, filtered and paged in SQL (about 90,000 entries on a big dealer)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select

from app.db.models import Customer, ServiceLogEntry, Unit
from app.domain.clocks import FaultDifficulty
from app.domain.enums import ServiceChannel, ServiceEntryStatus
from app.domain.errors import ValidationError
from app.domain.normalize import clean_code, clean_text
from app.services import clocks
from app.services.business_time import business_day_start
from app.services.database import Database
from app.services.paging import Page, PageRequest, count_of, like_pattern
from app.services.service_log import Targets, timing

NOT_CLOSED = "not_closed"  # status filter: open or arranged
OVERDUE_ARRANGE = "arrange"
OVERDUE_CLOSE = "close"
OVERDUE_ANY = "any"


@dataclass(frozen=True)
class EntryRow:
    id: int
    entry_no: str
    channel: ServiceChannel
    status: ServiceEntryStatus
    received_at: dt.datetime
    customer_id: int | None
    customer_name: str
    phone: str  # the caller's number, else the customer's
    unit_id: int | None
    serial_no: str
    problem: str
    technician: str
    arranged_at: dt.datetime | None
    closed_at: dt.datetime | None
    arrange_due: dt.datetime
    close_due: dt.datetime
    arrange_overdue: bool
    arranged_late: bool
    close_overdue: bool
    is_maintenance_reminder: bool
    clock: clocks.ClockView | None = None  # the most pressing 三包 clock (reply, busy-season fix)

    @property
    def overdue(self) -> bool:
        return self.arrange_overdue or self.close_overdue


_E = ServiceLogEntry
_COLUMNS = (_E.id, _E.entry_no, _E.channel, _E.status, _E.received_at, _E.customer_id, Customer.name, Customer.phone,
            _E.caller_phone, _E.unit_id, Unit.serial_no, _E.problem, _E.technician, _E.arranged_at, _E.closed_at,
            _E.is_maintenance_reminder, _E.caller_name, _E.customer_informed_at, _E.fault_difficulty)
SORTS: dict[str, Any] = {
    "number": _E.entry_no, "received": _E.received_at, "channel": _E.channel, "status": _E.status,
    "customer": Customer.name, "serial": Unit.serial_no, "arranged": _E.arranged_at, "closed": _E.closed_at,
}


def arrange_overdue_condition(now: dt.datetime, targets: Targets) -> ColumnElement[bool]:
    """Not arranged, not closed, received more than the arrange target ago (index: status, received_at)."""
    return and_(_E.status == ServiceEntryStatus.OPEN, _E.received_at < now - dt.timedelta(hours=targets.arrange_hours))


def close_overdue_condition(now: dt.datetime, targets: Targets) -> ColumnElement[bool]:
    """Still open or arranged, received more than the close target ago."""
    return and_(_E.status.in_([ServiceEntryStatus.OPEN, ServiceEntryStatus.ARRANGED]),
                _E.received_at < now - dt.timedelta(hours=targets.close_hours))


def entry_conditions(request: PageRequest, now: dt.datetime, targets: Targets) -> list[ColumnElement[bool]]:
    """The WHERE terms for a request's filters and text, on the service_log table alone (fast to count).

    Filters: status (open | arranged | closed | not_closed), channel, overdue (arrange | close | any),
    since / until (business dates, inclusive), unit_id, customer_id, maintenance (bool).
    Text: entry number, customer name or phone, caller name or phone, serial number, problem.
    """
    f = request.filters
    terms: list[ColumnElement[bool]] = []
    status = f.get("status")
    if status == NOT_CLOSED:
        terms.append(_E.status != ServiceEntryStatus.CLOSED)
    elif status:
        terms.append(_E.status == ServiceEntryStatus(status))
    if f.get("channel"):
        terms.append(_E.channel == ServiceChannel(f["channel"]))
    overdue = f.get("overdue")
    if overdue == OVERDUE_ARRANGE:
        terms.append(arrange_overdue_condition(now, targets))
    elif overdue == OVERDUE_CLOSE:
        terms.append(close_overdue_condition(now, targets))
    elif overdue == OVERDUE_ANY:
        terms.append(or_(arrange_overdue_condition(now, targets), close_overdue_condition(now, targets)))
    elif overdue:
        raise ValidationError(f"unknown overdue filter {overdue!r}")
    if f.get("since"):
        terms.append(_E.received_at >= business_day_start(f["since"]))
    if f.get("until"):
        terms.append(_E.received_at < business_day_start(f["until"] + dt.timedelta(days=1)))
    if f.get("unit_id") is not None:
        terms.append(_E.unit_id == f["unit_id"])
    if f.get("customer_id") is not None:
        terms.append(_E.customer_id == f["customer_id"])
    if f.get("maintenance") is not None:
        terms.append(_E.is_maintenance_reminder.is_(bool(f["maintenance"])))
    text = clean_text(request.text)
    if text:
        words, code = like_pattern(text), like_pattern(clean_code(text))
        customers = select(Customer.id).where(or_(Customer.name.like(words, escape="\\"),
                                                  Customer.phone.like(code, escape="\\")))
        units = select(Unit.id).where(Unit.serial_no.like(code, escape="\\"))
        terms.append(or_(_E.entry_no.like(code, escape="\\"), _E.caller_phone.like(code, escape="\\"),
                         _E.caller_name.like(words, escape="\\"), _E.problem.ilike(words, escape="\\"),
                         _E.customer_id.in_(customers), _E.unit_id.in_(units)))
    return terms


def list_entries(db: Database, request: PageRequest, now: dt.datetime | None = None) -> Page[EntryRow]:
    """One page of entries, newest received first unless another sort is asked; overdue ones flagged."""
    now = now or dt.datetime.now(dt.UTC)
    targets = Targets.of(db)
    rules = clocks.clock_rules(db)
    terms = entry_conditions(request, now, targets)
    counted = select(_E.id).where(*terms)
    key = SORTS.get(request.sort or "received")
    if key is None:
        raise ValidationError(f"the service log cannot be sorted by {request.sort!r}")
    descending = request.descending if request.sort else True
    query: Select[Any] = (select(*_COLUMNS).select_from(_E).outerjoin(Customer, _E.customer_id == Customer.id)
                          .outerjoin(Unit, _E.unit_id == Unit.id).where(*terms)
                          .order_by(key.desc() if descending else key.asc(), _E.id.desc() if descending else _E.id)
                          .offset(request.offset).limit(request.limit))
    with db.translated_errors(), db.sessions() as s:
        if request.filters.get("clock"):  # filter "clock": amber | red, the entries whose clock is so
            ids = clocks.running_entry_states(s, rules, now)[clocks.check_filter(request.filters["clock"])]
            counted, query = counted.where(_E.id.in_(ids)), query.where(_E.id.in_(ids))
        total = count_of(s, counted)
        rows = [_row(r, now, targets, rules) for r in s.execute(query)]
    return Page(rows, total)


def _row(r: Any, now: dt.datetime, targets: Targets, rules: clocks.ClockRules) -> EntryRow:
    arrange_due, close_due, arrange_overdue, arranged_late, close_overdue = timing(
        targets, r.received_at, r.arranged_at, r.status, now)
    return EntryRow(
        id=r.id, entry_no=r.entry_no, channel=r.channel, status=r.status, received_at=r.received_at,
        customer_id=r.customer_id, customer_name=r.name or r.caller_name or "", phone=r.caller_phone or r.phone or "",
        unit_id=r.unit_id, serial_no=r.serial_no or "", problem=r.problem, technician=r.technician,
        arranged_at=r.arranged_at, closed_at=r.closed_at, arrange_due=arrange_due, close_due=close_due,
        arrange_overdue=arrange_overdue, arranged_late=arranged_late, close_overdue=close_overdue,
        is_maintenance_reminder=r.is_maintenance_reminder,
        clock=clocks.shown_clock(clocks.entry_clocks(
            rules, received_at=r.received_at, informed_at=r.customer_informed_at, closed_at=r.closed_at,
            difficulty=r.fault_difficulty, maintenance=r.is_maintenance_reminder),
            now, rules.amber_percent, FaultDifficulty(r.fault_difficulty)),
    )
