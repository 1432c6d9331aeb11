"""Price history of parts: a new price adds a PartPrice row and becomes the part's current price.

Rows of earlier days are never rewritten, so the history shows every price a part had; claim part
lines carry their own unit price and are not touched. A second change on the same day replaces
that day's row (one price per part and day): it corrects a price that never held for a whole day.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db.models import PartPrice
from app.services.imports.common import chunks, insert_rows

SOURCE_LENGTH = 200


@dataclass(frozen=True)
class PriceChange:
    part_id: int
    old_price: Decimal | None  # None: a new part
    new_price: Decimal
    part_created_on: dt.date | None = None


def record_prices(s: Session, changes: Sequence[PriceChange], *, today: dt.date, source: str) -> int:
    """Write the history rows for `changes` (Part.unit_price is the caller's). Returns rows written."""
    if not changes:
        return 0
    part_ids = [change.part_id for change in changes]
    todays: dict[int, int] = {}
    with_history: set[int] = set()
    for part in chunks(part_ids):
        for row_id, part_id, valid_from in s.execute(
            select(PartPrice.id, PartPrice.part_id, PartPrice.valid_from).where(PartPrice.part_id.in_(part))
        ):
            with_history.add(part_id)
            if valid_from == today:
                todays[part_id] = row_id
    label = source[:SOURCE_LENGTH]
    inserts: list[dict[str, object]] = []
    corrections: list[dict[str, object]] = []
    for change in changes:
        if change.part_id in todays:
            corrections.append({"id": todays[change.part_id], "unit_price": change.new_price, "source": label})
            continue
        first_day = change.part_created_on
        if change.old_price is not None and change.part_id not in with_history and first_day and first_day < today:
            # A part recorded before price history was kept: its old price is history too.
            inserts.append({"part_id": change.part_id, "valid_from": first_day, "unit_price": change.old_price,
                            "source": "price before the first import"})
        inserts.append({"part_id": change.part_id, "valid_from": today, "unit_price": change.new_price,
                        "source": label})
    insert_rows(s, PartPrice.__table__, inserts)
    if corrections:
        s.execute(update(PartPrice), corrections)
    return len(inserts) + len(corrections)

