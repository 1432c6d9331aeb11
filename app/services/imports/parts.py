"""Import the parts catalogue / price list: new parts are added, known ones updated, prices kept as history."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from app.db.models import Part
from app.services.imports.common import Context, Counts, changed, insert_rows
from app.services.imports.prices import PriceChange, record_prices

FIELDS = ("name", "unit", "unit_price", "is_warranty_part", "is_wear_part", "must_return", "photo_required",
          "is_main_component", "wear_life_months", "pack_size")


def apply(ctx: Context) -> Counts:
    sheet, s = ctx.sheet, ctx.s
    table = Part.__table__
    existing = {row.part_no: row for row in s.execute(select(table))}
    fields = [key for key in FIELDS if sheet.has(key)]
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    price_changes: list[PriceChange] = []
    unchanged = 0
    ctx.stage("checking")
    for row in sheet.rows:
        if row.bad:
            continue
        values = {key: row.values.get(key) for key in fields}
        old = existing.get(row.values["part_no"])
        if old is None:
            inserts.append({"part_no": row.values["part_no"], **values, "active": True})
        elif changed(old, values):
            updates.append({"id": old.id, **values, "updated_at": ctx.now})
            if values["unit_price"] != old.unit_price:
                price_changes.append(PriceChange(old.id, old.unit_price, values["unit_price"],
                                                 old.created_at.date() if old.created_at else None))
        else:
            unchanged += 1
    sheet.refuse_if_problems()
    ctx.stage("writing")
    new_ids = insert_rows(s, table, inserts)
    for part_id, row in zip(new_ids, inserts, strict=True):
        price_changes.append(PriceChange(part_id, None, row["unit_price"]))
    if updates:
        s.execute(update(Part), updates)
    record_prices(s, price_changes, today=ctx.today, source=ctx.source)
    changed_prices = sum(1 for change in price_changes if change.old_price is not None)
    return Counts(created=len(inserts), updated=len(updates), unchanged=unchanged, prices_changed=changed_prices)
