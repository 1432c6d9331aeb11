"""The batch as it will be exported, read in one session: header, claims, lines, old parts, attachments.

A handful of set-based queries (joined on the batch, never one query per claim), so a batch of
5,000 claims is read in well under a second. Everything is ordered so the same batch always gives
the same rows in the same order.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import (
    ClaimAttachment,
    ClaimBatch,
    ClaimLabourLine,
    ClaimPartLine,
    Customer,
    DealerProfile,
    OldPart,
    Part,
    ProductModel,
    Unit,
    WarrantyClaim,
)
from app.reports.batch.data import (
    AttachmentData,
    BatchData,
    BatchHeader,
    ClaimData,
    LabourData,
    OldPartData,
    PartData,
    ReturnData,
)
from app.services.business_time import business_date

# Characters no file system takes in a name (Windows is the strictest), and names Windows reserves.
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


@dataclass(frozen=True)
class Fingerprint:
    """What must not change between reading a batch and locking it: its status and its claims' versions."""

    status: str
    claims: tuple[tuple[int, int], ...]  # (claim id, version)


def fingerprint(s: Session, batch: ClaimBatch) -> Fingerprint:
    rows = s.execute(select(WarrantyClaim.id, WarrantyClaim.version).where(WarrantyClaim.batch_id == batch.id)
                     .order_by(WarrantyClaim.id)).tuples().all()
    return Fingerprint(batch.status.value, tuple(rows))


def batch_data(s: Session, batch: ClaimBatch) -> BatchData:
    dealer = s.get(DealerProfile, 1)
    header = BatchHeader(
        batch_no=batch.batch_no, dealer_code=batch.dealer_code, dealer_name=dealer.name if dealer else "",
        manufacturer=dealer.manufacturer if dealer else "", period_from=batch.period_from,
        period_to=batch.period_to, created_on=business_date(batch.created_at), claim_count=batch.claim_count,
        labour_amount=batch.labour_amount, parts_amount=batch.parts_amount, travel_amount=batch.travel_amount,
        other_amount=batch.other_amount, total_amount=batch.total_amount)
    in_batch = WarrantyClaim.batch_id == batch.id
    labour: dict[int, list[LabourData]] = defaultdict(list)
    for row in s.execute(select(ClaimLabourLine).join(WarrantyClaim, WarrantyClaim.id == ClaimLabourLine.claim_id)
                         .where(in_batch).order_by(ClaimLabourLine.claim_id, ClaimLabourLine.line_no)).scalars():
        labour[row.claim_id].append(LabourData(row.line_no, row.operation_code, row.description,
                                               row.flat_rate_hours, row.actual_hours, row.hourly_rate, row.amount))
    parts: dict[int, list[PartData]] = defaultdict(list)
    for line, part_no, name in s.execute(
            select(ClaimPartLine, Part.part_no, Part.name).join(Part, Part.id == ClaimPartLine.part_id)
            .join(WarrantyClaim, WarrantyClaim.id == ClaimPartLine.claim_id).where(in_batch)
            .order_by(ClaimPartLine.claim_id, ClaimPartLine.line_no)).tuples():
        parts[line.claim_id].append(PartData(line.line_no, part_no, name, line.quantity, line.unit_price,
                                             line.amount, line.is_causal, line.retain, line.old_serial_no,
                                             line.new_serial_no))
    old_parts: dict[int, list[OldPartData]] = defaultdict(list)
    for row in s.execute(
            select(OldPart.claim_id, OldPart.tag_no, ClaimPartLine.line_no, Part.part_no, Part.name,
                   OldPart.quantity, OldPart.due_date)
            .join(Part, Part.id == OldPart.part_id).join(ClaimPartLine, ClaimPartLine.id == OldPart.part_line_id)
            .join(WarrantyClaim, WarrantyClaim.id == OldPart.claim_id).where(in_batch)
            .order_by(OldPart.claim_id, OldPart.tag_no)).tuples():
        old_parts[row[0]].append(OldPartData(*row[1:]))
    attachments = _attachments(s, batch)
    claims = []
    for c, serial, engine, sale_date, model_code, model_name, customer, phone, address in s.execute(
            select(WarrantyClaim, Unit.serial_no, Unit.engine_no, Unit.sale_date, ProductModel.code,
                   ProductModel.name, Customer.name, Customer.phone, Customer.address)
            .join(Unit, Unit.id == WarrantyClaim.unit_id).join(ProductModel, ProductModel.id == Unit.model_id)
            .join(Customer, Customer.id == WarrantyClaim.customer_id).where(in_batch)
            .order_by(WarrantyClaim.claim_no, WarrantyClaim.revision)).tuples():
        claims.append(ClaimData(
            claim_id=c.id, claim_no=c.claim_no, revision=c.revision, failure_date=c.failure_date,
            repair_date=c.repair_date, approval_date=business_date(c.approved_at) if c.approved_at else None,
            serial_no=serial, engine_no=engine, model_code=model_code, model_name=model_name, sale_date=sale_date,
            customer_name=customer, customer_phone=phone, customer_address=address, hour_meter=c.hour_meter,
            area_worked=c.area_worked, complaint=c.complaint, cause=c.cause, correction=c.correction,
            fault_code=c.fault_code, technician=c.technician, travel_km=c.travel_km, travel_rate=c.travel_rate,
            labour_amount=c.labour_amount, parts_amount=c.parts_amount, travel_amount=c.travel_amount,
            other_amount=c.other_amount, other_note=c.other_note, total_amount=c.total_amount,
            customer_signed=c.customer_signed, labour=tuple(labour[c.id]), parts=tuple(parts[c.id]),
            old_parts=tuple(old_parts[c.id]), attachments=tuple(_placed(c.claim_no, attachments[c.id]))))
    return BatchData(header, tuple(claims), _returns(s, batch))


