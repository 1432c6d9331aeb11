"""Paid service orders (有偿服务): work outside warranty scope, charged as the technician's wages plus
travel, with parts at catalogue price. No mark-up ("严禁漫天要价") unless the dealer configures one in
the shared setting paid_service/markup_percent."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.models import (
    Customer,
    PaidServiceLine,
    PaidServiceOrder,
    Part,
    ProductModel,
    SharedSetting,
    Unit,
)
from app.domain.actors import Actor
from app.domain.enums import PaidOrderStatus
from app.domain.errors import TransitionRefused, ValidationError
from app.domain.money import ZERO, line_amount, to_money
from app.domain.normalize import clean_code, clean_text
from app.services import shared_settings
from app.services.audit_trail import write_audit
from app.services.database import Database
from app.services.numbers import next_number
from app.services.paging import Page, PageRequest, like_pattern
from app.services.part_lines import catalogue_price, checked_line
from app.services.stock.consumption import record_order_consumption

MAX_TEXT = 2000
ENTITY = "paid_order"


@dataclass(frozen=True)
class PaidPartLineInput:
    part_no: str
    quantity: Decimal


@dataclass(frozen=True)
class PaidOrderInput:
    unit_serial: str
    service_date: dt.date
    technician: str = ""
    description: str = ""
    labour_hours: Decimal = Decimal(0)
    labour_rate: Decimal | None = None  # None: the model's labour rate
    travel_amount: Decimal = Decimal(0)
    parts: tuple[PaidPartLineInput, ...] = ()


@dataclass(frozen=True)
class PaidPartLineView:
    line_no: int
    part_no: str
    part_name: str
    quantity: Decimal
    catalogue_price: Decimal  # on the service date
    unit_price: Decimal  # what is charged: the catalogue price plus the configured mark-up
    amount: Decimal


@dataclass(frozen=True)
class PaidOrderView:
    id: int | None  # None: a preview of an order not saved yet
    order_no: str
    status: PaidOrderStatus
    unit_serial: str
    model_code: str
    model_name: str
    customer_name: str
    customer_phone: str
    service_date: dt.date
    technician: str
    description: str
    labour_hours: Decimal
    labour_rate: Decimal
    labour_amount: Decimal
    travel_amount: Decimal
    parts: tuple[PaidPartLineView, ...]
    parts_amount: Decimal
    total_amount: Decimal
    markup_percent: int  # the mark-up the part prices were worked out with

    @property
    def read_only(self) -> bool:
        return self.status != PaidOrderStatus.DRAFT


@dataclass(frozen=True)
class PaidOrderRow:
    id: int
    order_no: str
    status: PaidOrderStatus
    service_date: dt.date
    serial_no: str
    model_code: str
    customer_name: str
    technician: str
    total_amount: Decimal


def markup_percent(db: Database) -> int:
    return shared_settings.get(db, shared_settings.PAID_SERVICE_MARKUP_PERCENT)


def set_markup_percent(db: Database, actor: Actor, percent: int) -> None:
    """The mark-up on catalogue prices for paid service: what customers are charged is the manager's call."""
    actor.require_manager("Changing the paid-service mark-up")
    key = shared_settings.PAID_SERVICE_MARKUP_PERCENT
    text = key.dump(percent)
    with db.translated_errors(), db.sessions.begin() as s:
        row = s.get(SharedSetting, key.key)
        old = None if row is None else row.value
        if old == text:
            return
        if row is None:
            s.add(SharedSetting(key=key.key, value=text))
        else:
            row.value = text
        write_audit(s, actor, "setting", 0, "update", key.key, old, text)


def preview_paid_order(db: Database, data: PaidOrderInput) -> PaidOrderView:
    """Totals and prices as they would be saved, without saving: the editor's live totals."""
    with db.translated_errors(), db.sessions() as s:
        unit = _unit(s, data.unit_serial)
        order = PaidServiceOrder(order_no="", status=PaidOrderStatus.DRAFT)
        markup = _apply(s, order, unit, data)
        return _view(s, order, unit, markup, preview=True)


def create_paid_order(db: Database, actor: Actor, data: PaidOrderInput, today: dt.date) -> PaidOrderView:
    with db.translated_errors(), db.sessions.begin() as s:
        unit = _unit(s, data.unit_serial)
        order = PaidServiceOrder(order_no=next_number(s, "paid_order", today.year), status=PaidOrderStatus.DRAFT)
        markup = _apply(s, order, unit, data)
        s.add(order)
        s.flush()
        write_audit(s, actor, ENTITY, order.id, "create", "", None, order.order_no)
        return _view(s, order, unit, markup)


