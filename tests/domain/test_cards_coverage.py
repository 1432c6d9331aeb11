"""Registration card states and warranty coverage, with dates worked out by hand."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain.cards import CardFacts, CardState, card_due_date
from app.domain.coverage import (
    CoverageVerdict,
    RepairSpell,
    WarrantyTerms,
    add_months,
    coverage,
    period_end,
)
from app.domain.normalize import clean_code, clean_text, parse_date

D = dt.date


def test_card_due_twenty_days_after_sale_and_its_states():
    due = card_due_date(D(2026, 3, 1))
    assert due == D(2026, 3, 21)
    card = CardFacts(due, None, None, None)
    assert card.state(D(2026, 3, 21)) == CardState.DUE
    assert card.due_soon(D(2026, 3, 17)) and not card.due_soon(D(2026, 3, 10))
    assert card.state(D(2026, 3, 22)) == CardState.LATE
    assert not card.warranty_recognised(D(2026, 3, 22))
    assert CardFacts(due, D(2026, 3, 20), None, None).state(D(2026, 5, 1)) == CardState.SENT
    assert CardFacts(due, D(2026, 3, 20), D(2026, 4, 1), None).state(D(2026, 5, 1)) == CardState.ACKNOWLEDGED
    sent_late = CardFacts(due, D(2026, 3, 25), None, None)
    assert sent_late.state(D(2026, 3, 25)) == CardState.LATE
    assert CardFacts(due, None, None, "区域经理同意").warranty_recognised(D(2026, 6, 1))
    with pytest.raises(ValueError):
        card_due_date(D(2026, 3, 1), 0)


def test_months_clamp_to_the_end_of_the_month():
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2027, 11, 30), 3) == D(2028, 2, 29)
    assert period_end(D(2026, 3, 1), 12) == D(2027, 2, 28)
    assert period_end(D(2024, 2, 29), 12) == D(2025, 2, 27)


def test_coverage_by_date_usage_and_main_components():
    terms = WarrantyTerms(months=12, main_component_months=24, hours=Decimal(1500))
    cover = coverage(terms, D(2026, 3, 1))
    assert cover.ends_on == D(2027, 2, 28)
    assert cover.main_components_end_on == D(2028, 2, 29)
    assert cover.verdict(D(2027, 2, 28)) == CoverageVerdict.IN_WARRANTY
    assert cover.verdict(D(2027, 3, 1)) == CoverageVerdict.EXPIRED_BY_DATE
    assert cover.verdict(D(2027, 3, 1), main_component=True) == CoverageVerdict.IN_WARRANTY
    assert cover.verdict(D(2026, 9, 1), hours=Decimal(1501)) == CoverageVerdict.EXPIRED_BY_USAGE
    assert cover.verdict(D(2026, 2, 1)) == CoverageVerdict.NOT_YET_SOLD
    assert cover.summary() == "2027-02-28 or 1,500 h"


def test_days_in_repair_extend_the_cover_unless_switched_off():
    terms = WarrantyTerms(months=12, main_component_months=24)
    spells = [RepairSpell(D(2026, 6, 1), D(2026, 6, 11)),  # 10 days
              RepairSpell(D(2026, 9, 3), D(2026, 9, 8)),  # 5 days
              RepairSpell(D(2029, 1, 1), D(2029, 1, 9))]  # after the cover ended: no extension
    assert coverage(terms, D(2026, 3, 1), repairs=spells).ends_on == D(2027, 3, 15)
    assert coverage(terms, D(2026, 3, 1), repairs=spells).extension_days == 15
    assert coverage(terms, D(2026, 3, 1), repairs=spells, extend_for_repairs=False).ends_on == D(2027, 2, 28)


def test_a_recorded_exclusion_voids_the_cover():
    cover = coverage(WarrantyTerms(12, 24), D(2026, 3, 1), void_reason="无三包凭证")
    assert cover.verdict(D(2026, 4, 1)) == CoverageVerdict.VOID


@pytest.mark.parametrize(("typed", "expected"), [
    ("2026-03-01", D(2026, 3, 1)), ("2026/3/1", D(2026, 3, 1)), ("2026年3月1日", D(2026, 3, 1)),
    ("２０２６年３月１日", D(2026, 3, 1)), (" 2026.03.01 ", D(2026, 3, 1)), ("20260301", D(2026, 3, 1)),
    (46082, D(2026, 3, 1)), (dt.datetime(2026, 3, 1, 8, 0), D(2026, 3, 1)),
])
def test_dates_as_clerks_type_them(typed, expected):
    assert parse_date(typed) == expected


@pytest.mark.parametrize("typed", ["2026-02-30", "next week", "", None, "2026-13-01"])
def test_impossible_dates_are_refused(typed):
    with pytest.raises(ValueError):
        parse_date(typed)


def test_codes_and_text_are_normalised():
    assert clean_code(" ＬＦ５０４－２６ ０００１ ") == "LF504-260001"
    assert clean_code("lf504") == "LF504"
    assert clean_text("  王建国 \t ") == "王建国"
