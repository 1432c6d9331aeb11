"""The floor of a service: the very statements it sent to the driver, run again on the bare sqlite3
driver with their rows fetched (no ORM, no session, no dataclasses)."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from sqlalchemy import event

from app.services.database import Database


def statements_of(db: Database, work: Callable[[], object]) -> list[tuple[str, Any]]:
    """The SELECTs `work()` sent to the database, with their parameters as the driver got them."""
    seen: list[tuple[str, Any]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):  # not the engine's own BEGIN or PRAGMA
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    return seen


def raw_runner(db: Database, statements: list[tuple[str, Any]]) -> tuple[sqlite3.Connection, Callable[[], None]]:
    """A bare sqlite3 connection and a function running `statements` on it; close the connection after."""
    raw = sqlite3.connect(db.location)

    def run() -> None:
        for statement, parameters in statements:
            raw.execute(statement, parameters).fetchall()

    return raw, run
