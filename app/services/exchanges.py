"""Exchanges and refunds (换货 / 退货): offered, recorded, listed, and reported to head office.

Recording an exchange is one transaction: the old unit goes back to the dealer's stock (status exchanged,
pointing at its replacement), the customer gets a new unit with a new serial number whose warranty periods
start on the exchange date (its sale and invoice dates are the exchange date) and a new registration card.
A refund closes the unit's warranty (status refunded) and records the amount paid back. Either way a
numbered record is written for the customer to sign, and it waits for the next claim batch.

Both are the service manager's decision; the database keeps a unit to one exchange or refund.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, exists, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from app.db.models import ClaimBatch, Customer, ExchangeRefund, ProductModel, RegistrationCard, Unit
from app.domain.actors import Actor
from app.domain.cards import card_due_date
from app.domain.enums import UnitStatus
from app.domain.errors import ValidationError, WarrantyDeskError
from app.domain.exchanges import FaultKind, ReturnKind, ReturnWindow, require_offer, return_window
from app.domain.money import to_money
from app.domain.normalize import clean_code, clean_text
from app.services.audit_trail import write_audit
from app.services.business_time import business_today
from app.services.database import Database
from app.services.numbers import next_number
from app.services.warranty import exchanged_on, period_start, read_context


class ExchangeNotFound(WarrantyDeskError):
    """No exchange or refund record has the number asked for."""


@dataclass(frozen=True)
class ReturnInput:
    """What the clerk enters for an exchange or a refund; the new unit's fields only for an exchange."""

    unit_id: int
    fault_date: dt.date
    decided_on: dt.date
    fault_kind: FaultKind
    fault_description: str
    reason: str  # exchange: why the old unit goes back to stock; refund: the agreement reached
    new_serial_no: str = ""
    new_engine_no: str = ""
    new_model_id: int | None = None  # None: the same model as the unit given back
    refund_amount: Decimal | None = None


@dataclass(frozen=True)
class ReturnRecord:
    """One exchange or refund as the service file, the printed record and the batch show it."""

    id: int
    record_no: str
    kind: ReturnKind
    unit_id: int
    serial_no: str
    engine_no: str
    model_code: str
    model_name: str
    sold_on: dt.date  # the date the 15 days ran from (invoice, sale, or the exchange for a replacement)
    from_exchange: bool  # the unit given back was itself a replacement: the 15 days ran from its exchange
    new_unit_id: int | None
    new_serial_no: str
    new_engine_no: str
    new_model_code: str
    new_model_name: str
    customer_name: str
    customer_phone: str
    customer_address: str
    fault_date: dt.date
    decided_on: dt.date
    fault_kind: FaultKind
    fault_description: str
    reason: str
    refund_amount: Decimal | None
    batch_no: str
    recorded_by: str

    @property
    def days_after_start(self) -> int:
        return (self.fault_date - self.sold_on).days


def window_for(db: Database, unit_id: int, fault_date: dt.date) -> ReturnWindow:
    """What the farmer may choose for a fault on `fault_date`: an exchange, a refund, or only a repair."""
    with db.translated_errors(), db.sessions() as s:
        unit = s.get(Unit, unit_id)
        if unit is None:
            raise ValidationError(f"no unit with id {unit_id}")
        return _window(s, unit, fault_date)


