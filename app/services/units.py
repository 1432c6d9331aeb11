"""Units sold: the searchable list (20,000 units, paged in SQL), finding a unit by a scanned serial
number, and recording a sale with its warranty registration card."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, not_, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.models import Customer, ProductModel, RegistrationCard, Unit, WarrantyClaim
from app.domain.actors import Actor
from app.domain.cards import DUE_SOON_DAYS, CardFacts, CardState, card_due_date
from app.domain.coverage import Coverage, CoverageVerdict, WarrantyTerms
from app.domain.enums import ClaimStatus
from app.domain.errors import ValidationError
from app.domain.normalize import clean_code, clean_text
from app.services.audit_trail import write_audit
from app.services.business_time import business_today
from app.services.database import Database
from app.services.numbers import next_number
from app.services.paging import Page, PageRequest, like_pattern
from app.services.warranty import UnitFacts, UnitWarranty, WarrantyContext, read_context, warranties

# Filter values for filters["card"]: the card states, plus the two lists the Dashboard links to.
CARD_FILTERS = ("due", "due_soon", "late", "not_recognised", "sent", "acknowledged")
_SERIAL_PREFIX = re.compile(r"^[A-Z0-9][A-Z0-9./-]{2,}$")


class UnitSort(StrEnum):
    SERIAL = "serial"
    ENGINE = "engine"
    SALE_DATE = "sale_date"
    CUSTOMER = "customer"
    MODEL = "model"
    CARD_DUE = "card_due"


@dataclass(frozen=True)
class UnitRow:
    id: int
    serial_no: str
    engine_no: str
    model_id: int
    model_code: str
    model_name: str
    customer_id: int
    customer_name: str
    customer_phone: str
    sale_date: dt.date
    claim_count: int  # claims on the unit, older revisions of a reworked claim not counted
    warranty: UnitWarranty

    @property
    def card_state(self) -> CardState:
        return self.warranty.card_state

    @property
    def coverage(self) -> Coverage:
        return self.warranty.coverage

    @property
    def verdict(self) -> CoverageVerdict:
        return self.warranty.verdict


def search_units(db: Database, request: PageRequest, *, today: dt.date | None = None) -> Page[UnitRow]:
    """One page of units matching request.text (serial or engine number, customer name or phone, model)
    and request.filters: "model_id", "customer_id", "card" (one of CARD_FILTERS), "sold_from", "sold_to".
    Sorts: the values of UnitSort; by default the newest sales first."""
    today = today or business_today()
    with db.translated_errors(), db.sessions() as s:
        context = read_context(s)
        where = _filters(request.filters, today, context) + _text_conditions(s, request.text, db.backend)
        by_card = bool(request.filters.get("card"))
        total = int(s.scalar(_joined(select(func.count()).select_from(Unit), where, card=by_card)) or 0)
        if total == 0:
            return Page((), 0)
        query = _joined(select(*_PAGE_COLUMNS).select_from(Unit), where, page=True)
        query = (query.order_by(*_order(request, db.backend, context.deadline_days))
                 .offset(request.offset).limit(request.limit))
        found = s.execute(query).all()  # plain columns: no ORM objects to build for a page of 200
        facts = [
            UnitFacts(unit_id=r.id, sale_date=r.sale_date, invoice_date=r.invoice_date,
                      void_reason=r.warranty_void_reason, hour_meter=r.hour_meter,
                      terms=WarrantyTerms(r.warranty_months, r.main_component_months, r.warranty_hours,
                                          r.warranty_area),
                      card=CardFacts(r.due_date, r.sent_on, r.acknowledged_on, r.override_reason)
                      if r.card_id is not None else None, product_class=r.product_class)
            for r in found
        ]
        cover = warranties(s, facts, today, context)
        # Counted for the page only, after LIMIT: a correlated count would run for every row sorted.
        counts = dict(s.execute(
            select(WarrantyClaim.unit_id, func.count())
            .where(WarrantyClaim.unit_id.in_(cover), WarrantyClaim.status != ClaimStatus.REWORKED)
            .group_by(WarrantyClaim.unit_id)).tuples().all())
        rows = [
            UnitRow(id=r.id, serial_no=r.serial_no, engine_no=r.engine_no, model_id=r.model_id, model_code=r.model_code,
                    model_name=r.model_name, customer_id=r.customer_id, customer_name=r.customer_name,
                    customer_phone=r.customer_phone, sale_date=r.sale_date, claim_count=int(counts.get(r.id, 0)),
                    warranty=cover[r.id])
            for r in found
        ]
    return Page(tuple(rows), total)


_PAGE_COLUMNS = (
    Unit.id, Unit.serial_no, Unit.engine_no, Unit.model_id, Unit.customer_id, Unit.sale_date, Unit.invoice_date,
    Unit.hour_meter, Unit.warranty_void_reason,
    ProductModel.code.label("model_code"), ProductModel.name.label("model_name"), ProductModel.warranty_months,
    ProductModel.main_component_months, ProductModel.warranty_hours, ProductModel.warranty_area,
    ProductModel.product_class,
    Customer.name.label("customer_name"), Customer.phone.label("customer_phone"),
    RegistrationCard.id.label("card_id"), RegistrationCard.due_date, RegistrationCard.sent_on,
    RegistrationCard.acknowledged_on, RegistrationCard.override_reason,
)


def _joined(query: Select[Any], where: list[ColumnElement[bool]], *, page: bool = False,
            card: bool = False) -> Select[Any]:
    """A page joins the model, customer and card for its columns and sorts; a count joins only the card,
    and only for a card filter (counting 20,000 units should touch nothing else)."""
    if page:
        query = (query.join(ProductModel, ProductModel.id == Unit.model_id)
                 .join(Customer, Customer.id == Unit.customer_id))
    if page or card:
        query = query.outerjoin(RegistrationCard, RegistrationCard.unit_id == Unit.id)
    return query.where(*where)


def _order(request: PageRequest, backend: str, deadline_days: int) -> list[ColumnElement[Any]]:
    sort = request.sort or UnitSort.SALE_DATE
    descending = request.descending if request.sort else True
    keys: dict[str, list[Any]] = {
        UnitSort.SERIAL: [Unit.serial_no],
        UnitSort.ENGINE: [Unit.engine_no],
        UnitSort.SALE_DATE: [Unit.sale_date],
        UnitSort.CUSTOMER: [Customer.name],
        UnitSort.MODEL: [ProductModel.code],
        UnitSort.CARD_DUE: [func.coalesce(RegistrationCard.due_date, _missing_card_due(backend, deadline_days))],
    }
    if sort not in keys:
        raise ValueError(f"units cannot be sorted by {sort!r}")
    columns = [*keys[sort], Unit.id]  # the id makes paging stable among equal keys
    return [c.desc() if descending else c.asc() for c in columns]


def _missing_card_due(backend: str, deadline_days: int) -> ColumnElement[Any]:
    """The due date of a unit without a card row: the sale date plus the deadline, in SQL."""
    if backend == "sqlite":
        return func.date(Unit.sale_date, f"+{int(deadline_days)} days")  # ISO text, as SQLite stores dates
    return Unit.sale_date + int(deadline_days)


def _filters(filters: dict[str, Any] | Any, today: dt.date, context: WarrantyContext) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if filters.get("model_id"):
        where.append(Unit.model_id == int(filters["model_id"]))
    if filters.get("customer_id"):
        where.append(Unit.customer_id == int(filters["customer_id"]))
    if filters.get("sold_from"):
        where.append(Unit.sale_date >= filters["sold_from"])
    if filters.get("sold_to"):
        where.append(Unit.sale_date <= filters["sold_to"])
    card = filters.get("card")
    if card:
        if card not in CARD_FILTERS:
            raise ValueError(f"unknown card filter {card!r}")
        where.append(card_condition(card, today, context.deadline_days))
    return where


def card_condition(card_filter: str, today: dt.date, deadline_days: int) -> ColumnElement[bool]:
    """SQL for app.domain.cards.CardFacts.state, on units outer-joined to their cards.

    A unit without a card row counts as a card due `deadline_days` after the sale, not sent.
    """
    card = RegistrationCard
    missing = card.id.is_(None)
    unsent = card.sent_on.is_(None)  # also true for a missing card

    def due_before(day: dt.date) -> ColumnElement[bool]:
        return or_(and_(~missing, card.due_date < day),
                   and_(missing, Unit.sale_date < day - dt.timedelta(days=deadline_days)))

    late = or_(and_(unsent, due_before(today)), card.sent_on > card.due_date)
    in_time = and_(card.sent_on.is_not(None), card.sent_on <= card.due_date)
    conditions: dict[str, ColumnElement[bool]] = {
        "due": and_(unsent, not_(due_before(today))),
        "due_soon": and_(unsent, not_(due_before(today)),
                         due_before(today + dt.timedelta(days=DUE_SOON_DAYS + 1))),
        "late": late,
        "not_recognised": and_(late, card.override_reason.is_(None)),
        "sent": and_(in_time, card.acknowledged_on.is_(None)),
        "acknowledged": and_(in_time, card.acknowledged_on.is_not(None)),
    }
    return conditions[card_filter]


def _text_conditions(s: Session, text: str, backend: str) -> list[ColumnElement[bool]]:
    code = clean_code(text)
    if not code:
        return []
    if _SERIAL_PREFIX.match(code):
        # The fast path for a scanned or typed serial number: a prefix range on the unique index.
        prefix = _serial_prefix(code, backend)
        if s.scalar(select(exists().where(prefix))):
            return [prefix]
    words = " ".join(clean_text(text).split())
    codes = like_pattern(code)
    name_like = Customer.name.like if backend == "sqlite" else Customer.name.ilike  # SQLite's LIKE ignores case
    model_like = ProductModel.name.like if backend == "sqlite" else ProductModel.name.ilike
    customers = select(Customer.id).where(name_like(like_pattern(words), escape="\\"))
    models = select(ProductModel.id).where(model_like(like_pattern(words), escape="\\"))
    if code.isascii():
        # A code or a phone number: it may also be part of a serial, engine or model number.
        customers = customers.union(select(Customer.id).where(Customer.phone.like(codes, escape="\\")))
        models = models.union(select(ProductModel.id).where(ProductModel.code.like(codes, escape="\\")))
        codes_match = [Unit.serial_no.like(codes, escape="\\"), Unit.engine_no.like(codes, escape="\\")]
    else:
        codes_match = []  # Chinese text names a customer or a model, never a serial number
    # Customers and models are matched once, in their own tables; units then only test the ids.
    return [or_(*codes_match, Unit.customer_id.in_(customers), Unit.model_id.in_(models))]


def _serial_prefix(code: str, backend: str) -> ColumnElement[bool]:
    if backend == "sqlite":
        # SQLite's LIKE ignores case and so never uses the index; a range on the binary order does.
        return and_(Unit.serial_no >= code, Unit.serial_no < code + "\U0010ffff")
    escaped = code.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return Unit.serial_no.like(f"{escaped}%", escape="\\")


def find_unit(db: Database, text: str) -> int | None:
    """The unit a scanned or typed code names: its serial number exactly, else a unique engine number."""
    code = clean_code(text)
    if not code:
        return None
    with db.translated_errors(), db.sessions() as s:
        unit_id = s.scalar(select(Unit.id).where(Unit.serial_no == code))
        if unit_id is not None:
            return int(unit_id)
        by_engine = s.scalars(select(Unit.id).where(Unit.engine_no == code).limit(2)).all()
        return int(by_engine[0]) if len(by_engine) == 1 else None


# --- choices for the record-sale dialog -----------------------------------------------------------


@dataclass(frozen=True)
class ModelChoice:
    id: int
    code: str
    name: str
    warranty_months: int
    warranty_hours: Decimal | None


@dataclass(frozen=True)
class CustomerChoice:
    id: int
    code: str
    name: str
    phone: str
    address: str


def model_choices(db: Database) -> list[ModelChoice]:
    with db.translated_errors(), db.sessions() as s:
        models = s.scalars(select(ProductModel).where(ProductModel.active.is_(True)).order_by(ProductModel.code))
        return [ModelChoice(m.id, m.code, m.name, m.warranty_months, m.warranty_hours) for m in models]


def find_customers(db: Database, text: str, *, limit: int = 20) -> list[CustomerChoice]:
    """Customers whose name, phone or code contains `text`, best matches (exact phone, name start) first."""
    words = " ".join(text.split())
    if not words:
        return []
    pattern = like_pattern(words)
    code = clean_code(words)
    with db.translated_errors(), db.sessions() as s:
        found = s.scalars(
            select(Customer).where(or_(Customer.name.ilike(pattern, escape="\\"),
                                       Customer.phone.like(like_pattern(code), escape="\\"),
                                       Customer.code.like(like_pattern(code), escape="\\")))
            .order_by((Customer.phone == code).desc(), (Customer.name == words).desc(), Customer.name, Customer.id)
            .limit(limit)
        )
        return [CustomerChoice(c.id, c.code, c.name, c.phone, c.address) for c in found]


# --- recording a sale ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SaleInput:
    serial_no: str
    model_id: int | None
    sale_date: dt.date
    engine_no: str = ""
    invoice_date: dt.date | None = None
    invoice_no: str = ""
    customer_id: int | None = None  # an existing customer; else a new one from the fields below
    customer_name: str = ""
    customer_phone: str = ""
    customer_address: str = ""
    note: str = ""


def record_sale(db: Database, actor: Actor, sale: SaleInput, *, today: dt.date | None = None) -> int:
    """Register a machine sold and its warranty registration card (due CARD_DEADLINE_DAYS after the sale).

    One transaction: the unit, a new customer if needed and the card are all written or none is.
    Returns the new unit's id.
    """
    today = today or business_today()
    serial = clean_code(sale.serial_no)
    if not serial:
        raise ValidationError("the serial number is required")
    if sale.sale_date > today:
        raise ValidationError(f"the sale date {sale.sale_date.isoformat()} is in the future")
    if sale.invoice_date is not None and sale.invoice_date < sale.sale_date:
        raise ValidationError(f"the invoice date {sale.invoice_date.isoformat()} is before the sale date "
                              f"{sale.sale_date.isoformat()}")
    with db.translated_errors(), db.sessions.begin() as s:
        existing = s.execute(select(Unit.sale_date, Customer.name).join(Customer, Customer.id == Unit.customer_id)
                             .where(Unit.serial_no == serial)).first()
        if existing is not None:
            raise ValidationError(f"serial number {serial} is already registered "
                                  f"(sold {existing[0].isoformat()} to {existing[1]})")
        model = s.get(ProductModel, sale.model_id) if sale.model_id is not None else None
        if model is None:
            raise ValidationError("choose the model of the unit sold" if sale.model_id is None
                                  else f"no model with id {sale.model_id}")
        customer_id = _customer_for(s, sale, today)
        context = read_context(s)
        unit = Unit(serial_no=serial, engine_no=clean_code(sale.engine_no), model_id=model.id,
                    customer_id=customer_id, sale_date=sale.sale_date, invoice_date=sale.invoice_date,
                    invoice_no=clean_text(sale.invoice_no), note=sale.note.strip())
        s.add(unit)
        try:
            with s.begin_nested():
                s.flush()
        except IntegrityError as exc:  # another workstation registered the same serial a moment ago
            raise ValidationError(f"serial number {serial} is already registered") from exc
        s.add(RegistrationCard(unit_id=unit.id, due_date=card_due_date(sale.sale_date, context.deadline_days)))
        write_audit(s, actor, "unit", unit.id, "create", "serial_no", None, serial)
        return unit.id


def _customer_for(s: Session, sale: SaleInput, today: dt.date) -> int:
    if sale.customer_id is not None:
        if s.get(Customer, sale.customer_id) is None:
            raise ValidationError(f"no customer with id {sale.customer_id}")
        return sale.customer_id
    name = clean_text(sale.customer_name)
    if not name:
        raise ValidationError("choose an existing customer or enter the new customer's name")
    while True:  # imported customers may already use a number the sequence has not reached
        code = next_number(s, "customer", today.year)
        if s.scalar(select(Customer.id).where(Customer.code == code)) is None:
            break
    customer = Customer(code=code, name=name, phone=clean_text(sale.customer_phone),
                        address=clean_text(sale.customer_address))
    s.add(customer)
    s.flush()
    return customer.id

