"""Changes a clerk makes at the stock shelf: an adjustment with its reason, a counter sale, an order placed
with the factory, a part's minimum and bin. One transaction each, with its movement and audit entry."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from app.db.models import CounterSale, Part
from app.domain.actors import Actor
from app.domain.enums import StockMovementKind
from app.domain.errors import ValidationError
from app.domain.money import line_amount, to_money
from app.domain.normalize import clean_code, clean_text
from app.domain.stock import checked_quantity, require_whole_packs
from app.services.audit_trail import write_audit
from app.services.database import Database
from app.services.numbers import next_number
from app.services.part_lines import catalogue_price
from app.services.stock.ledger import (
    MAX_REASON,
    MAX_REFERENCE,
    change_on_order,
    locked_level,
    move,
    part_by_number,
    plain,
)
from app.services.stock.listing import StockRow, stock_part

ENTITY = "stock"
MAX_CUSTOMER = 200
MAX_BIN = 60


@dataclass(frozen=True)
class CounterSaleInput:
    part_no: str
    quantity: Decimal | str
    sold_on: dt.date
    unit_price: Decimal | str | None = None  # None: the catalogue price on the day
    customer: str = ""


@dataclass(frozen=True)
class CounterSaleView:
    id: int
    sale_no: str
    part_no: str
    part_name: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    customer: str
    sold_on: dt.date
    on_hand_after: Decimal


def adjust_stock(db: Database, actor: Actor, part_no: str, *, reason: str, today: dt.date,
                 change: Decimal | str | None = None, counted: Decimal | str | None = None) -> StockRow:
    """Correct on hand by hand: by a signed `change` (-2 broken in the store) or to a `counted` quantity
    (a stock count). The reason is required; a result below zero is refused."""
    why = clean_text(reason)
    if not why:
        raise ValidationError("say why the stock is adjusted (counted, damaged, found …)")
    if len(why) > MAX_REASON:
        raise ValidationError(f"the reason takes at most {MAX_REASON} characters")
    if (change is None) == (counted is None):
        raise ValidationError("give either the change of stock or the quantity counted")
    with db.translated_errors(), db.sessions.begin() as s:
        part = part_by_number(s, part_no)
        level = locked_level(s, part.id)
        before = level.on_hand
        if counted is not None:
            amount = checked_quantity(counted, what="the quantity counted", allow_zero=True) - before
            if amount == 0:
                raise ValidationError(f"part {part.part_no}: {plain(before)} on hand already; nothing to adjust")
        else:
            amount = checked_quantity(change if change is not None else "", what="the change of stock",
                                      allow_negative=True)
        if before + amount < 0:
            raise ValidationError(f"part {part.part_no} ({part.name}): {plain(before)} on hand; taking "
                                  f"{plain(-amount)} would leave {plain(before + amount)} — stock cannot go below "
                                  "zero")
        move(s, actor, part, amount, StockMovementKind.ADJUSTMENT, today, reason=why)
        write_audit(s, actor, ENTITY, part.id, "update", "on_hand", before, f"{before + amount}: {why}")
    return stock_part(db, part_no)


def record_counter_sale(db: Database, actor: Actor, data: CounterSaleInput) -> CounterSaleView:
    """A part sold over the counter: off stock as consumption, at the catalogue price unless another is given."""
    customer = clean_text(data.customer)
    if len(customer) > MAX_CUSTOMER:
        raise ValidationError(f"the customer takes at most {MAX_CUSTOMER} characters")
    quantity = checked_quantity(data.quantity)
    with db.translated_errors(), db.sessions.begin() as s:
        part = part_by_number(s, data.part_no)
        price = _price(s, part, data.unit_price, data.sold_on)
        sale = CounterSale(sale_no=next_number(s, "counter_sale", data.sold_on.year), part_id=part.id,
                           quantity=quantity, unit_price=price, amount=line_amount(quantity, price), customer=customer,
                           sold_on=data.sold_on, recorded_by=actor.name[:60])
        s.add(sale)
        level = move(s, actor, part, -quantity, StockMovementKind.COUNTER_SALE, data.sold_on, reference=sale.sale_no,
                     reason=customer)
        s.flush()
        write_audit(s, actor, "counter_sale", sale.id, "create", "", None, sale.sale_no)
        return CounterSaleView(sale.id, sale.sale_no, part.part_no, part.name, quantity, price, sale.amount, customer,
                               data.sold_on, level.on_hand)


def record_order_placed(db: Database, actor: Actor, part_no: str, quantity: Decimal | str, *, reference: str = ""
                        ) -> StockRow:
    """An order placed with the factory: on order goes up until the delivery list is received. Orders are
    whole packs."""
    ref = clean_code(reference) if reference else ""
    if len(ref) > MAX_REFERENCE:
        raise ValidationError(f"the order reference takes at most {MAX_REFERENCE} characters")
    amount = checked_quantity(quantity)
    with db.translated_errors(), db.sessions.begin() as s:
        part = part_by_number(s, part_no)
        require_whole_packs(part.part_no, amount, part.pack_size)
        level = locked_level(s, part.id)
        before = level.on_order
        change_on_order(level, amount)
        write_audit(s, actor, ENTITY, part.id, "update", "on_order", before,
                    f"{level.on_order}" + (f": order {ref}" if ref else ""))
    return stock_part(db, part_no)


def set_stock_details(db: Database, actor: Actor, part_no: str, *, minimum: Decimal | str | None = None,
                      bin_location: str | None = None) -> StockRow:
    """The part's minimum stock (the list flags parts below it) and where it is kept."""
    place = clean_text(bin_location) if bin_location is not None else None
    if place is not None and len(place) > MAX_BIN:
        raise ValidationError(f"the bin location takes at most {MAX_BIN} characters")
    least = checked_quantity(minimum, what="the minimum", allow_zero=True) if minimum is not None else None
    with db.translated_errors(), db.sessions.begin() as s:
        part = part_by_number(s, part_no)
        level = locked_level(s, part.id)
        if least is not None and least != level.minimum:
            write_audit(s, actor, ENTITY, part.id, "update", "minimum", level.minimum, least)
            level.minimum = least
        if place is not None and place != level.bin_location:
            write_audit(s, actor, ENTITY, part.id, "update", "bin_location", level.bin_location, place)
            level.bin_location = place
    return stock_part(db, part_no)


def _price(s: Session, part: Part, given: Decimal | str | None, day: dt.date) -> Decimal:
    if given is None or (isinstance(given, str) and not given.strip()):
        return catalogue_price(s, part, day)
    try:
        price = to_money(Decimal(str(given).strip().replace(",", "")))
    except (ArithmeticError, ValueError):
        raise ValidationError(f"the price is not an amount of money: {given}") from None
    if price < 0:
        raise ValidationError("the price must not be negative")
    return price

