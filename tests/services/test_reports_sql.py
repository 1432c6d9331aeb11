"""The date helpers of the reports give the same answers on SQLite and PostgreSQL, to the second and
across the Beijing day boundary."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Date, literal, select

from app.db.types import UTCDateTime
from app.services.business_time import BUSINESS_TZ
from app.services.reports.sql import business_day_end, days_after, month_key, month_start, within_hours


def _one(database, expression):  # type: ignore[no-untyped-def]
    with database.sessions() as s:
        return s.execute(select(expression)).scalar_one()


def _day(value: dt.date):  # type: ignore[no-untyped-def]
    return literal(value, Date())


def _moment(value: dt.datetime):  # type: ignore[no-untyped-def]
    return literal(value, UTCDateTime())


@pytest.mark.parametrize(("day", "key"), [(dt.date(2026, 1, 31), "2026-01"), (dt.date(2026, 12, 1), "2026-12")])
def test_month_key(database, day, key):
    assert _one(database, month_key(_day(day))) == key
    assert month_start(key) == day.replace(day=1)


def test_days_after_crosses_months_and_leap_days(database):
    assert _one(database, days_after(_day(dt.date(2028, 2, 10)), 20)) == dt.date(2028, 3, 1)
    assert _one(database, days_after(_day(dt.date(2026, 12, 20)), 20)) == dt.date(2027, 1, 9)


@pytest.mark.parametrize(("received", "handled", "expected"), [
    ("09:00", "11:00", True), ("09:00", "10:59:59.999", True), ("09:00", "11:00:01", False), ("23:30", "01:29", True),
])
def test_within_hours_to_the_second(database, received, handled, expected):
    start = dt.datetime.fromisoformat(f"2026-03-01T{received}").replace(tzinfo=BUSINESS_TZ)
    end = dt.datetime.fromisoformat(f"2026-03-01T{handled}").replace(tzinfo=BUSINESS_TZ)
    if end < start:
        end += dt.timedelta(days=1)
    with database.sessions() as s:
        found = s.execute(select(within_hours(_moment(start), _moment(end), 2))).scalar_one()
    assert bool(found) is expected


@pytest.mark.parametrize(("done", "in_time"), [
    ("2026-03-01T23:59:59.999999", True), ("2026-03-02T00:00:00", False), ("2026-03-01T00:00:00", True)])
def test_a_business_day_ends_at_midnight_in_beijing(database, done, in_time):
    moment = dt.datetime.fromisoformat(done).replace(tzinfo=BUSINESS_TZ)
    with database.sessions() as s:
        found = s.execute(select(_moment(moment) < business_day_end(_day(dt.date(2026, 3, 1))))).scalar_one()
    assert bool(found) is in_time
