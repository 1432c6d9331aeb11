"""The 三包 clocks on service-log entries and claims (rules in app.domain.clocks).

Which record carries which clock, and what starts and stops it:
- a service-log entry (a farmer's request; the dealer's own maintenance reminders are not requests):
  REPLY from received_at to the first of customer_informed_at (the farmer was told who comes and
  when — the answer) and closed_at (answered by closing, e.g. a complaint's answer);
  BUSY_FIX, when the entry was received on a day of one of the dealer's seasons (the reserve-plan
  seasons: spring ploughing, summer harvest … are the busy farming seasons), from received_at to
  closed_at, 2 days for an easy fault and 5 for a hard one (fault_difficulty, set by the clerk).
- a warranty claim (a repair): REPAIR, 40 days from the request (its entry's received_at) or, without
  an entry, from the start of its failure date, to the start of its repair date once the repair is
  done: the claim has left draft, or it is a later revision (reworked paperwork of a repair already
  done). A first draft is a repair still in the workshop unless its entry was closed (then the close
  stops it). Cancelled and superseded claims carry no clock.

Running clocks only live on open entries and first-draft claims, a few hundred at most, so the
amber / red filters and the Dashboard counts take those rows and apply the domain rules to them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from app.db.models import Season, ServiceLogEntry, WarrantyClaim
from app.domain.actors import Actor
from app.domain.clocks import (
    Clock,
    ClockKind,
    ClockState,
    FaultDifficulty,
    check_amber_percent,
    in_any_window,
    worst,
)
from app.domain.enums import ClaimStatus, ServiceEntryStatus
from app.domain.errors import ValidationError
from app.domain.reserve import season_window
from app.services import shared_settings
from app.services.audit_trail import write_audit
from app.services.business_time import business_date, business_day_start, utc_now
from app.services.database import Database

AMBER, RED = "amber", "red"  # the list filters: running clocks that turned amber (none red), or red
CLOCK_FILTERS = (AMBER, RED)
OPEN_STATUSES = (ServiceEntryStatus.OPEN, ServiceEntryStatus.ARRANGED)
NO_CLOCK = (ClaimStatus.CANCELLED, ClaimStatus.REWORKED)


@dataclass(frozen=True)
class ClockRules:
    amber_percent: int
    seasons: tuple[tuple[int, int, int], ...]  # (start month, start day, length in days)

    def is_busy(self, day: dt.date) -> bool:
        # A season starting late in the previous year may still run on `day`.
        windows = [season_window(m, d, n, year) for m, d, n in self.seasons for year in (day.year - 1, day.year)]
        return in_any_window(day, windows)


@dataclass(frozen=True)
class ClockView:
    """One clock of a record as the screens show it, worked out for the `now` it was loaded at."""

    kind: ClockKind
    start: dt.datetime
    due: dt.datetime
    stopped_at: dt.datetime | None
    state: ClockState
    time_left: dt.timedelta
    difficulty: FaultDifficulty | None = None  # the busy-season clock's


@dataclass(frozen=True)
class ClockCounts:
    entries_amber: int
    entries_red: int
    claims_amber: int
    claims_red: int

    @property
    def amber(self) -> int:
        return self.entries_amber + self.claims_amber

    @property
    def red(self) -> int:
        return self.entries_red + self.claims_red


def rules_in_session(s: Session, amber_percent: int) -> ClockRules:
    seasons = tuple(s.execute(select(Season.start_month, Season.start_day, Season.length_days)).tuples())
    return ClockRules(amber_percent, seasons)


def clock_rules(db: Database) -> ClockRules:
    percent = shared_settings.get(db, shared_settings.CLOCK_AMBER_PERCENT)
    with db.translated_errors(), db.sessions() as s:
        return rules_in_session(s, percent)


def save_amber_percent(db: Database, actor: Actor, percent: int) -> None:
    """A warranty rule like the others in Settings: a service manager changes it, and the change is audited."""
    actor.require_manager("Changing the warranty rules")
    try:
        check_amber_percent(percent)
    except ValueError as exc:
        raise ValidationError(str(exc)) from exc
    key = shared_settings.CLOCK_AMBER_PERCENT
    old = shared_settings.get(db, key)
    if old == percent:
        return
    shared_settings.put(db, key, percent)
    with db.translated_errors(), db.sessions.begin() as s:
        write_audit(s, actor, "setting", 0, "update", key.key, str(old), str(percent))


def _first(*moments: dt.datetime | None) -> dt.datetime | None:
    known = [m for m in moments if m is not None]
    return min(known) if known else None


def entry_clocks(rules: ClockRules, *, received_at: dt.datetime, informed_at: dt.datetime | None,
                 closed_at: dt.datetime | None, difficulty: str, maintenance: bool) -> tuple[Clock, ...]:
    if maintenance:
        return ()
    clocks = [Clock.of(ClockKind.REPLY, received_at, _first(informed_at, closed_at))]
    if rules.is_busy(business_date(received_at)):
        clocks.append(Clock.of(ClockKind.BUSY_FIX, received_at, closed_at, difficulty=FaultDifficulty(difficulty)))
    return tuple(clocks)


def claim_clocks(*, status: ClaimStatus, revision: int, failure_date: dt.date, repair_date: dt.date,
                 entry_received_at: dt.datetime | None, entry_closed_at: dt.datetime | None) -> tuple[Clock, ...]:
    if status in NO_CLOCK:
        return ()
    start = entry_received_at or business_day_start(failure_date)
    if status != ClaimStatus.DRAFT or revision > 1:
        # Whole days, as the regulation counts: repaired on the 40th day after the request is in time.
        stopped: dt.datetime | None = max(business_day_start(repair_date), start)
    else:
        stopped = entry_closed_at
    return (Clock.of(ClockKind.REPAIR, start, stopped),)


def view_of(clock: Clock, now: dt.datetime, amber_percent: int,
            difficulty: FaultDifficulty | None = None) -> ClockView:
    return ClockView(clock.kind, clock.start, clock.due, clock.stopped_at, clock.state(now, amber_percent),
                     clock.time_left(now), difficulty if clock.kind == ClockKind.BUSY_FIX else None)


def shown_clock(clocks: tuple[Clock, ...], now: dt.datetime, amber_percent: int,
                difficulty: FaultDifficulty | None = None) -> ClockView | None:
    """The one clock a list row shows: the most pressing of the record's clocks."""
    chosen = worst(clocks, now, amber_percent)
    return None if chosen is None else view_of(chosen, now, amber_percent, difficulty)


