"""The master data as the Master data section lists it (paged and searched in SQL), and the one edit a
clerk needs without Excel: a part's price, which keeps the old price as history like an import does."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select

from app.db.models import AuditEntry, Customer, Part, PartPrice, ProductModel, StockLevel, Unit
from app.domain.actors import SYSTEM, Actor
from app.domain.enums import MachineCategory, ProductClass
from app.domain.errors import ValidationError
from app.domain.money import to_money
from app.domain.normalize import clean_code, clean_text
from app.services.database import Database
from app.services.imports.prices import PriceChange, record_prices
from app.services.paging import Page, PageRequest, count_of, like_pattern


@dataclass(frozen=True)
class ModelRow:
    id: int
    code: str
    name: str
    category: MachineCategory
    product_class: ProductClass | None
    warranty_months: int
    main_component_months: int
    warranty_hours: Decimal | None
    warranty_area: Decimal | None
    labour_rate: Decimal
    first_service_hours: int | None
    first_service_months: int | None


@dataclass(frozen=True)
class PartRow:
    id: int
    part_no: str
    name: str
    unit: str
    unit_price: Decimal
    is_warranty_part: bool
    is_wear_part: bool
    must_return: bool
    photo_required: bool
    is_main_component: bool
    wear_life_months: int | None
    pack_size: int


@dataclass(frozen=True)
class CustomerRow:
    id: int
    code: str
    name: str
    phone: str
    address: str
    region: str
    key_customer: bool
    units: int


@dataclass(frozen=True)
class StockRow:
    part_id: int
    part_no: str
    name: str
    unit: str
    on_hand: Decimal
    on_order: Decimal
    bin_location: str
    unit_price: Decimal


@dataclass(frozen=True)
class PriceRow:
    valid_from: dt.date
    unit_price: Decimal
    source: str


def _page(db: Database, query: Select[Any], request: PageRequest, sorts: dict[str, Any], default: list[Any],
          make: Any) -> Page[Any]:
    column = sorts.get(request.sort or "")
    order = [column.desc() if request.descending else column.asc(), *default] if column is not None else default
    with db.translated_errors(), db.sessions() as s:
        total = count_of(s, query)
        rows = s.execute(query.order_by(*order).offset(request.offset).limit(request.limit)).all()
    return Page([make(row) for row in rows], total)


def _search(text: str, *columns: Any, codes: tuple[Any, ...] = ()) -> ColumnElement[bool] | None:
    typed = clean_text(text)
    if not typed:
        return None
    pattern = like_pattern(typed)
    code_pattern = like_pattern(clean_code(typed))
    tests = [column.ilike(pattern, escape="\\") for column in columns]
    tests += [column.ilike(code_pattern, escape="\\") for column in codes]
    return or_(*tests)


_MODEL_SORTS = {"code": ProductModel.code, "name": ProductModel.name, "warranty_months": ProductModel.warranty_months,
                "labour_rate": ProductModel.labour_rate}


def list_models(db: Database, request: PageRequest) -> Page[ModelRow]:
    query = select(ProductModel)
    found = _search(request.text, ProductModel.name, codes=(ProductModel.code,))
    if found is not None:
        query = query.where(found)
    return _page(db, query, request, _MODEL_SORTS, [ProductModel.code], lambda row: ModelRow(
        row[0].id, row[0].code, row[0].name, row[0].category, row[0].product_class, row[0].warranty_months,
        row[0].main_component_months, row[0].warranty_hours, row[0].warranty_area, row[0].labour_rate,
        row[0].first_service_hours, row[0].first_service_months))


_PART_SORTS = {"part_no": Part.part_no, "name": Part.name, "unit_price": Part.unit_price}
_PART_FIELDS = [getattr(Part, name) for name in PartRow.__dataclass_fields__]


def list_parts(db: Database, request: PageRequest) -> Page[PartRow]:
    query = select(*_PART_FIELDS)
    found = _search(request.text, Part.name, codes=(Part.part_no,))
    if found is not None:
        query = query.where(found)
    return _page(db, query, request, _PART_SORTS, [Part.part_no], lambda row: PartRow(*row))


_UNITS_PER_CUSTOMER = (select(func.count()).where(Unit.customer_id == Customer.id).correlate(Customer)
                       .scalar_subquery())
_CUSTOMER_SORTS = {"code": Customer.code, "name": Customer.name, "phone": Customer.phone, "region": Customer.region}


def list_customers(db: Database, request: PageRequest) -> Page[CustomerRow]:
    query = select(Customer.id, Customer.code, Customer.name, Customer.phone, Customer.address, Customer.region,
                   Customer.key_customer, _UNITS_PER_CUSTOMER)
    found = _search(request.text, Customer.name, Customer.phone, Customer.address, codes=(Customer.code,))
    if found is not None:
        query = query.where(found)
    return _page(db, query, request, _CUSTOMER_SORTS, [Customer.code], lambda row: CustomerRow(*row))


_STOCK_SORTS = {"part_no": Part.part_no, "name": Part.name, "on_hand": StockLevel.on_hand,
                "bin_location": StockLevel.bin_location}


def list_stock(db: Database, request: PageRequest) -> Page[StockRow]:
    query = select(StockLevel.part_id, Part.part_no, Part.name, Part.unit, StockLevel.on_hand, StockLevel.on_order,
                   StockLevel.bin_location, Part.unit_price).join(Part, Part.id == StockLevel.part_id)
    found = _search(request.text, Part.name, StockLevel.bin_location, codes=(Part.part_no,))
    if found is not None:
        query = query.where(found)
    return _page(db, query, request, _STOCK_SORTS, [Part.part_no], lambda row: StockRow(*row))


def price_history(db: Database, part_id: int) -> list[PriceRow]:
    """Every price the part had, newest first."""
    with db.translated_errors(), db.sessions() as s:
        rows = s.execute(select(PartPrice.valid_from, PartPrice.unit_price, PartPrice.source)
                         .where(PartPrice.part_id == part_id).order_by(PartPrice.valid_from.desc())).all()
    return [PriceRow(*row) for row in rows]


def get_part(db: Database, part_id: int) -> PartRow:
    with db.translated_errors(), db.sessions() as s:
        row = s.execute(select(*_PART_FIELDS).where(Part.id == part_id)).first()
    if row is None:
        raise ValidationError(f"part {part_id} no longer exists")
    return PartRow(*row)


def change_part_price(db: Database, part_id: int, price: Decimal | str, *, actor: Actor = SYSTEM,
                      today: dt.date | None = None) -> PartRow:
    """Set a part's current price; the old one stays in its history and claims keep theirs."""
    try:
        new_price = to_money(price)
    except (ValueError, TypeError) as exc:
        raise ValidationError(f"not an amount of money: {price}") from exc
    if new_price < 0:
        raise ValidationError("a price must not be negative")
    if Decimal(price) != new_price:
        raise ValidationError(f"{price}: a price has at most two decimals")
    day = today or dt.date.today()
    now = dt.datetime.now(dt.UTC)
    with db.translated_errors(), db.sessions.begin() as s:
        part = s.get(Part, part_id, with_for_update=True)
        if part is None:
            raise ValidationError(f"part {part_id} no longer exists")
        old_price = part.unit_price
        if old_price != new_price:
            record_prices(s, [PriceChange(part.id, old_price, new_price,
                                          part.created_at.date() if part.created_at else None)],
                          today=day, source=f"changed by {actor.name}")
            part.unit_price = new_price
            part.updated_at = now
            s.add(AuditEntry(at=now, user_id=actor.user_id, user_name=actor.name, entity="part", entity_id=part.id,
                             action="update", field="unit_price", old_value=str(old_price),
                             new_value=str(new_price)))
    return get_part(db, part_id)