def _returns(s: Session, batch: ClaimBatch) -> tuple[ReturnData, ...]:
    from app.services.exchanges import records_in_batch

    return tuple(ReturnData(
        record_no=r.record_no, kind=r.kind.value, decided_on=r.decided_on, fault_date=r.fault_date,
        window_start=r.sold_on, fault_kind=r.fault_kind.value, fault_description=r.fault_description,
        agreement=r.reason, serial_no=r.serial_no, engine_no=r.engine_no, model_code=r.model_code,
        model_name=r.model_name, customer_name=r.customer_name, customer_phone=r.customer_phone,
        customer_address=r.customer_address, new_serial_no=r.new_serial_no, new_engine_no=r.new_engine_no,
        new_model_code=r.new_model_code, refund_amount=r.refund_amount) for r in records_in_batch(s, batch.id))


def _attachments(s: Session, batch: ClaimBatch) -> dict[int, list[tuple[int, str, str, str, str, int]]]:
    found: dict[int, list[tuple[int, str, str, str, str, int]]] = defaultdict(list)
    for row in s.execute(
            select(ClaimAttachment.claim_id, ClaimAttachment.id, ClaimAttachment.kind, ClaimAttachment.file_name,
                   ClaimAttachment.mime_type, ClaimAttachment.sha256, ClaimAttachment.size_bytes)
            .join(WarrantyClaim, WarrantyClaim.id == ClaimAttachment.claim_id)
            .where(WarrantyClaim.batch_id == batch.id)
            .order_by(ClaimAttachment.claim_id, ClaimAttachment.added_at, ClaimAttachment.id)).tuples():
        found[row[0]].append((row[1], str(row[2].value), row[3], row[4], row[5], row[6]))
    return found


def _placed(claim_no: str, rows: list[tuple[int, str, str, str, str, int]]) -> list[AttachmentData]:
    """Each attachment's place in the package, under a name every file system accepts and no two alike."""
    taken: set[str] = set()
    placed = []
    for attachment_id, kind, file_name, mime, sha256, size in rows:
        name = safe_file_name(file_name, f"attachment-{attachment_id}")
        stem, suffix = PurePath(name).stem, PurePath(name).suffix
        number = 2
        while name.casefold() in taken:  # two photos both called IMG_0001.jpg, or differing only in case
            name = f"{stem}-{number}{suffix}"
            number += 1
        taken.add(name.casefold())
        placed.append(AttachmentData(attachment_id, kind, file_name, f"attachments/{claim_no}/{name}", mime, sha256,
                                     size))
    return placed


def safe_file_name(name: str, fallback: str) -> str:
    cleaned = _UNSAFE.sub("_", PurePath(name.replace("\\", "/")).name).strip().rstrip(".")
    if not cleaned or PurePath(cleaned).stem.upper() in _RESERVED:
        cleaned = f"{fallback}{PurePath(cleaned).suffix}" if cleaned else fallback
    return cleaned[:150]
