"""Emergency orders (紧急订货): a claim waiting for a part the dealer does not have orders it at once. When
the part arrives it is booked into stock and the days the claim waited are recorded on it, since time
waiting for parts extends the warranty period (农机三包规定)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import EmergencyOrder, Part, StockLevel, WarrantyClaim
from app.domain.actors import Actor
from app.domain.claim_lifecycle import EDITABLE, require_move
from app.domain.enums import ClaimStatus, StockMovementKind
from app.domain.errors import ValidationError
from app.domain.normalize import clean_code, clean_text
from app.domain.stock import checked_quantity, waiting_days
from app.services.audit_trail import write_audit
from app.services.database import Database
from app.services.numbers import next_number
from app.services.paging import Page, PageRequest, count_of, like_pattern
from app.services.stock.ledger import MAX_REFERENCE, change_on_order, locked_level, move, part_by_number, plain

MAX_NOTE = 500


@dataclass(frozen=True)
class EmergencyOrderInput:
    claim_id: int
    part_no: str
    quantity: Decimal | str
    ordered_on: dt.date
    reference: str = ""  # the factory's order number, when it gives one
    note: str = ""


@dataclass(frozen=True)
class EmergencyOrderRow:
    id: int
    order_no: str
    claim_id: int
    claim_no: str
    part_no: str
    part_name: str
    quantity: Decimal
    ordered_on: dt.date
    received_on: dt.date | None
    reference: str
    note: str
    on_hand: Decimal

    def days_waited(self, today: dt.date) -> int:
        return ((self.received_on or today) - self.ordered_on).days


@dataclass(frozen=True)
class EmergencyReceipt:
    order: EmergencyOrderRow
    parts_wait_days: int  # the claim's waiting time now
    claim_updated: bool  # False: the claim had gone to head office (or was closed) and keeps its record
    claim_status: ClaimStatus


@dataclass(frozen=True)
class ClaimPartNeed:
    part_no: str
    part_name: str
    quantity: Decimal  # on the claim's part lines
    on_hand: Decimal


@dataclass(frozen=True)
class ClaimOrders:
    """What the emergency-order dialog of a claim shows."""

    claim_id: int
    claim_no: str
    status: ClaimStatus
    can_order: bool
    parts_wait_days: int
    parts: tuple[ClaimPartNeed, ...]
    orders: tuple[EmergencyOrderRow, ...]


def raise_emergency_order(db: Database, actor: Actor, data: EmergencyOrderInput, today: dt.date) -> EmergencyOrderRow:
    """Order a part for a claim: only for a claim still at the dealer, only when stock cannot cover it."""
    quantity = checked_quantity(data.quantity)
    reference, note = clean_code(data.reference), clean_text(data.note)
    if len(reference) > MAX_REFERENCE:
        raise ValidationError(f"the order reference takes at most {MAX_REFERENCE} characters")
    if len(note) > MAX_NOTE:
        raise ValidationError(f"the note takes at most {MAX_NOTE} characters")
    if data.ordered_on > today:
        raise ValidationError(f"the order date {data.ordered_on} is in the future")
    with db.translated_errors(), db.sessions.begin() as s:
        claim = _claim(s, data.claim_id)
        if claim.status not in EDITABLE:
            raise ValidationError(f"claim {claim.claim_no} is {claim.status.value}; parts are ordered only for claims "
                                  "still being worked on")
        part = part_by_number(s, data.part_no)
        level = locked_level(s, part.id)
        if level.on_hand >= quantity:
            raise ValidationError(f"part {part.part_no} ({part.name}): {plain(level.on_hand)} on hand; take it from "
                                  "stock instead of ordering it")
        change_on_order(level, quantity)
        order = EmergencyOrder(order_no=next_number(s, "emergency_order", data.ordered_on.year), claim_id=claim.id,
                               part_id=part.id, quantity=quantity, ordered_on=data.ordered_on, reference=reference,
                               note=note, recorded_by=actor.name[:60])
        s.add(order)
        s.flush()
        write_audit(s, actor, "claim", claim.id, "update", "emergency_order", None,
                    f"{order.order_no}: {part.part_no} × {plain(quantity)}")
        return _row(s, order)


def receive_emergency_order(db: Database, actor: Actor, order_id: int, received_on: dt.date, today: dt.date, *,
                            reference: str = "") -> EmergencyReceipt:
    """The part arrived: into stock (off order), and the claim's waiting time brought up to the days its
    emergency orders waited (overlaps once; never shortened: a longer time typed on the claim stands)."""
    ref = clean_code(reference)
    if len(ref) > MAX_REFERENCE:
        raise ValidationError(f"the delivery reference takes at most {MAX_REFERENCE} characters")
    if received_on > today:
        raise ValidationError(f"the receipt date {received_on} is in the future")
    with db.translated_errors(), db.sessions.begin() as s:
        order = s.get(EmergencyOrder, order_id, with_for_update=True)
        if order is None:
            raise ValidationError(f"no emergency order with id {order_id}")
        if order.received_on is not None:
            raise ValidationError(f"emergency order {order.order_no} was already received on {order.received_on}")
        if received_on < order.ordered_on:
            raise ValidationError(f"emergency order {order.order_no} was placed on {order.ordered_on}; it cannot "
                                  "arrive before that")
        part = s.get(Part, order.part_id)
        assert part is not None
        order.received_on = received_on
        if ref:
            order.reference = ref
        level = move(s, actor, part, order.quantity, StockMovementKind.RECEIPT, received_on,
                     reference=ref or order.order_no, reason=f"emergency order {order.order_no}")
        change_on_order(level, -order.quantity)
        claim = _latest_revision(s, order.claim_id)
        updated = _record_wait(s, actor, claim, order)
        s.flush()
        return EmergencyReceipt(_row(s, order), claim.parts_wait_days, updated, claim.status)


def list_emergency_orders(db: Database, request: PageRequest) -> Page[EmergencyOrderRow]:
    """Open orders first, oldest first. Filters: "open" (true: not received yet), "claim_id" (every
    revision of that claim). Free text: order, claim or part number, part name."""
    query = _select()
    where: list[ColumnElement[bool]] = []
    if request.filters.get("open"):
        where.append(EmergencyOrder.received_on.is_(None))
    if request.filters.get("claim_id"):
        with db.translated_errors(), db.sessions() as s:
            where.append(EmergencyOrder.claim_id.in_(_revisions(s, int(request.filters["claim_id"]))))
    text = clean_text(request.text)
    if text:
        code = like_pattern(clean_code(text))
        where.append(or_(EmergencyOrder.order_no.ilike(code, escape="\\"),
                         WarrantyClaim.claim_no.ilike(code, escape="\\"), Part.part_no.ilike(code, escape="\\"),
                         Part.name.ilike(like_pattern(text), escape="\\")))
    query = query.where(*where)
    sorts: dict[str, Any] = {"order_no": EmergencyOrder.order_no, "claim_no": WarrantyClaim.claim_no,
                             "part_no": Part.part_no, "ordered_on": EmergencyOrder.ordered_on,
                             "received_on": EmergencyOrder.received_on}
    column = sorts.get(request.sort or "")
    if column is None:
        order = [EmergencyOrder.received_on.is_not(None), EmergencyOrder.ordered_on, EmergencyOrder.id]
    else:
        order = [column.desc() if request.descending else column.asc(), EmergencyOrder.id]
    with db.translated_errors(), db.sessions() as s:
        total = count_of(s, query)
        rows = s.execute(query.order_by(*order).offset(request.offset).limit(request.limit)).all()
    return Page([EmergencyOrderRow(*row) for row in rows], total)


def claim_orders(db: Database, claim_id: int) -> ClaimOrders:
    """A claim's part lines with their stock, and its emergency orders (all revisions)."""
    with db.translated_errors(), db.sessions() as s:
        claim = _claim(s, claim_id)
        parts = {p.id: p for p in s.scalars(select(Part).where(Part.id.in_([x.part_id for x in claim.part_lines])))}
        stock = dict(s.execute(select(StockLevel.part_id, StockLevel.on_hand)
                               .where(StockLevel.part_id.in_(list(parts)))).tuples().all())
        needs: dict[int, Decimal] = {}
        for line in claim.part_lines:
            needs[line.part_id] = needs.get(line.part_id, Decimal(0)) + line.quantity
        lines = tuple(ClaimPartNeed(parts[i].part_no, parts[i].name, qty, stock.get(i, Decimal(0)))
                      for i, qty in needs.items())
        rows = s.execute(_select().where(EmergencyOrder.claim_id.in_(_revisions(s, claim_id)))
                         .order_by(EmergencyOrder.ordered_on, EmergencyOrder.id)).all()
        return ClaimOrders(claim.id, claim.claim_no, claim.status, claim.status in EDITABLE, claim.parts_wait_days,
                           lines, tuple(EmergencyOrderRow(*row) for row in rows))


