"""The clocks the farm-machinery 三包 regulation holds a dealer to, counted in calendar days.

- REPLY: a farmer's 三包 request is answered within 7 days of being received.
- BUSY_FIX: in the busy farming season an easy fault is fixed within 2 days, a hard one within 5.
- REPAIR: any repair is finished within 40 days of the request (or of the failure, without a request).

A clock runs from its start to its due moment (start + N days). While it runs it is RUNNING, turns
AMBER when no more than the amber share of its length is left, and RED once the due moment has
passed. A stopped clock (the reply given, the repair finished) is MET or MISSED for good.
The amber threshold is a share rather than a number of days so that one setting suits a 2-day
and a 40-day clock alike.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_AMBER_PERCENT = 25


class ClockKind(StrEnum):
    REPLY = "reply"
    BUSY_FIX = "busy_fix"
    REPAIR = "repair"


class ClockState(StrEnum):
    RUNNING = "running"
    AMBER = "amber"
    RED = "red"  # running and past due: missed, and still not done
    MET = "met"
    MISSED = "missed"  # done, but late

    @property
    def is_running(self) -> bool:
        return self in (ClockState.RUNNING, ClockState.AMBER, ClockState.RED)


class FaultDifficulty(StrEnum):
    """How hard a fault is to fix, as the service station judges it (the busy-season clock's length)."""

    EASY = "easy"
    HARD = "hard"


REPLY_DAYS = 7
EASY_FIX_DAYS = 2
HARD_FIX_DAYS = 5
REPAIR_DAYS = 40
# Which is worse, for showing one clock per record and sorting: red first, met last.
SEVERITY = {ClockState.RED: 5, ClockState.MISSED: 4, ClockState.AMBER: 3, ClockState.RUNNING: 2, ClockState.MET: 1}


def clock_days(kind: ClockKind, difficulty: FaultDifficulty = FaultDifficulty.EASY) -> int:
    if kind == ClockKind.REPLY:
        return REPLY_DAYS
    if kind == ClockKind.REPAIR:
        return REPAIR_DAYS
    return HARD_FIX_DAYS if difficulty == FaultDifficulty.HARD else EASY_FIX_DAYS


def check_amber_percent(value: int) -> int:
    if not 1 <= value <= 99:
        raise ValueError("the amber threshold is a share of the clock between 1 and 99 percent")
    return value


def amber_margin(days: int, amber_percent: int) -> dt.timedelta:
    """How long before the due moment a clock of `days` days turns amber."""
    return dt.timedelta(days=days) * amber_percent / 100


def _aware(moment: dt.datetime, what: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"the clock's {what} must be timezone-aware")


@dataclass(frozen=True)
class Clock:
    kind: ClockKind
    start: dt.datetime
    due: dt.datetime
    stopped_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        _aware(self.start, "start")
        _aware(self.due, "due moment")
        if self.stopped_at is not None:
            _aware(self.stopped_at, "stop")
        if self.due <= self.start:
            raise ValueError("a clock is due after it starts")

    @classmethod
    def of(cls, kind: ClockKind, start: dt.datetime, stopped_at: dt.datetime | None = None, *,
           difficulty: FaultDifficulty = FaultDifficulty.EASY) -> Clock:
        return cls(kind, start, start + dt.timedelta(days=clock_days(kind, difficulty)), stopped_at)

    @property
    def length(self) -> dt.timedelta:
        return self.due - self.start

    @property
    def stopped(self) -> bool:
        return self.stopped_at is not None

    def time_left(self, now: dt.datetime) -> dt.timedelta:
        """Until the due moment; negative once past it. A stopped clock keeps the margin it stopped with."""
        return self.due - (self.stopped_at or now)

    def state(self, now: dt.datetime, amber_percent: int = DEFAULT_AMBER_PERCENT) -> ClockState:
        left = self.time_left(now)
        if self.stopped_at is not None:
            return ClockState.MET if left >= dt.timedelta(0) else ClockState.MISSED
        if left < dt.timedelta(0):
            return ClockState.RED
        if left <= self.length * amber_percent / 100:
            return ClockState.AMBER
        return ClockState.RUNNING


def worst(clocks: list[Clock] | tuple[Clock, ...], now: dt.datetime,
          amber_percent: int = DEFAULT_AMBER_PERCENT) -> Clock | None:
    """The clock a list shows for a record: the worst state, then the least time left."""
    if not clocks:
        return None
    return max(clocks, key=lambda c: (SEVERITY[c.state(now, amber_percent)], -c.time_left(now).total_seconds()))


def in_any_window(day: dt.date, windows: list[tuple[dt.date, dt.date]] | tuple[tuple[dt.date, dt.date], ...]) -> bool:
    """Whether a day falls in one of the (first day, day after the last) windows — the busy seasons."""
    return any(first <= day < after for first, after in windows)


def days_and_hours(left: dt.timedelta) -> tuple[int, int]:
    """A time left (or past, negative) as whole days and hours, rounded towards zero: (-1, -3) is 1 d 3 h late."""
    seconds = int(left.total_seconds())
    sign = -1 if seconds < 0 else 1
    hours = abs(seconds) // 3600
    return sign * (hours // 24), sign * (hours % 24)
