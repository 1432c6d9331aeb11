"""Gathers a claim's facts from the database and runs the checks of app.domain.checks on them.

The dealer's rule settings (on/off, severity, threshold) live in the shared settings as
`checks/<CODE>` so a dealer can adjust them for its manufacturer without code changes.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import ClaimAttachment, ClaimPartLine, ModelPart, Part, SharedSetting, Unit, WarrantyClaim
from app.domain.actors import Actor
from app.domain.checks import (
    RULES,
    ClaimFacts,
    EarlierClaim,
    Finding,
    LabourLineFacts,
    PartLineFacts,
    RuleSetting,
    Severity,
    run_checks,
    settings_with,
)
from app.domain.enums import AttachmentKind, ClaimStatus
from app.domain.errors import ValidationError
from app.domain.statutory import PartBasis, StatutoryPeriods, part_basis
from app.services.database import Database
from app.services.warranty import warranty_in_session

SETTING_PREFIX = "checks/"
NOT_COUNTED = (ClaimStatus.CANCELLED, ClaimStatus.REWORKED)


def rule_settings(s: Session) -> dict[str, RuleSetting]:
    rows = s.execute(select(SharedSetting.key, SharedSetting.value)
                     .where(SharedSetting.key.like(f"{SETTING_PREFIX}%"))).tuples().all()
    overrides: dict[str, RuleSetting] = {}
    for key, value in rows:
        code = key.removeprefix(SETTING_PREFIX)
        if code in RULES:
            raw = json.loads(value)
            overrides[code] = RuleSetting(
                enabled=bool(raw.get("enabled", True)),
                severity=Severity(raw.get("severity", RULES[code][1].severity)),
                threshold=Decimal(raw["threshold"]) if raw.get("threshold") is not None else None,
            )
    return settings_with(overrides)


def put_rule_setting(db: Database, actor: Actor, code: str, setting: RuleSetting) -> None:
    actor.require_manager("changing a claim check")
    if code not in RULES:
        raise ValidationError(f"there is no claim check {code}")
    if setting.threshold is not None and setting.threshold < 0:
        raise ValidationError(f"the threshold of {code} must not be negative")
    value = json.dumps({"enabled": setting.enabled, "severity": setting.severity.value,
                        "threshold": None if setting.threshold is None else str(setting.threshold)})
    with db.translated_errors(), db.sessions.begin() as s:
        row = s.get(SharedSetting, SETTING_PREFIX + code)
        if row is None:
            s.add(SharedSetting(key=SETTING_PREFIX + code, value=value))
        else:
            row.value = value


def _earlier_claims(s: Session, claim: WarrantyClaim) -> tuple[tuple[EarlierClaim, ...], Decimal | None]:
    """Other repairs of the same unit (not this claim's other revisions), and the highest hour meter
    recorded on or before this repair."""
    others = s.execute(
        select(WarrantyClaim.id, WarrantyClaim.claim_no, WarrantyClaim.repair_date, WarrantyClaim.hour_meter)
        .where(WarrantyClaim.unit_id == claim.unit_id, WarrantyClaim.claim_no != claim.claim_no,
               WarrantyClaim.status.not_in(NOT_COUNTED))
    ).tuples().all()
    ids = [row[0] for row in others]
    parts: dict[int, set[int]] = defaultdict(set)
    causal: dict[int, set[int]] = defaultdict(set)
    if ids:
        for claim_id, part_id, is_causal in s.execute(
                select(ClaimPartLine.claim_id, ClaimPartLine.part_id, ClaimPartLine.is_causal)
                .where(ClaimPartLine.claim_id.in_(ids))).tuples():
            parts[claim_id].add(part_id)
            if is_causal:
                causal[claim_id].add(part_id)
    earlier = tuple(EarlierClaim(no, repaired, frozenset(causal[i]), frozenset(parts[i]))
                    for i, no, repaired, _hours in others)
    readings = [hours for _i, _no, repaired, hours in others
                if hours is not None and repaired <= claim.repair_date]
    return earlier, (max(readings) if readings else None)


def _causal_main_component(s: Session, claim: WarrantyClaim, catalogue: dict[int, Part],
                           floor: StatutoryPeriods | None) -> bool:
    """Whether the part that caused the failure is a main component, judged as the service file and the
    claim editor judge it (the model's parts list, the catalogue, then the regulation's list by name)."""
    causal = [line.part_id for line in claim.part_lines if line.is_causal]
    if not causal:
        return False
    model_id = s.scalar(select(Unit.model_id).where(Unit.id == claim.unit_id))
    listed = dict(s.execute(select(ModelPart.part_id, ModelPart.main_component)
                            .where(ModelPart.model_id == model_id, ModelPart.part_id.in_(causal))).tuples().all())
    if floor is None:  # no terms worked out: the catalogue's flag alone
        return any(catalogue[part_id].is_main_component for part_id in causal)
    return any(part_basis(model_flag=listed.get(part_id), part_flag=catalogue[part_id].is_main_component,
                          is_wear_part=catalogue[part_id].is_wear_part, name=catalogue[part_id].name,
                          floor=floor) is PartBasis.MAIN_COMPONENT for part_id in causal)


def evaluate(s: Session, claim: WarrantyClaim, today: dt.date) -> list[Finding]:
    """Run every enabled check on `claim` as it stands in this session (saved or being saved)."""
    part_ids = [line.part_id for line in claim.part_lines]
    catalogue = {p.id: p for p in s.scalars(select(Part).where(Part.id.in_(part_ids)))} if part_ids else {}
    part_facts = tuple(
        PartLineFacts(part_id=line.part_id, part_no=catalogue[line.part_id].part_no, quantity=line.quantity,
                      is_causal=line.is_causal, retain=line.retain, must_return=catalogue[line.part_id].must_return,
                      photo_required=catalogue[line.part_id].photo_required)
        for line in claim.part_lines
    )
    warranty = warranty_in_session(s, claim.unit_id, claim.failure_date)
    main_component = _causal_main_component(s, claim, catalogue, warranty.terms.floor if warranty.terms else None)
    earlier, highest = _earlier_claims(s, claim)
    photos = 0
    if claim.id is not None:
        photos = s.scalar(select(func.count()).where(ClaimAttachment.claim_id == claim.id,
                                                     ClaimAttachment.kind == AttachmentKind.PHOTO)) or 0
    facts = ClaimFacts(
        today=today,
        failure_date=claim.failure_date,
        repair_date=claim.repair_date,
        sale_date=s.get(Unit, claim.unit_id).sale_date,  # type: ignore[union-attr]
        warranty_recognised=warranty.recognised,
        coverage_verdict=warranty.verdict_for(claim.failure_date, hours=claim.hour_meter, area=claim.area_worked,
                                              main_component=main_component),
        hour_meter=claim.hour_meter,
        highest_earlier_hour_meter=highest,
        part_lines=part_facts,
        labour_lines=tuple(LabourLineFacts(line.operation_code, line.actual_hours, line.flat_rate_hours)
                           for line in claim.labour_lines),
        earlier_claims=earlier,
        customer_signed=claim.customer_signed,
        photo_count=photos,
        exclusion=claim.exclusion,
    )
    return run_checks(facts, rule_settings(s))


def list_rule_settings(db: Database) -> dict[str, RuleSetting]:
    """Every claim check with the dealer's setting (its default where the dealer changed nothing)."""
    with db.translated_errors(), db.sessions() as s:
        return rule_settings(s)