def update_paid_order(db: Database, actor: Actor, order_id: int, data: PaidOrderInput) -> PaidOrderView:
    with db.translated_errors(), db.sessions.begin() as s:
        order = _draft(s, order_id)
        before = _snapshot(order)
        unit = _unit(s, data.unit_serial)
        order.lines.clear()
        s.flush()  # the old lines go first: the new ones reuse their line numbers
        markup = _apply(s, order, unit, data)
        s.flush()
        after = _snapshot(order)
        for name, value in after.items():
            if before[name] != value:
                write_audit(s, actor, ENTITY, order.id, "update", name, before[name], value)
        return _view(s, order, unit, markup)


def complete_paid_order(db: Database, actor: Actor, order_id: int) -> PaidOrderView:
    return _move(db, actor, order_id, PaidOrderStatus.COMPLETED, "")


def cancel_paid_order(db: Database, actor: Actor, order_id: int, reason: str) -> PaidOrderView:
    if not reason.strip():
        raise ValidationError("say why the order is cancelled")
    return _move(db, actor, order_id, PaidOrderStatus.CANCELLED, reason.strip())


def get_paid_order(db: Database, order_id: int) -> PaidOrderView:
    with db.translated_errors(), db.sessions() as s:
        order = _order(s, order_id)
        return _view(s, order, _unit_of(s, order), markup=_markup(s))


def list_paid_orders(db: Database, request: PageRequest) -> Page[PaidOrderRow]:
    """Newest first; filters: status; free text: order or serial number, customer name or phone."""
    columns = (PaidServiceOrder.id, PaidServiceOrder.order_no, PaidServiceOrder.status, PaidServiceOrder.service_date,
               func.coalesce(Unit.serial_no, ""), func.coalesce(ProductModel.code, ""), Customer.name,
               PaidServiceOrder.technician, PaidServiceOrder.total_amount)
    where: list[Any] = []
    if request.filters.get("status"):
        where.append(PaidServiceOrder.status == PaidOrderStatus(request.filters["status"]))
    text = clean_text(request.text)
    if text:
        code = clean_code(text)
        where.append(or_(PaidServiceOrder.order_no.like(like_pattern(code), escape="\\"),
                         Unit.serial_no.like(like_pattern(code), escape="\\"),
                         Customer.name.like(like_pattern(text), escape="\\"),
                         Customer.phone.like(like_pattern(code), escape="\\")))
    sorts = {"order_no": PaidServiceOrder.order_no, "service_date": PaidServiceOrder.service_date,
             "total": PaidServiceOrder.total_amount, "status": PaidServiceOrder.status}
    column = sorts.get(request.sort or "service_date", PaidServiceOrder.service_date)
    descending = request.descending if request.sort else True
    order = [column.desc(), PaidServiceOrder.id.desc()] if descending else [column.asc(), PaidServiceOrder.id.asc()]
    query = (select(*columns).select_from(PaidServiceOrder)
             .join(Customer, Customer.id == PaidServiceOrder.customer_id)
             .outerjoin(Unit, Unit.id == PaidServiceOrder.unit_id)
             .outerjoin(ProductModel, ProductModel.id == Unit.model_id)
             .where(*where))
    with db.translated_errors(), db.sessions() as s:
        total = int(s.scalar(select(func.count()).select_from(query.subquery())) or 0)
        rows = s.execute(query.order_by(*order).offset(request.offset).limit(request.limit)).tuples().all()
        return Page([PaidOrderRow(*row) for row in rows], total)


# --- inside a session ------------------------------------------------------------------------------


def _markup(s: Session) -> int:
    key = shared_settings.PAID_SERVICE_MARKUP_PERCENT
    raw = s.scalar(select(SharedSetting.value).where(SharedSetting.key == key.key))
    return key.default if raw is None else key.parse(raw)


def _unit(s: Session, serial: str) -> Unit:
    code = clean_code(serial)
    unit = s.scalar(select(Unit).where(Unit.serial_no == code)) if code else None
    if unit is None:
        raise ValidationError(f"no unit with serial number {code or '(empty)'}")
    return unit


def _unit_of(s: Session, order: PaidServiceOrder) -> Unit | None:
    return s.get(Unit, order.unit_id) if order.unit_id is not None else None


def _order(s: Session, order_id: int) -> PaidServiceOrder:
    order = s.get(PaidServiceOrder, order_id)
    if order is None:
        raise ValidationError(f"no paid service order with id {order_id}")
    return order


