"""Units sold, their warranty registration cards and their main components."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, Timestamped
from app.db.models.master import Customer, ProductModel
from app.db.types import Code, Hours, UTCDateTime, enum_column
from app.domain.enums import UnitStatus


class Unit(Timestamped, Base):
    """One machine sold (出厂编号 = serial number)."""

    __tablename__ = "units"
    __table_args__ = (
        CheckConstraint("hour_meter IS NULL OR hour_meter >= 0", name="hour_meter_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    serial_no: Mapped[str] = mapped_column(Code, unique=True)
    engine_no: Mapped[str] = mapped_column(Code, default="", index=True)
    model_id: Mapped[int] = mapped_column(ForeignKey("product_models.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    sale_date: Mapped[dt.date] = mapped_column(Date, index=True)
    invoice_date: Mapped[dt.date | None] = mapped_column(Date)
    invoice_no: Mapped[str] = mapped_column(String(40), default="")
    hour_meter: Mapped[Decimal | None] = mapped_column(Hours())  # last known reading
    status: Mapped[UnitStatus] = mapped_column(enum_column(UnitStatus, "unit_status"), default=UnitStatus.IN_SERVICE)
    # An exchange moves the customer to a new unit; the old unit points at its replacement.
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    # An exclusion recorded on the unit (no certificate, altered serial, self-modification) voids its cover.
    warranty_void_reason: Mapped[str | None] = mapped_column(String(200))

    model: Mapped[ProductModel] = relationship()
    customer: Mapped[Customer] = relationship()
    card: Mapped[RegistrationCard | None] = relationship(back_populates="unit", uselist=False)


class RegistrationCard(Timestamped, Base):
    """The warranty registration card (三包回执卡): must reach head office within 20 days of sale."""

    __tablename__ = "registration_cards"
    __table_args__ = (
        CheckConstraint("acknowledged_on IS NULL OR sent_on IS NOT NULL", name="acknowledged_after_sent"),
        CheckConstraint(
            "(override_reason IS NULL) = (override_by_id IS NULL)", name="override_has_reason_and_manager"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), unique=True)
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    acknowledged_on: Mapped[dt.date | None] = mapped_column(Date)
    override_reason: Mapped[str | None] = mapped_column(Text)
    override_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    override_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())

    unit: Mapped[Unit] = relationship(back_populates="card")


class ComponentChange(Base):
    """A main component (engine, gearbox, pump) replaced on a unit: which one is fitted now."""

    __tablename__ = "component_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("warranty_claims.id"))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    old_serial_no: Mapped[str] = mapped_column(Code, default="")
    new_serial_no: Mapped[str] = mapped_column(Code, default="")
    hour_meter: Mapped[Decimal | None] = mapped_column(Hours())
    sequence: Mapped[int] = mapped_column(Integer, default=1)
