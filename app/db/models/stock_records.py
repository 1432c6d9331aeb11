"""What moves dealer stock besides claims and paid orders: signed delivery lists received (销售发货清单),
counter sales, and emergency orders (紧急订货) for claims waiting for a part."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Timestamped
from app.db.types import Code, Money, Name, Quantity


class StockDelivery(Timestamped, Base):
    """A signed delivery list received into stock; its number is unique so a list is never booked twice."""

    __tablename__ = "stock_deliveries"
    __table_args__ = (CheckConstraint("line_count > 0", name="line_count_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_no: Mapped[str] = mapped_column(Code, unique=True)
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    line_count: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    recorded_by: Mapped[str] = mapped_column(String(60), default="")


class CounterSale(Timestamped, Base):
    """A part sold over the counter: consumption like a repair, at the price charged."""

    __tablename__ = "counter_sales"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price >= 0", name="unit_price_not_negative"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_no: Mapped[str] = mapped_column(Code, unique=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit_price: Mapped[Decimal] = mapped_column(Money())
    amount: Mapped[Decimal] = mapped_column(Money())
    customer: Mapped[str] = mapped_column(Name, default="")
    sold_on: Mapped[dt.date] = mapped_column(Date, index=True)
    recorded_by: Mapped[str] = mapped_column(String(60), default="")


class EmergencyOrder(Timestamped, Base):
    """A part ordered urgently for a claim waiting for it; receipt books it into stock and the days
    waited onto the claim (time waiting for parts extends the warranty period)."""

    __tablename__ = "emergency_orders"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("received_on IS NULL OR received_on >= ordered_on", name="received_after_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_no: Mapped[str] = mapped_column(Code, unique=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("warranty_claims.id"), index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    ordered_on: Mapped[dt.date] = mapped_column(Date)
    received_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    reference: Mapped[str] = mapped_column(String(60), default="")  # the factory's order or delivery list number
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(60), default="")
