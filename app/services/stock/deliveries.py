"""Receiving parts against the signed delivery list (销售发货清单): typed in, or imported from a workbook.

All or nothing: every line is checked first (parts not in the catalogue, quantities, the list number
already received) and every problem is named; only a clean list changes stock, in one transaction. Each
part gets a receipt movement and what it had on order is reduced by what arrived.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Part, StockDelivery
from app.domain.actors import Actor
from app.domain.enums import StockMovementKind
from app.domain.errors import ValidationError
from app.domain.normalize import clean_code
from app.domain.stock import checked_quantity
from app.reports.excel import ImportRefused, Problem, ProblemCode, Row, SheetData, read_sheet
from app.reports.excel.columns import cell_text
from app.reports.excel.delivery import DELIVERY, write_delivery_sheet
from app.reports.excel.problems import params, shown
from app.services.audit_trail import write_audit
from app.services.database import Database
from app.services.imports.common import chunks
from app.services.stock.ledger import MAX_REFERENCE, change_on_order, move, plain

ZERO = Decimal(0)


class DeliveryCode(StrEnum):
    ALREADY_RECEIVED = "delivery_already_received"
    OTHER_LIST = "delivery_other_list"


REASONS: dict[DeliveryCode, str] = {
    DeliveryCode.ALREADY_RECEIVED: "delivery list {delivery_no} was already received on {received_on}",
    DeliveryCode.OTHER_LIST: "another delivery list than row {first} ({delivery_no}); one list per file",
}


@dataclass(frozen=True)
class DeliveryProblem(Problem):
    @property
    def reason(self) -> str:
        if isinstance(self.code, DeliveryCode):
            return REASONS[self.code].format(**dict(self.params))
        return super().reason


@dataclass(frozen=True)
class DeliveryLineInput:
    part_no: str
    quantity: Decimal | str


@dataclass(frozen=True)
class DeliveryResult:
    delivery_no: str
    received_on: dt.date
    file_name: str
    lines: int
    parts: int
    quantity: Decimal  # all parts together
    off_order: Decimal  # taken off what was on order

    def summary(self) -> str:
        source = f"{self.file_name}: " if self.file_name else ""
        return (f"{source}delivery list {self.delivery_no} received on {self.received_on}: {self.lines} line(s), "
                f"{self.parts} part(s), {plain(self.quantity)} pieces into stock, {plain(self.off_order)} off order")


def receive_delivery(db: Database, actor: Actor, delivery_no: str, lines: Sequence[DeliveryLineInput],
                     received_on: dt.date, *, file_name: str = "") -> DeliveryResult:
    """Book a delivery list typed in by hand; refuses the whole list (every problem named) if any line is
    wrong or the list was received before."""
    number = clean_code(delivery_no)
    problems: list[str] = []
    if not number:
        problems.append("the delivery list number is required")
    elif len(number) > MAX_REFERENCE:
        problems.append(f"the delivery list number takes at most {MAX_REFERENCE} characters")
    if not lines:
        problems.append("a delivery list needs at least one line")
    quantities: list[Decimal | None] = []
    for n, line in enumerate(lines, start=1):
        try:
            quantities.append(checked_quantity(line.quantity))
        except ValidationError as exc:
            problems.append(f"line {n}: {exc}")
            quantities.append(None)
    with db.translated_errors(), db.sessions.begin() as s:
        parts = _parts(s, [line.part_no for line in lines])
        for n, line in enumerate(lines, start=1):
            if clean_code(line.part_no) not in parts:
                problems.append(f"line {n}: part number {clean_code(line.part_no) or '(empty)'} is not in the "
                                "catalogue")
        earlier = _received(s, number) if number else None
        if earlier is not None:
            problems.append(f"delivery list {number} was already received on {earlier.received_on}")
        if problems:
            raise ValidationError("nothing was received: " + "; ".join(problems))
        booked = [(parts[clean_code(line.part_no)], quantity) for line, quantity in zip(lines, quantities, strict=True)
                  if quantity is not None]
        return _book(s, actor, number, booked, received_on, file_name)


def import_delivery(db: Database, actor: Actor, path: str | Path, received_on: dt.date, *,
                    progress: Callable[[str, int, int], None] | None = None) -> DeliveryResult:
    """Book the delivery list workbook at `path`, or raise ImportRefused listing every bad row."""
    data = read_sheet(path, DELIVERY, progress=progress)
    with db.translated_errors(), db.sessions.begin() as s:
        parts = _parts(s, [row.values["part_no"] for row in data.rows if row.usable("part_no")])
        number = _check(s, data, parts)
        if data.problems:
            raise ImportRefused(data.file_name, data.problems)
        if progress is not None:
            progress("writing", len(data.rows), len(data.rows))
        booked = [(parts[row.values["part_no"]], Decimal(row.values["quantity"])) for row in data.rows]
        return _book(s, actor, number, booked, received_on, data.file_name)


def save_delivery_sheet(path: str | Path) -> Path:
    """The empty delivery-list form (header and notes)."""
    try:
        return write_delivery_sheet(path)
    except OSError as exc:
        raise ValidationError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _check(s: Session, data: SheetData, parts: dict[str, Part]) -> str:
    """Adds every problem to data.problems; returns the file's delivery list number."""
    first: Row | None = None
    for row in data.rows:
        if row.usable("part_no") and row.values["part_no"] not in parts:
            data.problem(row, "part_no", ProblemCode.UNKNOWN_PART)
        if not row.usable("delivery_no"):
            continue
        if first is None:
            first = row
        elif row.values["delivery_no"] != first.values["delivery_no"]:
            _problem(data, row, DeliveryCode.OTHER_LIST, first=first.number, delivery_no=first.values["delivery_no"])
    if first is None:
        return ""
    number: str = first.values["delivery_no"]
    earlier = _received(s, number)
    if earlier is not None:
        _problem(data, first, DeliveryCode.ALREADY_RECEIVED, delivery_no=number, received_on=earlier.received_on)
    return number


