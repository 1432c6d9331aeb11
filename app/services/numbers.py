"""Record numbers (SB2026-000123 …), unique under concurrent creation.

The sequence row is incremented with one UPDATE inside the creating transaction: on PostgreSQL the
row lock holds other workstations until this transaction ends; on SQLite the write lock does.
"""
from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.models import NumberSequence
from app.domain.numbers import format_number


def next_sequence(s: Session, kind: str, year: int) -> int:
    for _attempt in range(2):
        result = s.execute(
            update(NumberSequence)
            .where(NumberSequence.kind == kind, NumberSequence.year == year)
            .values(last_value=NumberSequence.last_value + 1)
            .returning(NumberSequence.last_value)
        ).scalar_one_or_none()
        if result is not None:
            return int(result)
        try:
            with s.begin_nested():  # the first number of a year: create the row, unless another did
                s.execute(insert(NumberSequence).values(kind=kind, year=year, last_value=0))
        except IntegrityError:
            pass
    return int(s.scalar(select(NumberSequence.last_value).where(
        NumberSequence.kind == kind, NumberSequence.year == year)) or 0)  # pragma: no cover


def next_number(s: Session, kind: str, year: int) -> str:
    """The next record number of `kind` ("claim", "service", "customer" …) for `year`."""
    return format_number(kind, year, next_sequence(s, kind, year))
