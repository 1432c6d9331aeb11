"""Import units sold. Each new unit gets its warranty registration card (三包回执卡) with its deadline;
a serial number already registered is a bad row, never an update (a sale is recorded once)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from app.db.models import Customer, ProductModel, RegistrationCard, Unit
from app.domain.cards import card_due_date
from app.domain.normalize import clean_code
from app.reports.excel import ProblemCode, Row, SheetData
from app.services.imports.common import Context, Counts, ids_by, insert_rows

FIELDS = ("engine_no", "sale_date", "invoice_date", "invoice_no")


def apply(ctx: Context, *, deadline_days: int) -> Counts:
    sheet, s = ctx.sheet, ctx.s
    models = {clean_code(code): model_id for model_id, code in s.execute(select(ProductModel.id, ProductModel.code))}
    customers_by_code: dict[str, int] = {}
    customers_by_phone: dict[str, list[int]] = {}
    for customer_id, code, phone in s.execute(select(Customer.id, Customer.code, Customer.phone)):
        customers_by_code[clean_code(code)] = customer_id
        if phone:
            customers_by_phone.setdefault(clean_code(phone), []).append(customer_id)
    serials = [row.values["serial_no"] for row in sheet.rows if row.usable("serial_no")]
    registered = set(ids_by(s, Unit.__table__, "serial_no", serials))
    units: list[dict[str, Any]] = []
    cards: dict[str, dict[str, Any]] = {}
    ctx.stage("checking")
    for row in sheet.rows:
        if row.usable("serial_no") and row.values["serial_no"] in registered:
            sheet.problem(row, "serial_no", ProblemCode.ALREADY_EXISTS)
        model_id = models.get(row.values.get("model_code") or "")
        if row.usable("model_code") and model_id is None:
            sheet.problem(row, "model_code", ProblemCode.UNKNOWN_MODEL)
        customer_id = _customer(sheet, row, customers_by_code, customers_by_phone)
        _check_dates(sheet, row, ctx.today)
        if row.bad:
            continue
        serial = row.values["serial_no"]
        units.append({"serial_no": serial, "model_id": model_id, "customer_id": customer_id,
                      **{key: row.values.get(key) for key in FIELDS if sheet.has(key)}})
        cards[serial] = {"due_date": card_due_date(row.values["sale_date"], deadline_days),
                         "sent_on": row.values.get("card_sent_on"),
                         "acknowledged_on": row.values.get("card_acknowledged_on")}
    sheet.refuse_if_problems()
    ctx.stage("writing")
    unit_ids = insert_rows(s, Unit.__table__, units)
    insert_rows(s, RegistrationCard.__table__, [{"unit_id": unit_id, **cards[unit["serial_no"]]}
                                                for unit_id, unit in zip(unit_ids, units, strict=True)])
    return Counts(created=len(units))


def _customer(sheet: SheetData, row: Row, by_code: dict[str, int], by_phone: dict[str, list[int]]) -> int | None:
    if not row.usable("customer"):
        return None
    key = row.values["customer"]
    if key in by_code:
        return by_code[key]
    matches = by_phone.get(key, [])
    if len(matches) == 1:
        return matches[0]
    if matches:
        sheet.problem(row, "customer", ProblemCode.AMBIGUOUS_CUSTOMER, count=len(matches))
    else:
        sheet.problem(row, "customer", ProblemCode.UNKNOWN_CUSTOMER)
    return None


def _check_dates(sheet: SheetData, row: Row, today: dt.date) -> None:
    for key in ("sale_date", "invoice_date", "card_sent_on", "card_acknowledged_on"):
        if row.usable(key) and row.values[key] > today:
            sheet.problem(row, key, ProblemCode.FUTURE_DATE, today=today.isoformat())
    if not row.usable("sale_date"):
        return
    sale = row.values["sale_date"]
    for key in ("invoice_date", "card_sent_on"):
        if row.usable(key) and row.values[key] < sale:
            sheet.problem(row, key, ProblemCode.BEFORE_SALE, sale_date=sale.isoformat())
    if row.usable("card_acknowledged_on"):
        if row.values.get("card_sent_on") is None and "card_sent_on" not in row.bad:
            sheet.problem(row, "card_acknowledged_on", ProblemCode.NOT_SENT)
        elif row.usable("card_sent_on") and row.values["card_acknowledged_on"] < row.values["card_sent_on"]:
            sheet.problem(row, "card_acknowledged_on", ProblemCode.BEFORE_SENT,
                          sent_on=row.values["card_sent_on"].isoformat())
