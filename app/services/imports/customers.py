"""Import customers. A row with a code updates that customer or adds it; a row without one is matched
by name and phone (so a list imported twice does not double everyone) or added with a new number."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from app.db.models import Customer
from app.domain.normalize import clean_code
from app.reports.excel import ProblemCode
from app.services.imports.common import Context, Counts, changed, insert_rows, reserve_numbers

FIELDS = ("name", "phone", "address", "region", "key_customer")


def apply(ctx: Context) -> Counts:
    sheet, s = ctx.sheet, ctx.s
    table = Customer.__table__
    rows = list(s.execute(select(table)))
    by_code = {row.code: row for row in rows}
    by_name_phone = {(row.name, clean_code(row.phone)): row for row in rows if row.phone}
    fields = [key for key in FIELDS if sheet.has(key)]
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    unchanged = 0
    seen_without_code: dict[tuple[str, str], int] = {}
    ctx.stage("checking")
    for row in sheet.rows:
        code = row.values.get("code") or ""
        phone = clean_code(row.values.get("phone") or "")
        if not code and phone and row.usable("name"):
            first = seen_without_code.setdefault((row.values["name"], phone), row.number)
            if first != row.number:
                sheet.problem(row, "phone", ProblemCode.DUPLICATE_IN_FILE, other=first)
        if row.bad:
            continue
        values = {key: row.values.get(key) for key in fields}
        old = by_code.get(code) if code else by_name_phone.get((row.values["name"], phone)) if phone else None
        if old is None:
            inserts.append({"code": code, **values})
        elif changed(old, values):
            updates.append({"id": old.id, **values, "updated_at": ctx.now})
        else:
            unchanged += 1
    sheet.refuse_if_problems()
    ctx.stage("writing")
    _number(ctx, inserts, set(by_code))
    insert_rows(s, table, inserts)
    if updates:
        s.execute(update(Customer), updates)
    return Counts(created=len(inserts), updated=len(updates), unchanged=unchanged)


def _number(ctx: Context, inserts: list[dict[str, Any]], taken: set[str]) -> None:
    """Give new customers without a code the next customer numbers, skipping any a file already used."""
    taken |= {row["code"] for row in inserts if row["code"]}
    waiting = [row for row in inserts if not row["code"]]
    while waiting:
        numbers = [n for n in reserve_numbers(ctx.s, "customer", ctx.today.year, len(waiting)) if n not in taken]
        for row, number in zip(waiting, numbers, strict=False):
            row["code"] = number
        waiting = waiting[len(numbers):]
