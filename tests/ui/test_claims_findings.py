"""Every claim check has a sentence in the interface language, with its values filled in."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from app.domain.checks import (
    RULES,
    ClaimFacts,
    EarlierClaim,
    Finding,
    LabourLineFacts,
    PartLineFacts,
    Severity,
    run_checks,
)
from app.domain.coverage import CoverageVerdict
from app.ui.claims.findings import EXCLUSIONS, MESSAGES, check_level_label, exclusion_label, finding_text

EVERYTHING_WRONG = ClaimFacts(
    today=dt.date(2026, 6, 20), failure_date=dt.date(2026, 6, 25), repair_date=dt.date(2026, 6, 21),
    sale_date=dt.date(2026, 7, 1), warranty_recognised=False, coverage_verdict=CoverageVerdict.EXPIRED_BY_DATE,
    hour_meter=Decimal(5), highest_earlier_hour_meter=Decimal(10),
    part_lines=(PartLineFacts(1, "T5-112-10", Decimal(1), is_causal=True, retain=False, must_return=True,
                              photo_required=True),),
    labour_lines=(LabourLineFacts("L-E01", Decimal(5), Decimal(2)),),
    earlier_claims=tuple(EarlierClaim(f"SB2026-00000{n}", dt.date(2026, 6, 10), frozenset({1}), frozenset({1}))
                         for n in range(1, 5)),
    customer_signed=False, exclusion="voltage",
)


def test_every_rule_has_a_sentence():
    assert set(MESSAGES) == set(RULES)


def test_each_fired_rule_reads_as_a_complete_sentence(english):
    findings = run_checks(EVERYTHING_WRONG) + run_checks(
        replace(EVERYTHING_WRONG, coverage_verdict=CoverageVerdict.EXPIRED_BY_USAGE))
    assert {f.code for f in findings} == set(RULES)
    for finding in findings:
        text = finding_text(finding)
        assert "{" not in text and "…" not in text and text != finding.code, text
    texts = {f.code: finding_text(f) for f in findings}
    assert texts["DUPLICATE_CLAIM"] == ("The same causal part was already claimed on this unit within 30 days "
                                        "(claim SB2026-000001).")
    assert texts["EXCLUDED_CAUSE"] == ("The cause is recorded as an exclusion (Unstable supply voltage): "
                                       "not a warranty case.")
    assert texts["OLD_PART_NOT_RETAINED"] == ("Parts that must go back to head office are not kept as old parts: "
                                              "T5-112-10.")


def test_unknown_codes_and_missing_values_do_not_break_the_list(english):
    assert finding_text(Finding("NEW_RULE", Severity.WARNING)) == "NEW_RULE"
    assert finding_text(Finding("DATE_IN_FUTURE", Severity.BLOCKING, {})) == "The date … is in the future."
    assert exclusion_label(None) == "None" and exclusion_label("other") == "other"
    assert set(EXCLUSIONS) == {"", "misuse", "modification", "voltage", "force_majeure", "no_certificate"}
    assert check_level_label("blocking") == "Blocking"
