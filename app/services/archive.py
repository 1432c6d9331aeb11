"""Data retention: a read-only archive database of old, closed warranty claims.

Records are kept at least five years (plan 6; head office audits five years back). An archive is a
separate SQLite file with the same schema holding the closed claims (settled, rejected, superseded by a
rework, cancelled) repaired before a date at least five years back — each with its labour and part lines,
attachments, settlement lines, old parts and their events, follow-ups, component changes, emergency
orders and audit rows (not stock movements: they are the stock ledger's) — and, so that every foreign
key resolves, a copy of every row they refer to (units, customers, models, parts, users, service-log
entries, batches, settlements, shipments …) as it stands at the time of archiving.

This is an archive *copy*: nothing is removed from the working database. Taking claims out of it would
change batch counts, settlement totals and the history of units that are still in warranty, so it is
left for a later, separate decision; nothing is ever deleted silently. The archive file is written to a
temporary name, checked (integrity, foreign keys, row counts), marked as an archive, made read-only and
only then given its name. The app opens it read-only (`open_database`).
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, TextClause, create_engine, event, func, select, text

from app import paths
from app.db.base import Base
from app.db.engine import resolve_url, sqlite_path
from app.db.models import AuditEntry, WarrantyClaim
from app.domain.actors import Actor
from app.domain.enums import ClaimStatus
from app.domain.errors import DatabaseError, ValidationError
from app.services.audit_trail import write_audit
from app.services.database import Database

MIN_YEARS = 5
CLOSED = (ClaimStatus.SETTLED_APPROVED, ClaimStatus.SETTLED_PARTIAL, ClaimStatus.REJECTED, ClaimStatus.REWORKED,
          ClaimStatus.CANCELLED)
BEFORE_KEY = "archive/claims_before"
MADE_AT_KEY = "archive/made_at"
SOURCE_KEY = "archive/made_from"
CLAIMS_KEY = "archive/claims"
# Tables copied whole: small, and an archive opened in the app needs its dealer and its people.
WHOLE_TABLES = ("dealer_profile", "users", "shared_settings")
# Rows that point at a claim but belong to another record: stock movements are the stock ledger's (an
# archive without stock levels would not add up); the claim's part lines say what was used.
NOT_BELONGING = ("stock_movements",)
_CHUNK = 5000  # ids per IN (...)
_BLOB_CHUNK = 20  # rows per fetch for tables holding pictures
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ArchiveInfo:
    claims_before: dt.date
    made_at: dt.datetime
    made_from: str
    claims: int


@dataclass(frozen=True)
class ArchiveResult:
    path: Path
    info: ArchiveInfo
    row_counts: dict[str, int] = field(default_factory=dict)


def latest_cutoff(today: dt.date, years: int = MIN_YEARS) -> dt.date:
    """The latest "claims repaired before" date an archive may use: `years` back from today."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def claims_to_archive(db: Database, before: dt.date) -> int:
    """How many closed claims were repaired before `before` (what an archive would hold, revisions counted)."""
    with db.translated_errors(), db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(WarrantyClaim).where(*_selection(before))) or 0)


def _selection(before: dt.date) -> tuple:  # type: ignore[type-arg]
    return (WarrantyClaim.status.in_(CLOSED), WarrantyClaim.repair_date < before)


