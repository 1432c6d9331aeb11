"""The period a report covers, and the months in it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.domain.errors import ValidationError

DEFAULT_MONTHS = 12


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month `months` after (or before) `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(f"the period ends ({self.end.isoformat()}) before it starts "
                                  f"({self.start.isoformat()})")

    @classmethod
    def last_months(cls, today: dt.date, months: int = DEFAULT_MONTHS) -> Period:
        """The last `months` calendar months up to today, this month included: 12 months to 27 Nov 2026 are
        1 Dec 2025 – 27 Nov 2026."""
        return cls(add_months(today, 1 - months), today)

    @property
    def after_end(self) -> dt.date:
        """The day after the period, for half-open ranges."""
        return self.end + dt.timedelta(days=1)

    def months(self) -> tuple[dt.date, ...]:
        """The first day of every month the period touches, in order."""
        first, last = self.start.replace(day=1), self.end.replace(day=1)
        months = []
        while first <= last:
            months.append(first)
            first = add_months(first, 1)
        return tuple(months)

    def label(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


def share(part: int | Decimal, whole: int | Decimal) -> Decimal | None:
    """part / whole as an exact Decimal (28 digits), None when there is nothing to divide by."""
    if not whole:
        return None
    return Decimal(part) / Decimal(whole)
