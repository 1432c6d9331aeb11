"""What every importer shares: the unit of work it runs in and small helpers for thousands of rows."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Table, func, select, text, update
from sqlalchemy.orm import Session

from app.db.bulk import bulk_insert
from app.db.models import NumberSequence
from app.domain.actors import Actor
from app.domain.numbers import format_number
from app.reports.excel import SheetData
from app.services.numbers import next_sequence

T = TypeVar("T")
CHUNK = 900  # values per IN (...) list: well under SQLite's bound-parameter limit


@dataclass
class Context:
    s: Session
    sheet: SheetData
    today: dt.date
    now: dt.datetime
    actor: Actor
    stage: Callable[[str], None]  # tells the caller "checking" / "writing"

    @property
    def source(self) -> str:
        """How imported rows name their origin (price history, stock movements)."""
        return f"import {self.sheet.file_name}"


@dataclass(frozen=True)
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    prices_changed: int = 0
    movements: int = 0
    warnings: tuple[Any, ...] = ()  # imported, but the clerk should look (models.TermsWarning)


def chunks(values: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def ids_by(s: Session, table: Table, key: str, values: Iterable[Any]) -> dict[Any, int]:
    """id of each row whose `key` column is one of `values` (asked in chunks)."""
    wanted = list(dict.fromkeys(values))
    found: dict[Any, int] = {}
    column = table.c[key]
    for part in chunks(wanted):
        found.update({value: row_id for row_id, value in s.execute(select(table.c.id, column).where(column.in_(part)))})
    return found


def changed(old: Any, values: dict[str, Any]) -> bool:
    return any(getattr(old, key) != value for key, value in values.items())


def reserve_numbers(s: Session, kind: str, year: int, count: int) -> list[str]:
    """`count` consecutive record numbers in one step: the sequence row is locked by the first
    increment until this transaction ends, so no other workstation can take one in between."""
    if count <= 0:
        return []
    first = next_sequence(s, kind, year)
    if count > 1:
        s.execute(update(NumberSequence).where(NumberSequence.kind == kind, NumberSequence.year == year)
                  .values(last_value=NumberSequence.last_value + (count - 1)))
    return [format_number(kind, year, first + offset) for offset in range(count)]


def insert_rows(s: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """bulk_insert with the ids taken first, returned in the order of `rows`.

    PostgreSQL hands them out from the table's sequence, safe while other workstations insert. On
    SQLite they follow the highest id: a writer that committed meanwhile makes this transaction fail
    (it cannot write on an old snapshot) rather than reuse an id.
    """
    if not rows:
        return []
    if s.get_bind().dialect.name == "postgresql":
        ids = [int(n) for n in s.scalars(text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) "
                                              "FROM generate_series(1, :n)"), {"t": table.name, "n": len(rows)})]
    else:
        top = int(s.scalar(select(func.max(table.c.id))) or 0)
        ids = list(range(top + 1, top + 1 + len(rows)))
    for row, row_id in zip(rows, ids, strict=True):
        row["id"] = row_id
    bulk_insert(s.connection(), table, rows)
    return ids
