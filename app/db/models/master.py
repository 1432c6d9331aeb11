"""Master data: the dealer, users, product models, the parts catalogue and customers."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, Timestamped
from app.db.types import Code, Hours, Money, Name, enum_column
from app.domain.enums import MachineCategory, ProductClass, Role


class DealerProfile(Timestamped, Base):
    """The one dealer this database belongs to: printed on every form, prefix of batch numbers."""

    __tablename__ = "dealer_profile"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dealer_code: Mapped[str] = mapped_column(Code)
    name: Mapped[str] = mapped_column(Name)
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    service_hotline: Mapped[str] = mapped_column(String(40), default="")
    manufacturer: Mapped[str] = mapped_column(Name, default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)


class User(Timestamped, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(Name)
    role: Mapped[Role] = mapped_column(enum_column(Role, "user_role"))
    password_hash: Mapped[str | None] = mapped_column(String(300))  # only when sign-in is turned on
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ProductModel(Timestamped, Base):
    """A machine model with its warranty terms (defaults from the statutory table, raised per model)."""

    __tablename__ = "product_models"
    __table_args__ = (
        CheckConstraint("warranty_months > 0", name="warranty_months_positive"),
        CheckConstraint("main_component_months >= warranty_months", name="main_component_not_shorter"),
        CheckConstraint("warranty_hours IS NULL OR warranty_hours > 0", name="warranty_hours_positive"),
        CheckConstraint("warranty_area IS NULL OR warranty_area > 0", name="warranty_area_positive"),
        CheckConstraint("labour_rate >= 0", name="labour_rate_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(Code, unique=True)
    name: Mapped[str] = mapped_column(Name)
    category: Mapped[MachineCategory] = mapped_column(enum_column(MachineCategory, "machine_category"))
    product_class: Mapped[ProductClass | None] = mapped_column(enum_column(ProductClass, "product_class"))
    power_kw: Mapped[Decimal | None] = mapped_column(Hours())
    warranty_months: Mapped[int] = mapped_column(Integer)
    main_component_months: Mapped[int] = mapped_column(Integer)
    warranty_hours: Mapped[Decimal | None] = mapped_column(Hours())  # or-limit by hour meter
    warranty_area: Mapped[Decimal | None] = mapped_column(Hours())  # or-limit by area worked (mu)
    labour_rate: Mapped[Decimal] = mapped_column(Money())  # yuan per hour
    first_service_hours: Mapped[int | None] = mapped_column(Integer)
    first_service_months: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Part(Timestamped, Base):
    """A catalogue part. `unit_price` is the current price; history lives in PartPrice."""

    __tablename__ = "parts"
    __table_args__ = (
        CheckConstraint("unit_price >= 0", name="unit_price_not_negative"),
        CheckConstraint("pack_size > 0", name="pack_size_positive"),
        CheckConstraint("wear_life_months IS NULL OR wear_life_months > 0", name="wear_life_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    part_no: Mapped[str] = mapped_column(Code, unique=True)
    name: Mapped[str] = mapped_column(Name)
    unit: Mapped[str] = mapped_column(String(10), default="件")
    unit_price: Mapped[Decimal] = mapped_column(Money())
    is_warranty_part: Mapped[bool] = mapped_column(Boolean, default=True)  # 三包件
    is_wear_part: Mapped[bool] = mapped_column(Boolean, default=False)  # 易损件
    is_main_component: Mapped[bool] = mapped_column(Boolean, default=False)  # engine, gearbox, pump …
    must_return: Mapped[bool] = mapped_column(Boolean, default=False)
    photo_required: Mapped[bool] = mapped_column(Boolean, default=False)
    wear_life_months: Mapped[int | None] = mapped_column(Integer)
    pack_size: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    prices: Mapped[list[PartPrice]] = relationship(back_populates="part", order_by="PartPrice.valid_from")


class PartPrice(Base):
    """A price a part had from a date on; re-importing a price list adds rows, never rewrites them."""

    __tablename__ = "part_prices"
    __table_args__ = (
        UniqueConstraint("part_id", "valid_from", name="uq_part_prices_part_from"),
        CheckConstraint("unit_price >= 0", name="unit_price_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id", ondelete="CASCADE"), index=True)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    unit_price: Mapped[Decimal] = mapped_column(Money())
    source: Mapped[str] = mapped_column(String(200), default="")

    part: Mapped[Part] = relationship(back_populates="prices")


class ModelPart(Base):
    """Which parts fit which models (and whether the part is a main component of that model)."""

    __tablename__ = "model_parts"

    model_id: Mapped[int] = mapped_column(ForeignKey("product_models.id", ondelete="CASCADE"), primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id", ondelete="CASCADE"), primary_key=True)
    main_component: Mapped[bool] = mapped_column(Boolean, default=False)


class Customer(Timestamped, Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(Code, unique=True)
    name: Mapped[str] = mapped_column(Name, index=True)
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    key_customer: Mapped[bool] = mapped_column(Boolean, default=False)  # gets yearly visits
    note: Mapped[str] = mapped_column(Text, default="")
