"""The stock list and a part's movements, paged, sorted and filtered in SQL."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select

from app.db.models import Part, StockLevel, StockMovement
from app.domain.enums import PartClass, StockMovementKind
from app.domain.errors import ValidationError
from app.domain.normalize import clean_code, clean_text
from app.services.database import Database
from app.services.paging import Page, PageRequest, count_of, like_pattern
from app.services.stock.ledger import part_by_number

CLASS_OF_PART = case((Part.is_wear_part, PartClass.WEAR.value), (Part.is_warranty_part, PartClass.WARRANTY.value),
                     else_=PartClass.OTHER.value)
_LAST_MOVED = (select(func.max(StockMovement.moved_on)).where(StockMovement.part_id == StockLevel.part_id)
               .correlate(StockLevel).scalar_subquery())
_BELOW_MINIMUM = StockLevel.on_hand < StockLevel.minimum


@dataclass(frozen=True)
class StockRow:
    part_id: int
    part_no: str
    name: str
    unit: str
    part_class: PartClass
    on_hand: Decimal
    on_order: Decimal
    minimum: Decimal
    bin_location: str
    unit_price: Decimal
    pack_size: int
    last_moved_on: dt.date | None

    @property
    def below_minimum(self) -> bool:
        return self.on_hand < self.minimum


@dataclass(frozen=True)
class MovementRow:
    id: int
    moved_on: dt.date
    kind: StockMovementKind
    quantity: Decimal  # signed: + into stock, - out of it
    balance: Decimal  # on hand after this movement
    reference: str
    reason: str
    recorded_by: str
    claim_id: int | None


_COLUMNS = (StockLevel.part_id, Part.part_no, Part.name, Part.unit, CLASS_OF_PART, StockLevel.on_hand,
            StockLevel.on_order, StockLevel.minimum, StockLevel.bin_location, Part.unit_price, Part.pack_size,
            _LAST_MOVED)
SORTS: dict[str, Any] = {"part_no": Part.part_no, "name": Part.name, "class": CLASS_OF_PART,
                         "on_hand": StockLevel.on_hand, "on_order": StockLevel.on_order,
                         "minimum": StockLevel.minimum, "bin_location": StockLevel.bin_location,
                         "last_moved_on": _LAST_MOVED}


def _row(values: Any) -> StockRow:
    row = list(values)
    row[4] = PartClass(row[4])
    return StockRow(*row)


def list_stock(db: Database, request: PageRequest) -> Page[StockRow]:
    """Parts kept in stock (those with a stock level). Free text: part number or name. Filters: "class"
    (warranty, wear, other), "below_minimum" (true: on hand under the part's minimum)."""
    query = select(*_COLUMNS).join(Part, Part.id == StockLevel.part_id)
    where: list[ColumnElement[bool]] = []
    text = clean_text(request.text)
    if text:
        where.append(or_(Part.part_no.ilike(like_pattern(clean_code(text)), escape="\\"),
                         Part.name.ilike(like_pattern(text), escape="\\")))
    part_class = request.filters.get("class")
    if part_class:
        where.append(CLASS_OF_PART == PartClass(part_class).value)
    if request.filters.get("below_minimum"):
        where.append(_BELOW_MINIMUM)
    query = query.where(*where)
    column = SORTS.get(request.sort or "")
    order = [Part.part_no]
    if column is not None:
        order = [column.desc() if request.descending else column.asc(), Part.part_no]
    with db.translated_errors(), db.sessions() as s:
        total = count_of(s, query)
        rows = s.execute(query.order_by(*order).offset(request.offset).limit(request.limit)).all()
    return Page([_row(row) for row in rows], total)


def stock_part(db: Database, part_no: str) -> StockRow:
    """One catalogue part with its stock (all zero when it has no stock level yet)."""
    with db.translated_errors(), db.sessions() as s:
        part = part_by_number(s, part_no)
        row = s.execute(select(*_COLUMNS).join(Part, Part.id == StockLevel.part_id)
                        .where(StockLevel.part_id == part.id)).first()
        if row is not None:
            return _row(row)
        zero = Decimal(0)
        return StockRow(part.id, part.part_no, part.name, part.unit, PartClass(s.scalar(
            select(CLASS_OF_PART).where(Part.id == part.id))), zero, zero, zero, "", part.unit_price, part.pack_size,
            None)


def list_movements(db: Database, part_id: int, request: PageRequest) -> Page[MovementRow]:
    """A part's movements, newest first (request.descending=False with sort "moved_on": oldest first), each
    with the balance after it. Filter "kind": one movement kind."""
    running = func.sum(StockMovement.quantity).over(order_by=(StockMovement.moved_on, StockMovement.id))
    inner = (select(StockMovement.id, StockMovement.moved_on, StockMovement.kind, StockMovement.quantity,
                    running.label("balance"), StockMovement.reference, StockMovement.reason,
                    StockMovement.recorded_by, StockMovement.claim_id)
             .where(StockMovement.part_id == part_id).subquery())
    query = select(*inner.c)
    kind = request.filters.get("kind")
    if kind:
        query = query.where(inner.c.kind == StockMovementKind(kind))
    oldest_first = request.sort == "moved_on" and not request.descending
    order = [inner.c.moved_on.asc(), inner.c.id.asc()] if oldest_first else [inner.c.moved_on.desc(),
                                                                              inner.c.id.desc()]
    with db.translated_errors(), db.sessions() as s:
        if s.get(Part, part_id) is None:
            raise ValidationError(f"part {part_id} no longer exists")
        total = count_of(s, query)
        rows = s.execute(query.order_by(*order).offset(request.offset).limit(request.limit)).all()
    return Page([MovementRow(r.id, r.moved_on, r.kind, r.quantity, Decimal(r.balance), r.reference, r.reason,
                             r.recorded_by, r.claim_id) for r in rows], total)