def record_exchange(db: Database, actor: Actor, data: ReturnInput, *, today: dt.date | None = None) -> ReturnRecord:
    """The customer takes a new unit; the old one goes back to stock. All of it or nothing."""
    actor.require_manager("Exchanging a unit")
    today = today or business_today()
    description, reason = _common(data, today, "the exchange")
    serial = clean_code(data.new_serial_no)
    if not serial:
        raise ValidationError("enter the serial number of the new unit the customer takes")
    with db.translated_errors(), db.sessions.begin() as s:
        unit = _unit_for_update(s, data.unit_id)
        require_offer(_window(s, unit, data.fault_date), ReturnKind.EXCHANGE)
        if serial == unit.serial_no:
            raise ValidationError("the new unit needs another serial number than the unit given back")
        taken = s.scalar(select(Unit.id).where(Unit.serial_no == serial))
        if taken is not None:
            raise ValidationError(f"serial number {serial} is already registered: the new unit must be one not yet "
                                  "sold")
        model = s.get(ProductModel, data.new_model_id or unit.model_id)
        if model is None:
            raise ValidationError(f"no model with id {data.new_model_id}")
        new = Unit(serial_no=serial, engine_no=clean_code(data.new_engine_no), model_id=model.id,
                   customer_id=unit.customer_id, sale_date=data.decided_on, invoice_date=data.decided_on,
                   invoice_no=unit.invoice_no, note=f"换货 exchange for {unit.serial_no}")
        s.add(new)
        _flush(s, f"serial number {serial} is already registered")
        s.add(RegistrationCard(unit_id=new.id, due_date=card_due_date(data.decided_on, read_context(s).deadline_days)))
        number = next_number(s, "exchange", data.decided_on.year)
        _give_back(s, unit, UnitStatus.EXCHANGED, f"已换货（{number}），换为 {serial}；旧机退回库存",
                   replaced_by=new.id)
        record = ExchangeRefund(
            record_no=number, kind=ReturnKind.EXCHANGE, unit_id=unit.id,
            new_unit_id=new.id, customer_id=unit.customer_id, window_start=_start(s, unit),
            fault_date=data.fault_date, decided_on=data.decided_on, fault_kind=data.fault_kind,
            fault_description=description, reason=reason, recorded_by=actor.name)
        s.add(record)
        _flush(s, f"unit {unit.serial_no} was exchanged or refunded on another workstation a moment ago")
        write_audit(s, actor, "unit", new.id, "create", "serial_no", None, serial)
        write_audit(s, actor, "unit", unit.id, "transition", "status", UnitStatus.IN_SERVICE, UnitStatus.EXCHANGED)
        write_audit(s, actor, "exchange", record.id, "create", "record_no", None, record.record_no)
        return _records(s, ExchangeRefund.id == record.id)[0]


def record_refund(db: Database, actor: Actor, data: ReturnInput, *, today: dt.date | None = None) -> ReturnRecord:
    """The money goes back and the unit's warranty ends. All of it or nothing."""
    actor.require_manager("Refunding a unit")
    today = today or business_today()
    description, reason = _common(data, today, "the refund")
    if data.refund_amount is None:
        raise ValidationError("enter the amount refunded to the customer")
    amount = to_money(data.refund_amount)
    if amount <= 0:
        raise ValidationError(f"the refund amount must be more than 0, not {amount}")
    with db.translated_errors(), db.sessions.begin() as s:
        unit = _unit_for_update(s, data.unit_id)
        require_offer(_window(s, unit, data.fault_date), ReturnKind.REFUND)
        number = next_number(s, "refund", data.decided_on.year)
        _give_back(s, unit, UnitStatus.REFUNDED, f"已退货（{number}）：三包责任终止")
        record = ExchangeRefund(
            record_no=number, kind=ReturnKind.REFUND, unit_id=unit.id,
            customer_id=unit.customer_id, window_start=_start(s, unit), fault_date=data.fault_date,
            decided_on=data.decided_on, fault_kind=data.fault_kind, fault_description=description, reason=reason,
            refund_amount=amount, recorded_by=actor.name)
        s.add(record)
        _flush(s, f"unit {unit.serial_no} was exchanged or refunded on another workstation a moment ago")
        write_audit(s, actor, "unit", unit.id, "transition", "status", UnitStatus.IN_SERVICE, UnitStatus.REFUNDED)
        write_audit(s, actor, "refund", record.id, "create", "refund_amount", None, amount)
        return _records(s, ExchangeRefund.id == record.id)[0]


def records_of_unit(db: Database, unit_id: int) -> list[ReturnRecord]:
    """The exchanges and refunds a unit took part in: given back, or received in an exchange."""
    with db.translated_errors(), db.sessions() as s:
        return _records(s, or_(ExchangeRefund.unit_id == unit_id, ExchangeRefund.new_unit_id == unit_id))


def get_record(db: Database, record_no: str) -> ReturnRecord:
    with db.translated_errors(), db.sessions() as s:
        found = _records(s, ExchangeRefund.record_no == clean_code(record_no))
    if not found:
        raise ExchangeNotFound(f"no exchange or refund record numbered {record_no}")
    return found[0]


def records_in_batch(s: Session, batch_id: int) -> list[ReturnRecord]:
    return _records(s, ExchangeRefund.batch_id == batch_id)


# --- inside the transaction ------------------------------------------------------------------------------


