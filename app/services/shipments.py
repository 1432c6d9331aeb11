"""Old-part shipments (旧件返厂单): built by scanning tags, shipped once, then read-only."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import OldPart, Part, ReturnShipment, WarrantyClaim
from app.domain.actors import Actor
from app.domain.enums import ClaimStatus, OldPartStatus, ShipmentStatus
from app.domain.errors import TransitionRefused, ValidationError
from app.domain.normalize import clean_code, clean_text
from app.services.audit_trail import write_audit
from app.services.database import Database
from app.services.numbers import next_number
from app.services.old_parts import move
from app.services.paging import Page, PageRequest, count_of, like_pattern

MAX_CARRIER = 100  # column widths
MAX_WAYBILL = 60


@dataclass(frozen=True)
class ShipmentLine:
    tag_no: str
    claim_no: str
    part_no: str
    part_name: str
    quantity: Decimal
    status: OldPartStatus
    remark: str = ""  # head office's inspection remark, or the not-received flag


@dataclass(frozen=True)
class ShipmentRow:
    id: int
    shipment_no: str
    status: ShipmentStatus
    parts: int
    shipped_on: dt.date | None
    received_on: dt.date | None
    carrier: str
    waybill_no: str
    by_delivery_truck: bool


@dataclass(frozen=True)
class ShipmentView:
    id: int
    shipment_no: str
    status: ShipmentStatus
    carrier: str
    waybill_no: str
    by_delivery_truck: bool
    shipped_on: dt.date | None
    received_on: dt.date | None
    packages: int | None
    weight_kg: Decimal | None
    lines: tuple[ShipmentLine, ...]

    @property
    def read_only(self) -> bool:
        return self.status != ShipmentStatus.DRAFT


def create_shipment(db: Database, actor: Actor, today: dt.date | None = None) -> ShipmentView:
    year = (today or dt.date.today()).year
    with db.translated_errors(), db.sessions.begin() as s:
        shipment = ReturnShipment(shipment_no=next_number(s, "shipment", year), status=ShipmentStatus.DRAFT)
        s.add(shipment)
        s.flush()
        return _view(s, shipment)


def list_shipments(db: Database, request: PageRequest) -> Page[ShipmentRow]:
    """Shipments, drafts first and then the newest; filter "status"; text: shipment or waybill number."""
    parts = (select(OldPart.shipment_id, func.count(OldPart.id).label("parts")).group_by(OldPart.shipment_id)
             .subquery())
    query = (select(ReturnShipment, func.coalesce(parts.c.parts, 0))
             .outerjoin(parts, parts.c.shipment_id == ReturnShipment.id))
    status = request.filters.get("status")
    if status:
        query = query.where(ReturnShipment.status == ShipmentStatus(status))
    text = clean_code(request.text)
    if text:
        pattern = like_pattern(text)
        query = query.where(or_(ReturnShipment.shipment_no.like(pattern, escape="\\"),
                                ReturnShipment.waybill_no.like(pattern, escape="\\")))
    drafts_first = case((ReturnShipment.status == ShipmentStatus.DRAFT, 0), else_=1)
    with db.translated_errors(), db.sessions() as s:
        total = count_of(s, query)
        rows = s.execute(query.order_by(drafts_first, ReturnShipment.shipment_no.desc())
                         .offset(request.offset).limit(request.limit))
        return Page(tuple(ShipmentRow(r.id, r.shipment_no, r.status, int(n), r.shipped_on, r.received_on, r.carrier,
                                      r.waybill_no, r.by_delivery_truck) for r, n in rows), total)


def get_shipment(db: Database, shipment_id: int) -> ShipmentView:
    with db.translated_errors(), db.sessions() as s:
        return _view(s, _load(s, shipment_id))


def add_tag(db: Database, actor: Actor, shipment_id: int, scanned_text: str) -> ShipmentView:
    """One scan of a tag barcode (or a typed tag number): the part is packed into this shipment."""
    tag = clean_code(scanned_text)
    if not tag:
        raise ValidationError("scan or type a tag number")
    with db.translated_errors(), db.sessions.begin() as s:
        shipment = _load_draft(s, shipment_id)
        part = s.scalar(select(OldPart).where(OldPart.tag_no == tag).with_for_update())
        if part is None:
            raise ValidationError(f"no old part with tag {tag}")
        if part.shipment_id == shipment.id:
            raise ValidationError(f"tag {tag} is already in this shipment (scanned twice)")
        if part.shipment_id is not None:
            other = s.scalar(select(ReturnShipment.shipment_no).where(ReturnShipment.id == part.shipment_id))
            raise ValidationError(f"tag {tag} is already in shipment {other}")
        if part.status != OldPartStatus.RETAINED:
            raise ValidationError(f"tag {tag} cannot be shipped: the old part is {part.status.value}")
        if _claim_cancelled(s, part.claim_id):
            raise ValidationError(f"tag {tag} belongs to a cancelled claim and is not returned")
        move(s, actor, part, OldPartStatus.PACKED, shipment.shipment_no)
        part.shipment_id = shipment.id
        s.flush()
        return _view(s, shipment)


def remove_tag(db: Database, actor: Actor, shipment_id: int, tag_text: str) -> ShipmentView:
    tag = clean_code(tag_text)
    with db.translated_errors(), db.sessions.begin() as s:
        shipment = _load_draft(s, shipment_id)
        part = s.scalar(select(OldPart).where(OldPart.tag_no == tag, OldPart.shipment_id == shipment.id))
        if part is None:
            raise ValidationError(f"tag {tag} is not in shipment {shipment.shipment_no}")
        move(s, actor, part, OldPartStatus.RETAINED, f"taken out of {shipment.shipment_no}")
        part.shipment_id = None
        s.flush()
        return _view(s, shipment)


def ship(db: Database, actor: Actor, shipment_id: int, carrier: str, waybill_no: str, by_delivery_truck: bool,
         shipped_on: dt.date, packages: int | None = None, weight_kg: Decimal | None = None) -> ShipmentView:
    """The shipment leaves: it needs a waybill number or the delivery truck, and at least one part."""
    carrier, waybill = clean_text(carrier), clean_code(waybill_no)
    if not by_delivery_truck and not waybill:
        raise ValidationError("enter the waybill number, or choose the delivery truck")
    if len(carrier) > MAX_CARRIER or len(waybill) > MAX_WAYBILL:
        raise ValidationError(f"carrier takes at most {MAX_CARRIER} and waybill {MAX_WAYBILL} characters")
    if packages is not None and packages <= 0:
        raise ValidationError("the number of packages must be positive")
    if weight_kg is not None and weight_kg <= 0:
        raise ValidationError("the weight must be positive")
    with db.translated_errors(), db.sessions.begin() as s:
        shipment = _load_draft(s, shipment_id)
        parts = [p for p in _parts(s, shipment.id) if p.status == OldPartStatus.PACKED]
        if not parts:
            raise ValidationError(f"shipment {shipment.shipment_no} is empty: scan the tags first")
        for part in parts:
            move(s, actor, part, OldPartStatus.SHIPPED, shipment.shipment_no)
        write_audit(s, actor, "return_shipment", shipment.id, "transition", "status", shipment.status.value,
                    ShipmentStatus.SHIPPED.value)
        shipment.status, shipment.shipped_on = ShipmentStatus.SHIPPED, shipped_on
        shipment.carrier, shipment.waybill_no, shipment.by_delivery_truck = carrier, waybill, by_delivery_truck
        shipment.packages, shipment.weight_kg = packages, weight_kg
        s.flush()
        return _view(s, shipment)


def mark_received(db: Database, actor: Actor, shipment_id: int, received_on: dt.date) -> ShipmentView:
    """Head office has the shipment. Its parts stay shipped: head office's inspection result says, tag by
    tag, which it received and its verdict, and flags the parts it did not receive (app.services.inspection)."""
    with db.translated_errors(), db.sessions.begin() as s:
        shipment = _load(s, shipment_id)
        if shipment.status != ShipmentStatus.SHIPPED:
            raise TransitionRefused(f"shipment {shipment.shipment_no} is {shipment.status.value}, not shipped")
        if shipment.shipped_on is not None and received_on < shipment.shipped_on:
            raise ValidationError("a shipment cannot be received before it was shipped")
        write_audit(s, actor, "return_shipment", shipment.id, "transition", "status", shipment.status.value,
                    ShipmentStatus.RECEIVED.value)
        shipment.status, shipment.received_on = ShipmentStatus.RECEIVED, received_on
        s.flush()
        return _view(s, shipment)


def _load(s: Session, shipment_id: int) -> ReturnShipment:
    shipment = s.get(ReturnShipment, shipment_id)
    if shipment is None:
        raise ValidationError(f"no shipment with id {shipment_id}")
    return shipment


def _load_draft(s: Session, shipment_id: int) -> ReturnShipment:
    shipment = _load(s, shipment_id)
    if shipment.status != ShipmentStatus.DRAFT:
        raise TransitionRefused(f"shipment {shipment.shipment_no} has been shipped and can no longer change")
    return shipment


def _claim_cancelled(s: Session, claim_id: int) -> bool:
    """The latest revision decides: a claim cancelled after an earlier revision was approved is cancelled."""
    claim_no = s.scalar(select(WarrantyClaim.claim_no).where(WarrantyClaim.id == claim_id))
    latest = s.scalar(select(WarrantyClaim.status).where(WarrantyClaim.claim_no == claim_no)
                      .order_by(WarrantyClaim.revision.desc()).limit(1))
    return latest == ClaimStatus.CANCELLED


def _parts(s: Session, shipment_id: int) -> list[OldPart]:
    return list(s.scalars(select(OldPart).where(OldPart.shipment_id == shipment_id).order_by(OldPart.tag_no)))


def _view(s: Session, shipment: ReturnShipment) -> ShipmentView:
    rows = s.execute(select(OldPart.tag_no, WarrantyClaim.claim_no, Part.part_no, Part.name, OldPart.quantity,
                            OldPart.status, OldPart.inspection_remark)
                     .join(WarrantyClaim, WarrantyClaim.id == OldPart.claim_id).join(Part, Part.id == OldPart.part_id)
                     .where(OldPart.shipment_id == shipment.id).order_by(OldPart.tag_no))
    return ShipmentView(shipment.id, shipment.shipment_no, shipment.status, shipment.carrier, shipment.waybill_no,
                        shipment.by_delivery_truck, shipment.shipped_on, shipment.received_on, shipment.packages,
                        shipment.weight_kg, tuple(ShipmentLine(*r) for r in rows))
