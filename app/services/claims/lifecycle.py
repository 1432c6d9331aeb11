"""Moving claims through their life: ready, approved, cancelled, reworked into a new revision.
Every move is checked against app.domain.claim_lifecycle and written to the audit trail."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import ClaimLabourLine, ClaimPartLine, WarrantyClaim
from app.domain.actors import Actor
from app.domain.checks import Severity, worst
from app.domain.claim_lifecycle import require_move
from app.domain.enums import ClaimStatus
from app.domain.errors import ConcurrentEdit, TransitionRefused, ValidationError, WarrantyDeskError
from app.services.audit_trail import write_audit
from app.services.claims import views
from app.services.claims.checking import evaluate
from app.services.claims.dto import ClaimView
from app.services.database import Database
from app.services.old_parts import retain_parts
from app.services.stock.consumption import record_claim_consumption, return_claim_parts


@dataclass(frozen=True)
class BulkResult:
    done: tuple[str, ...]  # claim numbers
    refused: tuple[tuple[str, str], ...]  # (claim number, why)


def _load(s: Session, claim_id: int, expected_version: int | None) -> WarrantyClaim:
    claim = s.get(WarrantyClaim, claim_id)
    if claim is None:
        raise ValidationError(f"no claim with id {claim_id}")
    if expected_version is not None and claim.version != expected_version:
        raise ConcurrentEdit(f"claim {claim.claim_no} was changed on another workstation; reopen it first")
    return claim


def _move(s: Session, actor: Actor, claim: WarrantyClaim, target: ClaimStatus, note: str = "") -> None:
    require_move(claim.claim_no, claim.status, target)
    write_audit(s, actor, "claim", claim.id, "transition", "status", claim.status.value,
                target.value if not note else f"{target.value}: {note}")
    claim.status = target


def _blocking(s: Session, claim: WarrantyClaim, today: dt.date) -> list[str]:
    findings = evaluate(s, claim, today)
    claim.check_level = worst(findings)
    return [f.code for f in findings if f.severity == Severity.BLOCKING]


def get_claim(db: Database, claim_id: int, today: dt.date) -> ClaimView:
    with db.translated_errors(), db.sessions() as s:
        return views.claim_view(s, _load(s, claim_id, None), today)


def mark_ready(db: Database, actor: Actor, claim_id: int, expected_version: int, today: dt.date) -> ClaimView:
    """Draft → ready for the manager, only when no blocking check remains."""
    with db.translated_errors(), db.sessions.begin() as s:
        claim = _load(s, claim_id, expected_version)
        blocking = _blocking(s, claim, today)
        if blocking:
            raise TransitionRefused(f"claim {claim.claim_no} still fails blocking checks: {', '.join(blocking)}")
        _move(s, actor, claim, ClaimStatus.READY)
        s.flush()
        return views.claim_view(s, claim, today)


def approve(db: Database, actor: Actor, claim_ids: Iterable[int], today: dt.date) -> BulkResult:
    """Ready → approved, by a service manager. Each claim is re-checked; one refusal does not stop the rest."""
    actor.require_manager("approving claims")
    return _bulk(db, actor, claim_ids, today, _approve_one)


def _approve_one(s: Session, actor: Actor, claim: WarrantyClaim, today: dt.date) -> None:
    blocking = _blocking(s, claim, today)
    if blocking:
        raise TransitionRefused(f"blocking checks: {', '.join(blocking)}")
    _move(s, actor, claim, ClaimStatus.APPROVED)
    claim.approved_at = dt.datetime.now(dt.UTC)
    claim.approved_by_id = actor.user_id
    retain_parts(s, actor, claim, today)  # the old parts are tagged in the same transaction
    record_claim_consumption(s, actor, claim)  # and the parts used come off stock


def cancel(db: Database, actor: Actor, claim_ids: Iterable[int], reason: str, today: dt.date) -> BulkResult:
    if not reason.strip():
        raise ValidationError("say why the claim is cancelled")
    return _bulk(db, actor, claim_ids, today, lambda s, a, claim, _today: _cancel_one(s, a, claim, reason.strip()))


def _cancel_one(s: Session, actor: Actor, claim: WarrantyClaim, reason: str) -> None:
    _move(s, actor, claim, ClaimStatus.CANCELLED, reason)
    return_claim_parts(s, actor, claim, reason)


def run_checks_for(db: Database, claim_ids: Iterable[int], today: dt.date) -> dict[str, str]:
    """Re-run the checks of many claims (the list's bulk action); returns claim number → check level."""
    levels: dict[str, str] = {}
    with db.translated_errors(), db.sessions.begin() as s:
        for claim_id in claim_ids:
            claim = _load(s, claim_id, None)
            claim.check_level = worst(evaluate(s, claim, today))
            levels[claim.claim_no] = claim.check_level
    return levels


def _bulk(db: Database, actor: Actor, claim_ids: Iterable[int], today: dt.date, step) -> BulkResult:  # type: ignore[no-untyped-def]
    done: list[str] = []
    refused: list[tuple[str, str]] = []
    for claim_id in claim_ids:
        label = str(claim_id)
        try:  # one transaction per claim, so one refusal leaves the others done
            with db.translated_errors(), db.sessions.begin() as s:
                claim = _load(s, claim_id, None)
                label = claim.claim_no
                step(s, actor, claim, today)
            done.append(label)
        except WarrantyDeskError as exc:
            refused.append((label, str(exc)))
    return BulkResult(tuple(done), tuple(refused))


def rework(db: Database, actor: Actor, claim_id: int, today: dt.date) -> ClaimView:
    """A rejected or partly approved claim becomes a new draft revision; the old one is kept as it was."""
    with db.translated_errors(), db.sessions.begin() as s:
        old = _load(s, claim_id, None)
        _move(s, actor, old, ClaimStatus.REWORKED)
        new = WarrantyClaim(
            claim_no=old.claim_no, revision=old.revision + 1, previous_revision_id=old.id, status=ClaimStatus.DRAFT,
            unit_id=old.unit_id, customer_id=old.customer_id, service_entry_id=old.service_entry_id,
            failure_date=old.failure_date, repair_date=old.repair_date, hour_meter=old.hour_meter,
            area_worked=old.area_worked, complaint=old.complaint, cause=old.cause, correction=old.correction,
            fault_code=old.fault_code, exclusion=old.exclusion, technician=old.technician,
            travel_km=old.travel_km, travel_rate=old.travel_rate, labour_amount=old.labour_amount,
            parts_amount=old.parts_amount, travel_amount=old.travel_amount, other_amount=old.other_amount,
            other_note=old.other_note, total_amount=old.total_amount, parts_wait_days=old.parts_wait_days,
            customer_signed=old.customer_signed, signed_on=old.signed_on, created_by_id=actor.user_id, version=1,
            labour_lines=[ClaimLabourLine(line_no=x.line_no, operation_code=x.operation_code,
                                          description=x.description, flat_rate_hours=x.flat_rate_hours,
                                          actual_hours=x.actual_hours, hourly_rate=x.hourly_rate, amount=x.amount)
                          for x in old.labour_lines],
            part_lines=[ClaimPartLine(line_no=x.line_no, part_id=x.part_id, quantity=x.quantity,
                                      unit_price=x.unit_price, amount=x.amount, is_causal=x.is_causal,
                                      retain=x.retain, old_serial_no=x.old_serial_no,
                                      new_serial_no=x.new_serial_no) for x in old.part_lines],
        )
        s.add(new)
        s.flush()
        new.check_level = worst(evaluate(s, new, today))
        write_audit(s, actor, "claim", new.id, "create", "revision", old.revision, new.revision)
        return views.claim_view(s, new, today)


def latest_revision_id(s: Session, claim_no: str) -> int | None:
    return s.scalar(select(WarrantyClaim.id).where(WarrantyClaim.claim_no == claim_no)
                    .order_by(WarrantyClaim.revision.desc()).limit(1))
