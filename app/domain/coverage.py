"""Warranty coverage, computed in one place: "in warranty until 2027-05-01 or 2,000 h".

Coverage runs from its start (the sales invoice date, or the exchange date after an exchange) to the
expiry date inclusive: a 12-month warranty from 2026-03-01 ends on 2027-02-28. Days the unit spent in
repair or waiting for parts extend it, as the 三包 rules say, unless the dealer switched that off. A last
day that falls on a day off (public holiday or rest day) moves to the next working day when a holiday
calendar is given. A usage limit (hours or area) ends it early. A recorded exclusion (no certificate,
altered serial, modification …) voids it.
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class CoverageVerdict(StrEnum):
    IN_WARRANTY = "in_warranty"
    EXPIRED_BY_DATE = "expired_by_date"
    EXPIRED_BY_USAGE = "expired_by_usage"
    VOID = "void"  # an exclusion recorded on the unit
    NOT_YET_SOLD = "not_yet_sold"


@dataclass(frozen=True)
class WarrantyTerms:
    months: int
    main_component_months: int
    hours: Decimal | None = None
    area: Decimal | None = None


@dataclass(frozen=True)
class RepairSpell:
    """A time the unit was out of service for a warranty repair."""

    failed_on: dt.date
    repaired_on: dt.date

    @property
    def days(self) -> int:
        return max((self.repaired_on - self.failed_on).days, 0)


def add_months(start: dt.date, months: int) -> dt.date:
    """Same day `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def period_end(start: dt.date, months: int) -> dt.date:
    """The last day of a period of `months` starting on `start`, counted inclusively."""
    return add_months(start, months) - dt.timedelta(days=1)


@dataclass(frozen=True)
class Coverage:
    starts_on: dt.date
    ends_on: dt.date  # whole machine, extension included
    main_components_end_on: dt.date
    hours_limit: Decimal | None
    area_limit: Decimal | None
    extension_days: int
    void_reason: str | None = None
    # The last days before the holiday rule moved them (equal to the ends when it did not).
    nominal_ends_on: dt.date | None = None
    nominal_main_components_end_on: dt.date | None = None

    def verdict(self, on: dt.date, *, hours: Decimal | None = None, area: Decimal | None = None,
                main_component: bool = False) -> CoverageVerdict:
        if self.void_reason:
            return CoverageVerdict.VOID
        if on < self.starts_on:
            return CoverageVerdict.NOT_YET_SOLD
        if on > (self.main_components_end_on if main_component else self.ends_on):
            return CoverageVerdict.EXPIRED_BY_DATE
        if self.hours_limit is not None and hours is not None and hours > self.hours_limit:
            return CoverageVerdict.EXPIRED_BY_USAGE
        if self.area_limit is not None and area is not None and area > self.area_limit:
            return CoverageVerdict.EXPIRED_BY_USAGE
        return CoverageVerdict.IN_WARRANTY

    def in_warranty(self, on: dt.date, **usage: object) -> bool:
        return self.verdict(on, **usage) == CoverageVerdict.IN_WARRANTY  # type: ignore[arg-type]

    def summary(self) -> str:
        """Language-neutral facts for a label: '2027-05-01 or 2,000 h'."""
        limits = [self.ends_on.isoformat()]
        if self.hours_limit is not None:
            limits.append(f"{self.hours_limit:,.0f} h")
        if self.area_limit is not None:
            limits.append(f"{self.area_limit:,.0f} mu")
        return " or ".join(limits)


def roll_past_days_off(day: dt.date, day_off: Callable[[dt.date], bool] | None, limit: int = 20) -> dt.date:
    """A last day on a day off ends on the first day after it that is not one (through a holiday run)."""
    if day_off is None:
        return day
    for _ in range(limit):
        if not day_off(day):
            break
        day += dt.timedelta(days=1)
    return day


def coverage(terms: WarrantyTerms, start: dt.date, *, repairs: Iterable[RepairSpell] = (),
             extend_for_repairs: bool = True, void_reason: str | None = None,
             day_off: Callable[[dt.date], bool] | None = None) -> Coverage:
    """Coverage from `start`: the invoice date, or the exchange date after an exchange (the periods
    start again). Repairs before `start` (on the unit before it was exchanged) do not extend it."""
    ends = period_end(start, terms.months)
    main_ends = period_end(start, max(terms.main_component_months, terms.months))
    extension = 0
    if extend_for_repairs:
        # Only repairs that began while the unit was still covered extend the cover.
        extension = sum(spell.days for spell in repairs if start <= spell.failed_on <= main_ends)
    nominal, nominal_main = ends + dt.timedelta(days=extension), main_ends + dt.timedelta(days=extension)
    return Coverage(
        starts_on=start,
        ends_on=roll_past_days_off(nominal, day_off),
        main_components_end_on=roll_past_days_off(nominal_main, day_off),
        hours_limit=terms.hours,
        area_limit=terms.area,
        extension_days=extension,
        void_reason=void_reason or None,
        nominal_ends_on=nominal,
        nominal_main_components_end_on=nominal_main,
    )