def _problem(data: SheetData, row: Row, code: DeliveryCode, **values: object) -> None:
    row.bad.add("delivery_no")
    column = data.spec.column("delivery_no")
    data.problems.append(DeliveryProblem(code, row.number, data.letters.get("delivery_no", ""),  # type: ignore[arg-type]
                                         column.header, shown(cell_text(row.raw.get("delivery_no"))),
                                         params(**values)))


def _book(s: Session, actor: Actor, number: str, booked: list[tuple[Part, Decimal]], received_on: dt.date,
          file_name: str) -> DeliveryResult:
    per_part: dict[int, Decimal] = defaultdict(Decimal)
    by_id: dict[int, Part] = {}
    for part, quantity in booked:
        per_part[part.id] += quantity
        by_id[part.id] = part
    delivery = StockDelivery(delivery_no=number, received_on=received_on, line_count=len(booked),
                             file_name=file_name[:255], recorded_by=actor.name[:60])
    s.add(delivery)
    off_order = ZERO
    for part_id in sorted(per_part, key=lambda i: by_id[i].part_no):  # one lock order: no deadlock between lists
        level = move(s, actor, by_id[part_id], per_part[part_id], StockMovementKind.RECEIPT, received_on,
                     reference=number)
        off_order -= change_on_order(level, -per_part[part_id])
    s.flush()
    write_audit(s, actor, "stock_delivery", delivery.id, "create", "", None, number)
    return DeliveryResult(number, received_on, file_name, len(booked), len(per_part), sum(per_part.values(), ZERO),
                          off_order)


def _parts(s: Session, numbers: list[str]) -> dict[str, Part]:
    codes = list(dict.fromkeys(clean_code(n) for n in numbers if clean_code(n)))
    found: dict[str, Part] = {}
    for part in chunks(codes):
        found.update({p.part_no: p for p in s.scalars(select(Part).where(Part.part_no.in_(part)))})
    return found


def _received(s: Session, number: str) -> StockDelivery | None:
    return s.scalar(select(StockDelivery).where(StockDelivery.delivery_no == number))



__all__ = ["DELIVERY", "DeliveryCode", "DeliveryLineInput", "DeliveryProblem", "DeliveryResult", "import_delivery",
           "receive_delivery", "save_delivery_sheet"]
