"""Pre-submission checks of a warranty claim: one rule per check, each with a code, a severity and,
where it has one, a threshold. Rules and thresholds are data a dealer adjusts for its manufacturer
(`RuleSetting`), not constants buried in code. The checks read plain facts (`ClaimFacts`) gathered
by the claims service and return findings; the UI turns each code into a sentence in its language.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from app.domain.coverage import CoverageVerdict


class Severity(StrEnum):
    BLOCKING = "blocking"  # the claim cannot become ready
    WARNING = "warning"  # shown, and the manager decides


@dataclass(frozen=True)
class RuleSetting:
    enabled: bool = True
    severity: Severity = Severity.BLOCKING
    threshold: Decimal | None = None


@dataclass(frozen=True)
class PartLineFacts:
    part_id: int
    part_no: str
    quantity: Decimal
    is_causal: bool
    retain: bool
    must_return: bool
    photo_required: bool


@dataclass(frozen=True)
class LabourLineFacts:
    operation_code: str
    actual_hours: Decimal
    flat_rate_hours: Decimal | None


@dataclass(frozen=True)
class EarlierClaim:
    """Another (not cancelled) claim on the same unit."""

    claim_no: str
    repair_date: dt.date
    causal_part_ids: frozenset[int]
    part_ids: frozenset[int]


@dataclass(frozen=True)
class ClaimFacts:
    today: dt.date
    failure_date: dt.date
    repair_date: dt.date
    sale_date: dt.date
    warranty_recognised: bool  # registration card in time, or a manager's override
    coverage_verdict: CoverageVerdict  # for the failure date, hours and area of this claim
    hour_meter: Decimal | None = None
    highest_earlier_hour_meter: Decimal | None = None
    part_lines: tuple[PartLineFacts, ...] = ()
    labour_lines: tuple[LabourLineFacts, ...] = ()
    earlier_claims: tuple[EarlierClaim, ...] = ()
    customer_signed: bool = False
    photo_count: int = 0
    model_requires_photos: bool = False
    exclusion: str | None = None  # misuse, modification, voltage, force_majeure, no_certificate …


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    params: Mapping[str, str] = field(default_factory=dict)  # values for the message's {placeholders}


Check = Callable[[ClaimFacts, RuleSetting], dict[str, str] | None]  # None: silent; a dict: fires


def _card(f: ClaimFacts, _r: RuleSetting) -> dict[str, str] | None:
    return None if f.warranty_recognised else {}


def _expired_by_date(f: ClaimFacts, _r: RuleSetting) -> dict[str, str] | None:
    return {} if f.coverage_verdict in (CoverageVerdict.EXPIRED_BY_DATE, CoverageVerdict.VOID) else None


def _expired_by_usage(f: ClaimFacts, _r: RuleSetting) -> dict[str, str] | None:
    return {} if f.coverage_verdict == CoverageVerdict.EXPIRED_BY_USAGE else None


def _failure_after_repair(f: ClaimFacts, _r: RuleSetting) -> dict[str, str] | None:
    return {"failure": f.failure_date.isoformat(), "repair": f.repair_date.isoformat()} \
        if f.failure_date > f.repair_date else None


def _in_future(f: ClaimFacts, _r: RuleSetting) -> dict[str, str] | None:
    latest = max(f.failure_date, f.repair_date)
    return {"date": latest.isoformat()} if latest > f.today else None


def _before_sale(f: ClaimFacts, _r: RuleSetting) -> dict[str, str] | None:
    earliest = min(f.failure_date, f.repair_date)
    return {"sale": f.sale_date.isoformat()} if earliest < f.sale_date else None


def _causal_ids(f: ClaimFacts) -> set[int]:
    return {line.part_id for line in f.part_lines if line.is_causal}


def _duplicate(f: ClaimFacts, r: RuleSetting) -> dict[str, str] | None:
    days = int(r.threshold if r.threshold is not None else 30)
    causal = _causal_ids(f)
    for earlier in f.earlier_claims:
        if causal & earlier.causal_part_ids and abs((f.repair_date - earlier.repair_date).days) <= days:
            return {"claim": earlier.claim_no, "days": str(days)}
    return None


def _part_repeated(f: ClaimFacts, r: RuleSetting) -> dict[str, str] | None:
    limit = int(r.threshold if r.threshold is not None else 3)
    for line in f.part_lines:
        times = 1 + sum(1 for earlier in f.earlier_claims if line.part_id in earlier.part_ids)
        if times > limit:
            return {"part": line.part_no, "times": str(times)}
    return None


def _unit_repeated(f: ClaimFacts, r: RuleSetting) -> dict[str, str] | None:
    limit = int(r.threshold if r.threshold is not None else 3)
    times = 1 + len(f.earlier_claims)
    return {"times": str(times)} if times > limit else None


def _labour_above_flat_rate(f: ClaimFacts, r: RuleSetting) -> dict[str, str] | None:
    tolerance = r.threshold if r.threshold is not None else Decimal(0)  # percent over the flat rate allowed
    for line in f.labour_lines:
        if line.flat_rate_hours is not None and \
                line.actual_hours > line.flat_rate_hours * (1 + tolerance / 100):
            return {"operation": line.operation_code, "actual": f"{line.actual_hours}",
                    "flat": f"{line.flat_rate_hours}"}
    return None


def _hour_meter_backwards(f: ClaimFacts, _r: RuleSetting) -> dict[str, str] | None:
    if f.hour_meter is None or f.highest_earlier_hour_meter is None:
        return None
    return {"reading": f"{f.hour_meter}", "earlier": f"{f.highest_earlier_hour_meter}"} \
        if f.hour_meter < f.highest_earlier_hour_meter else None


def _not_retained(f: ClaimFacts, _r: RuleSetting) -> dict[str, str] | None:
    missing = [line.part_no for line in f.part_lines if line.must_return and not line.retain]
    return {"parts": ", ".join(missing)} if missing else None


def _signature(f: ClaimFacts, _r: RuleSetting) -> dict[str, str] | None:
    return None if f.customer_signed else {}


def _photos(f: ClaimFacts, _r: RuleSetting) -> dict[str, str] | None:
    needs = f.model_requires_photos or any(line.photo_required for line in f.part_lines)
    return {} if needs and f.photo_count == 0 else None


def _exclusion(f: ClaimFacts, _r: RuleSetting) -> dict[str, str] | None:
    return {"exclusion": f.exclusion} if f.exclusion else None


# code → (check, default setting). The order is the order findings are shown in.
RULES: dict[str, tuple[Check, RuleSetting]] = {
    "CARD_NOT_RECOGNISED": (_card, RuleSetting()),
    "OUT_OF_WARRANTY_DATE": (_expired_by_date, RuleSetting()),
    "OUT_OF_WARRANTY_USAGE": (_expired_by_usage, RuleSetting()),
    "FAILURE_AFTER_REPAIR": (_failure_after_repair, RuleSetting()),
    "DATE_IN_FUTURE": (_in_future, RuleSetting()),
    "REPAIR_BEFORE_SALE": (_before_sale, RuleSetting()),
    "DUPLICATE_CLAIM": (_duplicate, RuleSetting(severity=Severity.WARNING, threshold=Decimal(30))),
    "PART_REPAIRED_OFTEN": (_part_repeated, RuleSetting(severity=Severity.WARNING, threshold=Decimal(3))),
    "UNIT_REPAIRED_OFTEN": (_unit_repeated, RuleSetting(severity=Severity.WARNING, threshold=Decimal(3))),
    "LABOUR_ABOVE_FLAT_RATE": (_labour_above_flat_rate, RuleSetting(severity=Severity.WARNING,
                                                                     threshold=Decimal(0))),
    "HOUR_METER_BACKWARDS": (_hour_meter_backwards, RuleSetting()),
    "OLD_PART_NOT_RETAINED": (_not_retained, RuleSetting()),
    "SIGNATURE_MISSING": (_signature, RuleSetting()),
    "PHOTOS_MISSING": (_photos, RuleSetting()),
    "EXCLUDED_CAUSE": (_exclusion, RuleSetting()),
}


def settings_with(overrides: Mapping[str, RuleSetting] | None = None) -> dict[str, RuleSetting]:
    """The default settings, with a dealer's overrides on top (unknown codes are refused)."""
    result = {code: default for code, (_check, default) in RULES.items()}
    for code, setting in (overrides or {}).items():
        if code not in result:
            raise KeyError(f"no claim check {code!r}")
        result[code] = setting
    return result


def run_checks(facts: ClaimFacts, settings: Mapping[str, RuleSetting] | None = None,
               only: Iterable[str] | None = None) -> list[Finding]:
    chosen = settings_with(settings) if settings is None or set(settings) != set(RULES) else dict(settings)
    findings: list[Finding] = []
    for code, (check, _default) in RULES.items():
        setting = chosen[code]
        if not setting.enabled or (only is not None and code not in only):
            continue
        params = check(facts, setting)
        if params is not None:
            findings.append(Finding(code, setting.severity, params))
    return findings


def worst(findings: Iterable[Finding]) -> str:
    """'blocking', 'warning' or 'ok': what the claims list shows and filters on."""
    severities = {f.severity for f in findings}
    if Severity.BLOCKING in severities:
        return "blocking"
    return "warning" if Severity.WARNING in severities else "ok"


def disabled(code: str) -> RuleSetting:
    return replace(RULES[code][1], enabled=False)
