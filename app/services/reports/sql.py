"""Date arithmetic the reports need, written once for SQLite and PostgreSQL.

The two databases spell date functions differently, and SQLite keeps dates and UTC time stamps as
ISO text ("2026-03-01", "2026-03-01 08:30:00.000000"). Each construct here compiles to the spelling
of the database the statement runs on, so a report is one SQLAlchemy statement on both. Whole
numbers (days, hours) are written into the SQL text as literal clauses: they are ints, never input,
and they belong to the statement's cache key.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, String, literal_column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

from app.services.business_time import BUSINESS_TZ

_BUSINESS_HOURS = int(BUSINESS_TZ.utcoffset(None).total_seconds() // 3600)  # whole hours: Beijing is UTC+8
_DAY_ENDS_UTC = 24 - _BUSINESS_HOURS  # a Beijing day ends at 16:00 UTC


def _clauses(element: FunctionElement[Any], compiler: SQLCompiler, **kw: Any) -> list[str]:
    return [compiler.process(clause, **kw) for clause in element.clauses.clauses]


class month_key(FunctionElement[str]):  # noqa: N801 - used like a SQL function
    """'YYYY-MM' of a date column: the month a per-month report puts a row in."""

    type = String()
    name = "month_key"
    inherit_cache = True


@compiles(month_key, "sqlite")
def _month_key_sqlite(element: month_key, compiler: SQLCompiler, **kw: Any) -> str:
    return f"strftime('%Y-%m', {compiler.process(element.clauses, **kw)})"


@compiles(month_key)
def _month_key_postgresql(element: month_key, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


def month_start(key: str) -> dt.date:
    """'2026-03' (a month_key result) → 2026-03-01."""
    year, month = key.split("-")
    return dt.date(int(year), int(month), 1)


class business_day_end(FunctionElement[dt.datetime]):  # noqa: N801
    """The UTC moment a business (Beijing) day ends, for a date column: 1 March 2026 ends at 16:00 UTC
    that day. A time stamp before it falls on that business day or earlier."""

    type = String()
    name = "business_day_end"
    inherit_cache = True


@compiles(business_day_end, "sqlite")
def _business_day_end_sqlite(element: business_day_end, compiler: SQLCompiler, **kw: Any) -> str:
    # '2026-03-01 16:00:00' against stored '2026-03-01 15:59:59.999999': text comparison is time order.
    return f"({compiler.process(element.clauses, **kw)} || ' {_DAY_ENDS_UTC:02d}:00:00')"


@compiles(business_day_end)
def _business_day_end_postgresql(element: business_day_end, compiler: SQLCompiler, **kw: Any) -> str:
    day = compiler.process(element.clauses, **kw)
    return f"((CAST({day} AS TIMESTAMP) + INTERVAL '{_DAY_ENDS_UTC} hours') AT TIME ZONE 'UTC')"


class days_after(FunctionElement[dt.date]):  # noqa: N801
    """A date column plus whole days (the sale date + the card deadline)."""

    type = Date()
    name = "days_after"
    inherit_cache = True

    def __init__(self, day: ColumnElement[Any], days: int) -> None:
        super().__init__(day, literal_column(str(int(days))))


@compiles(days_after, "sqlite")
def _days_after_sqlite(element: days_after, compiler: SQLCompiler, **kw: Any) -> str:
    day, days = _clauses(element, compiler, **kw)
    return f"date({day}, '+{days} days')"


@compiles(days_after)
def _days_after_postgresql(element: days_after, compiler: SQLCompiler, **kw: Any) -> str:
    day, days = _clauses(element, compiler, **kw)
    return f"({day} + {days})"


class within_hours(FunctionElement[bool]):  # noqa: N801
    """True when time stamp `end` is at most `hours` after time stamp `start`; NULL when either is NULL."""

    type = Boolean()
    name = "within_hours"
    inherit_cache = True

    def __init__(self, start: ColumnElement[Any], end: ColumnElement[Any], hours: int) -> None:
        super().__init__(start, end, literal_column(str(int(hours))))


@compiles(within_hours, "sqlite")
def _within_hours_sqlite(element: within_hours, compiler: SQLCompiler, **kw: Any) -> str:
    start, end, hours = _clauses(element, compiler, **kw)
    # julianday() counts whole milliseconds; half a millisecond of slack absorbs the rounding of the
    # division into days, so exactly two hours later is within two hours. Cheaper than date strings.
    return f"((julianday({end}) - julianday({start})) * 86400000.0 <= {hours} * 3600000.0 + 0.5)"


@compiles(within_hours)
def _within_hours_postgresql(element: within_hours, compiler: SQLCompiler, **kw: Any) -> str:
    start, end, hours = _clauses(element, compiler, **kw)
    return f"({end} <= {start} + INTERVAL '{hours} hours')"
