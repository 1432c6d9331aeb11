"""Return dates and the life of an old part, worked out by hand."""
from __future__ import annotations

import datetime as dt

import pytest

from app.domain.enums import OldPartStatus as S
from app.domain.errors import TransitionRefused, ValidationError
from app.domain.old_parts import DueState, due_date, due_state, parse_return_windows, require_move

D = dt.date
WINDOWS = parse_return_windows("12-31, 06-30")


def test_return_windows_are_read_sorted_and_checked():
    assert WINDOWS == ((6, 30), (12, 31))
    assert parse_return_windows("02-29，09-15") == ((2, 29), (9, 15))
    for bad in ("", "13-01", "06-31", "June", "06/30"):
        with pytest.raises(ValidationError):
            parse_return_windows(bad)


@pytest.mark.parametrize(("retained", "due"), [
    (D(2026, 1, 5), D(2026, 6, 30)),
    (D(2026, 6, 30), D(2026, 6, 30)),  # retained on the return date: goes that day
    (D(2026, 7, 1), D(2026, 12, 31)),
    (D(2026, 12, 31), D(2026, 12, 31)),
])
def test_due_on_the_first_return_date_on_or_after_retention(retained, due):
    assert due_date(retained, WINDOWS) == due


def test_a_leap_day_window_falls_back_in_other_years():
    assert due_date(D(2027, 2, 1), parse_return_windows("02-29")) == D(2027, 2, 28)
    assert due_date(D(2028, 2, 1), parse_return_windows("02-29")) == D(2028, 2, 29)


def test_due_state_counts_only_parts_still_in_store():
    due = D(2026, 6, 30)
    assert due_state(S.RETAINED, due, D(2026, 6, 1)) == DueState.NOT_DUE
    assert due_state(S.RETAINED, due, D(2026, 6, 16)) == DueState.DUE_SOON
    assert due_state(S.PACKED, due, D(2026, 7, 1)) == DueState.OVERDUE
    assert due_state(S.SHIPPED, due, D(2026, 8, 1)) == DueState.DONE


def test_the_life_of_an_old_part():
    path = [S.RETAINED, S.PACKED, S.SHIPPED, S.RECEIVED, S.SCRAP]
    for current, target in zip(path, path[1:], strict=False):
        require_move("JJ2026-000001", current, target)
    require_move("JJ2026-000001", S.PACKED, S.RETAINED)  # taken out of a shipment again
    for current, target in [(S.RETAINED, S.SHIPPED), (S.SCRAP, S.USABLE), (S.USABLE, S.WRITTEN_OFF),
                            (S.SHIPPED, S.RETAINED)]:
        with pytest.raises(TransitionRefused, match="cannot become"):
            require_move("JJ2026-000001", current, target)
