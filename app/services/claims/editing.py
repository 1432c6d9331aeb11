"""Creating and saving warranty claims: one transaction per save, totals in Decimal, every changed
field in the audit trail, and the second of two concurrent saves refused."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.db.models import (
    ClaimLabourLine,
    ClaimPartLine,
    ComponentChange,
    LabourOperation,
    Unit,
    WarrantyClaim,
)
from app.domain.actors import Actor
from app.domain.checks import worst
from app.domain.claim_lifecycle import READ_ONLY
from app.domain.claim_totals import Travel, claim_totals, labour_amount, part_amount
from app.domain.enums import ClaimStatus
from app.domain.errors import ConcurrentEdit, TransitionRefused, ValidationError
from app.domain.money import to_money
from app.domain.normalize import clean_code, clean_text
from app.services.audit_trail import write_audit
from app.services.claims import views
from app.services.claims.checking import evaluate
from app.services.claims.dto import ClaimInput, ClaimView
from app.services.database import Database
from app.services.numbers import next_number
from app.services.old_parts import release_for_edit
from app.services.part_lines import catalogue_price, checked_line

MAX_TEXT = 2000  # what the printed record's boxes hold; longer text is refused, never cut silently
AUDITED = ("failure_date", "repair_date", "complaint", "cause", "correction", "fault_code", "technician",
           "hour_meter", "area_worked", "exclusion", "travel_km", "travel_rate", "labour_amount", "parts_amount",
           "travel_amount", "other_amount", "other_note", "total_amount", "parts_wait_days", "customer_signed",
           "status")


def create_claim(db: Database, actor: Actor, data: ClaimInput, today: dt.date) -> ClaimView:
    with db.translated_errors(), db.sessions.begin() as s:
        unit = _unit(s, data.unit_serial)
        claim = WarrantyClaim(claim_no=next_number(s, "claim", today.year), revision=1, status=ClaimStatus.DRAFT,
                              unit_id=unit.id, customer_id=unit.customer_id, created_by_id=actor.user_id,
                              service_entry_id=data.service_entry_id, version=1)
        _apply(s, claim, unit, data)
        s.add(claim)
        s.flush()
        _record_component_changes(s, claim)
        claim.check_level = worst(evaluate(s, claim, today))
        _audit(s, actor, claim, "create", {}, _snapshot(claim))
        return views.claim_view(s, claim, today)


def update_claim(db: Database, actor: Actor, claim_id: int, expected_version: int, data: ClaimInput,
                 today: dt.date) -> ClaimView:
    """Save the editor's contents over version `expected_version`. Saving a ready or approved claim
    takes it back to draft: what was checked or approved is no longer what is on the record."""
    claim_no = str(claim_id)
    try:
        with db.translated_errors(), db.sessions.begin() as s:
            claim = _load_for_edit(s, claim_id, expected_version)
            claim_no = claim.claim_no
            before = _snapshot(claim)
            unit = _unit(s, data.unit_serial)
            if unit.id != claim.unit_id:
                claim.unit_id, claim.customer_id = unit.id, unit.customer_id
            _apply(s, claim, unit, data)
            if claim.status in (ClaimStatus.READY, ClaimStatus.APPROVED) and _snapshot(claim) != before:
                claim.status = ClaimStatus.DRAFT
                claim.approved_at = None
                claim.approved_by_id = None
            s.flush()
            _record_component_changes(s, claim)
            claim.check_level = worst(evaluate(s, claim, today))
            _audit(s, actor, claim, "update", before, _snapshot(claim))
            s.flush()
            return views.claim_view(s, claim, today)
    except ConcurrentEdit as exc:
        if isinstance(exc.__cause__, StaleDataError):  # saved elsewhere between our read and our write
            raise ConcurrentEdit(_changed_meanwhile(claim_no)) from exc.__cause__
        raise


def _changed_meanwhile(claim_no: str) -> str:
    return (f"claim {claim_no} was changed on another workstation after you opened it; your changes were "
            "not saved — reopen the claim to see the other changes, then make yours again")


def _load_for_edit(s: Session, claim_id: int, expected_version: int) -> WarrantyClaim:
    claim = s.get(WarrantyClaim, claim_id)
    if claim is None:
        raise ValidationError(f"no claim with id {claim_id}")
    if claim.status in READ_ONLY:
        raise TransitionRefused(f"claim {claim.claim_no} is {claim.status.value} and can no longer be changed")
    if claim.version != expected_version:
        raise ConcurrentEdit(_changed_meanwhile(claim.claim_no))
    return claim


def _unit(s: Session, serial: str) -> Unit:
    code = clean_code(serial)
    unit = s.scalar(select(Unit).where(Unit.serial_no == code)) if code else None
    if unit is None:
        raise ValidationError(f"no unit with serial number {code or '(empty)'}")
    return unit


def _apply(s: Session, claim: WarrantyClaim, unit: Unit, data: ClaimInput, *, require_lines: bool = True) -> None:
    """`require_lines=False` for a preview: a new claim is checked live before its first line is typed."""
    problems: list[str] = []
    for name in ("complaint", "cause", "correction", "other_note"):
        text = getattr(data, name)
        if len(text) > MAX_TEXT:
            problems.append(f"{name} is {len(text):,} characters long; at most {MAX_TEXT:,} fit on the record")
    if require_lines and not data.labour and not data.parts:
        problems.append("a claim needs at least one labour or part line")
    for label, value in (("hour meter", data.hour_meter), ("area worked", data.area_worked),
                         ("travel distance", data.travel_km), ("travel rate", data.travel_rate),
                         ("fixed travel", data.travel_fixed), ("other costs", data.other_amount)):
        if value is not None and value < 0:
            problems.append(f"{label} must not be negative")
    if data.parts_wait_days < 0:
        problems.append("days waiting for parts must not be negative")
    operations: dict[str, LabourOperation] = {}
    for op in s.scalars(select(LabourOperation).where(
            (LabourOperation.model_id == unit.model_id) | LabourOperation.model_id.is_(None))):
        if op.code not in operations or op.model_id is not None:  # a model's own time wins over the general one
            operations[op.code] = op
    labour_lines: list[ClaimLabourLine] = []
    for n, line in enumerate(data.labour, start=1):
        op = operations.get(clean_code(line.operation_code))
        flat = line.flat_rate_hours if line.flat_rate_hours is not None else (op.flat_rate_hours if op else None)
        rate = line.hourly_rate if line.hourly_rate is not None else unit.model.labour_rate
        if line.actual_hours <= 0:
            problems.append(f"labour line {n}: hours must be more than zero")
        if rate <= 0:
            problems.append(f"labour line {n}: the hourly rate must be more than zero")
        if not clean_code(line.operation_code):
            problems.append(f"labour line {n}: the operation code is empty")
        labour_lines.append(ClaimLabourLine(
            line_no=n, operation_code=clean_code(line.operation_code),
            description=clean_text(line.description) or (op.description if op else ""), flat_rate_hours=flat,
            actual_hours=to_money(line.actual_hours) if line.actual_hours > 0 else line.actual_hours,
            hourly_rate=to_money(rate) if rate > 0 else rate,
            amount=labour_amount(line.actual_hours, rate) if line.actual_hours > 0 and rate > 0 else Decimal(0)))
    part_lines: list[ClaimPartLine] = []
    for n, line in enumerate(data.parts, start=1):
        part = checked_line(s, n, line.part_no, line.quantity, problems)
        if part is None:
            continue
        price = line.unit_price if line.unit_price is not None else catalogue_price(s, part, data.repair_date)
        if price < 0:
            problems.append(f"part line {n}: the unit price must not be negative")
        part_lines.append(ClaimPartLine(
            line_no=n, part_id=part.id, quantity=line.quantity, unit_price=to_money(price),
            amount=part_amount(line.quantity, price) if line.quantity > 0 and price >= 0 else Decimal(0),
            is_causal=line.is_causal, retain=part.must_return if line.retain is None else line.retain,
            old_serial_no=clean_code(line.old_serial_no), new_serial_no=clean_code(line.new_serial_no)))
    if problems:
        raise ValidationError("; ".join(problems))
    travel = Travel(km=data.travel_km, rate=data.travel_rate, fixed=data.travel_fixed)
    totals = claim_totals([(x.actual_hours, x.hourly_rate) for x in labour_lines],
                          [(x.quantity, x.unit_price) for x in part_lines], travel, data.other_amount)
    claim.failure_date, claim.repair_date = data.failure_date, data.repair_date
    claim.complaint, claim.cause, claim.correction = data.complaint.strip(), data.cause.strip(), \
        data.correction.strip()
    claim.fault_code, claim.technician = clean_code(data.fault_code), clean_text(data.technician)
    claim.hour_meter, claim.area_worked = _hundredths(data.hour_meter), _hundredths(data.area_worked)
    claim.exclusion = data.exclusion or None
    claim.travel_km = _hundredths(data.travel_km) if data.travel_rate is not None else None
    claim.travel_rate = data.travel_rate if data.travel_km is not None else None
    claim.labour_amount, claim.parts_amount = totals.labour, totals.parts
    claim.travel_amount, claim.other_amount, claim.total_amount = totals.travel, totals.other, totals.total
    claim.other_note, claim.parts_wait_days = clean_text(data.other_note), data.parts_wait_days
    claim.customer_signed = data.customer_signed
    claim.signed_on = (claim.signed_on or data.repair_date) if data.customer_signed else None
    claim.service_entry_id = data.service_entry_id if data.service_entry_id is not None else claim.service_entry_id
    if claim.id is not None:  # old lines go first: the new ones reuse their line numbers
        release_for_edit(s, claim)
        claim.labour_lines.clear()
        claim.part_lines.clear()
        s.flush()
    claim.labour_lines = labour_lines
    claim.part_lines = part_lines


def _hundredths(value: Decimal | None) -> Decimal | None:
    """Readings (hours, mu, km) are kept to two decimals, rounded half-up like money."""
    return None if value is None else to_money(value)


def _record_component_changes(s: Session, claim: WarrantyClaim) -> None:
    """A replaced main component with its serial numbers: the unit's file shows which one is fitted now.
    Call after a flush (the claim has its id)."""
    s.execute(delete(ComponentChange).where(ComponentChange.claim_id == claim.id))
    for line in claim.part_lines:
        if line.new_serial_no or line.old_serial_no:
            s.add(ComponentChange(unit_id=claim.unit_id, part_id=line.part_id, claim_id=claim.id,
                                  changed_on=claim.repair_date, old_serial_no=line.old_serial_no,
                                  new_serial_no=line.new_serial_no, hour_meter=claim.hour_meter))


def _lines_text(claim: WarrantyClaim) -> dict[str, str]:
    return {
        "labour_lines": "; ".join(f"{x.operation_code} {x.actual_hours} h × {x.hourly_rate}"
                                  for x in claim.labour_lines),
        "part_lines": "; ".join(f"#{x.part_id} × {x.quantity} @ {x.unit_price}{' causal' if x.is_causal else ''}"
                                f"{' retain' if x.retain else ''}" for x in claim.part_lines),
    }


def _snapshot(claim: WarrantyClaim) -> dict[str, str | None]:
    values: dict[str, str | None] = {name: None if getattr(claim, name) is None else str(getattr(claim, name))
                                     for name in AUDITED}
    values.update(_lines_text(claim))
    return values


def _audit(s: Session, actor: Actor, claim: WarrantyClaim, action: str, before: dict[str, str | None],
           after: dict[str, str | None]) -> None:
    if action == "create":
        write_audit(s, actor, "claim", claim.id, "create", new=claim.claim_no)
        return
    for name in after:
        if before.get(name) != after[name]:
            write_audit(s, actor, "claim", claim.id, action, name, before.get(name), after[name])

def preview(db: Database, data: ClaimInput, today: dt.date, claim_id: int | None = None) -> ClaimView:
    """What the claim would look like saved — totals, prices, checks — without saving anything.
    The editor calls this as the clerk types, so checks fire and clear live."""
    with db.translated_errors(), db.sessions() as s:
        try:
            unit = _unit(s, data.unit_serial)
            if claim_id is not None:
                claim = s.get(WarrantyClaim, claim_id)
                if claim is None:
                    raise ValidationError(f"no claim with id {claim_id}")
            else:
                claim = WarrantyClaim(claim_no="", revision=1, status=ClaimStatus.DRAFT, version=1)
                s.add(claim)
            claim.unit_id, claim.customer_id = unit.id, unit.customer_id
            with s.no_autoflush:
                _apply(s, claim, unit, data, require_lines=False)
            s.flush()
            return views.claim_view(s, claim, today, with_audit=False)
        finally:
            s.rollback()  # a preview never writes
