"""Every claim check fires on the facts that break it and stays silent on a clean claim."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from app.domain.checks import (
    RULES,
    ClaimFacts,
    EarlierClaim,
    LabourLineFacts,
    PartLineFacts,
    RuleSetting,
    Severity,
    disabled,
    run_checks,
    worst,
)
from app.domain.coverage import CoverageVerdict

D = dt.date
PUMP = PartLineFacts(part_id=7, part_no="T5-112-10", quantity=Decimal(1), is_causal=True, retain=True,
                     must_return=True, photo_required=False)
FILTER = PartLineFacts(part_id=9, part_no="T5-101-22", quantity=Decimal(2), is_causal=False, retain=False,
                       must_return=False, photo_required=False)

CLEAN = ClaimFacts(
    today=D(2026, 6, 20), failure_date=D(2026, 6, 10), repair_date=D(2026, 6, 12), sale_date=D(2026, 3, 1),
    warranty_recognised=True, coverage_verdict=CoverageVerdict.IN_WARRANTY,
    hour_meter=Decimal("210.5"), highest_earlier_hour_meter=Decimal("120"),
    part_lines=(PUMP, FILTER),
    labour_lines=(LabourLineFacts("L-E02", Decimal("1.5"), Decimal("1.5")),),
    earlier_claims=(EarlierClaim("SB2026-000010", D(2026, 4, 1), frozenset({3}), frozenset({3, 9})),),
    customer_signed=True, photo_count=0,
)


def _earlier(n: int, part: int, causal: bool, day: dt.date) -> EarlierClaim:
    return EarlierClaim(f"SB2026-0000{n:02d}", day, frozenset({part}) if causal else frozenset(), frozenset({part}))


FIRING = {
    "CARD_NOT_RECOGNISED": replace(CLEAN, warranty_recognised=False),
    "OUT_OF_WARRANTY_DATE": replace(CLEAN, coverage_verdict=CoverageVerdict.EXPIRED_BY_DATE),
    "OUT_OF_WARRANTY_USAGE": replace(CLEAN, coverage_verdict=CoverageVerdict.EXPIRED_BY_USAGE),
    "FAILURE_AFTER_REPAIR": replace(CLEAN, failure_date=D(2026, 6, 13)),
    "DATE_IN_FUTURE": replace(CLEAN, repair_date=D(2026, 6, 21)),
    "REPAIR_BEFORE_SALE": replace(CLEAN, failure_date=D(2026, 2, 27)),
    "DUPLICATE_CLAIM": replace(CLEAN, earlier_claims=(_earlier(11, 7, True, D(2026, 5, 20)),)),
    "PART_REPAIRED_OFTEN": replace(CLEAN, earlier_claims=tuple(
        _earlier(n, 9, False, D(2026, 3, 10 + n)) for n in range(3))),
    "UNIT_REPAIRED_OFTEN": replace(CLEAN, earlier_claims=tuple(
        _earlier(n, 100 + n, False, D(2026, 3, 10 + n)) for n in range(3))),
    "LABOUR_ABOVE_FLAT_RATE": replace(CLEAN, labour_lines=(LabourLineFacts("L-E02", Decimal("2.0"),
                                                                           Decimal("1.5")),)),
    "HOUR_METER_BACKWARDS": replace(CLEAN, hour_meter=Decimal("100")),
    "OLD_PART_NOT_RETAINED": replace(CLEAN, part_lines=(replace(PUMP, retain=False), FILTER)),
    "SIGNATURE_MISSING": replace(CLEAN, customer_signed=False),
    "PHOTOS_MISSING": replace(CLEAN, part_lines=(replace(PUMP, photo_required=True), FILTER)),
    "EXCLUDED_CAUSE": replace(CLEAN, exclusion="misuse"),
}


def test_a_clean_claim_has_no_findings():
    assert run_checks(CLEAN) == []
    assert worst([]) == "ok"


def test_every_rule_has_a_firing_case():
    assert set(FIRING) == set(RULES)


# A part repaired four times means the unit was repaired four times too: look at the part rule alone.
ALONE = {"PART_REPAIRED_OFTEN": {"UNIT_REPAIRED_OFTEN": disabled("UNIT_REPAIRED_OFTEN")}}


@pytest.mark.parametrize("code", list(FIRING))
def test_rule_fires_alone_on_its_facts(code):
    findings = run_checks(FIRING[code], ALONE.get(code))
    assert [f.code for f in findings] == [code]
    assert findings[0].severity == RULES[code][1].severity


@pytest.mark.parametrize("code", list(FIRING))
def test_rule_can_be_switched_off(code):
    assert run_checks(FIRING[code], {**ALONE.get(code, {}), code: disabled(code)}) == []


def test_a_part_repaired_often_is_also_a_unit_repaired_often():
    codes = [f.code for f in run_checks(FIRING["PART_REPAIRED_OFTEN"])]
    assert codes == ["PART_REPAIRED_OFTEN", "UNIT_REPAIRED_OFTEN"]


def test_thresholds_are_data():
    duplicate = FIRING["DUPLICATE_CLAIM"]  # the earlier claim was 23 days before
    assert [f.code for f in run_checks(duplicate)] == ["DUPLICATE_CLAIM"]
    narrower = {"DUPLICATE_CLAIM": RuleSetting(severity=Severity.WARNING, threshold=Decimal(20))}
    assert run_checks(duplicate, narrower) == []
    tolerant = {"LABOUR_ABOVE_FLAT_RATE": RuleSetting(severity=Severity.WARNING, threshold=Decimal(40))}
    assert run_checks(FIRING["LABOUR_ABOVE_FLAT_RATE"], tolerant) == []  # 2.0 h is within 1.5 h + 40 %


def test_severity_is_data_and_worst_sums_it_up():
    strict = {"SIGNATURE_MISSING": RuleSetting(severity=Severity.WARNING)}
    findings = run_checks(FIRING["SIGNATURE_MISSING"], strict)
    assert worst(findings) == "warning"
    assert worst(run_checks(replace(FIRING["SIGNATURE_MISSING"], exclusion="voltage"), strict)) == "blocking"


def test_findings_carry_what_the_message_needs():
    (finding,) = run_checks(FIRING["HOUR_METER_BACKWARDS"])
    assert finding.params == {"reading": "100", "earlier": "120"}
    (finding,) = run_checks(FIRING["DUPLICATE_CLAIM"])
    assert finding.params == {"claim": "SB2026-000011", "days": "30"}


def test_unknown_rule_codes_are_refused():
    with pytest.raises(KeyError):
        run_checks(CLEAN, {"NO_SUCH_RULE": RuleSetting()})
