"""Unsaleable stock back to the factory (退回厂家) with the freight rule of DOMAIN rule 9."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.db.models import FactoryReturn, StockMovement
from app.domain.enums import StockMovementKind
from app.domain.errors import ValidationError
from app.domain.stock import FreightPayer, ReturnReason
from app.services import stock
from app.services.paging import PageRequest
from app.services.stock import FactoryReturnInput
from tests.services.stock.conftest import FILTER, PUMP, TODAY, balanced, count, on_hand


@pytest.mark.parametrize(("reason", "labour", "payer", "restoration"), [
    (ReturnReason.QUALITY, "0", FreightPayer.FACTORY, False),
    (ReturnReason.DISMANTLED, "120.50", FreightPayer.DEALER, True),
    (ReturnReason.OTHER, "0", FreightPayer.DEALER, False),
])
def test_the_freight_rule_of_each_reason(dealer, reason, labour, payer, restoration):
    count(dealer, PUMP, 3)
    data = FactoryReturnInput(PUMP, "2", reason, TODAY, note="柱塞卡滞", restoration_labour=labour)
    row = stock.return_to_factory(dealer.db, dealer.clerk, data)
    assert (row.return_no, row.freight_payer, row.dealer_pays_restoration) == ("TH2026-0001", payer, restoration)
    assert row.restoration_labour == Decimal(labour)
    assert on_hand(dealer, PUMP) == 1
    with dealer.db.sessions() as s:
        saved = s.scalar(select(FactoryReturn))
        assert (saved.reason, saved.freight_payer, saved.restoration_labour) == (reason.value, payer.value,
                                                                                 Decimal(labour))
        movement = s.scalar(select(StockMovement).where(StockMovement.kind == StockMovementKind.FACTORY_RETURN))
        assert (movement.quantity, movement.reference) == (Decimal(-2), "TH2026-0001")
    assert balanced(dealer)


def test_no_more_than_is_on_hand_goes_back(dealer):
    count(dealer, FILTER, 4)
    with pytest.raises(ValidationError, match="only 4 on hand"):
        stock.return_to_factory(dealer.db, dealer.clerk, FactoryReturnInput(FILTER, "5", ReturnReason.QUALITY, TODAY))
    with pytest.raises(ValidationError, match="only 0 on hand"):
        stock.return_to_factory(dealer.db, dealer.clerk, FactoryReturnInput(PUMP, "1", ReturnReason.QUALITY, TODAY))
    assert on_hand(dealer, FILTER) == 4 and balanced(dealer)


def test_other_needs_a_reason_and_restoration_labour_only_for_dismantled_parts(dealer):
    count(dealer, FILTER, 4)
    with pytest.raises(ValidationError, match="say why the part cannot be sold"):
        stock.return_to_factory(dealer.db, dealer.clerk, FactoryReturnInput(FILTER, "1", ReturnReason.OTHER, TODAY))
    with pytest.raises(ValidationError, match="only charged for parts the dealer dismantled"):
        stock.return_to_factory(dealer.db, dealer.clerk, FactoryReturnInput(
            FILTER, "1", ReturnReason.QUALITY, TODAY, restoration_labour="30"))
    with pytest.raises(ValidationError, match="must not be negative"):
        stock.return_to_factory(dealer.db, dealer.clerk, FactoryReturnInput(
            FILTER, "1", ReturnReason.DISMANTLED, TODAY, restoration_labour="-1"))
    assert on_hand(dealer, FILTER) == 4


def test_the_list_of_returns_newest_first_and_by_reason(dealer):
    count(dealer, FILTER, 10)
    for reason, note in ((ReturnReason.QUALITY, "滤纸破损"), (ReturnReason.OTHER, "包装受潮无法销售"),
                         (ReturnReason.DISMANTLED, "")):
        stock.return_to_factory(dealer.db, dealer.clerk, FactoryReturnInput(FILTER, "1", reason, TODAY, note=note))
    page = stock.list_factory_returns(dealer.db, PageRequest())
    assert page.total == 3 and [r.return_no for r in page.rows] == ["TH2026-0003", "TH2026-0002", "TH2026-0001"]
    other = stock.list_factory_returns(dealer.db, PageRequest(filters={"reason": "other"})).rows
    assert [(r.note, r.freight_payer) for r in other] == [("包装受潮无法销售", FreightPayer.DEALER)]
    assert [r.return_no for r in stock.list_factory_returns(dealer.db, PageRequest(text="滤纸")).rows] == [
        "TH2026-0001"]