# --- on the record ------------------------------------------------------------------------------------

_ENTRY_COLUMNS = (ServiceLogEntry.received_at, ServiceLogEntry.customer_informed_at, ServiceLogEntry.closed_at,
                  ServiceLogEntry.fault_difficulty, ServiceLogEntry.is_maintenance_reminder)


def entry_clock_views(db: Database, entry_id: int, *, now: dt.datetime | None = None) -> tuple[ClockView, ...]:
    """The clocks of one service-log entry, for its form's clock strip."""
    now = now or utc_now()
    percent = shared_settings.get(db, shared_settings.CLOCK_AMBER_PERCENT)
    with db.translated_errors(), db.sessions() as s:
        row = s.execute(select(*_ENTRY_COLUMNS).where(ServiceLogEntry.id == entry_id)).first()
        if row is None:
            raise ValidationError(f"service-log entry {entry_id} does not exist (deleted by another workstation?)")
        rules = rules_in_session(s, percent)
    received, informed, closed, difficulty, maintenance = row
    clocks = entry_clocks(rules, received_at=received, informed_at=informed, closed_at=closed,
                          difficulty=difficulty, maintenance=maintenance)
    return tuple(view_of(c, now, percent, FaultDifficulty(difficulty)) for c in clocks)


def claim_query() -> Select[tuple[int, ClaimStatus, int, dt.date, dt.date, dt.datetime | None, dt.datetime | None]]:
    entry = aliased(ServiceLogEntry)
    return (select(WarrantyClaim.id, WarrantyClaim.status, WarrantyClaim.revision, WarrantyClaim.failure_date,
                   WarrantyClaim.repair_date, entry.received_at, entry.closed_at)
            .outerjoin(entry, entry.id == WarrantyClaim.service_entry_id))


def claim_clocks_of_row(row: tuple[int, ClaimStatus, int, dt.date, dt.date, dt.datetime | None,
                                   dt.datetime | None]) -> tuple[Clock, ...]:
    _id, status, revision, failure, repair, received, closed = row
    return claim_clocks(status=status, revision=revision, failure_date=failure, repair_date=repair,
                        entry_received_at=received, entry_closed_at=closed)