def _draft(s: Session, order_id: int) -> PaidServiceOrder:
    order = _order(s, order_id)
    if order.status != PaidOrderStatus.DRAFT:
        raise TransitionRefused(f"order {order.order_no} is {order.status.value} and can no longer be changed")
    return order


def _apply(s: Session, order: PaidServiceOrder, unit: Unit, data: PaidOrderInput) -> int:
    """Check the input and write it onto `order`; returns the mark-up used for the part prices."""
    problems: list[str] = []
    if len(data.description) > MAX_TEXT:
        problems.append(f"the description is {len(data.description):,} characters long; at most {MAX_TEXT:,} fit")
    rate = data.labour_rate if data.labour_rate is not None else unit.model.labour_rate
    if data.labour_hours < 0:
        problems.append("labour hours must not be negative")
    if rate < 0:
        problems.append("the hourly rate must not be negative")
    if data.travel_amount < 0:
        problems.append("the travel amount must not be negative")
    markup = _markup(s)
    lines: list[PaidServiceLine] = []
    for n, line in enumerate(data.parts, start=1):
        part = checked_line(s, n, line.part_no, line.quantity, problems)
        if part is None:
            continue
        price = to_money(catalogue_price(s, part, data.service_date) * (100 + markup) / 100)
        lines.append(PaidServiceLine(line_no=n, part_id=part.id, quantity=line.quantity, unit_price=price,
                                     amount=line_amount(line.quantity, price)))
    if data.labour_hours <= 0 and data.travel_amount <= 0 and not data.parts:
        problems.append("an order needs labour, travel or at least one part")
    if problems:
        raise ValidationError("; ".join(problems))
    order.unit_id, order.customer_id = unit.id, unit.customer_id
    order.service_date = data.service_date
    order.technician, order.description = clean_text(data.technician), data.description.strip()
    order.labour_hours, order.labour_rate = to_money(data.labour_hours), to_money(rate)
    order.labour_amount = line_amount(data.labour_hours, rate)
    order.travel_amount = to_money(data.travel_amount)
    order.parts_amount = sum((x.amount for x in lines), ZERO)
    order.total_amount = order.labour_amount + order.parts_amount + order.travel_amount
    order.lines = lines
    return markup


def _snapshot(order: PaidServiceOrder) -> dict[str, str | None]:
    names = ("service_date", "technician", "description", "labour_hours", "labour_rate", "travel_amount",
             "parts_amount", "total_amount", "unit_id")
    values = {name: None if getattr(order, name) is None else str(getattr(order, name)) for name in names}
    values["lines"] = "; ".join(f"#{x.part_id} × {x.quantity} @ {x.unit_price}" for x in order.lines)
    return values


def _move(db: Database, actor: Actor, order_id: int, target: PaidOrderStatus, note: str) -> PaidOrderView:
    with db.translated_errors(), db.sessions.begin() as s:
        order = _draft(s, order_id)  # only a draft completes or is cancelled; both are final
        write_audit(s, actor, ENTITY, order.id, "transition", "status", order.status.value,
                    target.value if not note else f"{target.value}: {note}")
        order.status = target
        if target == PaidOrderStatus.COMPLETED:
            record_order_consumption(s, actor, order)  # the parts used come off stock with the completion
        s.flush()
        return _view(s, order, _unit_of(s, order), markup=_markup(s))


def _view(s: Session, order: PaidServiceOrder, unit: Unit | None, markup: int, *,
          preview: bool = False) -> PaidOrderView:
    model = s.get(ProductModel, unit.model_id) if unit is not None else None
    customer = s.get(Customer, order.customer_id)
    assert customer is not None
    parts = {p.id: p for p in s.scalars(select(Part).where(Part.id.in_([x.part_id for x in order.lines])))}
    lines = tuple(PaidPartLineView(x.line_no, parts[x.part_id].part_no, parts[x.part_id].name, x.quantity,
                                   catalogue_price(s, parts[x.part_id], order.service_date), x.unit_price, x.amount)
                  for x in order.lines)
    return PaidOrderView(
        id=None if preview else order.id, order_no=order.order_no, status=order.status,
        unit_serial=unit.serial_no if unit else "", model_code=model.code if model else "",
        model_name=model.name if model else "", customer_name=customer.name, customer_phone=customer.phone,
        service_date=order.service_date, technician=order.technician, description=order.description,
        labour_hours=order.labour_hours, labour_rate=order.labour_rate, labour_amount=order.labour_amount,
        travel_amount=order.travel_amount, parts=lines, parts_amount=order.parts_amount,
        total_amount=order.total_amount, markup_percent=markup,
    )
