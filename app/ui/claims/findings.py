"""How a claim's check findings, check levels and exclusions read on screen.

The domain (app/domain/checks.py) gives each finding a code and the values for its sentence; the
sentences live here, marked for translation and worded when asked for, so a language switch shows
at once and a new rule without a sentence still shows its code rather than nothing.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from app.domain.checks import Finding, Severity

_CONTEXT = "ClaimFinding"
RED = QColor("#c62828")
AMBER = QColor("#a15c00")  # dark enough to read on white; a brighter amber washes out
GREEN = QColor("#2e7d32")

MESSAGES: dict[str, str] = {
    "CARD_NOT_RECOGNISED": QT_TRANSLATE_NOOP(
        "ClaimFinding", "The registration card was late or never sent: head office does not recognise the warranty."),
    "OUT_OF_WARRANTY_DATE": QT_TRANSLATE_NOOP(
        "ClaimFinding", "The failure date is outside the warranty period, or the unit's warranty is void."),
    "OUT_OF_WARRANTY_USAGE": QT_TRANSLATE_NOOP(
        "ClaimFinding", "The hour meter or the area worked is beyond the warranty's usage limit."),
    "FAILURE_AFTER_REPAIR": QT_TRANSLATE_NOOP(
        "ClaimFinding", "The failure date {failure} is after the repair date {repair}."),
    "DATE_IN_FUTURE": QT_TRANSLATE_NOOP("ClaimFinding", "The date {date} is in the future."),
    "REPAIR_BEFORE_SALE": QT_TRANSLATE_NOOP(
        "ClaimFinding", "The failure or repair is dated before the unit was sold on {sale}."),
    "DUPLICATE_CLAIM": QT_TRANSLATE_NOOP(
        "ClaimFinding", "The same causal part was already claimed on this unit within {days} days (claim {claim})."),
    "PART_REPAIRED_OFTEN": QT_TRANSLATE_NOOP(
        "ClaimFinding", "Part {part} has been repaired {times} times on this unit: consider replacing it."),
    "UNIT_REPAIRED_OFTEN": QT_TRANSLATE_NOOP("ClaimFinding", "This unit has now been repaired {times} times."),
    "LABOUR_ABOVE_FLAT_RATE": QT_TRANSLATE_NOOP(
        "ClaimFinding", "Operation {operation}: {actual} h worked is more than the flat rate of {flat} h."),
    "HOUR_METER_BACKWARDS": QT_TRANSLATE_NOOP(
        "ClaimFinding", "The hour meter reading {reading} is lower than the {earlier} recorded before for this unit."),
    "OLD_PART_NOT_RETAINED": QT_TRANSLATE_NOOP(
        "ClaimFinding", "Parts that must go back to head office are not kept as old parts: {parts}."),
    "SIGNATURE_MISSING": QT_TRANSLATE_NOOP("ClaimFinding", "The customer's signature is not recorded."),
    "PHOTOS_MISSING": QT_TRANSLATE_NOOP(
        "ClaimFinding", "This part or model needs photos, and none is attached."),
    "EXCLUDED_CAUSE": QT_TRANSLATE_NOOP(
        "ClaimFinding", "The cause is recorded as an exclusion ({exclusion}): not a warranty case."),
}

# The exclusions of the warranty terms (plan 12), as the claim stores them.
EXCLUSIONS: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("Exclusion", "None"),
    "misuse": QT_TRANSLATE_NOOP("Exclusion", "Misuse or improper maintenance"),
    "modification": QT_TRANSLATE_NOOP("Exclusion", "Self-modification or abnormal use"),
    "voltage": QT_TRANSLATE_NOOP("Exclusion", "Unstable supply voltage"),
    "force_majeure": QT_TRANSLATE_NOOP("Exclusion", "Force majeure"),
    "no_certificate": QT_TRANSLATE_NOOP("Exclusion", "No, altered or mismatched warranty certificate"),
}

CHECK_LEVELS: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("CheckLevel", "OK"),
    "warning": QT_TRANSLATE_NOOP("CheckLevel", "Warning"),
    "blocking": QT_TRANSLATE_NOOP("CheckLevel", "Blocking"),
}


def exclusion_label(code: str | None) -> str:
    key = code or ""
    return QCoreApplication.translate("Exclusion", EXCLUSIONS[key]) if key in EXCLUSIONS else key


def finding_text(finding: Finding) -> str:
    """The finding as a sentence in the interface language."""
    source = MESSAGES.get(finding.code)
    if source is None:
        return finding.code
    params = dict(finding.params)
    if "exclusion" in params:
        params["exclusion"] = exclusion_label(params["exclusion"])
    try:
        return QCoreApplication.translate(_CONTEXT, source).format(**params)
    except (KeyError, IndexError):  # a translation naming a placeholder the rule does not give
        return source.format_map(_Blank(params))


class _Blank(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "…"


def check_level_label(level: str) -> str:
    return QCoreApplication.translate("CheckLevel", CHECK_LEVELS[level]) if level in CHECK_LEVELS else level


def level_color(level: str) -> QColor | None:
    return {"blocking": RED, "warning": AMBER}.get(level)


def severity_color(severity: Severity) -> QColor:
    return RED if severity == Severity.BLOCKING else AMBER
