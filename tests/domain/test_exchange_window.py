"""The 15-day windows for an exchange after a sale and a refund after an exchange, counted by hand."""
from __future__ import annotations

import datetime as dt

import pytest

from app.domain.enums import UnitStatus
from app.domain.errors import ValidationError
from app.domain.exchanges import ReturnKind, require_offer, return_window

SOLD = dt.date(2026, 5, 1)


def window(fault: dt.date, *, status: UnitStatus = UnitStatus.IN_SERVICE, exchanged: dt.date | None = None):  # type: ignore[no-untyped-def]
    return return_window(status=status, sold_on=SOLD, came_from_exchange_on=exchanged, fault_date=fault)


def test_an_exchange_is_offered_for_a_fault_less_than_15_days_after_the_sale():
    assert window(SOLD).kind is ReturnKind.EXCHANGE  # the sale day: 0 days after
    last = window(dt.date(2026, 5, 15))  # 14 days after the sale: still less than 15
    assert last.kind is ReturnKind.EXCHANGE and last.last_day == dt.date(2026, 5, 15)
    late = window(dt.date(2026, 5, 16))  # 15 days after: repair only
    assert late.kind is None and "15 days after the sale" in late.reason and "until 2026-05-15" in late.reason


def test_a_replacement_offers_a_refund_within_15_days_of_the_exchange_and_never_another_exchange():
    exchanged = dt.date(2026, 5, 10)
    offer = window(dt.date(2026, 5, 24), exchanged=exchanged)  # 14 days after the exchange
    assert offer.kind is ReturnKind.REFUND and offer.start == exchanged
    with pytest.raises(ValidationError, match="refund, not another exchange"):
        require_offer(offer, ReturnKind.EXCHANGE)
    assert window(dt.date(2026, 5, 25), exchanged=exchanged).kind is None


def test_a_unit_given_back_offers_nothing():
    for status, words in ((UnitStatus.EXCHANGED, "already exchanged"), (UnitStatus.REFUNDED, "already refunded")):
        closed = window(SOLD, status=status)
        assert closed.kind is None and words in closed.reason
        with pytest.raises(ValidationError, match=words):
            require_offer(closed, ReturnKind.EXCHANGE)


def test_a_refund_is_refused_for_a_unit_that_was_not_exchanged():
    with pytest.raises(ValidationError, match="within 15 days of an exchange"):
        require_offer(window(dt.date(2026, 5, 3)), ReturnKind.REFUND)


def test_a_fault_before_the_sale_is_refused():
    assert "before the sale" in window(dt.date(2026, 4, 30)).reason
