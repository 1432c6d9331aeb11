"""Rules of the spare-part reserve plan (配件储备计划, DOMAIN rule 6): when a season starts, when its
plan is due, how old a machine is, and the reason a plan line carries, in a form no language owns.

A season starts on the same day every year and lasts a number of days. Its plan is due 30 days
before it starts, and the Dashboard warns from 45 days before the due date. A plan line's reason is
stored as a small JSON document (every number that went into the suggested quantity) and worded in
Chinese or English only when it is shown or printed.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.domain.errors import ValidationError

PLAN_LEAD_DAYS = 30  # a plan reaches the manufacturer 30 days before its season
DUE_NOTICE_DAYS = 45  # the Dashboard shows a plan from 45 days before it is due
MAX_SEASON_DAYS = 366
AGE_BANDS = ("0-1", "1-2", "2-3", "3+")  # whole years a machine has been in the field
BAND_DAYS = 365


def check_season_dates(start_month: object, start_day: object, length_days: object) -> tuple[int, int, int]:
    """The start day and length of a season, or ValidationError saying what is wrong with them."""
    problems: list[str] = []
    month = _whole(start_month, "the start month", problems)
    day = _whole(start_day, "the start day", problems)
    length = _whole(length_days, "the length in days", problems)
    if month is not None and day is not None:
        if month == 2 and day == 29:
            problems.append("a season cannot start on 29 February: it must start on a day every year has")
        else:
            try:
                dt.date(2001, month, day)
            except ValueError:
                problems.append(f"{month}-{day} is not a day of the year (month 1–12, a day that month has)")
    if length is not None and not 0 < length <= MAX_SEASON_DAYS:
        problems.append(f"the length must be 1 to {MAX_SEASON_DAYS} days, not {length}")
    if problems:
        raise ValidationError("; ".join(problems))
    assert month is not None and day is not None and length is not None
    return month, day, length


def _whole(value: object, what: str, problems: list[str]) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        problems.append(f"{what} is missing")
        return None
    if isinstance(value, bool):
        problems.append(f"{what} must be a whole number")
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        problems.append(f"{what} must be a whole number, not {value!r}")
        return None
    return number


def season_start(start_month: int, start_day: int, year: int) -> dt.date:
    return dt.date(year, start_month, start_day)


def season_window(start_month: int, start_day: int, length_days: int, year: int) -> tuple[dt.date, dt.date]:
    """First day and the day after the last day of the season that starts in `year`."""
    start = season_start(start_month, start_day, year)
    return start, start + dt.timedelta(days=length_days)


def next_season_year(start_month: int, start_day: int, today: dt.date) -> int:
    """The year of the next start on or after `today` (a season starting today is still ahead)."""
    return today.year if season_start(start_month, start_day, today.year) >= today else today.year + 1


def plan_due_date(start: dt.date) -> dt.date:
    return start - dt.timedelta(days=PLAN_LEAD_DAYS)


def age_band(sale_date: dt.date, at: dt.date) -> int:
    """Index into AGE_BANDS of a machine sold on `sale_date`, on the day `at` (not yet sold: 0)."""
    return min((at - sale_date).days // BAND_DAYS, len(AGE_BANDS) - 1) if sale_date < at else 0


def band_limits(at: dt.date) -> tuple[dt.date, ...]:
    """Sale dates after limits[0] are in band 0 on `at`, after limits[1] in band 1 …, the rest in the last."""
    return tuple(at - dt.timedelta(days=BAND_DAYS * n) for n in range(1, len(AGE_BANDS)))


# --- the reason of a plan line ----------------------------------------------------------------------

REASON_VERSION = 1


@dataclass(frozen=True)
class FieldTerm:
    """Warranty repairs expected from one model's machines of one age: units × failures per unit."""

    model: str  # model code (机型)
    band: int  # index into AGE_BANDS, at the season's start
    units: Decimal  # machines of the model in that band in the field now, with the new ones expected to be sold
    rate: Decimal  # parts used per machine in the same season of past years
    expected: Decimal  # units × rate
    borrowed: bool = False  # a new model: the rate is the average of its part class on the other models


@dataclass(frozen=True)
class Reason:
    """Every number behind a plan line's suggested quantity."""

    history: tuple[tuple[int, Decimal], ...]  # (year, parts used in the season that year), latest first
    field: tuple[FieldTerm, ...]  # the largest terms of `repairs`
    repairs: Decimal  # warranty repairs expected from the machines in the field
    other: Decimal  # other use expected (paid service, counter sales), per machine of the models it fits
    other_units: Decimal  # machines of the models it fits, in the field now (and expected to be sold)
    forecast: Decimal  # repairs + other
    safety: Decimal
    minimum: Decimal  # the dealer's minimum, or that of a warranty part (三包件) of models sold; 0: none
    on_hand: Decimal
    on_order: Decimal
    pack_size: int

    @property
    def last_year(self) -> tuple[int, Decimal] | None:
        return self.history[0] if self.history else None

    @property
    def new_model(self) -> bool:
        return any(term.borrowed for term in self.field)


def encode_reason(reason: Reason) -> str:
    doc = {
        "v": REASON_VERSION,
        "h": [[year, _num(qty)] for year, qty in reason.history],
        "f": [[t.model, t.band, _num(t.units), _num(t.rate), _num(t.expected), int(t.borrowed)]
              for t in reason.field],
        "r": _num(reason.repairs), "o": _num(reason.other), "ou": _num(reason.other_units),
        "fc": _num(reason.forecast), "s": _num(reason.safety), "m": _num(reason.minimum),
        "oh": _num(reason.on_hand), "oo": _num(reason.on_order), "p": reason.pack_size,
    }
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def decode_reason(text: str) -> Reason | None:
    """The reason stored by encode_reason; None for text a person typed (shown as it is)."""
    if not text.startswith("{"):
        return None
    try:
        doc = json.loads(text)
        if doc.get("v") != REASON_VERSION:
            return None
        return Reason(
            history=tuple((int(year), Decimal(qty)) for year, qty in doc["h"]),
            field=tuple(FieldTerm(str(m), int(b), Decimal(u), Decimal(r), Decimal(e), bool(x))
                        for m, b, u, r, e, x in doc["f"]),
            repairs=Decimal(doc["r"]), other=Decimal(doc["o"]), other_units=Decimal(doc["ou"]),
            forecast=Decimal(doc["fc"]), safety=Decimal(doc["s"]), minimum=Decimal(doc["m"]),
            on_hand=Decimal(doc["oh"]), on_order=Decimal(doc["oo"]), pack_size=int(doc["p"]))
    except (ValueError, KeyError, TypeError, InvalidOperation):
        return None


def _num(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