# --- inside a session ------------------------------------------------------------------------------


def _select() -> Any:
    return (select(EmergencyOrder.id, EmergencyOrder.order_no, EmergencyOrder.claim_id, WarrantyClaim.claim_no,
                   Part.part_no, Part.name, EmergencyOrder.quantity, EmergencyOrder.ordered_on,
                   EmergencyOrder.received_on, EmergencyOrder.reference, EmergencyOrder.note,
                   func.coalesce(StockLevel.on_hand, 0))
            .join(WarrantyClaim, WarrantyClaim.id == EmergencyOrder.claim_id)
            .join(Part, Part.id == EmergencyOrder.part_id)
            .outerjoin(StockLevel, StockLevel.part_id == EmergencyOrder.part_id))


def _row(s: Session, order: EmergencyOrder) -> EmergencyOrderRow:
    row = s.execute(_select().where(EmergencyOrder.id == order.id)).one()
    return EmergencyOrderRow(*row)


def _claim(s: Session, claim_id: int) -> WarrantyClaim:
    claim = s.get(WarrantyClaim, claim_id)
    if claim is None:
        raise ValidationError(f"no claim with id {claim_id}")
    return claim


def _revisions(s: Session, claim_id: int) -> list[int]:
    number = s.scalar(select(WarrantyClaim.claim_no).where(WarrantyClaim.id == claim_id))
    return list(s.scalars(select(WarrantyClaim.id).where(WarrantyClaim.claim_no == number))) if number else []


