"""The service log (售后服务登记表), follow-up calls and paid service orders (有偿服务)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, Timestamped
from app.db.types import Code, Hours, Money, Quantity, UTCDateTime, enum_column
from app.domain.enums import PaidOrderStatus, ServiceChannel, ServiceEntryStatus


class ServiceLogEntry(Timestamped, Base):
    __tablename__ = "service_log"
    __table_args__ = (
        CheckConstraint("arranged_at IS NULL OR arranged_at >= received_at", name="arranged_after_received"),
        CheckConstraint("closed_at IS NULL OR closed_at >= received_at", name="closed_after_received"),
        CheckConstraint("fault_difficulty IN ('easy', 'hard')", name="fault_difficulty_known"),
        Index("ix_service_log_status_received_at", "status", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_no: Mapped[str] = mapped_column(Code, unique=True)
    channel: Mapped[ServiceChannel] = mapped_column(enum_column(ServiceChannel, "service_channel"))
    status: Mapped[ServiceEntryStatus] = mapped_column(
        enum_column(ServiceEntryStatus, "service_entry_status"), default=ServiceEntryStatus.OPEN, index=True
    )
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    caller_name: Mapped[str] = mapped_column(String(100), default="")
    caller_phone: Mapped[str] = mapped_column(String(40), default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    arranged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    arranged_for: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())  # the visit time agreed
    technician: Mapped[str] = mapped_column(String(100), default="")
    customer_informed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    reported_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())  # to head office technical dept.
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    result: Mapped[str] = mapped_column(Text, default="")
    is_maintenance_reminder: Mapped[bool] = mapped_column(default=False)
    # easy | hard (app.domain.clocks.FaultDifficulty): 2 or 5 days to fix in the busy season.
    fault_difficulty: Mapped[str] = mapped_column(String(10), default="easy", server_default="easy")


class FollowUp(Timestamped, Base):
    """A follow-up call (回访) after a closed repair, or a scheduled visit to a key customer."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        CheckConstraint("satisfaction IS NULL OR (satisfaction BETWEEN 1 AND 5)", name="satisfaction_1_to_5"),
        # The Dashboard asks for the calls still to make, by due date.
        Index("ix_follow_ups_pending_due_date", "due_date", sqlite_where=text("done_at IS NULL"),
              postgresql_where=text("done_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    service_entry_id: Mapped[int | None] = mapped_column(ForeignKey("service_log.id"), index=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("warranty_claims.id"))
    kind: Mapped[str] = mapped_column(String(20), default="call")  # call | visit
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    done_by: Mapped[str] = mapped_column(String(100), default="")
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    remarks: Mapped[str] = mapped_column(Text, default="")


class MaintenanceReminder(Base):
    """A service a model's manual asks for (first service at 50 h or 3 months …), due on a unit."""

    __tablename__ = "maintenance_reminders"
    __table_args__ = (
        UniqueConstraint("unit_id", "kind", "due_date", name="uq_maintenance_reminders_unit_kind_due"),
        CheckConstraint("due_hours IS NULL OR due_hours > 0", name="due_hours_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # first_service | periodic
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    due_hours: Mapped[Decimal | None] = mapped_column(Hours())
    service_entry_id: Mapped[int | None] = mapped_column(ForeignKey("service_log.id"))
    done_on: Mapped[dt.date | None] = mapped_column(Date)


class PaidServiceOrder(Timestamped, Base):
    """Work outside warranty: wages plus travel, parts at catalogue price (no mark-up by default)."""

    __tablename__ = "paid_service_orders"
    __table_args__ = (
        CheckConstraint("labour_hours >= 0", name="labour_hours_not_negative"),
        CheckConstraint("labour_rate >= 0", name="labour_rate_not_negative"),
        CheckConstraint("travel_amount >= 0", name="travel_not_negative"),
        CheckConstraint("parts_amount >= 0", name="parts_not_negative"),
        CheckConstraint("total_amount = labour_amount + parts_amount + travel_amount", name="total_adds_up"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_no: Mapped[str] = mapped_column(Code, unique=True)
    status: Mapped[PaidOrderStatus] = mapped_column(
        enum_column(PaidOrderStatus, "paid_order_status"), default=PaidOrderStatus.DRAFT
    )
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    service_entry_id: Mapped[int | None] = mapped_column(ForeignKey("service_log.id"), index=True)
    service_date: Mapped[dt.date] = mapped_column(Date, index=True)
    technician: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    labour_hours: Mapped[Decimal] = mapped_column(Hours(), default=Decimal(0))
    labour_rate: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    labour_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    travel_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    parts_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    total_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))

    lines: Mapped[list[PaidServiceLine]] = relationship(
        cascade="all, delete-orphan", order_by="PaidServiceLine.line_no"
    )


class PaidServiceLine(Base):
    __tablename__ = "paid_service_lines"
    __table_args__ = (
        UniqueConstraint("order_id", "line_no", name="uq_paid_service_lines_order_line"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price >= 0", name="unit_price_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("paid_service_orders.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit_price: Mapped[Decimal] = mapped_column(Money())
    amount: Mapped[Decimal] = mapped_column(Money())