def claim_clock_views(db: Database, claim_id: int, *, now: dt.datetime | None = None) -> tuple[ClockView, ...]:
    """The clocks of one claim, for the claim editor's clock strip."""
    now = now or utc_now()
    percent = shared_settings.get(db, shared_settings.CLOCK_AMBER_PERCENT)
    with db.translated_errors(), db.sessions() as s:
        row = s.execute(claim_query().where(WarrantyClaim.id == claim_id)).first()
    if row is None:
        raise ValidationError(f"no claim with id {claim_id}")
    return tuple(view_of(c, now, percent) for c in claim_clocks_of_row(tuple(row)))  # type: ignore[arg-type]


def fault_difficulty(db: Database, entry_id: int) -> FaultDifficulty:
    with db.translated_errors(), db.sessions() as s:
        value = s.scalar(select(ServiceLogEntry.fault_difficulty).where(ServiceLogEntry.id == entry_id))
    if value is None:
        raise ValidationError(f"service-log entry {entry_id} does not exist (deleted by another workstation?)")
    return FaultDifficulty(value)


def set_fault_difficulty(db: Database, actor: Actor, entry_id: int, difficulty: FaultDifficulty | str, *,
                         now: dt.datetime | None = None) -> None:
    """Judge the entry's fault easy (2 days to fix in the busy season) or hard (5 days)."""
    try:
        value = FaultDifficulty(difficulty)
    except ValueError as exc:
        raise ValidationError(f"a fault is easy or hard, not {difficulty!r}") from exc
    with db.translated_errors(), db.sessions.begin() as s:
        row = s.get(ServiceLogEntry, entry_id)
        if row is None:
            raise ValidationError(f"service-log entry {entry_id} does not exist (deleted by another workstation?)")
        if row.fault_difficulty != value.value:
            write_audit(s, actor, "service_log", row.id, "update", "fault_difficulty", row.fault_difficulty,
                        value.value, at=now or utc_now())
            row.fault_difficulty = value.value


# --- lists and the Dashboard ----------------------------------------------------------------------------

def _split(states: dict[int, ClockState]) -> dict[str, list[int]]:
    return {RED: sorted(i for i, st in states.items() if st == ClockState.RED),
            AMBER: sorted(i for i, st in states.items() if st == ClockState.AMBER)}


def running_entry_states(s: Session, rules: ClockRules, now: dt.datetime) -> dict[str, list[int]]:
    """Ids of open entries whose worst running clock is red, and of those amber (and none red)."""
    states: dict[int, ClockState] = {}
    query = select(ServiceLogEntry.id, *_ENTRY_COLUMNS).where(ServiceLogEntry.status.in_(OPEN_STATUSES),
                                                                ServiceLogEntry.is_maintenance_reminder.is_(False))
    for entry_id, received, informed, closed, difficulty, maintenance in s.execute(query):
        clocks = [c for c in entry_clocks(rules, received_at=received, informed_at=informed, closed_at=closed,
                                          difficulty=difficulty, maintenance=maintenance) if not c.stopped]
        chosen = worst(clocks, now, rules.amber_percent)
        if chosen is not None:
            states[entry_id] = chosen.state(now, rules.amber_percent)
    return _split(states)


def running_claim_states(s: Session, rules: ClockRules, now: dt.datetime) -> dict[str, list[int]]:
    """Ids of first-draft claims (repairs not finished) whose repair clock is red, and of those amber."""
    states: dict[int, ClockState] = {}
    query = claim_query().where(WarrantyClaim.status == ClaimStatus.DRAFT, WarrantyClaim.revision == 1)
    for row in s.execute(query):
        for clock in claim_clocks_of_row(tuple(row)):  # type: ignore[arg-type]
            if not clock.stopped:
                states[row[0]] = clock.state(now, rules.amber_percent)
    return _split(states)


def check_filter(value: str) -> str:
    if value not in CLOCK_FILTERS:
        raise ValidationError(f"unknown clock filter {value!r} (amber or red)")
    return value


def clock_counts(db: Database, *, now: dt.datetime | None = None) -> ClockCounts:
    """How many entries and claims have a clock amber, and red (missed, still not done): the Dashboard's."""
    now = now or utc_now()
    rules = clock_rules(db)
    with db.translated_errors(), db.sessions() as s:
        entries, claims = running_entry_states(s, rules, now), running_claim_states(s, rules, now)
    return ClockCounts(len(entries[AMBER]), len(entries[RED]), len(claims[AMBER]), len(claims[RED]))
