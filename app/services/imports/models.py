"""Import product models: new codes are added, known codes updated with the file's terms.

A model without a product class, or with terms below its class's statutory floor, is imported (the
app counts with the floor) with a warning per row, so the clerk can correct the file.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from app.db.models import ProductModel
from app.domain.enums import ProductClass
from app.domain.statutory import TermsIssue
from app.reports.excel import ProblemCode
from app.services.imports.common import Context, Counts, changed, insert_rows
from app.services.statutory import floor_for, terms_issues

FIELDS = ("name", "category", "product_class", "warranty_months", "main_component_months", "warranty_hours",
          "warranty_area", "labour_rate", "first_service_hours", "first_service_months")


@dataclass(frozen=True)
class TermsWarning:
    row: int  # as Excel shows it
    code: str
    product_class: ProductClass | None
    issues: tuple[TermsIssue, ...]
    floor_months: int
    floor_main_months: int


def apply(ctx: Context) -> Counts:
    sheet, s = ctx.sheet, ctx.s
    table = ProductModel.__table__
    existing = {row.code: row for row in s.execute(select(table))}
    fields = [key for key in FIELDS if sheet.has(key)]
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    unchanged = 0
    warnings: list[TermsWarning] = []
    ctx.stage("checking")
    for row in sheet.rows:
        old = existing.get(row.values.get("code"))
        values = {key: row.values.get(key) for key in fields}
        warranty = values["warranty_months"]  # a required column: always in the file
        if sheet.has("main_component_months"):
            main = values.get("main_component_months") or warranty  # empty: as long as the whole machine
            values["main_component_months"] = main
        else:
            main = old.main_component_months if old is not None else warranty
            if old is None:
                values["main_component_months"] = main
        if row.usable("warranty_months") and "main_component_months" not in row.bad and main and main < warranty:
            key = "main_component_months" if sheet.has("main_component_months") else "warranty_months"
            sheet.problem(row, key, ProblemCode.SHORTER_THAN_WARRANTY, months=warranty)
        if row.bad:
            continue
        product_class = values["product_class"] if "product_class" in values else (old.product_class if old else None)
        issues = terms_issues(product_class, warranty, main)
        if issues:
            floor = floor_for(product_class)
            warnings.append(TermsWarning(row.number, row.values["code"], product_class, issues,
                                         floor.whole_machine_months, floor.main_floor_months))
        if old is None:
            inserts.append({"code": row.values["code"], **values, "active": True})
        elif changed(old, values):
            updates.append({"id": old.id, **values, "updated_at": ctx.now})
        else:
            unchanged += 1
    sheet.refuse_if_problems()
    ctx.stage("writing")
    insert_rows(s, table, inserts)
    if updates:
        s.execute(update(ProductModel), updates)
    return Counts(created=len(inserts), updated=len(updates), unchanged=unchanged, warnings=tuple(warnings))
