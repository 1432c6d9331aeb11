"""The statutory table as shipped, a model's terms against its floor, how a part is judged, and the
holiday rule for a last day (with a hand-made calendar: the real one is tested in tests/services)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.domain.coverage import RepairSpell, WarrantyTerms, coverage, roll_past_days_off
from app.domain.enums import ProductClass
from app.domain.errors import ValidationError
from app.domain.statutory import (
    PartBasis,
    PeriodWarning,
    StartBasis,
    TermsIssue,
    load_table,
    model_terms,
    parse_table,
    part_basis,
    period_warnings,
    statutory_main_component,
)

D = dt.date
TABLE = load_table(Path(__file__).resolve().parents[2] / "resources" / "statutory" / "periods.json")
TRACTOR_PARTS = ["发动机机体", "气缸盖", "飞轮", "机架", "变速箱箱体", "半轴壳体", "转向器壳体", "差速器壳体",
                 "最终传动箱体", "制动鼓", "牵引板", "提升器壳体"]
COMBINE_PARTS = ["发动机机体", "气缸盖", "飞轮", "机架", "变速箱箱体", "离合器壳体", "转向器", "最终传动齿轮箱体"]
ENGINE_PARTS = ["机体", "气缸盖", "飞轮"]


@pytest.mark.parametrize(("product_class", "whole", "main", "parts"), [
    (ProductClass.TRACTOR_OVER_18KW, 12, 24, TRACTOR_PARTS),
    (ProductClass.TRACTOR_UP_TO_18KW, 9, 18, TRACTOR_PARTS),
    (ProductClass.COMBINE_HARVESTER, 12, 24, COMBINE_PARTS),
    (ProductClass.DIESEL_MULTI_CYLINDER, 12, 24, ENGINE_PARTS),
    (ProductClass.DIESEL_SINGLE_CYLINDER, 9, 18, ENGINE_PARTS),
    (ProductClass.PETROL_TWO_STROKE, 3, 6, ENGINE_PARTS),
    (ProductClass.PETROL_FOUR_STROKE, 6, 12, ENGINE_PARTS),
    (ProductClass.OTHER, 12, 12, []),  # no main-component period of its own: the whole machine's
])
def test_each_product_class_has_the_regulations_periods(product_class, whole, main, parts) -> None:  # type: ignore[no-untyped-def]
    floor = TABLE.for_class(product_class)
    assert (floor.whole_machine_months, floor.main_floor_months) == (whole, main)
    assert [c.name for c in floor.main_components] == parts
    assert all(c.name_en for c in floor.main_components)
    # a model of the class on exactly the statutory terms: nothing to warn about, nothing raised
    terms = model_terms(WarrantyTerms(whole, main), product_class, TABLE)
    assert terms.issues == () and (terms.applied.months, terms.applied.main_component_months) == (whole, main)


def test_the_table_names_its_source_and_a_damaged_table_is_refused() -> None:
    assert "农业机械产品修理、更换、退货责任规定" in TABLE.source and TABLE.year == 2010
    assert "第二十四条" in TABLE.articles["start_and_periods"]
    assert TABLE.for_class(None).product_class == ProductClass.OTHER  # no class yet: the "other" floor
    with pytest.raises(ValidationError, match="no periods for"):
        parse_table({"source": "x", "year": 2010, "classes": {"other": {"whole_machine_months": 12}}})
    with pytest.raises(ValidationError, match="cannot be read"):
        parse_table({"source": "x", "year": 2010, "classes": {"tractor_gt18kw": {"whole_machine_months": "a"}}})


def test_terms_below_the_floor_are_raised_to_it_with_a_warning() -> None:
    # GIVEN a ≤ 18 kW tractor model entered with 6 / 12 months (the law says 9 / 18)
    terms = model_terms(WarrantyTerms(6, 12), ProductClass.TRACTOR_UP_TO_18KW, TABLE)
    # THEN coverage uses the floor, and the clerk is told both periods were below it
    assert (terms.applied.months, terms.applied.main_component_months) == (9, 18)
    assert terms.issues == (TermsIssue.WHOLE_BELOW_FLOOR, TermsIssue.MAIN_BELOW_FLOOR)
    assert (terms.dealer_months, terms.dealer_main_months) == (6, 12)
    # a dealer's raised terms are kept as they are
    raised = model_terms(WarrantyTerms(18, 36), ProductClass.TRACTOR_UP_TO_18KW, TABLE)
    assert (raised.applied.months, raised.applied.main_component_months, raised.issues) == (18, 36, ())


def test_a_model_without_a_product_class_gets_the_other_floor_and_a_warning() -> None:
    terms = model_terms(WarrantyTerms(6, 6), None, TABLE)
    assert (terms.applied.months, terms.applied.main_component_months) == (12, 12)
    assert terms.issues == (TermsIssue.NO_PRODUCT_CLASS, TermsIssue.WHOLE_BELOW_FLOOR, TermsIssue.MAIN_BELOW_FLOOR)
    assert period_warnings(StartBasis.INVOICE, terms.issues, ()) == (PeriodWarning.NO_PRODUCT_CLASS,
                                                                      PeriodWarning.TERMS_BELOW_FLOOR)
    assert period_warnings(StartBasis.SALE_DATE, (), (2028,)) == (PeriodWarning.NO_INVOICE_DATE,
                                                                   PeriodWarning.HOLIDAYS_UNKNOWN)
    assert period_warnings(StartBasis.EXCHANGE, (), ()) == ()


def test_how_a_part_is_judged() -> None:
    tractor = TABLE.for_class(ProductClass.TRACTOR_OVER_18KW)

    def judge(model_flag, part_flag=False, wear=False, name="油管"):  # type: ignore[no-untyped-def]
        return part_basis(model_flag=model_flag, part_flag=part_flag, is_wear_part=wear, name=name, floor=tractor)

    # the model's parts list decides when the part is listed for the model
    assert judge(True) == PartBasis.MAIN_COMPONENT
    assert judge(False, part_flag=True, name="飞轮") == PartBasis.WHOLE_MACHINE
    # not listed: the catalogue flag, then the regulation's list by exact name
    assert judge(None, part_flag=True) == PartBasis.MAIN_COMPONENT
    assert judge(None, name=" 气缸盖 ") == PartBasis.MAIN_COMPONENT
    assert judge(None, name="气缸盖螺栓") == PartBasis.WHOLE_MACHINE  # a bolt of the head is not the head
    assert not statutory_main_component("缸盖", tractor)
    # a wear part lives its own life; a main component never counts as a wear part
    assert judge(None, wear=True, name="三角带") == PartBasis.WEAR_PART
    assert judge(True, wear=True) == PartBasis.MAIN_COMPONENT
    assert judge(None) == PartBasis.WHOLE_MACHINE


def test_a_last_day_off_moves_to_the_first_working_day_after_it() -> None:
    # GIVEN a hand-made calendar: 1–8 October off, 11 October a working Saturday, other weekends off
    off = {D(2025, 10, d) for d in range(1, 9)}
    worked = {D(2025, 10, 11)}

    def day_off(day: dt.date) -> bool:
        return day in off or (day.weekday() >= 5 and day not in worked)

    assert roll_past_days_off(D(2025, 10, 1), day_off) == D(2025, 10, 9)
    assert roll_past_days_off(D(2025, 10, 11), day_off) == D(2025, 10, 11)  # a working Saturday stays
    assert roll_past_days_off(D(2025, 10, 12), day_off) == D(2025, 10, 13)  # Sunday → Monday
    assert roll_past_days_off(D(2025, 10, 1), None) == D(2025, 10, 1)
    # WHEN a 12-month period from 2 October 2024 is counted: its last day, 1 October 2025, is off
    cover = coverage(WarrantyTerms(12, 24), D(2024, 10, 2), day_off=day_off)
    # THEN it ends on 9 October; the nominal day is kept for the record
    assert (cover.nominal_ends_on, cover.ends_on) == (D(2025, 10, 1), D(2025, 10, 9))


def test_the_periods_restart_from_an_explicit_start() -> None:
    repairs = [RepairSpell(D(2026, 3, 1), D(2026, 3, 11))]  # before the exchange: no longer counts
    restarted = coverage(WarrantyTerms(12, 24), D(2026, 4, 10), repairs=repairs)
    assert (restarted.starts_on, restarted.ends_on, restarted.main_components_end_on) == (
        D(2026, 4, 10), D(2027, 4, 9), D(2028, 4, 9))
    assert restarted.extension_days == 0
