"""The stock rules: who pays the freight back to the factory, days waited for parts, quantities and packs."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain.enums import PartClass
from app.domain.errors import ValidationError
from app.domain.stock import (
    FreightPayer,
    FreightRule,
    ReturnReason,
    checked_quantity,
    freight_rule,
    part_class,
    require_whole_packs,
    waiting_days,
)

D = dt.date


def test_freight_rule_of_domain_rule_9():
    assert freight_rule(ReturnReason.QUALITY) == FreightRule(FreightPayer.FACTORY, dealer_pays_restoration=False)
    assert freight_rule(ReturnReason.DISMANTLED) == FreightRule(FreightPayer.DEALER, dealer_pays_restoration=True)
    assert freight_rule(ReturnReason.OTHER) == FreightRule(FreightPayer.DEALER, dealer_pays_restoration=False)
    assert {r.value for r in ReturnReason} == {"quality", "dismantled", "other"}  # the table's CHECK constraint


@pytest.mark.parametrize(("spells", "days"), [
    ([], 0),
    ([(D(2026, 6, 1), D(2026, 6, 5))], 4),
    ([(D(2026, 6, 1), D(2026, 6, 5)), (D(2026, 6, 3), D(2026, 6, 9))], 8),  # overlapping: once
    ([(D(2026, 6, 3), D(2026, 6, 9)), (D(2026, 6, 1), D(2026, 6, 5))], 8),  # in any order
    ([(D(2026, 6, 1), D(2026, 6, 3)), (D(2026, 6, 10), D(2026, 6, 12))], 4),  # apart: both
    ([(D(2026, 6, 1), D(2026, 6, 10)), (D(2026, 6, 2), D(2026, 6, 4))], 9),  # one inside the other
    ([(D(2026, 6, 1), D(2026, 6, 1))], 0),  # arrived the same day
])
def test_days_waited_count_overlaps_once(spells, days):
    assert waiting_days(spells) == days


def test_quantities_as_the_stock_tables_keep_them():
    assert checked_quantity("1,000.5") == Decimal("1000.5")
    assert checked_quantity("-2", allow_negative=True) == -2
    assert checked_quantity("0", allow_zero=True) == 0
    for bad, message in (("x", "not a number"), ("0.0001", "3 decimals"), ("0", "zero"), ("-1", "negative"),
                         ("NaN", "not a number"), ("2000000", "too large")):
        with pytest.raises(ValidationError, match=message):
            checked_quantity(bad)


def test_orders_are_whole_packs_and_pack_size_zero_is_refused():
    require_whole_packs("T5-101-22", Decimal(20), 10)
    with pytest.raises(ValidationError, match="packs of 10"):
        require_whole_packs("T5-101-22", Decimal(15), 10)
    with pytest.raises(ValidationError, match="pack size 0"):
        require_whole_packs("T5-101-22", Decimal(1), 0)


def test_a_wear_part_is_planned_as_wear_even_when_under_warranty():
    assert part_class(True, True) == PartClass.WEAR
    assert part_class(True, False) == PartClass.WARRANTY
    assert part_class(False, False) == PartClass.OTHER
