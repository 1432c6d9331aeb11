"""The one way stock on hand changes inside a transaction: lock the part's level, refuse a negative
result, write the signed movement. Every writer of stock goes through `move`, so the movements of a
part always add up to its on hand (`warrantydesk check` verifies it)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import Connection, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.db.models import Part, StockLevel, StockMovement
from app.domain.actors import Actor
from app.domain.enums import StockMovementKind
from app.domain.errors import ValidationError
from app.domain.normalize import clean_code

ZERO = Decimal(0)
MAX_REFERENCE = 60
MAX_REASON = 200


def part_by_number(s: Session, part_no: str) -> Part:
    code = clean_code(part_no)
    part = s.scalar(select(Part).where(Part.part_no == code)) if code else None
    if part is None:
        raise ValidationError(f"no part with part number {code or '(empty)'} in the catalogue")
    return part


def locked_level(s: Session, part_id: int) -> StockLevel:
    """The part's stock level, locked until the transaction ends; created (all zero) when it has none.
    Two workstations creating the same level at once: the insert of the second does nothing."""
    table = StockLevel.__table__
    values = {"part_id": part_id, "on_hand": 0, "on_order": 0, "bin_location": "", "minimum": 0}
    insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
    level = s.scalar(select(StockLevel).where(StockLevel.part_id == part_id).with_for_update())
    if level is None:
        s.execute(insert(table).values(**values).on_conflict_do_nothing(index_elements=["part_id"]))
        level = s.scalar(select(StockLevel).where(StockLevel.part_id == part_id).with_for_update()
                         .execution_options(populate_existing=True))
    assert level is not None
    return level


def move(s: Session, actor: Actor, part: Part, quantity: Decimal, kind: StockMovementKind, moved_on: dt.date, *,
         reference: str = "", reason: str = "", claim_id: int | None = None) -> StockLevel:
    """Add `quantity` (signed) to the part's on hand with one movement; refuses a negative on hand."""
    if quantity == 0:
        return locked_level(s, part.id)
    level = locked_level(s, part.id)
    after = level.on_hand + quantity
    if after < 0:
        raise ValidationError(f"part {part.part_no} ({part.name}): {plain(level.on_hand)} on hand, "
                              f"{plain(-quantity)} wanted — stock cannot go below zero")
    level.on_hand = after
    s.add(StockMovement(part_id=part.id, moved_on=moved_on, kind=kind, quantity=quantity,
                        reference=reference[:MAX_REFERENCE], reason=reason[:MAX_REASON], claim_id=claim_id,
                        recorded_by=actor.name[:60]))
    return level


def change_on_order(level: StockLevel, change: Decimal) -> Decimal:
    """On order goes up when an order is placed and down (never below zero) as goods arrive; returns how
    much of `change` applied."""
    before = level.on_order
    level.on_order = max(ZERO, before + change)
    return level.on_order - before


def net_by_part(s: Session, kind: StockMovementKind, *, claim_ids: list[int] | None = None,
                reference: str | None = None) -> Mapping[int, Decimal]:
    """The signed total of movements of one kind per part, for one claim's revisions or one reference."""
    query = select(StockMovement.part_id, func.sum(StockMovement.quantity)).where(StockMovement.kind == kind)
    if claim_ids is not None:
        query = query.where(StockMovement.claim_id.in_(claim_ids))
    if reference is not None:
        query = query.where(StockMovement.reference == reference)
    rows = s.execute(query.group_by(StockMovement.part_id)).all()
    return {part_id: Decimal(total or 0) for part_id, total in rows}


def mismatches(conn: Connection, limit: int = 20) -> list[tuple[str, Decimal, Decimal]]:
    """Parts whose movements do not add up to their on hand: (part no, on hand, sum of movements).
    A part with movements but no level counts as on hand zero."""
    moved = (select(StockMovement.part_id, func.sum(StockMovement.quantity).label("moved"))
             .group_by(StockMovement.part_id).subquery())
    moved_total = func.coalesce(moved.c.moved, 0)
    with_level = (select(Part.part_no, StockLevel.on_hand, moved_total)
                  .join(Part, Part.id == StockLevel.part_id)
                  .outerjoin(moved, moved.c.part_id == StockLevel.part_id)
                  .where(StockLevel.on_hand != moved_total))
    without_level = (select(Part.part_no, moved.c.moved).join(Part, Part.id == moved.c.part_id)
                     .outerjoin(StockLevel, StockLevel.part_id == moved.c.part_id)
                     .where(StockLevel.part_id.is_(None), moved.c.moved != 0))
    found = [(part_no, Decimal(on_hand), Decimal(total))
             for part_no, on_hand, total in conn.execute(with_level.order_by(Part.part_no).limit(limit))]
    found += [(part_no, ZERO, Decimal(total))
              for part_no, total in conn.execute(without_level.order_by(Part.part_no).limit(limit))]
    return found[:limit]


def plain(value: Decimal) -> str:
    """A quantity as a clerk writes it: 2, 1.5 — no trailing zeros."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