def archive_claims(db: Database, actor: Actor, before: dt.date, out: Path | str, *, today: dt.date | None = None,
                   progress: Progress | None = None) -> ArchiveResult:
    """Write the archive of closed claims repaired before `before` to the new file `out`.

    Refused when `before` is less than five years back, when there is nothing to archive, or when `out`
    exists (nothing is overwritten). The working database is only read, plus one audit row saying an
    archive was made. A service manager's task: the archive carries every customer's details out of the database.
    """
    actor.require_manager("Archiving old claims")
    report = progress or (lambda _text, _done, _total: None)
    limit = latest_cutoff(today or dt.date.today())
    if before > limit:
        raise ValidationError(f"records are kept at least {MIN_YEARS} years: an archive can hold claims repaired "
                              f"before {limit.isoformat()} at the latest, not before {before.isoformat()}")
    target = Path(out).expanduser().resolve()
    source_file = sqlite_path(db.url)
    if source_file is not None and target == source_file.resolve():
        raise ValidationError("the archive must be a new file, not the working database")
    if target.exists():
        raise ValidationError(f"{target} already exists; choose a new file name (nothing is overwritten)")
    if not target.parent.is_dir():
        raise ValidationError(f"the folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    made_at = dt.datetime.now(dt.UTC).replace(microsecond=0)
    try:
        Database.open(f"sqlite:///{partial}").close()  # the schema at this program's version
        counts = _copy(db, before, partial, report)
        if not counts.get("warranty_claims"):
            raise ValidationError(f"no closed claims were repaired before {before.isoformat()}: nothing to archive")
        info = ArchiveInfo(claims_before=before, made_at=made_at, made_from=db.location,
                           claims=counts["warranty_claims"])
        report("checking", 0, 0)
        _finish(partial, info, counts)
        os.replace(partial, target)
    except OSError as exc:
        raise DatabaseError(f"cannot write the archive {target}: {exc.strerror or exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
    try:
        target.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # read-only: an archive is not edited
    except OSError:
        pass  # a file system without permissions: the app still opens an archive read-only
    with db.translated_errors(), db.sessions.begin() as s:
        write_audit(s, actor, "archive", 0, "create", "claims_before", None,
                    f"{before.isoformat()}: {info.claims} claims to {target}")
    return ArchiveResult(target, info, counts)


def _copy(db: Database, before: dt.date, partial: Path, report: Progress) -> dict[str, int]:
    engine = create_engine(f"sqlite:///{partial}")

    @event.listens_for(engine, "connect")
    def _no_key_checks(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Rows arrive table by table (a claim may name a later revision's row); the keys are checked once
        # everything is in, by foreign_key_check in _finish.
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")

    # SQLite to SQLite: the stored values are copied as they are (both files use the same column types),
    # which is several times faster than turning every value into Python and back.
    raw = db.backend == "sqlite"
    counts: dict[str, int] = {}
    try:
        with db.translated_errors(), _snapshot(db) as source, engine.begin() as target:
            report("finding the claims and what they refer to", 0, 0)
            chosen = _closure(source, before)
            tables = [t for t in Base.metadata.sorted_tables if t.name in chosen or t.name in WHOLE_TABLES]
            total = sum(len(ids) for ids in chosen.values())
            done = 0
            for table in tables:
                if table.name in WHOLE_TABLES:
                    counts[table.name] = _copy_rows(source, target, table, None, raw=raw)
                    continue
                ids = sorted(chosen[table.name])
                for part in _chunks(ids, _BLOB_CHUNK if _has_blobs(table) else _CHUNK):
                    _copy_rows(source, target, table, part, raw=raw)
                    done += len(part)
                    report(f"copying {table.name}", done, total)
                counts[table.name] = len(ids)
    finally:
        engine.dispose()
    return counts


def _copy_rows(source: Connection, target: Connection, table: Table, ids: list[int] | None, *, raw: bool) -> int:
    """Copy the rows of `table` with these ids (None: all of them); returns how many."""
    if raw:
        quote = source.dialect.identifier_preparer.quote  # names from the mapped tables, quoted by the dialect
        columns, name = ", ".join(quote(c.name) for c in table.c), quote(table.name)
        where = "" if ids is None else f" WHERE id IN ({_id_list(ids)})"
        rows = source.exec_driver_sql(f"SELECT {columns} FROM {name}{where}").fetchall()
        if rows:
            marks = ", ".join("?" for _ in table.c)
            target.exec_driver_sql(f"INSERT INTO {name} ({columns}) VALUES ({marks})", [tuple(r) for r in rows])
        return len(rows)
    query = select(table) if ids is None else select(table).where(_in(table.c.id, ids))
    mapped = [dict(r._mapping) for r in source.execute(query)]
    if mapped:
        target.execute(table.insert(), mapped)
    return len(mapped)


@contextmanager
def _snapshot(db: Database) -> Iterator[Connection]:
    """One read transaction on the working database, so the archive is a consistent picture of it."""
    conn = db.engine.connect()
    try:
        if db.backend == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        conn.begin()
        yield conn
        conn.rollback()  # only read
    finally:
        conn.close()


def _closure(conn: Connection, before: dt.date) -> dict[str, set[int]]:
    """Ids per table: the claims, the rows that belong to them, and every row any of those refers to."""
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    claims = tables["warranty_claims"]
    chosen: dict[str, set[int]] = {name: set() for name in tables}
    chosen["warranty_claims"] = set(conn.scalars(select(claims.c.id).where(*_selection(before))))
    if not chosen["warranty_claims"]:
        return {}
    # Rows that belong to a claim: those pointing at it, and rows pointing at those (an old part's events).
    # A newer revision pointing at an archived one is not "belonging": it may still be open.
    frontier = {"warranty_claims": set(chosen["warranty_claims"])}
    while frontier:
        found: dict[str, set[int]] = {}
        for table in tables.values():
            if "id" not in table.c or table.name in WHOLE_TABLES or table.name in NOT_BELONGING:
                continue
            for fk in table.foreign_keys:
                parent = fk.column.table.name
                if parent not in frontier or parent == table.name:
                    continue
                for part in _chunks(sorted(frontier[parent]), _CHUNK):
                    new = set(conn.scalars(select(table.c.id).where(_in(fk.parent, part)))) - chosen[table.name]
                    if new:
                        chosen[table.name] |= new
                        found.setdefault(table.name, set()).update(new)
        frontier = found
    audit = tables[AuditEntry.__tablename__]
    entities = {"claim": chosen["warranty_claims"], "warranty_claims": chosen["warranty_claims"],
                "old_part": chosen["old_parts"]}
    for entity, ids in entities.items():
        for part in _chunks(sorted(ids), _CHUNK):
            chosen[audit.name] |= set(conn.scalars(select(audit.c.id).where(audit.c.entity == entity,
                                                                              _in(audit.c.entity_id, part))))
    _add_referenced(conn, tables, chosen)
    return {name: ids for name, ids in chosen.items() if ids}


def _add_referenced(conn: Connection, tables: dict[str, Table], chosen: dict[str, set[int]]) -> None:
    """Every row a chosen row refers to, and the rows those refer to, until nothing new turns up."""
    pending = {name: set(ids) for name, ids in chosen.items() if ids}
    while pending:
        found: dict[str, set[int]] = {}
        for name, ids in pending.items():
            table = tables[name]
            for fk in table.foreign_keys:
                parent = fk.column.table.name
                if parent in WHOLE_TABLES:
                    continue
                for part in _chunks(sorted(ids), _CHUNK):
                    refs = set(conn.scalars(select(fk.parent).where(_in(table.c.id, part), fk.parent.is_not(None))))
                    new = refs - chosen[parent]
                    if new:
                        chosen[parent] |= new
                        found.setdefault(parent, set()).update(new)
        pending = found


def _in(column: ColumnElement[Any], ids: list[int]) -> TextClause:
    """`column IN (1, 2, …)` with the ids written into the statement: they are integers read from the database,
    and thousands of bound parameters per statement cost more than the query itself."""
    return text(f'"{column.table.name}"."{column.name}" IN ({_id_list(ids)})')  # type: ignore[attr-defined]


def _id_list(ids: list[int]) -> str:
    return ", ".join(str(int(i)) for i in ids)


def _finish(partial: Path, info: ArchiveInfo, counts: dict[str, int]) -> None:
    """Check the copy, mark it as an archive and make it one self-contained file."""
    conn = sqlite3.connect(str(partial))
    try:
        if conn.execute("PRAGMA integrity_check").fetchone() != ("ok",):
            raise DatabaseError("the archive copy failed its integrity check; nothing was kept")
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            tables = ", ".join(sorted({row[0] for row in broken}))
            raise DatabaseError(f"the archive copy has {len(broken)} rows whose references are missing ({tables})")
        for name, expected in counts.items():
            found = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]  # noqa: S608 - our table names
            if found != expected:
                raise DatabaseError(f"the archive copy holds {found} rows of {name}, not {expected}")
        marks = {BEFORE_KEY: info.claims_before.isoformat(), MADE_AT_KEY: info.made_at.isoformat(),
                 SOURCE_KEY: info.made_from, CLAIMS_KEY: str(info.claims)}
        conn.executemany("INSERT OR REPLACE INTO shared_settings (key, value) VALUES (?, ?)", marks.items())
        conn.commit()
        conn.execute("PRAGMA journal_mode = DELETE")  # one file, readable from a read-only folder or disc
        conn.execute("VACUUM")
    finally:
        conn.close()


def archive_info(path: Path | str) -> ArchiveInfo | None:
    """What the archive at `path` holds, or None when the file is not a WarrantyDesk archive."""
    file = Path(path)
    if not file.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        rows = dict(conn.execute("SELECT key, value FROM shared_settings WHERE key LIKE 'archive/%'"))
        return ArchiveInfo(claims_before=dt.date.fromisoformat(rows[BEFORE_KEY]),
                           made_at=dt.datetime.fromisoformat(rows[MADE_AT_KEY]), made_from=rows.get(SOURCE_KEY, ""),
                           claims=int(rows.get(CLAIMS_KEY, "0")))
    except (sqlite3.Error, KeyError, ValueError):
        return None
    finally:
        conn.close()


def database_archive_info(db: Database) -> ArchiveInfo | None:
    """The archive an open database is, or None for a working database."""
    path = sqlite_path(db.url)
    return archive_info(path) if path is not None else None


def open_database(db: str | None) -> Database:
    """Open the database a --db option names: an archive read-only, any other one as Database.open does."""
    path = sqlite_path(resolve_url(db, paths.default_database_path()))
    if path is not None and archive_info(path) is not None:
        return Database.open_read_only(db if db else f"sqlite:///{path}")
    return Database.open(db)


def _has_blobs(table: Table) -> bool:
    return any(column.type.__class__.__name__ == "LargeBinary" for column in table.c)


def _chunks(ids: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]
