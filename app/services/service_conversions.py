"""Turning a service-log entry into a warranty claim (三包维修记录) or a paid service order (有偿服务).

The new record starts as a draft with what the entry already knows carried over; the claim editor
and the paid-order editor take it from there. One entry gives at most one live claim and one live
paid order (a cancelled one does not count).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import PaidServiceOrder, ProductModel, ServiceLogEntry, Unit, WarrantyClaim
from app.domain.actors import Actor
from app.domain.enums import ClaimStatus, PaidOrderStatus
from app.domain.errors import ValidationError
from app.services.audit_trail import write_audit
from app.services.business_time import business_date, utc_now
from app.services.database import Database
from app.services.numbers import next_number
from app.services.service_log import ENTITY
from app.services.warranty import warranty_in_session

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Conversion:
    kind: str  # "claim" | "paid_order"
    id: int
    number: str
    entry_id: int
    entry_no: str


def create_claim_from_entry(db: Database, actor: Actor, entry_id: int, *, now: dt.datetime | None = None) -> Conversion:
    """A DRAFT claim for the entry's unit: failure date = the day the call came in, repair date = today,
    complaint = the problem, the entry's technician; amounts start at zero."""
    now = now or utc_now()
    today = business_date(now)
    with db.translated_errors(), db.sessions.begin() as s:
        entry = _entry(s, entry_id)
        if entry.unit_id is None:
            raise ValidationError(f"{entry.entry_no} names no unit: find the unit (serial number) first, "
                                  "then turn the entry into a claim")
        existing = s.scalar(select(WarrantyClaim.claim_no).where(
            WarrantyClaim.service_entry_id == entry.id, WarrantyClaim.status != ClaimStatus.CANCELLED).limit(1))
        if existing:
            raise ValidationError(f"{entry.entry_no} already became claim {existing}")
        unit = s.get(Unit, entry.unit_id)
        assert unit is not None  # the foreign key keeps it
        failure = business_date(entry.received_at)
        warranty = warranty_in_session(s, unit.id, failure)
        if not warranty.recognised:
            raise ValidationError(
                f"unit {unit.serial_no}: its warranty registration card is late or missing, so the manufacturer "
                "does not recognise warranty service on it; a service manager can record an override, "
                "or turn the entry into a paid service order")
        claim = WarrantyClaim(
            claim_no=next_number(s, "claim", today.year), revision=1, status=ClaimStatus.DRAFT, unit_id=unit.id,
            customer_id=unit.customer_id, service_entry_id=entry.id, failure_date=failure,
            repair_date=max(today, failure), hour_meter=unit.hour_meter, complaint=entry.problem,
            technician=entry.technician, labour_amount=ZERO, parts_amount=ZERO, travel_amount=ZERO,
            other_amount=ZERO, total_amount=ZERO, created_by_id=actor.user_id,
        )
        s.add(claim)
        s.flush()
        write_audit(s, actor, "warranty_claims", claim.id, "create", "claim_no", None, claim.claim_no, at=now)
        write_audit(s, actor, ENTITY, entry.id, "update", "claim", None, claim.claim_no, at=now)
        return Conversion("claim", claim.id, claim.claim_no, entry.id, entry.entry_no)


def create_paid_order_from_entry(db: Database, actor: Actor, entry_id: int, *,
                                 now: dt.datetime | None = None) -> Conversion:
    """A DRAFT paid service order for work outside warranty: customer, unit, technician and the problem as
    its description carried over; the model's labour rate proposed, amounts at zero."""
    now = now or utc_now()
    with db.translated_errors(), db.sessions.begin() as s:
        entry = _entry(s, entry_id)
        existing = s.scalar(select(PaidServiceOrder.order_no).where(
            PaidServiceOrder.service_entry_id == entry.id, PaidServiceOrder.status != PaidOrderStatus.CANCELLED)
            .limit(1))
        if existing:
            raise ValidationError(f"{entry.entry_no} already became paid service order {existing}")
        unit = s.get(Unit, entry.unit_id) if entry.unit_id is not None else None
        customer_id = entry.customer_id or (unit.customer_id if unit else None)
        if customer_id is None:
            raise ValidationError(f"{entry.entry_no} names no customer: find the customer first")
        rate = s.scalar(select(ProductModel.labour_rate).where(ProductModel.id == unit.model_id)) if unit else None
        order = PaidServiceOrder(
            order_no=next_number(s, "paid_order", business_date(now).year), status=PaidOrderStatus.DRAFT,
            unit_id=entry.unit_id, customer_id=customer_id, service_entry_id=entry.id, service_date=business_date(now),
            technician=entry.technician, description=entry.problem, labour_hours=ZERO, labour_rate=rate or ZERO,
            labour_amount=ZERO, travel_amount=ZERO, parts_amount=ZERO, total_amount=ZERO,
        )
        s.add(order)
        s.flush()
        write_audit(s, actor, "paid_service_orders", order.id, "create", "order_no", None, order.order_no, at=now)
        write_audit(s, actor, ENTITY, entry.id, "update", "paid_order", None, order.order_no, at=now)
        return Conversion("paid_order", order.id, order.order_no, entry.id, entry.entry_no)


def _entry(s: Session, entry_id: int) -> ServiceLogEntry:
    # Locked (on PostgreSQL) so two workstations converting the same entry at once make one record.
    entry = s.get(ServiceLogEntry, entry_id, with_for_update=True)
    if entry is None:
        raise ValidationError(f"service-log entry {entry_id} does not exist (deleted by another workstation?)")
    return entry
