"""Seasons, ages and the reasons of reserve plan lines; the arithmetic from forecast to suggested quantity."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain.errors import ValidationError
from app.domain.reserve import (
    FieldTerm,
    Reason,
    age_band,
    check_season_dates,
    decode_reason,
    encode_reason,
    next_season_year,
    plan_due_date,
    season_window,
)
from app.services.plans.method import Method, line_quantities, poisson_quantile, round_up_to_pack

D = Decimal


@pytest.mark.parametrize(("month", "day", "length", "message"), [
    (None, 1, 30, "the start month is missing"),
    (3, "", 30, "the start day is missing"),
    (3, 1, None, "the length in days is missing"),
    (2, 30, 30, "2-30 is not a day of the year"),
    (13, 1, 30, "13-1 is not a day of the year"),
    (2, 29, 30, "cannot start on 29 February"),
    (3, 1, 0, "the length must be 1 to 366 days, not 0"),
    (3, 1, "sixty", "must be a whole number"),
])
def test_a_season_without_proper_dates_is_refused(month, day, length, message):
    with pytest.raises(ValidationError, match=message):
        check_season_dates(month, day, length)


def test_season_window_next_start_and_due_date():
    assert check_season_dates("3", 1, "61") == (3, 1, 61)
    assert season_window(3, 1, 61, 2027) == (dt.date(2027, 3, 1), dt.date(2027, 5, 1))
    assert next_season_year(3, 1, dt.date(2026, 11, 27)) == 2027
    assert next_season_year(3, 1, dt.date(2027, 3, 1)) == 2027  # starting today: still ahead
    assert next_season_year(12, 1, dt.date(2026, 11, 27)) == 2026
    assert plan_due_date(dt.date(2027, 3, 1)) == dt.date(2027, 1, 30)


@pytest.mark.parametrize(("sold", "band"), [
    (dt.date(2027, 3, 2), 0),  # sold after the day: not yet in the field, counted as new
    (dt.date(2026, 3, 2), 0), (dt.date(2026, 3, 1), 1), (dt.date(2025, 3, 1), 2), (dt.date(2020, 1, 1), 3),
])
def test_age_band_in_whole_years(sold, band):
    assert age_band(sold, dt.date(2027, 3, 1)) == band


def _reason(**changes: object) -> Reason:
    values: dict[str, object] = dict(
        history=((2026, D(14)), (2025, D(9))),
        field=(FieldTerm("4LZ-6", 1, D("312"), D("0.031"), D("9.7")),
               FieldTerm("新机型", 0, D("40"), D("0.01"), D("0.4"), borrowed=True)),
        repairs=D("10.1"), other=D("2.5"), other_units=D("600"), forecast=D("12.6"), safety=D("4.4"),
        minimum=D(1), on_hand=D(3), on_order=D(0), pack_size=10)
    values.update(changes)
    return Reason(**values)  # type: ignore[arg-type]


def test_reasons_survive_the_database_unchanged():
    reason = _reason()
    assert decode_reason(encode_reason(reason)) == reason
    assert reason.new_model and reason.last_year == (2026, D(14))
    assert decode_reason("多备两件，用户订货") is None  # typed by a person: shown as it is
    assert decode_reason('{"v": 99}') is None


def test_reason_reads_well_in_both_languages():
    from app.reports.plan_reason_text import reason_text

    stored = encode_reason(_reason())
    chinese = reason_text(stored, "zh_CN")
    english = reason_text(stored, "en")
    assert chinese.startswith("依据：4LZ-6 机龄1-2年 312 台，往年同季故障率 3.1%")
    assert "2026年同季用量 14" in chinese and "库存 3，在途 0，每包 10" in chinese
    assert english.startswith("because: 312 units of 4LZ-6 aged 1-2 years, 3.1% failure in past seasons")
    assert "40 units of 新机型 (new model) aged 0-1 years, 1% as other models' parts of its kind" in english
    assert "新机型（新机型）机龄0-1年 40 台，按其他机型同类配件1%" in chinese
    assert "same season 2026: 14" in english and "pack of 10" in english
    assert reason_text("多备两件", "en") == "多备两件"


def test_poisson_quantile_covers_the_share_of_seasons_asked():
    assert poisson_quantile(0, 0.9) == 0
    assert poisson_quantile(0.05, 0.9) == 0  # P(no demand) = 0.95
    assert poisson_quantile(1, 0.9) == 2  # P(≤1) = 0.736, P(≤2) = 0.920
    assert poisson_quantile(10, 0.9) == 14  # P(≤13) = 0.864, P(≤14) = 0.917
    assert poisson_quantile(1000, 0.9) == 1041  # the normal approximation: 1000 + 1.2816 × 31.6


def test_round_up_to_whole_packs_and_a_pack_size_of_zero():
    assert round_up_to_pack(D("0.3"), 10) == 10
    assert round_up_to_pack(D(20), 10) == 20
    assert round_up_to_pack(D(-4), 10) == 0
    with pytest.raises(ValidationError, match="part E1-101 has pack size 0 in the parts catalogue"):
        round_up_to_pack(D(3), 0, "E1-101")


def test_line_quantities_by_hand():
    # GIVEN 312 machines failing 3.1% a season and other use of 2.5, with 3 on hand and packs of 10
    terms = [FieldTerm("4LZ-6", 1, D(312), D("0.031"), D(312) * D("0.031"))]
    q = line_quantities(part_no="H6-110", history=((2026, D(14)),), terms=terms, other=D("2.5"),
                        other_units=D(600), minimum=D(0), on_hand=D(3), on_order=D(2), pack_size=10,
                        method=Method())
    # THEN forecast 9.672 + 2.5 = 12.2; 90% of Poisson(12.2) is within 17; 17 − 3 − 2 = 12 → two packs
    assert q.forecast == D("12.2") and q.target == 17 and q.safety == D("4.8") and q.suggested == 20
    assert q.reason.field[0].expected == D("9.7") and q.reason.repairs == D("9.7")
    # A warranty part nobody used still gets its minimum; the safety stock says 0, not the minimum
    q = line_quantities(part_no="E1-119", history=((2026, D(0)),), terms=[], other=D(0), other_units=D(0),
                        minimum=D(1), on_hand=D(0), on_order=D(0), pack_size=1, method=Method())
    assert (q.forecast, q.safety, q.target, q.suggested) == (0, 0, 1, 1) and q.worth_a_line
