"""Bulk loading for large generated or imported data: COPY on PostgreSQL, executemany on SQLite.

Values go through each column's own bind processing (money to fen, enums to their values, UTC time
stamps), exactly as an ORM insert would write them; only the per-row statement overhead is skipped.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Table

_MISSING = object()


def _default_for(column: Column[Any]) -> Callable[[], Any]:
    default = column.default
    if default is None:
        return lambda: None
    if getattr(default, "is_scalar", False):
        value = default.arg  # type: ignore[attr-defined]
        return lambda: value
    if getattr(default, "is_callable", False):
        fn = default.arg  # type: ignore[attr-defined]
        return lambda: fn(None)  # SQLAlchemy wraps plain callables to take an execution context
    raise ValueError(f"{column} has a default that bulk loading cannot evaluate")


def _columns(table: Table, rows: Sequence[dict[str, Any]]) -> list[Column[Any]]:
    """The columns to write: all but an autoincrement id the rows do not give."""
    sample = rows[0]
    return [c for c in table.columns if c.name in sample or not (c.primary_key and c.autoincrement is True)]


def _prepared(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> tuple[list[str], list[tuple]]:
    columns = _columns(table, rows)
    dialect = conn.dialect
    processors = [c.type._cached_bind_processor(dialect) for c in columns]
    defaults = [_default_for(c) for c in columns]
    names = [c.name for c in columns]
    out: list[tuple] = []
    for row in rows:
        values = []
        for name, process, default in zip(names, processors, defaults, strict=True):
            value = row.get(name, _MISSING)
            if value is _MISSING:
                value = default()
            values.append(process(value) if process is not None and value is not None else value)
        out.append(tuple(values))
    return names, out


def bulk_insert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> int:
    """Insert `rows` into `table` inside the caller's transaction; returns the number written."""
    if not rows:
        return 0
    names, values = _prepared(conn, table, rows)
    quoted = ", ".join(conn.dialect.identifier_preparer.quote(n) for n in names)
    target = conn.dialect.identifier_preparer.format_table(table)
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        with raw.cursor() as cursor, cursor.copy(f"COPY {target} ({quoted}) FROM STDIN") as copy:
            for row in values:
                copy.write_row(row)
    else:
        placeholders = ", ".join("?" for _ in names)
        conn.exec_driver_sql(f"INSERT INTO {target} ({quoted}) VALUES ({placeholders})", values)
    return len(values)
