"""The regulation's clocks, each driven from its start through amber to red, with the moments worked out by
hand (Beijing time; amber at the default 25 % of the clock's length)."""
from __future__ import annotations

import datetime as dt

import pytest

from app.domain.clocks import (
    Clock,
    ClockKind,
    ClockState,
    FaultDifficulty,
    check_amber_percent,
    clock_days,
    days_and_hours,
    in_any_window,
    worst,
)

BJ = dt.timezone(dt.timedelta(hours=8))


def at(month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=BJ)


def test_reply_clock_runs_seven_days_then_turns_amber_then_red() -> None:
    # GIVEN a request received on 1 March at 10:00: due 8 March 10:00; 25 % of 7 days is 42 hours,
    # so amber from 6 March 16:00
    clock = Clock.of(ClockKind.REPLY, at(3, 1, 10))
    assert clock.due == at(3, 8, 10)
    assert clock.state(at(3, 1, 10)) == ClockState.RUNNING
    assert clock.time_left(at(3, 1, 10)) == dt.timedelta(days=7)
    assert clock.state(at(3, 6, 15, 59)) == ClockState.RUNNING
    assert clock.state(at(3, 6, 16)) == ClockState.AMBER
    assert clock.time_left(at(3, 6, 16)) == dt.timedelta(hours=42)
    assert clock.state(at(3, 8, 10)) == ClockState.AMBER  # the last moment still counts
    assert clock.state(at(3, 8, 10, 1)) == ClockState.RED
    assert clock.time_left(at(3, 9, 13)) == -dt.timedelta(days=1, hours=3)


def test_reply_clock_stopped_is_met_or_missed_whatever_the_time_now() -> None:
    assert Clock.of(ClockKind.REPLY, at(3, 1, 10), at(3, 8, 10)).state(at(12, 1)) == ClockState.MET
    missed = Clock.of(ClockKind.REPLY, at(3, 1, 10), at(3, 8, 10, 1))
    assert missed.state(at(3, 2)) == ClockState.MISSED
    assert missed.time_left(at(12, 1)) == -dt.timedelta(minutes=1)


def test_easy_busy_season_fix_has_two_days_and_turns_amber_twelve_hours_before() -> None:
    clock = Clock.of(ClockKind.BUSY_FIX, at(6, 10, 8))
    assert clock.due == at(6, 12, 8)
    assert clock.state(at(6, 11, 19, 59)) == ClockState.RUNNING
    assert clock.state(at(6, 11, 20)) == ClockState.AMBER
    assert clock.state(at(6, 12, 8, 1)) == ClockState.RED


def test_hard_busy_season_fix_has_five_days_and_turns_amber_thirty_hours_before() -> None:
    clock = Clock.of(ClockKind.BUSY_FIX, at(6, 10, 8), difficulty=FaultDifficulty.HARD)
    assert clock.due == at(6, 15, 8)
    assert clock.state(at(6, 14, 1, 59)) == ClockState.RUNNING
    assert clock.state(at(6, 14, 2)) == ClockState.AMBER
    assert clock.state(at(6, 15, 8, 1)) == ClockState.RED
    assert Clock.of(ClockKind.BUSY_FIX, at(6, 10, 8), at(6, 14, 18), difficulty=FaultDifficulty.HARD).state(
        at(7, 1)) == ClockState.MET


def test_repair_clock_has_forty_calendar_days_across_a_month_end() -> None:
    # 1 May + 40 days = 10 June (May has 31 days); amber 10 days before: 31 May
    clock = Clock.of(ClockKind.REPAIR, at(5, 1))
    assert clock.due == at(6, 10)
    assert clock.state(at(5, 30, 23, 59)) == ClockState.RUNNING
    assert clock.state(at(5, 31)) == ClockState.AMBER
    assert clock.state(at(6, 10, 0, 1)) == ClockState.RED
    assert Clock.of(ClockKind.REPAIR, at(5, 1), at(6, 10)).state(at(6, 11)) == ClockState.MET
    assert Clock.of(ClockKind.REPAIR, at(5, 1), at(6, 11)).state(at(6, 11)) == ClockState.MISSED


def test_amber_threshold_is_configurable() -> None:
    clock = Clock.of(ClockKind.REPLY, at(3, 1, 10))  # 50 % of 7 days: amber from 4 March 22:00
    assert clock.state(at(3, 4, 21, 59), 50) == ClockState.RUNNING
    assert clock.state(at(3, 4, 22), 50) == ClockState.AMBER
    assert clock.state(at(3, 4, 22), 10) == ClockState.RUNNING
    with pytest.raises(ValueError):
        check_amber_percent(0)
    with pytest.raises(ValueError):
        check_amber_percent(100)


def test_clock_lengths_and_bad_input() -> None:
    assert [clock_days(ClockKind.REPLY), clock_days(ClockKind.BUSY_FIX),
            clock_days(ClockKind.BUSY_FIX, FaultDifficulty.HARD), clock_days(ClockKind.REPAIR)] == [7, 2, 5, 40]
    with pytest.raises(ValueError):
        Clock.of(ClockKind.REPLY, dt.datetime(2026, 3, 1, 10))  # naive
    with pytest.raises(ValueError):
        Clock(ClockKind.REPLY, at(3, 2), at(3, 1))


def test_worst_clock_of_a_record_is_the_most_pressing() -> None:
    now = at(6, 11, 21)
    reply = Clock.of(ClockKind.REPLY, at(6, 10, 8), at(6, 10, 9))  # met
    fix = Clock.of(ClockKind.BUSY_FIX, at(6, 10, 8))  # amber: 11 h left
    repair = Clock.of(ClockKind.REPAIR, at(6, 10, 8))  # running
    assert worst([reply, fix, repair], now) is fix
    assert worst([], now) is None


def test_busy_season_windows_and_time_left_text_parts() -> None:
    windows = [(dt.date(2026, 5, 25), dt.date(2026, 7, 4))]
    assert in_any_window(dt.date(2026, 5, 25), windows)
    assert in_any_window(dt.date(2026, 7, 3), windows)
    assert not in_any_window(dt.date(2026, 7, 4), windows)
    assert days_and_hours(dt.timedelta(days=2, hours=5, minutes=59)) == (2, 5)
    assert days_and_hours(-dt.timedelta(days=1, hours=3)) == (-1, -3)
