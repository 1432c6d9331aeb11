"""What every property test of an importer checks: the run ends in a correct import or in a clean
refusal (a typed error whose message a clerk can read, naming the bad rows), and a refusal changes
nothing at all in the database."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from app.db.base import Base
from app.domain.errors import WarrantyDeskError
from app.reports.excel.problems import ImportRefused

T = TypeVar("T")
Snapshot = dict[str, list[tuple[Any, ...]]]


def snapshot(db: Any) -> Snapshot:
    """Every row of every table, in a stable order: two snapshots are equal when nothing changed."""
    found: Snapshot = {}
    # The driver's own rows (no type processing): a snapshot runs twice per example, on every table.
    with db.engine.connect() as conn:
        quote = conn.dialect.identifier_preparer.quote
        for table in Base.metadata.sorted_tables:
            rows = conn.exec_driver_sql(f"SELECT * FROM {quote(table.name)}").fetchall()
            found[table.name] = sorted((tuple(row) for row in rows), key=repr)
    return found


def changed_tables(before: Snapshot, after: Snapshot) -> list[str]:
    return [name for name in before if before[name] != after.get(name)]


def outcome(db: Any, run: Callable[[], T]) -> tuple[T | None, WarrantyDeskError | None]:
    """Run one import: (result, None) when it went through, (None, error) when it was refused cleanly.
    Any other exception is a traceback the clerk would see and fails the test. A refusal must leave the
    database exactly as it was."""
    before = snapshot(db)
    try:
        result = run()
    except WarrantyDeskError as error:
        assert_clean_refusal(error)
        after = snapshot(db)
        assert not changed_tables(before, after), f"refused, yet changed {changed_tables(before, after)}: {error}"
        return None, error
    return result, None


def assert_clean_refusal(error: WarrantyDeskError) -> None:
    message = str(error)
    assert message.strip(), f"{type(error).__name__} without a message"
    assert "Traceback" not in message and "sqlalchemy" not in message.lower() and "psycopg" not in message.lower(), \
        message
    # The fallback of Database.translated_errors: a driver's words, which means an importer let a bad
    # value reach the database instead of naming the cell.
    assert not message.startswith("database error on"), message
    if isinstance(error, ImportRefused):
        assert error.problems
        for problem in error.problems:
            line = problem.line(error.file_name)
            assert problem.reason, line  # every reason renders: no {name} left without its value
            assert problem.row is None or problem.row >= 0, line
