"""Claim batches (索赔批次) sent to head office, settlement notices (核销通知) and the ledger."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Timestamped
from app.db.types import Code, Money, UTCDateTime, enum_column
from app.domain.enums import BatchStatus, LedgerKind


class ClaimBatch(Timestamped, Base):
    __tablename__ = "claim_batches"
    __table_args__ = (
        UniqueConstraint("dealer_code", "year", "sequence", name="uq_claim_batches_dealer_year_seq"),
        CheckConstraint("claim_count >= 0", name="claim_count_not_negative"),
        CheckConstraint(
            "total_amount = labour_amount + parts_amount + travel_amount + other_amount", name="total_adds_up"
        ),
        CheckConstraint("period_to IS NULL OR period_from IS NULL OR period_to >= period_from", name="period_order"),
        CheckConstraint("status = 'open' OR exported_at IS NOT NULL", name="exported_has_time"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_no: Mapped[str] = mapped_column(Code, unique=True)  # dealer code + year + sequence
    dealer_code: Mapped[str] = mapped_column(Code)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    status: Mapped[BatchStatus] = mapped_column(enum_column(BatchStatus, "batch_status"), default=BatchStatus.OPEN)
    period_from: Mapped[dt.date | None] = mapped_column(Date)
    period_to: Mapped[dt.date | None] = mapped_column(Date)
    claim_count: Mapped[int] = mapped_column(Integer, default=0)
    labour_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    parts_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    travel_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    other_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    total_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    exported_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    package_name: Mapped[str] = mapped_column(String(255), default="")
    package_sha256: Mapped[str] = mapped_column(String(64), default="")


class Settlement(Timestamped, Base):
    """A settlement notice from head office finance, offset against the dealer's payable."""

    __tablename__ = "settlements"
    __table_args__ = (
        CheckConstraint("approved_amount >= 0", name="approved_not_negative"),
        CheckConstraint("deducted_amount >= 0", name="deducted_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    settlement_no: Mapped[str] = mapped_column(Code, unique=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("claim_batches.id"), index=True)
    notice_date: Mapped[dt.date] = mapped_column(Date)
    approved_amount: Mapped[Decimal] = mapped_column(Money())
    deducted_amount: Mapped[Decimal] = mapped_column(Money())
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    confirmed_on: Mapped[dt.date | None] = mapped_column(Date)
    source_sha256: Mapped[str] = mapped_column(String(64), default="")


class SettlementLine(Base):
    __tablename__ = "settlement_lines"
    __table_args__ = (
        UniqueConstraint("settlement_id", "claim_id", name="uq_settlement_lines_settlement_claim"),
        CheckConstraint("approved_amount >= 0", name="approved_not_negative"),
        CheckConstraint("deducted_amount >= 0", name="deducted_not_negative"),
        CheckConstraint("approved_amount + deducted_amount = claimed_amount", name="amounts_add_up"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    settlement_id: Mapped[int] = mapped_column(ForeignKey("settlements.id", ondelete="CASCADE"), index=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("warranty_claims.id"), index=True)
    claimed_amount: Mapped[Decimal] = mapped_column(Money())
    approved_amount: Mapped[Decimal] = mapped_column(Money())
    deducted_amount: Mapped[Decimal] = mapped_column(Money())
    reason_code: Mapped[str] = mapped_column(String(20), default="")
    reason_text: Mapped[str] = mapped_column(Text, default="")


class LedgerEntry(Base):
    """The dealer's account with head office: credits from settlements, offsets against payables."""

    __tablename__ = "ledger_entries"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[LedgerKind] = mapped_column(enum_column(LedgerKind, "ledger_kind"))
    amount: Mapped[Decimal] = mapped_column(Money())
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("claim_batches.id"), index=True)
    settlement_id: Mapped[int | None] = mapped_column(ForeignKey("settlements.id"))
    reference: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")
