"""Import a stock count: on hand and on order per part; each change of on hand is an "import" movement,
so consumption read from the movements stays right."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select, update

from app.db.bulk import bulk_insert
from app.db.models import Part, StockLevel, StockMovement
from app.domain.enums import StockMovementKind
from app.domain.normalize import clean_code
from app.reports.excel import ProblemCode
from app.services.imports.common import Context, Counts, insert_rows

ZERO = Decimal(0)


def apply(ctx: Context) -> Counts:
    sheet, s = ctx.sheet, ctx.s
    parts = {clean_code(part_no): part_id for part_no, part_id in s.execute(select(Part.part_no, Part.id))}
    levels = {row.part_id: row for row in s.execute(select(StockLevel.__table__))}
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    movements: list[dict[str, Any]] = []
    unchanged = 0
    ctx.stage("checking")
    for row in sheet.rows:
        part_id = parts.get(row.values.get("part_no") or "")
        if row.usable("part_no") and part_id is None:
            sheet.problem(row, "part_no", ProblemCode.UNKNOWN_PART)
        if row.bad or part_id is None:
            continue
        values: dict[str, Any] = {"on_hand": row.values["on_hand"]}
        if sheet.has("on_order"):
            values["on_order"] = row.values.get("on_order") or ZERO
        if sheet.has("bin_location"):
            values["bin_location"] = row.values.get("bin_location") or ""
        old = levels.get(part_id)
        before = old.on_hand if old is not None else ZERO
        if old is None:
            inserts.append({"part_id": part_id, "on_order": ZERO, "bin_location": "", **values})
        elif any(getattr(old, key) != value for key, value in values.items()):
            updates.append({"part_id": part_id, **values})
        else:
            unchanged += 1
        if values["on_hand"] != before:
            movements.append({"part_id": part_id, "moved_on": ctx.today, "kind": StockMovementKind.IMPORT,
                              "quantity": values["on_hand"] - before, "reference": ctx.sheet.file_name[:60],
                              "reason": ctx.source[:200], "recorded_by": ctx.actor.name[:60]})
    sheet.refuse_if_problems()
    ctx.stage("writing")
    bulk_insert(s.connection(), StockLevel.__table__, inserts)
    if updates:
        s.execute(update(StockLevel), updates)
    insert_rows(s, StockMovement.__table__, movements)
    return Counts(created=len(inserts), updated=len(updates), unchanged=unchanged, movements=len(movements))
