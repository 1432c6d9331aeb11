"""Stock on hand, its movements, the seasons and the spare-part reserve plans (配件储备计划)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Timestamped
from app.db.types import Code, Money, Name, Quantity, UTCDateTime, enum_column
from app.domain.enums import PartClass, PlanStatus, StockMovementKind


class StockLevel(Base):
    __tablename__ = "stock_levels"
    __table_args__ = (
        CheckConstraint("on_hand >= 0", name="on_hand_not_negative"),
        CheckConstraint("on_order >= 0", name="on_order_not_negative"),
        CheckConstraint("minimum >= 0", name="minimum_not_negative"),
    )

    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id", ondelete="CASCADE"), primary_key=True)
    on_hand: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    on_order: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    bin_location: Mapped[str] = mapped_column(String(60), default="")
    minimum: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))  # below it the stock list warns


class StockMovement(Base):
    """Every change of stock on hand, signed; consumption is read from these for forecasting."""

    __tablename__ = "stock_movements"
    __table_args__ = (
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        CheckConstraint("kind <> 'adjustment' OR reason <> ''", name="adjustment_has_reason"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"), index=True)
    moved_on: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[StockMovementKind] = mapped_column(enum_column(StockMovementKind, "stock_movement_kind"))
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    reference: Mapped[str] = mapped_column(String(60), default="")  # claim, order or delivery-list number
    reason: Mapped[str] = mapped_column(String(200), default="")
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("warranty_claims.id"))
    recorded_by: Mapped[str] = mapped_column(String(60), default="")


class Season(Base):
    """A sales/working season (spring ploughing, summer harvest …) that starts on a fixed day each year."""

    __tablename__ = "seasons"
    __table_args__ = (
        CheckConstraint("start_month BETWEEN 1 AND 12", name="start_month_valid"),
        CheckConstraint("start_day BETWEEN 1 AND 31", name="start_day_valid"),
        CheckConstraint("length_days > 0", name="length_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(Code, unique=True)
    name: Mapped[str] = mapped_column(Name)
    start_month: Mapped[int] = mapped_column(Integer)
    start_day: Mapped[int] = mapped_column(Integer)
    length_days: Mapped[int] = mapped_column(Integer)


class ReservePlan(Timestamped, Base):
    __tablename__ = "reserve_plans"
    __table_args__ = (
        UniqueConstraint("season_id", "season_year", "revision", name="uq_reserve_plans_season_year_rev"),
        CheckConstraint("status = 'draft' OR approved_at IS NOT NULL", name="approved_has_time"),
        CheckConstraint("status <> 'submitted' OR submitted_on IS NOT NULL", name="submitted_has_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_no: Mapped[str] = mapped_column(Code, unique=True)
    season_id: Mapped[int] = mapped_column(ForeignKey("seasons.id"))
    season_year: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[PlanStatus] = mapped_column(enum_column(PlanStatus, "plan_status"), default=PlanStatus.DRAFT)
    due_date: Mapped[dt.date] = mapped_column(Date)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    submitted_on: Mapped[dt.date | None] = mapped_column(Date)
    total_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    note: Mapped[str] = mapped_column(Text, default="")


class ReservePlanLine(Base):
    __tablename__ = "reserve_plan_lines"
    __table_args__ = (
        UniqueConstraint("plan_id", "part_id", name="uq_reserve_plan_lines_plan_part"),
        CheckConstraint("suggested_qty >= 0", name="suggested_not_negative"),
        CheckConstraint("chosen_qty >= 0", name="chosen_not_negative"),
        CheckConstraint("unit_price >= 0", name="unit_price_not_negative"),
        CheckConstraint("on_hand_qty >= 0", name="on_hand_not_negative"),
        CheckConstraint("on_order_qty >= 0", name="on_order_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("reserve_plans.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    part_class: Mapped[PartClass] = mapped_column(enum_column(PartClass, "part_class"))
    forecast_qty: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    suggested_qty: Mapped[Decimal] = mapped_column(Quantity())
    chosen_qty: Mapped[Decimal] = mapped_column(Quantity())
    unit_price: Mapped[Decimal] = mapped_column(Money())
    amount: Mapped[Decimal] = mapped_column(Money())
    reason: Mapped[str] = mapped_column(Text, default="")  # "because: 312 units of 4LZ-6 aged 1-2 years …"
    note: Mapped[str] = mapped_column(Text, default="")
    # The stock the line was planned from: what the season had is this plus the chosen quantity.
    on_hand_qty: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    on_order_qty: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))


class FactoryReturn(Timestamped, Base):
    """Unsaleable dealer stock returned to the factory, with who pays freight (DOMAIN rule 9)."""

    __tablename__ = "factory_returns"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("reason IN ('quality', 'dismantled', 'other')", name="reason_known"),
        CheckConstraint("freight_payer IN ('factory', 'dealer')", name="freight_payer_known"),
        CheckConstraint("restoration_labour >= 0", name="restoration_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    return_no: Mapped[str] = mapped_column(Code, unique=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    reason: Mapped[str] = mapped_column(String(20))
    freight_payer: Mapped[str] = mapped_column(String(10))
    restoration_labour: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    returned_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
