"""Old parts (旧件) kept from warranty repairs and the shipments (旧件返厂单) that return them."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Timestamped
from app.db.types import Code, Hours, Quantity, UTCDateTime, enum_column
from app.domain.enums import OldPartStatus, ShipmentStatus


class ReturnShipment(Timestamped, Base):
    __tablename__ = "return_shipments"
    __table_args__ = (
        CheckConstraint("packages IS NULL OR packages > 0", name="packages_positive"),
        CheckConstraint("weight_kg IS NULL OR weight_kg > 0", name="weight_positive"),
        CheckConstraint("status = 'draft' OR shipped_on IS NOT NULL", name="shipped_has_date"),
        CheckConstraint("by_delivery_truck OR status = 'draft' OR waybill_no <> ''", name="waybill_or_truck"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_no: Mapped[str] = mapped_column(Code, unique=True)
    status: Mapped[ShipmentStatus] = mapped_column(
        enum_column(ShipmentStatus, "shipment_status"), default=ShipmentStatus.DRAFT
    )
    carrier: Mapped[str] = mapped_column(String(100), default="")
    waybill_no: Mapped[str] = mapped_column(String(60), default="")
    by_delivery_truck: Mapped[bool] = mapped_column(Boolean, default=False)
    shipped_on: Mapped[dt.date | None] = mapped_column(Date)
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    packages: Mapped[int | None] = mapped_column(Integer)
    weight_kg: Mapped[Decimal | None] = mapped_column(Hours())
    note: Mapped[str] = mapped_column(Text, default="")


class OldPart(Timestamped, Base):
    __tablename__ = "old_parts"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("status = 'retained' OR status = 'written_off' OR shipment_id IS NOT NULL OR left_at_dealer",
                        name="shipped_parts_have_shipment"),
        # Head office's verdict given at the dealer: the part stays (usable, kept) or is disposed of (scrap).
        CheckConstraint("NOT left_at_dealer OR status IN ('usable', 'scrap')", name="left_at_dealer_has_verdict"),
        CheckConstraint("status <> 'written_off' OR write_off_reason <> ''", name="write_off_has_reason"),
        Index("ix_old_parts_status_due_date", "status", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tag_no: Mapped[str] = mapped_column(Code, unique=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("warranty_claims.id"), index=True)
    part_line_id: Mapped[int] = mapped_column(ForeignKey("claim_part_lines.id"), unique=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    status: Mapped[OldPartStatus] = mapped_column(
        enum_column(OldPartStatus, "old_part_status"), default=OldPartStatus.RETAINED, index=True
    )
    storage_place: Mapped[str] = mapped_column(String(60), default="")
    condition_notes: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("return_shipments.id"), index=True)
    inspection_remark: Mapped[str] = mapped_column(Text, default="")
    write_off_reason: Mapped[str] = mapped_column(String(200), default="")
    left_at_dealer: Mapped[bool] = mapped_column(Boolean, default=False)  # head office said keep / dispose


class OldPartEvent(Base):
    """Each step of an old part's life: who and when."""

    __tablename__ = "old_part_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    old_part_id: Mapped[int] = mapped_column(ForeignKey("old_parts.id", ondelete="CASCADE"), index=True)
    status: Mapped[OldPartStatus] = mapped_column(enum_column(OldPartStatus, "old_part_event_status"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")