def _common(data: ReturnInput, today: dt.date, what: str) -> tuple[str, str]:
    if data.decided_on > today:
        raise ValidationError(f"the date of {what} ({data.decided_on.isoformat()}) is in the future")
    if data.fault_date > data.decided_on:
        raise ValidationError(f"the fault date {data.fault_date.isoformat()} is after the date of {what} "
                              f"({data.decided_on.isoformat()})")
    description = clean_text(data.fault_description)
    if not description:
        raise ValidationError("describe the fault that gives the customer the right to choose")
    reason = clean_text(data.reason)
    if not reason:
        raise ValidationError("say why: what was agreed with the customer and what happens to the unit given back")
    return description, reason


def _unit_for_update(s: Session, unit_id: int) -> Unit:
    unit = s.execute(select(Unit).where(Unit.id == unit_id).with_for_update()).scalar_one_or_none()
    if unit is None:
        raise ValidationError(f"no unit with id {unit_id}")
    return unit


def _start(s: Session, unit: Unit) -> dt.date:
    """Where the 15 days run from: where the unit's periods start (the exchange that brought it, else the
    invoice date, else the sale date)."""
    return period_start(unit.invoice_date, unit.sale_date, exchanged_on(s, unit.id))[0]


def _window(s: Session, unit: Unit, fault_date: dt.date) -> ReturnWindow:
    return return_window(status=unit.status, sold_on=unit.invoice_date or unit.sale_date,
                         came_from_exchange_on=exchanged_on(s, unit.id), fault_date=fault_date)


def _give_back(s: Session, unit: Unit, status: UnitStatus, ended: str, *, replaced_by: int | None = None) -> None:
    """One conditional UPDATE: a unit another workstation gave back meanwhile is not given back twice. Its
    warranty ends (`ended` is recorded as what voids it, so every list, check and claim shows it)."""
    done = s.execute(update(Unit).where(Unit.id == unit.id, Unit.status == UnitStatus.IN_SERVICE)
                     .values(status=status, replaced_by_id=replaced_by, warranty_void_reason=ended)
                     .execution_options(synchronize_session="fetch")).rowcount
    if done != 1:
        raise ValidationError(f"unit {unit.serial_no} was exchanged or refunded on another workstation a moment ago")


def _flush(s: Session, refused: str) -> None:
    try:
        with s.begin_nested():
            s.flush()
    except IntegrityError as exc:
        raise ValidationError(refused) from exc


def _records(s: Session, where: ColumnElement[bool]) -> list[ReturnRecord]:
    new_unit, new_model, earlier = aliased(Unit), aliased(ProductModel), aliased(ExchangeRefund)
    replacement = exists().where(earlier.new_unit_id == ExchangeRefund.unit_id)
    rows = s.execute(
        select(ExchangeRefund, Unit, ProductModel, new_unit, new_model, Customer, ClaimBatch.batch_no, replacement)
        .join(Unit, Unit.id == ExchangeRefund.unit_id).join(ProductModel, ProductModel.id == Unit.model_id)
        .outerjoin(new_unit, new_unit.id == ExchangeRefund.new_unit_id)
        .outerjoin(new_model, new_model.id == new_unit.model_id)
        .join(Customer, Customer.id == ExchangeRefund.customer_id)
        .outerjoin(ClaimBatch, ClaimBatch.id == ExchangeRefund.batch_id)
        .where(where).order_by(ExchangeRefund.decided_on, ExchangeRefund.record_no)).tuples().all()
    return [ReturnRecord(
        id=r.id, record_no=r.record_no, kind=r.kind, unit_id=unit.id, serial_no=unit.serial_no,
        engine_no=unit.engine_no, model_code=model.code, model_name=model.name, sold_on=r.window_start,
        from_exchange=bool(from_exchange),
        new_unit_id=r.new_unit_id, new_serial_no=new.serial_no if new else "",
        new_engine_no=new.engine_no if new else "",
        new_model_code=new_m.code if new_m else "", new_model_name=new_m.name if new_m else "",
        customer_name=c.name, customer_phone=c.phone, customer_address=c.address, fault_date=r.fault_date,
        decided_on=r.decided_on, fault_kind=r.fault_kind, fault_description=r.fault_description, reason=r.reason,
        refund_amount=r.refund_amount, batch_no=batch_no or "", recorded_by=r.recorded_by)
        for r, unit, model, new, new_m, c, batch_no, from_exchange in rows]
