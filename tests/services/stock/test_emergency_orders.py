"""Emergency orders (紧急订货) of claims waiting for parts, and the waiting time they record on the claim."""
from __future__ import annotations

import datetime as dt

import pytest

from app.domain.enums import ClaimStatus
from app.domain.errors import ValidationError
from app.services import claims, stock
from app.services.paging import PageRequest
from app.services.stock import EmergencyOrderInput
from tests.services.stock.conftest import FILTER, PUMP, TODAY, balanced, count, on_hand, on_order, pump_claim

D = dt.date
ORDERED = D(2026, 6, 10)


def _order(dealer, claim_id, part_no=PUMP, quantity="1", ordered=ORDERED):  # type: ignore[no-untyped-def]
    return stock.raise_emergency_order(dealer.db, dealer.clerk, EmergencyOrderInput(
        claim_id, part_no, quantity, ordered, reference="jj-01"), TODAY)


def test_a_received_order_books_the_part_and_records_the_days_waited(dealer):
    claim = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    order = _order(dealer, claim.id)
    assert (order.order_no, order.claim_no, order.received_on, order.reference) == (
        "JD2026-0001", claim.claim_no, None, "JJ-01")
    assert on_order(dealer, PUMP) == 1 and on_hand(dealer, PUMP) == 0
    assert [r.order_no for r in stock.list_emergency_orders(dealer.db, PageRequest(filters={"open": True})).rows] == [
        "JD2026-0001"]

    receipt = stock.receive_emergency_order(dealer.db, dealer.clerk, order.id, D(2026, 6, 16), TODAY)

    assert (receipt.parts_wait_days, receipt.claim_updated, receipt.order.received_on) == (6, True, D(2026, 6, 16))
    assert claims.get_claim(dealer.db, claim.id, TODAY).input.parts_wait_days == 6
    assert (on_hand(dealer, PUMP), on_order(dealer, PUMP)) == (1, 0)
    assert stock.list_emergency_orders(dealer.db, PageRequest(filters={"open": True})).total == 0
    with pytest.raises(ValidationError, match="already received"):
        stock.receive_emergency_order(dealer.db, dealer.clerk, order.id, D(2026, 6, 17), TODAY)
    assert balanced(dealer)


def test_overlapping_orders_count_once_and_a_longer_time_typed_stands(dealer):
    claim = claims.create_claim(dealer.db, dealer.clerk, pump_claim(parts_wait_days=2), TODAY)
    first = _order(dealer, claim.id, PUMP, "1", D(2026, 6, 1))
    second = _order(dealer, claim.id, FILTER, "2", D(2026, 6, 3))
    assert stock.receive_emergency_order(dealer.db, dealer.clerk, first.id, D(2026, 6, 5), TODAY).parts_wait_days == 4
    # 1 → 5 June and 3 → 9 June: the machine waited from the 1st to the 9th, 8 days, not 4 + 6
    assert stock.receive_emergency_order(dealer.db, dealer.clerk, second.id, D(2026, 6, 9), TODAY).parts_wait_days == 8
    other = claims.create_claim(dealer.db, dealer.clerk, pump_claim(parts_wait_days=9), TODAY)
    late = _order(dealer, other.id, PUMP, "2", D(2026, 6, 10))  # one is on the shelf; two are needed
    assert stock.receive_emergency_order(dealer.db, dealer.clerk, late.id, D(2026, 6, 12), TODAY).parts_wait_days == 9
    assert balanced(dealer)


def test_a_part_in_stock_is_not_ordered_and_dates_must_make_sense(dealer):
    claim = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    count(dealer, PUMP, 1)
    with pytest.raises(ValidationError, match="take it from stock"):
        _order(dealer, claim.id, PUMP, "1")
    order = _order(dealer, claim.id, PUMP, "2")  # one short
    with pytest.raises(ValidationError, match="cannot arrive before"):
        stock.receive_emergency_order(dealer.db, dealer.clerk, order.id, D(2026, 6, 9), TODAY)
    with pytest.raises(ValidationError, match="in the future"):
        stock.receive_emergency_order(dealer.db, dealer.clerk, order.id, TODAY + dt.timedelta(days=1), TODAY)
    with pytest.raises(ValidationError, match="in the future"):
        _order(dealer, claim.id, FILTER, "1", TODAY + dt.timedelta(days=1))


def test_an_approved_claim_goes_back_to_draft_and_a_closed_one_keeps_its_record(dealer):
    claim = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    order = _order(dealer, claim.id)
    count(dealer, PUMP, 1)  # the part arrived with a regular delivery meanwhile
    ready = claims.mark_ready(dealer.db, dealer.clerk, claim.id, claim.version, TODAY)
    assert claims.approve(dealer.db, dealer.manager, [ready.id], TODAY).done == (claim.claim_no,)
    receipt = stock.receive_emergency_order(dealer.db, dealer.clerk, order.id, D(2026, 6, 13), TODAY)
    assert (receipt.claim_status, receipt.parts_wait_days) == (ClaimStatus.DRAFT, 3)
    assert claims.get_claim(dealer.db, claim.id, TODAY).approved_at is None

    other = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    late = _order(dealer, other.id, FILTER, "10")
    claims.cancel(dealer.db, dealer.clerk, [other.id], "用户自行修复", TODAY)  # its record is closed
    with pytest.raises(ValidationError, match="parts are ordered only for claims still being worked on"):
        _order(dealer, other.id, FILTER, "10")
    receipt = stock.receive_emergency_order(dealer.db, dealer.clerk, late.id, D(2026, 6, 15), TODAY)
    assert (receipt.claim_updated, receipt.parts_wait_days) == (False, 0)
    assert on_hand(dealer, FILTER) == 10 and balanced(dealer)


def test_the_claims_orders_and_parts_for_the_dialog(dealer):
    claim = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    count(dealer, FILTER, 1)
    _order(dealer, claim.id)
    state = stock.claim_orders(dealer.db, claim.id)
    assert (state.claim_no, state.can_order, state.status) == (claim.claim_no, True, ClaimStatus.DRAFT)
    assert [(p.part_no, p.quantity, p.on_hand) for p in state.parts] == [(PUMP, 1, 0), (FILTER, 2, 1)]
    assert [o.order_no for o in state.orders] == ["JD2026-0001"]
    assert state.orders[0].days_waited(TODAY) == 10
