"""Old parts (旧件): when each must be back at head office, and the steps of its life.

Head office takes old parts back on fixed dates each year (by default 30 June and 31 December) or at
any time with its delivery truck. A retained part is due on the first return date on or after the
day it was retained.
"""
from __future__ import annotations

import datetime as dt
from enum import StrEnum

from app.domain.enums import OldPartStatus as S
from app.domain.errors import TransitionRefused, ValidationError

DUE_SOON_DAYS = 14
NOT_RECEIVED_REMARK = "not received by head office"  # the flag on a shipped part head office does not have

# The life of an old part; written off (lost, or released by head office) is possible until inspected.
# Head office may also judge a part at the dealer and leave it there: retained → usable (kept) or scrap
# (disposed of), without a shipment.
TRANSITIONS: dict[S, frozenset[S]] = {
    S.RETAINED: frozenset({S.PACKED, S.WRITTEN_OFF, S.USABLE, S.SCRAP}),
    S.PACKED: frozenset({S.RETAINED, S.SHIPPED, S.WRITTEN_OFF}),  # back to retained: taken out of a shipment
    S.SHIPPED: frozenset({S.RECEIVED, S.WRITTEN_OFF}),
    S.RECEIVED: frozenset({S.USABLE, S.SCRAP, S.WRITTEN_OFF}),
    S.USABLE: frozenset(),
    S.SCRAP: frozenset(),
    S.WRITTEN_OFF: frozenset(),
}
IN_STORE = frozenset({S.RETAINED, S.PACKED})  # still on the dealer's shelf


class DueState(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    NOT_DUE = "not_due"
    DONE = "done"  # no longer the dealer's to return


def parse_return_windows(text: str) -> tuple[tuple[int, int], ...]:
    """"06-30,12-31" → ((6, 30), (12, 31)), sorted; every entry must be a day that exists in a leap year."""
    windows: set[tuple[int, int]] = set()
    for raw in text.replace("，", ",").split(","):
        item = raw.strip()
        if not item:
            continue
        try:
            month, day = (int(x) for x in item.split("-"))
            dt.date(2024, month, day)
        except ValueError as exc:
            raise ValidationError(f"not a return date (MM-DD): {item}") from exc
        windows.add((month, day))
    if not windows:
        raise ValidationError("at least one yearly return date is needed")
    return tuple(sorted(windows))


def _on(year: int, month: int, day: int) -> dt.date:
    """29 February in a year without it falls back to 28 February."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date(year, month, day - 1)


def due_date(retained_on: dt.date, windows: tuple[tuple[int, int], ...]) -> dt.date:
    """The first return date on or after the day the part was retained."""
    for year in (retained_on.year, retained_on.year + 1):
        for month, day in windows:
            candidate = _on(year, month, day)
            if candidate >= retained_on:
                return candidate
    raise AssertionError("unreachable: every year has a return date")  # pragma: no cover


def due_state(status: S, due: dt.date, today: dt.date, soon_days: int = DUE_SOON_DAYS) -> DueState:
    if status not in IN_STORE:
        return DueState.DONE
    if today > due:
        return DueState.OVERDUE
    return DueState.DUE_SOON if (due - today).days <= soon_days else DueState.NOT_DUE


def require_move(tag_no: str, current: S, target: S) -> None:
    if target not in TRANSITIONS[current]:
        raise TransitionRefused(f"old part {tag_no} is {current.value} and cannot become {target.value}")
