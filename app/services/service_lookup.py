"""Who is calling, and about which machine: customers and units found by phone, name or serial number.

A clerk types part of a phone number or a name, or scans a serial number (keyboard wedge); what a
scanner or an IME sends is made regular first (full-width digits, spaces, lower case).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import case, func, or_, select

from app.db.models import Customer, ProductModel, Unit
from app.domain.normalize import clean_code, clean_text
from app.services.database import Database
from app.services.paging import like_pattern


@dataclass(frozen=True)
class CustomerHit:
    id: int
    code: str
    name: str
    phone: str
    region: str
    key_customer: bool


@dataclass(frozen=True)
class UnitHit:
    id: int
    serial_no: str
    engine_no: str
    model_code: str
    model_name: str
    sale_date: dt.date
    customer_id: int
    customer_name: str
    customer_phone: str


@dataclass(frozen=True)
class Lookup:
    text: str
    customers: list[CustomerHit] = field(default_factory=list)
    units: list[UnitHit] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.customers and not self.units

    def exact_unit(self) -> UnitHit | None:
        """The unit whose serial or engine number is exactly what was typed or scanned."""
        code = clean_code(self.text)
        return next((u for u in self.units if code and code in (u.serial_no, u.engine_no)), None)


def find_customers_and_units(db: Database, text: str, *, limit: int = 20) -> Lookup:
    """Customers whose name or phone contains the text, units whose serial or engine number does,
    and the units of the customers found. Exact serial matches come first."""
    words = clean_text(text)
    code = clean_code(text)
    if len(code) < 2:  # one character matches half the dealer: wait for more
        return Lookup(text=text)
    words_pattern, code_pattern = like_pattern(words), like_pattern(code)
    with db.translated_errors(), db.sessions() as s:
        customer_rows = s.execute(
            select(Customer.id, Customer.code, Customer.name, Customer.phone, Customer.region, Customer.key_customer)
            .where(or_(Customer.name.like(words_pattern, escape="\\"), Customer.phone.like(code_pattern, escape="\\"),
                       Customer.code == code))
            .order_by(case((Customer.phone == code, 0), (Customer.name == words, 0), else_=1), Customer.name,
                      Customer.id)
            .limit(limit)).all()
        customers = [CustomerHit(*row) for row in customer_rows]
        customer_ids = [c.id for c in customers]
        unit_match = or_(Unit.serial_no.like(code_pattern, escape="\\"), Unit.engine_no == code)
        if customer_ids:
            unit_match = or_(unit_match, Unit.customer_id.in_(customer_ids))
        unit_rows = s.execute(
            select(Unit.id, Unit.serial_no, Unit.engine_no, ProductModel.code, ProductModel.name, Unit.sale_date,
                   Unit.customer_id, Customer.name, Customer.phone)
            .join(ProductModel, Unit.model_id == ProductModel.id).join(Customer, Unit.customer_id == Customer.id)
            .where(unit_match)
            .order_by(case((or_(Unit.serial_no == code, Unit.engine_no == code), 0), else_=1),
                      func.length(Unit.serial_no), Unit.serial_no)
            .limit(limit)).all()
        units = [UnitHit(*row) for row in unit_rows]
        # Found by serial: list the owners too, so picking a unit also shows whose it is.
        owners = sorted({u.customer_id for u in units} - set(customer_ids))
        if owners and len(customers) < limit:
            customers += [CustomerHit(*row) for row in s.execute(
                select(Customer.id, Customer.code, Customer.name, Customer.phone, Customer.region,
                       Customer.key_customer).where(Customer.id.in_(owners[: limit - len(customers)])))]
    return Lookup(text=text, customers=customers, units=units)
