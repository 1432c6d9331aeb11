"""Business days are Beijing days (UTC+8); time stamps are stored in UTC.

An entry received at 01:00 on 2 March Beijing time (17:00 UTC on 1 March) belongs to 2 March: in its
number's year, its claim's failure date and its follow-up date. Every "which day was it" question
goes through business_date so the answer is the same everywhere.
"""
from __future__ import annotations

import datetime as dt

BUSINESS_TZ = dt.timezone(dt.timedelta(hours=8), "UTC+8")


def business_date(moment: dt.datetime) -> dt.date:
    """The business (Beijing) date of a time stamp."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("time stamps must be timezone-aware")
    return moment.astimezone(BUSINESS_TZ).date()


def business_day_start(day: dt.date) -> dt.datetime:
    """The first moment of a business day, as an aware time stamp."""
    return dt.datetime.combine(day, dt.time(0), BUSINESS_TZ)


def business_today(now: dt.datetime | None = None) -> dt.date:
    return business_date(now or utc_now())


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
