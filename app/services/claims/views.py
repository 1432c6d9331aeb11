"""Turning a claim row into the ClaimView the editor shows (inside the caller's session)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import AuditEntry, ClaimBatch, Customer, OldPart, Part, ProductModel, Unit, User, WarrantyClaim
from app.domain.checks import worst
from app.domain.claim_lifecycle import READ_ONLY
from app.domain.old_parts import due_state
from app.services.claims.checking import evaluate
from app.services.claims.dto import (
    AuditView,
    ClaimInput,
    ClaimOldPart,
    ClaimView,
    LabourLineInput,
    LabourLineView,
    PartLineInput,
    PartLineView,
)


def claim_view(s: Session, claim: WarrantyClaim, today: dt.date, *, with_audit: bool = True) -> ClaimView:
    unit = s.get(Unit, claim.unit_id)
    assert unit is not None
    model = s.get(ProductModel, unit.model_id)
    customer = s.get(Customer, claim.customer_id)
    assert model is not None and customer is not None
    parts = {p.id: p for p in s.scalars(select(Part).where(Part.id.in_([x.part_id for x in claim.part_lines])))}
    findings = evaluate(s, claim, today)
    approver = s.get(User, claim.approved_by_id) if claim.approved_by_id else None
    batch = s.get(ClaimBatch, claim.batch_id) if claim.batch_id else None
    labour = tuple(LabourLineView(x.line_no, x.operation_code, x.description, x.flat_rate_hours, x.actual_hours,
                                  x.hourly_rate, x.amount) for x in claim.labour_lines)
    part_views = tuple(PartLineView(x.line_no, x.part_id, parts[x.part_id].part_no, parts[x.part_id].name,
                                    x.quantity, x.unit_price, x.amount, x.is_causal, x.retain,
                                    parts[x.part_id].must_return, parts[x.part_id].is_main_component,
                                    x.old_serial_no, x.new_serial_no) for x in claim.part_lines)
    data = ClaimInput(
        unit_serial=unit.serial_no, failure_date=claim.failure_date, repair_date=claim.repair_date,
        complaint=claim.complaint, cause=claim.cause, correction=claim.correction, fault_code=claim.fault_code,
        technician=claim.technician, hour_meter=claim.hour_meter, area_worked=claim.area_worked,
        exclusion=claim.exclusion, travel_km=claim.travel_km, travel_rate=claim.travel_rate,
        travel_fixed=None if claim.travel_km is not None else claim.travel_amount,
        other_amount=claim.other_amount, other_note=claim.other_note, parts_wait_days=claim.parts_wait_days,
        customer_signed=claim.customer_signed, service_entry_id=claim.service_entry_id,
        labour=tuple(LabourLineInput(x.operation_code, x.actual_hours, x.hourly_rate, x.flat_rate_hours,
                                     x.description) for x in labour),
        parts=tuple(PartLineInput(x.part_no, x.quantity, x.unit_price, x.is_causal, x.retain, x.old_serial_no,
                                  x.new_serial_no) for x in part_views),
    )
    old_parts = tuple(ClaimOldPart(p.tag_no, part_no, p.status, p.due_date, due_state(p.status, p.due_date, today),
                                   p.write_off_reason or p.inspection_remark)
                      for p, part_no in s.execute(select(OldPart, Part.part_no).join(Part, Part.id == OldPart.part_id)
                                                  .where(OldPart.claim_id == claim.id).order_by(OldPart.tag_no)))
    audit: tuple[AuditView, ...] = ()
    if with_audit:
        audit = tuple(AuditView(a.at, a.user_name, a.action, a.field, a.old_value, a.new_value)
                      for a in s.scalars(select(AuditEntry).where(AuditEntry.entity == "claim",
                                                                  AuditEntry.entity_id == claim.id)
                                         .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())))
    return ClaimView(
        id=claim.id, claim_no=claim.claim_no, revision=claim.revision, status=claim.status, version=claim.version,
        unit_id=unit.id, unit_serial=unit.serial_no, model_code=model.code, model_name=model.name,
        customer_name=customer.name, customer_phone=customer.phone, sale_date=unit.sale_date, input=data,
        labour=labour, parts=part_views, labour_amount=claim.labour_amount, parts_amount=claim.parts_amount,
        travel_amount=claim.travel_amount, other_amount=claim.other_amount, total_amount=claim.total_amount,
        findings=tuple(findings), check_level=worst(findings), read_only=claim.status in READ_ONLY,
        approved_by=approver.display_name if approver else "", approved_at=claim.approved_at,
        batch_no=batch.batch_no if batch else "", previous_revision_id=claim.previous_revision_id, audit=audit,
        old_parts=old_parts,
    )
