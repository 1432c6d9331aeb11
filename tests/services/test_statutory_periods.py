"""The two 三包 periods of a unit counted as the regulation counts them, on both database backends.

Every expected date below is worked out by hand in the comment beside it: the period's nominal last
day (start + months − 1 day, plus the days out of service), then the holiday rule — a last day that is a
public holiday or rest day moves on to the first working day (China's calendar as published by the State
Council; for years not published yet, 2027 and later here, only weekends count, with a warning).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from app.db.models import Customer, EmergencyOrder, ModelPart, Part, ProductModel, Unit, WarrantyClaim
from app.domain.enums import ClaimStatus, MachineCategory, ProductClass
from app.domain.statutory import PartBasis, PeriodWarning, StartBasis, TermsIssue
from app.services.statutory import DaysOff, model_checks
from app.services.warranty import out_of_service, warranty_for_unit
from app.services.warranty_periods import judge_parts, unit_periods

D = dt.date
TODAY = D(2026, 11, 27)


def _model(s: Session, code: str, product_class: ProductClass | None, months: int, main: int) -> int:
    row = ProductModel(code=code, name=f"机型 {code}", category=MachineCategory.TRACTOR, product_class=product_class,
                       warranty_months=months, main_component_months=main, labour_rate=Decimal("60.00"))
    s.add(row)
    s.flush()
    return row.id


def _unit(s: Session, serial: str, model_id: int, customer_id: int, invoice: dt.date | None,
          sale: dt.date | None = None) -> int:
    row = Unit(serial_no=serial, model_id=model_id, customer_id=customer_id, sale_date=sale or invoice,
               invoice_date=invoice)
    s.add(row)
    s.flush()
    return row.id


def _claim(s: Session, number: str, unit_id: int, customer_id: int, failed: dt.date, repaired: dt.date,
           wait: int = 0) -> int:
    row = WarrantyClaim(claim_no=number, unit_id=unit_id, customer_id=customer_id, status=ClaimStatus.READY,
                        failure_date=failed, repair_date=repaired, parts_wait_days=wait,
                        labour_amount=Decimal(0), parts_amount=Decimal(0), travel_amount=Decimal(0),
                        other_amount=Decimal(0), total_amount=Decimal(0))
    s.add(row)
    s.flush()
    return row.id


def _part(s: Session, number: str, name: str, *, main: bool = False, wear: bool = False,
          life: int | None = None) -> int:
    row = Part(part_no=number, name=name, unit_price=Decimal("10.00"), is_main_component=main, is_wear_part=wear,
               wear_life_months=life)
    s.add(row)
    s.flush()
    return row.id


def seed(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    ids: dict[str, int] = {}
    with db.sessions.begin() as s:
        wang = Customer(code="KH2026-000001", name="王建国", phone="13800000000")
        s.add(wang)
        s.flush()
        c = ids["customer"] = wang.id
        tractor = ids["tractor"] = _model(s, "LX-1304", ProductClass.TRACTOR_OVER_18KW, 12, 24)
        ids["unclassed"] = _model(s, "X-1", None, 6, 6)
        ids["petrol"] = _model(s, "GX-35", ProductClass.PETROL_TWO_STROKE, 2, 4)
        ids["national_day"] = _unit(s, "U-ND", tractor, c, D(2024, 10, 2))
        ids["spring"] = _unit(s, "U-SF", tractor, c, D(2025, 2, 17))
        ids["repaired"] = _unit(s, "U-RP", tractor, c, D(2026, 3, 2))
        ids["exchanged"] = _unit(s, "U-EX", tractor, c, D(2026, 1, 5))
        ids["no_class"] = _unit(s, "U-NC", ids["unclassed"], c, D(2026, 6, 1))
        ids["no_invoice"] = _unit(s, "U-NI", tractor, c, None, sale=D(2026, 6, 1))
        ids["below"] = _unit(s, "U-BF", ids["petrol"], c, D(2026, 5, 6))
        # parts of the tractor model
        flywheel = ids["flywheel"] = _part(s, "P-FW", "飞轮")
        head = ids["head"] = _part(s, "P-CH", "气缸盖", main=True)
        belt = ids["belt"] = _part(s, "P-VB", "三角带", wear=True, life=6)
        pads = ids["pads"] = _part(s, "P-BP", "刹车片", wear=True)
        ids["injector"] = _part(s, "P-IJ", "喷油器", main=True)  # not on the model's list
        ids["hose"] = _part(s, "P-HS", "油管")
        s.add_all([ModelPart(model_id=tractor, part_id=flywheel, main_component=True),
                   ModelPart(model_id=tractor, part_id=head, main_component=False),
                   ModelPart(model_id=tractor, part_id=belt), ModelPart(model_id=tractor, part_id=pads)])
        # out of service: unit "repaired"
        r = ids["repaired"]
        _claim(s, "SB-A", r, c, D(2026, 5, 4), D(2026, 5, 6))  # 2 days in repair
        _claim(s, "SB-B", r, c, D(2026, 7, 1), D(2026, 7, 3), wait=5)  # fixed for now, 5 days for the part
        waited = _claim(s, "SB-C", r, c, D(2026, 8, 10), D(2026, 8, 12))
        s.add(EmergencyOrder(order_no="JJ-1", claim_id=waited, part_id=belt, quantity=Decimal(1),
                             ordered_on=D(2026, 8, 10), received_on=D(2026, 8, 20)))  # the part came on the 20th
        _claim(s, "SB-D", r, c, D(2026, 9, 1), D(2026, 9, 11), wait=7)  # the 7 days lie inside the 10
        cancelled = _claim(s, "SB-E", r, c, D(2026, 10, 1), D(2026, 10, 30))
        s.get(WarrantyClaim, cancelled).status = ClaimStatus.CANCELLED  # type: ignore[union-attr]
        # before the exchange: the restarted periods do not count it
        _claim(s, "SB-F", ids["exchanged"], c, D(2026, 1, 8), D(2026, 1, 12))
    return ids


def test_a_period_ending_on_1_october_ends_after_the_national_day_holiday(database) -> None:  # type: ignore[no-untyped-def]
    ids = seed(database)
    w = warranty_for_unit(database, ids["national_day"], TODAY)
    cover = w.coverage
    # whole machine: 2 Oct 2024 + 12 months − 1 day = Wed 1 Oct 2025; 1–8 Oct 2025 is the National Day and
    # Mid-Autumn holiday → Thu 9 Oct 2025
    assert (cover.nominal_ends_on, cover.ends_on) == (D(2025, 10, 1), D(2025, 10, 9))
    # main components: + 24 months − 1 day = Thu 1 Oct 2026; 1–7 Oct 2026 off → Thu 8 Oct 2026
    assert (cover.nominal_main_components_end_on, cover.main_components_end_on) == (D(2026, 10, 1), D(2026, 10, 8))
    assert w.start_basis == StartBasis.INVOICE and w.warnings == ()


def test_a_period_ending_in_the_spring_festival(database) -> None:  # type: ignore[no-untyped-def]
    ids = seed(database)
    w = warranty_for_unit(database, ids["spring"], TODAY)
    # 17 Feb 2025 + 12 months − 1 day = Mon 16 Feb 2026, inside the Spring Festival holiday (15–23 Feb) →
    # Tue 24 Feb 2026
    assert (w.coverage.nominal_ends_on, w.coverage.ends_on) == (D(2026, 2, 16), D(2026, 2, 24))
    # main components: Tue 16 Feb 2027. 2027's holidays are not published: weekends only, and a warning
    assert w.coverage.main_components_end_on == D(2027, 2, 16)
    assert w.guessed_years == (2027,) and w.warnings == (PeriodWarning.HOLIDAYS_UNKNOWN,)


def test_an_unknown_year_falls_back_to_weekends() -> None:
    days_off = DaysOff()
    assert days_off(D(2026, 10, 1)) and not days_off(D(2026, 10, 10))  # known: a holiday, a working Saturday
    assert days_off.guessed == ()
    assert days_off(D(2027, 10, 2)) and not days_off(D(2027, 10, 1))  # Saturday off; 1 Oct unknown, a Friday
    assert days_off.guessed == (2027,)


def test_time_in_repair_and_waiting_for_parts_extends_both_periods(database) -> None:  # type: ignore[no-untyped-def]
    ids = seed(database)
    cover = warranty_for_unit(database, ids["repaired"], TODAY).coverage
    # A 4→6 May: 2 days. B 1→3 Jul, 5 days waiting for the part: 1→6 Jul, 5 days. C 10→12 Aug, the part
    # received on 20 Aug: 10 days. D 1→11 Sep with 7 days' wait inside it: 10 days, not 17. E cancelled.
    assert cover.extension_days == 2 + 5 + 10 + 10
    # whole machine: 2 Mar 2026 + 12 months − 1 day = 1 Mar 2027, + 27 days = Sun 28 Mar 2027 → Mon 29 Mar
    assert (cover.nominal_ends_on, cover.ends_on) == (D(2027, 3, 28), D(2027, 3, 29))
    # main components: 1 Mar 2028 + 27 days = Tue 28 Mar 2028
    assert cover.main_components_end_on == D(2028, 3, 28)
    # the rule itself: a wait inside the spell adds nothing, a longer one or a later part lengthens it
    assert out_of_service(D(2026, 9, 1), D(2026, 9, 11), 7, None).days == 10
    assert out_of_service(D(2026, 7, 1), D(2026, 7, 3), 5, None).days == 5
    assert out_of_service(D(2026, 8, 10), D(2026, 8, 12), 0, D(2026, 8, 20)).days == 10


def test_the_periods_restart_from_the_exchange_date(database) -> None:  # type: ignore[no-untyped-def]
    ids = seed(database)
    before = warranty_for_unit(database, ids["exchanged"], TODAY)
    # 5 Jan 2026 + 12 months − 1 day = Mon 4 Jan 2027, + 4 days in repair (8→12 Jan) = Fri 8 Jan 2027
    assert before.coverage.ends_on == D(2027, 1, 8)
    # WHEN the unit is exchanged on 15 January 2026, the periods start again that day
    after = warranty_for_unit(database, ids["exchanged"], TODAY, start=D(2026, 1, 15))
    # THEN: 15 Jan 2026 + 12 months − 1 day = Thu 14 Jan 2027; + 24 months − 1 day = Fri 14 Jan 2028; the
    # repair before the exchange no longer counts
    assert (after.coverage.starts_on, after.coverage.ends_on) == (D(2026, 1, 15), D(2027, 1, 14))
    assert after.coverage.main_components_end_on == D(2028, 1, 14) and after.coverage.extension_days == 0
    assert after.start_basis == StartBasis.EXCHANGE
    assert unit_periods(database, ids["exchanged"], TODAY, start=D(2026, 1, 15)).whole_machine_ends_on == D(2027, 1, 14)


def test_a_model_without_a_product_class_uses_the_other_floor_with_a_warning(database) -> None:  # type: ignore[no-untyped-def]
    ids = seed(database)
    w = warranty_for_unit(database, ids["no_class"], TODAY)
    # entered as 6 months; the "other" floor is 12: 1 Jun 2026 + 12 months − 1 day = Mon 31 May 2027
    assert w.coverage.ends_on == D(2027, 5, 31) and w.coverage.main_components_end_on == D(2027, 5, 31)
    assert w.warnings[:2] == (PeriodWarning.NO_PRODUCT_CLASS, PeriodWarning.TERMS_BELOW_FLOOR)
    checks = {c.code: c for c in model_checks(database)}
    assert set(checks) == {"X-1", "GX-35"}  # the tractor model is in order
    assert checks["X-1"].issues[0] == TermsIssue.NO_PRODUCT_CLASS and checks["X-1"].floor_months == 12


def test_a_sale_without_an_invoice_date_counts_from_the_sale_date_with_a_warning(database) -> None:  # type: ignore[no-untyped-def]
    ids = seed(database)
    w = warranty_for_unit(database, ids["no_invoice"], TODAY)
    # 1 Jun 2026 + 12 months − 1 day = Mon 31 May 2027
    assert (w.coverage.starts_on, w.coverage.ends_on) == (D(2026, 6, 1), D(2027, 5, 31))
    assert w.start_basis == StartBasis.SALE_DATE and PeriodWarning.NO_INVOICE_DATE in w.warnings


def test_terms_below_the_floor_are_raised_with_a_warning(database) -> None:  # type: ignore[no-untyped-def]
    ids = seed(database)
    w = warranty_for_unit(database, ids["below"], TODAY)
    # a 2-stroke petrol engine entered with 2 / 4 months; the law says 3 / 6. 6 May 2026 + 3 months − 1 day =
    # Wed 5 Aug 2026; + 6 months − 1 day = Thu 5 Nov 2026
    assert (w.coverage.ends_on, w.coverage.main_components_end_on) == (D(2026, 8, 5), D(2026, 11, 5))
    assert w.warnings == (PeriodWarning.TERMS_BELOW_FLOOR,)
    check = next(c for c in model_checks(database) if c.code == "GX-35")
    assert check.issues == (TermsIssue.WHOLE_BELOW_FLOOR, TermsIssue.MAIN_BELOW_FLOOR)
    assert (check.floor_months, check.floor_main_months) == (3, 6)


def test_the_three_answers_and_each_part_judged(database) -> None:  # type: ignore[no-untyped-def]
    ids = seed(database)
    periods = unit_periods(database, ids["national_day"], TODAY)
    assert (periods.whole_machine_ends_on, periods.main_components_end_on) == (D(2025, 10, 9), D(2026, 10, 8))
    assert (periods.whole_machine_months, periods.main_component_months) == (12, 24)
    assert periods.main_components == ("飞轮",)  # the model's own list
    # wear parts: the belt lives 6 months: 2 Oct 2024 + 6 months − 1 day = Tue 1 Apr 2025 (a working day);
    # the brake pads have no life recorded: the whole machine's period
    wear = {p.name: (p.life_months, p.ends_on) for p in periods.wear_parts}
    assert wear == {"三角带": (6, D(2025, 4, 1)), "刹车片": (None, D(2025, 10, 9))}
    _, parts = judge_parts(database, ids["national_day"],
                           [ids["flywheel"], ids["head"], ids["belt"], ids["injector"], ids["hose"]],
                           on_date=D(2025, 11, 1))
    basis = {p.name: p.basis for p in parts}
    assert basis == {"飞轮": PartBasis.MAIN_COMPONENT,  # the model's list says so
                     "气缸盖": PartBasis.WHOLE_MACHINE,  # listed for the model, not as a main component
                     "三角带": PartBasis.WEAR_PART,
                     "喷油器": PartBasis.MAIN_COMPONENT,  # not listed for the model: the catalogue flag
                     "油管": PartBasis.WHOLE_MACHINE}
    covered = {p.name: p.covers(D(2025, 11, 1), periods.starts_on) for p in parts}
    assert covered == {"飞轮": True, "气缸盖": False, "三角带": False, "喷油器": True, "油管": False}
    # a model without its own list shows the regulation's
    assert unit_periods(database, ids["spring"], TODAY).main_components == ("飞轮",)
    assert unit_periods(database, ids["no_invoice"], TODAY).statutory_main_components[0].name == "发动机机体"


def test_a_unit_handed_over_in_an_exchange_counts_from_the_exchange_date(database) -> None:  # type: ignore[no-untyped-def]
    from app.db.models import ExchangeRefund
    from app.domain.exchanges import FaultKind, ReturnKind

    ids = seed(database)
    # GIVEN unit U-EX (invoice 5 Jan 2026) exchanged on 15 Jan for a new unit, recorded with its own dates
    with database.sessions.begin() as s:
        new = _unit(s, "U-EX2", ids["tractor"], ids["customer"], D(2026, 1, 15))
        s.add(ExchangeRefund(record_no="HH2026-0001", kind=ReturnKind.EXCHANGE, unit_id=ids["exchanged"],
                             new_unit_id=new, customer_id=ids["customer"], window_start=D(2026, 1, 5),
                             fault_date=D(2026, 1, 12), decided_on=D(2026, 1, 15), fault_kind=FaultKind.SAFETY,
                             fault_description="转向失灵"))
    # THEN the new unit's periods start on the exchange date, and say so
    w = warranty_for_unit(database, new, TODAY)
    assert (w.start_basis, w.coverage.starts_on, w.coverage.ends_on) == (StartBasis.EXCHANGE, D(2026, 1, 15),
                                                                        D(2027, 1, 14))
    assert unit_periods(database, new, TODAY).start_basis == StartBasis.EXCHANGE
