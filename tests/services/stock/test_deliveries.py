"""Receiving the signed delivery list (销售发货清单): typed in or from its workbook, all lines or none."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import StockDelivery, StockMovement
from app.domain.enums import StockMovementKind
from app.domain.errors import ValidationError
from app.reports.excel import ImportRefused, ProblemCode
from app.reports.excel.delivery import write_delivery_sheet
from app.services import stock
from app.services.stock import DeliveryCode, DeliveryLineInput
from tests.services.stock.conftest import FILTER, PUMP, TODAY, balanced, count, on_hand, on_order

ARRIVED = dt.date(2026, 6, 18)


def _movements(dealer) -> int:  # type: ignore[no-untyped-def]
    with dealer.db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(StockMovement)) or 0)


def test_a_delivery_adds_to_stock_and_takes_it_off_order(dealer):
    count(dealer, FILTER, 5)
    stock.record_order_placed(dealer.db, dealer.clerk, FILTER, "30")
    result = stock.receive_delivery(dealer.db, dealer.clerk, "xf2026-0312",
                                    [DeliveryLineInput(FILTER, "10"), DeliveryLineInput(PUMP, "1"),
                                     DeliveryLineInput("t5-101-22", "10")], ARRIVED)
    assert (result.delivery_no, result.lines, result.parts, result.quantity, result.off_order) == (
        "XF2026-0312", 3, 2, Decimal(21), Decimal(20))
    assert (on_hand(dealer, FILTER), on_order(dealer, FILTER)) == (25, 10)
    assert (on_hand(dealer, PUMP), on_order(dealer, PUMP)) == (1, 0)  # not on order: nothing to take off
    with dealer.db.sessions() as s:
        receipts = s.execute(select(StockMovement.reference, StockMovement.moved_on, StockMovement.quantity)
                             .where(StockMovement.kind == StockMovementKind.RECEIPT)).all()
    assert sorted(receipts) == [("XF2026-0312", ARRIVED, Decimal(1)), ("XF2026-0312", ARRIVED, Decimal(20))]
    assert balanced(dealer)


def test_a_delivery_list_is_received_only_once(dealer):
    stock.receive_delivery(dealer.db, dealer.clerk, "XF-1", [DeliveryLineInput(FILTER, "10")], ARRIVED)
    with pytest.raises(ValidationError, match="XF-1 was already received on 2026-06-18"):
        stock.receive_delivery(dealer.db, dealer.clerk, "xf-1", [DeliveryLineInput(FILTER, "10")], TODAY)
    assert on_hand(dealer, FILTER) == 10 and balanced(dealer)


def test_every_bad_line_is_named_and_nothing_is_received(dealer):
    before = _movements(dealer)
    with pytest.raises(ValidationError) as refused:
        stock.receive_delivery(dealer.db, dealer.clerk, "XF-2", [
            DeliveryLineInput(FILTER, "10"), DeliveryLineInput("NO-SUCH", "1"), DeliveryLineInput(PUMP, "-1")],
            ARRIVED)
    message = str(refused.value)
    assert "line 2: part number NO-SUCH is not in the catalogue" in message
    assert "line 3: the quantity must not be negative" in message
    assert _movements(dealer) == before and on_hand(dealer, FILTER) == 0
    with pytest.raises(ValidationError, match="delivery list number is required"):
        stock.receive_delivery(dealer.db, dealer.clerk, " ", [DeliveryLineInput(FILTER, "10")], ARRIVED)


def test_the_workbook_is_received_whole(dealer, tmp_path):
    path = write_delivery_sheet(tmp_path / "清单.xlsx", [("XF2026-0400", FILTER, "机油滤清器", 10),
                                                        ("XF2026-0400", "t5-112-10", "喷油泵", "2")])
    result = stock.import_delivery(dealer.db, dealer.clerk, path, ARRIVED)
    assert (result.file_name, result.delivery_no, result.quantity) == ("清单.xlsx", "XF2026-0400", Decimal(12))
    assert on_hand(dealer, PUMP) == 2
    with dealer.db.sessions() as s:
        delivery = s.scalar(select(StockDelivery))
        assert (delivery.delivery_no, delivery.line_count, delivery.file_name) == ("XF2026-0400", 2, "清单.xlsx")
    with pytest.raises(ImportRefused) as again:
        stock.import_delivery(dealer.db, dealer.clerk, path, TODAY)
    assert [(p.row, p.code) for p in again.value.problems] == [(2, DeliveryCode.ALREADY_RECEIVED)]
    assert "was already received on 2026-06-18" in again.value.problems[0].reason
    assert balanced(dealer)


def test_unknown_parts_in_the_workbook_are_listed_by_row_and_nothing_is_saved(dealer, tmp_path):
    path = write_delivery_sheet(tmp_path / "bad.xlsx", [
        ("XF2026-0401", FILTER, "", 10),
        ("XF2026-0401", "NO-SUCH-1", "", 1),
        ("XF2026-0401", PUMP, "", 0),
        ("XF2026-0402", "NO-SUCH-2", "", 1),
    ])
    before = _movements(dealer)
    with pytest.raises(ImportRefused) as refused:
        stock.import_delivery(dealer.db, dealer.clerk, path, ARRIVED)
    found = [(p.row, p.column, p.code) for p in refused.value.problems]
    assert found == [(3, "B", ProblemCode.UNKNOWN_PART), (4, "D", ProblemCode.NOT_POSITIVE),
                     (5, "A", DeliveryCode.OTHER_LIST), (5, "B", ProblemCode.UNKNOWN_PART)]
    assert "nothing was imported" in str(refused.value)
    assert _movements(dealer) == before and on_hand(dealer, FILTER) == 0
    with dealer.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(StockDelivery)) == 0
