"""Unsaleable dealer stock returned to the factory (退回厂家), with the freight rule of DOMAIN rule 9: a
quality defect ships at the factory's cost; a part the dealer dismantled ships at the dealer's cost, with
the labour to restore it; anything else unsaleable ships at the dealer's cost."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, or_, select

from app.db.models import FactoryReturn, Part
from app.domain.actors import Actor
from app.domain.enums import StockMovementKind
from app.domain.errors import ValidationError
from app.domain.money import ZERO, to_money
from app.domain.normalize import clean_code, clean_text
from app.domain.stock import FreightPayer, ReturnReason, checked_quantity, freight_rule
from app.services.audit_trail import write_audit
from app.services.database import Database
from app.services.numbers import next_number
from app.services.paging import Page, PageRequest, count_of, like_pattern
from app.services.stock.ledger import locked_level, move, part_by_number, plain

MAX_NOTE = 500


@dataclass(frozen=True)
class FactoryReturnInput:
    part_no: str
    quantity: Decimal | str
    reason: ReturnReason
    returned_on: dt.date
    note: str = ""  # what is wrong with it; required for "other"
    restoration_labour: Decimal | str = ZERO  # only for parts dismantled by the dealer


@dataclass(frozen=True)
class FactoryReturnRow:
    id: int
    return_no: str
    part_no: str
    part_name: str
    quantity: Decimal
    reason: ReturnReason
    freight_payer: FreightPayer
    restoration_labour: Decimal
    returned_on: dt.date
    note: str

    @property
    def dealer_pays_restoration(self) -> bool:
        return freight_rule(self.reason).dealer_pays_restoration


def return_to_factory(db: Database, actor: Actor, data: FactoryReturnInput) -> FactoryReturnRow:
    """Take the parts off stock and record the return with who pays the freight."""
    reason = ReturnReason(data.reason)
    rule = freight_rule(reason)
    note = clean_text(data.note)
    problems: list[str] = []
    if reason == ReturnReason.OTHER and not note:
        problems.append("say why the part cannot be sold")
    if len(note) > MAX_NOTE:
        problems.append(f"the note takes at most {MAX_NOTE} characters")
    labour = _labour(data.restoration_labour, problems)
    if labour and not rule.dealer_pays_restoration:
        problems.append("restoration labour is only charged for parts the dealer dismantled")
    try:
        quantity = checked_quantity(data.quantity)
    except ValidationError as exc:
        problems.append(str(exc))
        quantity = ZERO
    if problems:
        raise ValidationError("; ".join(problems))
    with db.translated_errors(), db.sessions.begin() as s:
        part = part_by_number(s, data.part_no)
        level = locked_level(s, part.id)
        if quantity > level.on_hand:
            raise ValidationError(f"part {part.part_no} ({part.name}): only {plain(level.on_hand)} on hand; at most "
                                  "that can go back to the factory")
        record = FactoryReturn(return_no=next_number(s, "factory_return", data.returned_on.year), part_id=part.id,
                               quantity=quantity, reason=reason.value, freight_payer=rule.freight_payer.value,
                               restoration_labour=labour, returned_on=data.returned_on, note=note)
        s.add(record)
        move(s, actor, part, -quantity, StockMovementKind.FACTORY_RETURN, data.returned_on,
             reference=record.return_no, reason=f"{reason.value}: {note}" if note else reason.value)
        s.flush()
        write_audit(s, actor, "factory_return", record.id, "create", "", None,
                    f"{record.return_no}: {part.part_no} × {quantity}, {reason.value}, freight {rule.freight_payer}")
        return FactoryReturnRow(record.id, record.return_no, part.part_no, part.name, quantity, reason,
                                rule.freight_payer, labour, data.returned_on, note)


_SORTS: dict[str, Any] = {"return_no": FactoryReturn.return_no, "returned_on": FactoryReturn.returned_on,
                          "part_no": Part.part_no, "reason": FactoryReturn.reason,
                          "freight_payer": FactoryReturn.freight_payer, "quantity": FactoryReturn.quantity}


def list_factory_returns(db: Database, request: PageRequest) -> Page[FactoryReturnRow]:
    """Newest first. Free text: return number, part number or name, note. Filters: "reason", "part_id"."""
    query = (select(FactoryReturn.id, FactoryReturn.return_no, Part.part_no, Part.name, FactoryReturn.quantity,
                    FactoryReturn.reason, FactoryReturn.freight_payer, FactoryReturn.restoration_labour,
                    FactoryReturn.returned_on, FactoryReturn.note)
             .join(Part, Part.id == FactoryReturn.part_id))
    where: list[ColumnElement[bool]] = []
    text = clean_text(request.text)
    if text:
        code = like_pattern(clean_code(text))
        where.append(or_(FactoryReturn.return_no.ilike(code, escape="\\"), Part.part_no.ilike(code, escape="\\"),
                         Part.name.ilike(like_pattern(text), escape="\\"),
                         FactoryReturn.note.ilike(like_pattern(text), escape="\\")))
    if request.filters.get("reason"):
        where.append(FactoryReturn.reason == ReturnReason(request.filters["reason"]).value)
    if request.filters.get("part_id"):
        where.append(FactoryReturn.part_id == int(request.filters["part_id"]))
    query = query.where(*where)
    column = _SORTS.get(request.sort or "")
    if column is None:
        order = [FactoryReturn.returned_on.desc(), FactoryReturn.id.desc()]
    else:
        order = [column.desc() if request.descending else column.asc(), FactoryReturn.id.desc()]
    with db.translated_errors(), db.sessions() as s:
        total = count_of(s, query)
        rows = s.execute(query.order_by(*order).offset(request.offset).limit(request.limit)).all()
    return Page([FactoryReturnRow(r[0], r[1], r[2], r[3], r[4], ReturnReason(r[5]), FreightPayer(r[6]), r[7], r[8],
                                  r[9]) for r in rows], total)


def _labour(value: Decimal | str, problems: list[str]) -> Decimal:
    if value is None or (isinstance(value, str) and not value.strip()):
        return ZERO
    try:
        amount = to_money(Decimal(str(value).strip().replace(",", "")))
    except (ArithmeticError, ValueError):
        problems.append(f"the restoration labour is not an amount of money: {value}")
        return ZERO
    if amount < 0:
        problems.append("the restoration labour must not be negative")
        return ZERO
    return amount

