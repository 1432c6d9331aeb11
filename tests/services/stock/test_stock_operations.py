"""Adjusting by hand, counter sales, orders placed and the stock list, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.db.models import AuditEntry, CounterSale, StockMovement
from app.domain.enums import PartClass, StockMovementKind
from app.domain.errors import ValidationError
from app.services import stock
from app.services.paging import PageRequest
from tests.services.stock.conftest import FILTER, PUMP, TODAY, balanced, count, on_hand, on_order


def test_negative_stock_after_an_adjustment_is_refused_and_nothing_changes(dealer):
    count(dealer, PUMP, 2)
    with pytest.raises(ValidationError, match="stock cannot go below zero"):
        stock.adjust_stock(dealer.db, dealer.clerk, PUMP, change="-3", reason="损坏", today=TODAY)
    with pytest.raises(ValidationError, match="must not be negative"):
        stock.adjust_stock(dealer.db, dealer.clerk, PUMP, counted="-1", reason="盘点", today=TODAY)
    assert on_hand(dealer, PUMP) == 2
    with dealer.db.sessions() as s:
        assert len(s.scalars(select(StockMovement)).all()) == 1  # only the first count
    assert balanced(dealer)


def test_an_adjustment_needs_a_reason_and_a_quantity_that_changes_something(dealer):
    with pytest.raises(ValidationError, match="say why"):
        stock.adjust_stock(dealer.db, dealer.clerk, PUMP, change="1", reason="  ", today=TODAY)
    with pytest.raises(ValidationError, match="nothing to adjust"):
        stock.adjust_stock(dealer.db, dealer.clerk, PUMP, counted="0", reason="盘点", today=TODAY)
    with pytest.raises(ValidationError, match="must not be zero"):
        stock.adjust_stock(dealer.db, dealer.clerk, PUMP, change="0", reason="盘点", today=TODAY)
    with pytest.raises(ValidationError, match="more than 3 decimals"):
        stock.adjust_stock(dealer.db, dealer.clerk, PUMP, change="0.0001", reason="盘点", today=TODAY)
    with pytest.raises(ValidationError, match="no part with part number NOPE"):
        stock.adjust_stock(dealer.db, dealer.clerk, "nope", change="1", reason="盘点", today=TODAY)


def test_adjustments_by_count_and_by_change_are_movements_with_their_reason_and_audit(dealer):
    count(dealer, FILTER, 20)
    row = stock.adjust_stock(dealer.db, dealer.clerk, "ｔ５-101-22", change="-3", reason="库内受潮", today=TODAY)
    assert row.on_hand == 17 and row.part_class == PartClass.WEAR
    page = stock.list_movements(dealer.db, row.part_id, PageRequest())
    assert [(m.kind, m.quantity, m.balance, m.reason) for m in page.rows] == [
        (StockMovementKind.ADJUSTMENT, Decimal(-3), Decimal(17), "库内受潮"),
        (StockMovementKind.ADJUSTMENT, Decimal(20), Decimal(20), "盘点")]
    assert page.rows[0].recorded_by == "刘燕"
    with dealer.db.sessions() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity == "stock")).all()
    assert [(a.old_value, a.new_value) for a in audit] == [("0.000", "20.000: 盘点"), ("20.000", "17.000: 库内受潮")]
    assert balanced(dealer)


def test_a_counter_sale_is_consumption_at_the_catalogue_price_unless_another_is_given(dealer):
    count(dealer, FILTER, 10)
    sale = stock.record_counter_sale(dealer.db, dealer.clerk, stock.CounterSaleInput(FILTER, "2", TODAY,
                                                                                      customer="李秀英"))
    assert (sale.sale_no, sale.unit_price, sale.amount, sale.on_hand_after) == (
        "LS2026-00001", Decimal("28.50"), Decimal("57.00"), Decimal(8))
    other = stock.record_counter_sale(dealer.db, dealer.clerk, stock.CounterSaleInput(FILTER, "1", TODAY, "25"))
    assert (other.unit_price, other.customer) == (Decimal("25.00"), "")
    with pytest.raises(ValidationError, match="7 on hand, 8 wanted"):
        stock.record_counter_sale(dealer.db, dealer.clerk, stock.CounterSaleInput(FILTER, "8", TODAY))
    with dealer.db.sessions() as s:
        assert s.scalar(select(CounterSale.customer).where(CounterSale.sale_no == "LS2026-00001")) == "李秀英"
        kinds = s.scalars(select(StockMovement.kind).where(StockMovement.kind == StockMovementKind.COUNTER_SALE))
        assert len(kinds.all()) == 2
    assert on_hand(dealer, FILTER) == 7 and balanced(dealer)


def test_orders_are_whole_packs_and_wait_on_order(dealer):
    with pytest.raises(ValidationError, match="packs of 10"):
        stock.record_order_placed(dealer.db, dealer.clerk, FILTER, "15")
    row = stock.record_order_placed(dealer.db, dealer.clerk, FILTER, "20", reference="po-7")
    assert (row.on_order, row.on_hand) == (20, 0)
    assert stock.record_order_placed(dealer.db, dealer.clerk, PUMP, "1").on_order == 1
    assert balanced(dealer)  # an order moves nothing on hand


def test_minimum_and_bin_and_the_list_filters(dealer):
    count(dealer, PUMP, 1)
    count(dealer, FILTER, 30)
    stock.set_stock_details(dealer.db, dealer.clerk, PUMP, minimum="2", bin_location="A-01")
    with pytest.raises(ValidationError, match="must not be negative"):
        stock.set_stock_details(dealer.db, dealer.clerk, PUMP, minimum="-1")
    everything = stock.list_stock(dealer.db, PageRequest(sort="on_hand", descending=True))
    assert [r.part_no for r in everything.rows] == [FILTER, PUMP] and everything.total == 2
    below = stock.list_stock(dealer.db, PageRequest(filters={"below_minimum": True})).rows
    assert [(r.part_no, r.below_minimum, r.bin_location) for r in below] == [(PUMP, True, "A-01")]
    wear = stock.list_stock(dealer.db, PageRequest(filters={"class": "wear"})).rows
    assert [r.part_no for r in wear] == [FILTER]
    assert [r.part_no for r in stock.list_stock(dealer.db, PageRequest(text="喷油")).rows] == [PUMP]
    assert [r.part_no for r in stock.list_stock(dealer.db, PageRequest(text="t5-101")).rows] == [FILTER]
    assert everything.rows[0].last_moved_on == TODAY


def test_a_part_without_stock_shows_zero_and_movements_page_oldest_first(dealer):
    assert on_hand(dealer, PUMP) == 0 and on_order(dealer, PUMP) == 0
    for n in range(1, 6):
        stock.adjust_stock(dealer.db, dealer.clerk, PUMP, change="1", reason=f"第{n}次",
                           today=TODAY + dt.timedelta(days=n))
    part_id = stock.stock_part(dealer.db, PUMP).part_id
    oldest = stock.list_movements(dealer.db, part_id, PageRequest(offset=1, limit=2, sort="moved_on"))
    assert oldest.total == 5 and [m.balance for m in oldest.rows] == [2, 3]
