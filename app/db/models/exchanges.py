"""Exchanges and refunds (换货 / 退货): a unit given back within the regulation's 15 days."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Timestamped
from app.db.types import Code, Money, enum_column
from app.domain.exchanges import FaultKind, ReturnKind


class ExchangeRefund(Timestamped, Base):
    """One exchange (the customer takes a new unit, the old one goes back to stock) or one refund (the
    money goes back and the unit's warranty ends). A unit is exchanged or refunded at most once."""

    __tablename__ = "exchanges_refunds"
    __table_args__ = (
        CheckConstraint("(kind = 'exchange' AND new_unit_id IS NOT NULL AND refund_amount IS NULL) OR "
                        "(kind = 'refund' AND new_unit_id IS NULL AND refund_amount IS NOT NULL "
                        "AND refund_amount > 0)", name="kind_matches_unit_or_amount"),
        CheckConstraint("new_unit_id IS NULL OR new_unit_id <> unit_id", name="new_unit_is_another"),
        CheckConstraint("decided_on >= fault_date", name="decided_after_fault"),
        CheckConstraint("fault_description <> ''", name="fault_described"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    record_no: Mapped[str] = mapped_column(Code, unique=True)
    kind: Mapped[ReturnKind] = mapped_column(enum_column(ReturnKind, "return_kind"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), unique=True)  # the unit given back
    new_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), unique=True)  # exchange: the new one
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    window_start: Mapped[dt.date] = mapped_column(Date)  # the sale or exchange the 15 days ran from
    fault_date: Mapped[dt.date] = mapped_column(Date)
    decided_on: Mapped[dt.date] = mapped_column(Date, index=True)
    fault_kind: Mapped[FaultKind] = mapped_column(enum_column(FaultKind, "return_fault_kind"))
    fault_description: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")  # what happens to the unit given back, and why
    refund_amount: Mapped[Decimal | None] = mapped_column(Money())
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("claim_batches.id"), index=True)  # reported in
    recorded_by: Mapped[str] = mapped_column(String(60), default="")