def _latest_revision(s: Session, claim_id: int) -> WarrantyClaim:
    number = _claim(s, claim_id).claim_no
    latest = s.scalar(select(WarrantyClaim).where(WarrantyClaim.claim_no == number)
                      .order_by(WarrantyClaim.revision.desc()).limit(1))
    assert latest is not None
    return latest


def _record_wait(s: Session, actor: Actor, claim: WarrantyClaim, order: EmergencyOrder) -> bool:
    """The claim's waiting time from its received emergency orders; like an edit in the claim editor, a
    ready or approved claim whose record changes goes back to draft to be checked and approved again."""
    if claim.status not in EDITABLE:
        return False
    s.flush()
    spells = s.execute(select(EmergencyOrder.ordered_on, EmergencyOrder.received_on).where(
        EmergencyOrder.claim_id.in_(_revisions(s, claim.id)), EmergencyOrder.received_on.is_not(None))).tuples().all()
    days = max(claim.parts_wait_days, waiting_days([(a, b) for a, b in spells if b is not None]))
    if days == claim.parts_wait_days:
        return True
    write_audit(s, actor, "claim", claim.id, "update", "parts_wait_days", claim.parts_wait_days,
                f"{days} (emergency order {order.order_no})")
    claim.parts_wait_days = days
    if claim.status in (ClaimStatus.READY, ClaimStatus.APPROVED):
        require_move(claim.claim_no, claim.status, ClaimStatus.DRAFT)
        write_audit(s, actor, "claim", claim.id, "transition", "status", claim.status.value,
                    f"{ClaimStatus.DRAFT.value}: waiting time for parts changed")
        claim.status = ClaimStatus.DRAFT
        claim.approved_at = None
        claim.approved_by_id = None
    return True
