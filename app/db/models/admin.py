"""The audit trail, number sequences and shared (database-wide) settings."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.db.types import UTCDateTime


class AuditEntry(Base):
    """Who changed what: one row per changed field (or one per create/delete/transition)."""

    __tablename__ = "audit_trail"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    user_name: Mapped[str] = mapped_column(String(100), default="")
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))  # create, update, delete, transition
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class NumberSequence(Base):
    """Next number per kind and year, incremented inside the creating transaction so numbers stay
    unique when several workstations create records at once."""

    __tablename__ = "number_sequences"
    __table_args__ = (CheckConstraint("last_value >= 0", name="last_value_not_negative"),)

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class ImportRun(Base):
    """One accepted import of a manufacturer's file: what, from which file, how many rows, by whom."""

    __tablename__ = "import_runs"
    __table_args__ = (CheckConstraint("row_count >= 0", name="row_count_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    row_count: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    user_name: Mapped[str] = mapped_column(String(100), default="")


class SharedSetting(Base):
    """Settings every workstation shares (return windows, thresholds); per-user ones live in QSettings."""

    __tablename__ = "shared_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
