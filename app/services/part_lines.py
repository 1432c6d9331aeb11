"""What every document with part lines (claims, paid service orders) checks and looks up the same way."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Part, PartPrice
from app.domain.normalize import clean_code


def catalogue_price(s: Session, part: Part, day: dt.date) -> Decimal:
    """The price the part had on `day` (its price list history), else its current price."""
    price = s.scalar(select(PartPrice.unit_price).where(PartPrice.part_id == part.id, PartPrice.valid_from <= day)
                     .order_by(PartPrice.valid_from.desc()).limit(1))
    return part.unit_price if price is None else price


def checked_line(s: Session, n: int, part_no: str, quantity: Decimal, problems: list[str]) -> Part | None:
    """The catalogue part of line `n` when its number and quantity are right; otherwise the problems are
    added to `problems` and None is returned."""
    part = s.scalar(select(Part).where(Part.part_no == clean_code(part_no)))
    if part is None:
        problems.append(f"part line {n}: part number {clean_code(part_no) or '(empty)'} is not in the catalogue")
        return None
    if quantity <= 0:
        problems.append(f"part line {n}: the quantity must be more than zero")
        return None
    if quantity != quantity.quantize(Decimal("0.001")):
        problems.append(f"part line {n}: the quantity has more than three decimals")
        return None
    return part
