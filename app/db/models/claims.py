"""Warranty claims (三包维修记录): the record the customer signs and head office pays on."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, Timestamped
from app.db.types import Code, Hours, Money, Quantity, UTCDateTime, enum_column
from app.domain.enums import AttachmentKind, ClaimStatus


class WarrantyClaim(Timestamped, Base):
    __tablename__ = "warranty_claims"
    __table_args__ = (
        UniqueConstraint("claim_no", "revision", name="uq_warranty_claims_no_revision"),
        CheckConstraint("revision >= 1", name="revision_positive"),
        CheckConstraint("labour_amount >= 0", name="labour_not_negative"),
        CheckConstraint("parts_amount >= 0", name="parts_not_negative"),
        CheckConstraint("travel_amount >= 0", name="travel_not_negative"),
        CheckConstraint("other_amount >= 0", name="other_not_negative"),
        CheckConstraint(
            "total_amount = labour_amount + parts_amount + travel_amount + other_amount", name="total_adds_up"
        ),
        CheckConstraint("travel_km IS NULL OR travel_km >= 0", name="travel_km_not_negative"),
        CheckConstraint("hour_meter IS NULL OR hour_meter >= 0", name="hour_meter_not_negative"),
        CheckConstraint("parts_wait_days >= 0", name="parts_wait_not_negative"),
        CheckConstraint("check_level IN ('ok', 'warning', 'blocking')", name="check_level_known"),
        CheckConstraint(
            "status NOT IN ('approved', 'in_batch', 'settled_approved', 'settled_partial', 'rejected')"
            " OR approved_at IS NOT NULL",
            name="approved_claims_have_approval",
        ),
        CheckConstraint("status <> 'in_batch' OR batch_id IS NOT NULL", name="batched_claims_have_batch"),
        # The claims list filters by status and sorts by repair date, newest first.
        Index("ix_warranty_claims_status_repair_date", "status", "repair_date"),
        Index("ix_warranty_claims_unit_repair_date", "unit_id", "repair_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_no: Mapped[str] = mapped_column(Code, index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    previous_revision_id: Mapped[int | None] = mapped_column(ForeignKey("warranty_claims.id"))
    status: Mapped[ClaimStatus] = mapped_column(
        enum_column(ClaimStatus, "claim_status"), default=ClaimStatus.DRAFT, index=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    service_entry_id: Mapped[int | None] = mapped_column(ForeignKey("service_log.id"), index=True)
    failure_date: Mapped[dt.date] = mapped_column(Date)
    repair_date: Mapped[dt.date] = mapped_column(Date, index=True)
    hour_meter: Mapped[Decimal | None] = mapped_column(Hours())
    area_worked: Mapped[Decimal | None] = mapped_column(Hours())
    complaint: Mapped[str] = mapped_column(Text, default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    correction: Mapped[str] = mapped_column(Text, default="")
    fault_code: Mapped[str] = mapped_column(String(40), default="")
    exclusion: Mapped[str | None] = mapped_column(String(40))  # misuse, modification, voltage …
    technician: Mapped[str] = mapped_column(String(100), default="", index=True)
    travel_km: Mapped[Decimal | None] = mapped_column(Hours())
    travel_rate: Mapped[Decimal | None] = mapped_column(Money())
    labour_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    parts_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    travel_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    other_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    other_note: Mapped[str] = mapped_column(String(200), default="")
    total_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    parts_wait_days: Mapped[int] = mapped_column(Integer, default=0)
    customer_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    check_level: Mapped[str] = mapped_column(String(10), default="ok", index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("claim_batches.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    labour_lines: Mapped[list[ClaimLabourLine]] = relationship(
        cascade="all, delete-orphan", order_by="ClaimLabourLine.line_no"
    )
    part_lines: Mapped[list[ClaimPartLine]] = relationship(
        cascade="all, delete-orphan", order_by="ClaimPartLine.line_no"
    )

    # Two workstations saving the same claim: the second save fails instead of overwriting.
    __mapper_args__ = {"version_id_col": version}


class LabourOperation(Base):
    """The labour-time table: flat-rate hours per operation, for all models or for one model."""

    __tablename__ = "labour_operations"
    __table_args__ = (
        UniqueConstraint("model_id", "code", name="uq_labour_operations_model_code"),
        Index("uq_labour_operations_general_code", "code", unique=True,
              sqlite_where=text("model_id IS NULL"), postgresql_where=text("model_id IS NULL")),
        CheckConstraint("flat_rate_hours > 0", name="flat_rate_hours_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(300), default="")
    flat_rate_hours: Mapped[Decimal] = mapped_column(Hours())
    model_id: Mapped[int | None] = mapped_column(ForeignKey("product_models.id", ondelete="CASCADE"))


class ClaimLabourLine(Base):
    __tablename__ = "claim_labour_lines"
    __table_args__ = (
        UniqueConstraint("claim_id", "line_no", name="uq_claim_labour_lines_claim_line"),
        CheckConstraint("actual_hours > 0", name="actual_hours_positive"),
        CheckConstraint("flat_rate_hours IS NULL OR flat_rate_hours > 0", name="flat_rate_hours_positive"),
        CheckConstraint("hourly_rate > 0", name="hourly_rate_positive"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("warranty_claims.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    operation_code: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(300), default="")
    flat_rate_hours: Mapped[Decimal | None] = mapped_column(Hours())
    actual_hours: Mapped[Decimal] = mapped_column(Hours())
    hourly_rate: Mapped[Decimal] = mapped_column(Money())
    amount: Mapped[Decimal] = mapped_column(Money())


class ClaimPartLine(Base):
    __tablename__ = "claim_part_lines"
    __table_args__ = (
        UniqueConstraint("claim_id", "line_no", name="uq_claim_part_lines_claim_line"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price >= 0", name="unit_price_not_negative"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("warranty_claims.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit_price: Mapped[Decimal] = mapped_column(Money())  # the price when the claim was made
    amount: Mapped[Decimal] = mapped_column(Money())
    is_causal: Mapped[bool] = mapped_column(Boolean, default=False)
    retain: Mapped[bool] = mapped_column(Boolean, default=False)  # keep as old part (旧件)
    old_serial_no: Mapped[str] = mapped_column(Code, default="")  # replaced main component
    new_serial_no: Mapped[str] = mapped_column(Code, default="")


class ClaimAttachment(Base):
    """A photo, scanned document or signature. Content is stored with its SHA-256."""

    __tablename__ = "claim_attachments"
    __table_args__ = (
        UniqueConstraint("claim_id", "sha256", name="uq_claim_attachments_claim_hash"),
        CheckConstraint("size_bytes >= 0", name="size_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("warranty_claims.id", ondelete="CASCADE"), index=True)
    kind: Mapped[AttachmentKind] = mapped_column(enum_column(AttachmentKind, "attachment_kind"))
    file_name: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
