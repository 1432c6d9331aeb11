"""Opening, upgrading and checking a WarrantyDesk database."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, event, func, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, ExceptionContext
from sqlalchemy.orm.exc import StaleDataError

import app.db.models  # noqa: F401 - every table on Base.metadata, for the row counts
from app import paths
from app.db import migrate
from app.db.base import Base
from app.db.engine import Sessions, make_engine, make_sessionmaker, resolve_url, sqlite_path
from app.domain.errors import (
    ConcurrentEdit,
    DatabaseCorrupt,
    DatabaseError,
    DatabaseFull,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnreachable,
    NotAWarrantyDeskDatabase,
)


@dataclass(frozen=True)
class CheckReport:
    location: str
    backend: str
    schema_revision: str
    integrity: str
    row_counts: dict[str, int] = field(default_factory=dict)


class Database:
    """An open, up-to-date database: the engine and the session factory every service uses."""

    def __init__(self, url: URL, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.sessions: Sessions = make_sessionmaker(engine)
        _report_lost_connections(engine, url)
        # Who works at this workstation (a user's login), chosen in Settings; see services.cards.acting_user.
        self.user_login: str | None = None

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    @property
    def location(self) -> str:
        path = sqlite_path(self.url)
        return str(path) if path else self.url.render_as_string(hide_password=True)

    @classmethod
    def open(cls, db: str | None = None, *, upgrade: bool = True) -> Database:
        """Open (creating an empty SQLite file if needed) and bring the schema up to date.

        An older schema is upgraded after a backup copy is written; a newer or foreign one is
        refused and left untouched.
        """
        url = resolve_url(db, paths.default_database_path())
        path = sqlite_path(url)
        if path is not None:
            _prepare_sqlite_file(path)
        if path is None or path.exists():
            # Look before touching: a foreign, newer or damaged database must stay byte-for-byte as it was
            # (even switching SQLite to WAL mode would rewrite its header).
            probe = make_engine(url, read_only=True)
            try:
                _refuse_unusable(_read_state(probe, url), url)
            finally:
                probe.dispose()
        engine = make_engine(url)
        try:
            state = _read_state(engine, url)
            _refuse_unusable(state, url)
            if state.needs_upgrade:
                if not upgrade:
                    raise DatabaseError(f"the database schema is at {state.current}, this program needs {state.head}")
                if not state.is_empty:
                    backup_before_upgrade(engine, url, state.current or "none")
                with _translated_errors(url):
                    migrate.upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(url, engine)

    @classmethod
    def open_read_only(cls, db: str | None = None) -> Database:
        """Open without changing anything (for `check`): the file must exist and be current."""
        url = resolve_url(db, paths.default_database_path())
        path = sqlite_path(url)
        if path is not None and not path.is_file():
            raise DatabaseUnreachable(f"no database file at {path}")
        engine = make_engine(url, read_only=True)
        try:
            state = _read_state(engine, url)
            _refuse_unusable(state, url)
            if state.is_empty:
                raise NotAWarrantyDeskDatabase(f"{_where(url)} is empty: not a WarrantyDesk database yet")
        except BaseException:
            engine.dispose()
            raise
        return cls(url, engine)

    def close(self) -> None:
        self.engine.dispose()

    def check(self) -> CheckReport:
        """Integrity, schema version and foreign keys, without changing anything."""
        with _translated_errors(self.url), self.engine.connect() as conn:
            state = migrate.schema_state(conn)
            if state.needs_upgrade:
                raise DatabaseError(
                    f"{self.location}: schema {state.current} is older than this program's {state.head}; "
                    "open it once with the app to upgrade it"
                )
            integrity = _integrity(conn, self.backend)
            _check_stock(conn, self.location)
            counts = {
                table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                for table in Base.metadata.sorted_tables
            }
        return CheckReport(
            location=self.location,
            backend=self.backend,
            schema_revision=state.current or "",
            integrity=integrity,
            row_counts=counts,
        )

    @contextmanager
    def translated_errors(self) -> Iterator[None]:
        with _translated_errors(self.url):
            yield


def _where(url: URL) -> str:
    path = sqlite_path(url)
    return str(path) if path else url.render_as_string(hide_password=True)


def _prepare_sqlite_file(path: Path) -> None:
    if path.exists():
        if not path.is_file():
            raise DatabaseUnreachable(f"{path} is not a file")
        return
    if path.parent == paths.default_database_path().parent:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseReadOnly(f"cannot create the data folder {path.parent}: {exc.strerror}") from exc
    if not path.parent.is_dir():
        raise DatabaseUnreachable(f"the folder {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise DatabaseReadOnly(f"cannot create {path}: you may not write in the folder {path.parent}")


def _read_state(engine: Engine, url: URL) -> migrate.SchemaState:
    with _translated_errors(url), engine.connect() as conn:
        return migrate.schema_state(conn)


def _refuse_unusable(state: migrate.SchemaState, url: URL) -> None:
    if state.is_foreign:
        raise NotAWarrantyDeskDatabase(f"{_where(url)} holds tables but is not a WarrantyDesk database")
    if not state.is_known:
        raise DatabaseTooNew(
            f"{_where(url)} was written by a newer WarrantyDesk (schema {state.current}); "
            "install that version to open it — nothing was changed"
        )


def _check_stock(conn, where: str) -> None:  # type: ignore[no-untyped-def]
    """Every part's stock movements add up to its on hand (app.services.stock keeps it so)."""
    from app.services.stock.ledger import mismatches, plain

    wrong = mismatches(conn)
    if wrong:
        listed = ", ".join(f"{part_no} (on hand {plain(on_hand)}, movements {plain(moved)})"
                           for part_no, on_hand, moved in wrong[:5])
        more = " …" if len(wrong) > 5 else ""
        raise DatabaseCorrupt(f"{where}: stock movements do not add up to stock on hand for {len(wrong)}"
                              f"{'+' if len(wrong) >= 20 else ''} part(s): {listed}{more}")


def _integrity(conn, backend: str) -> str:  # type: ignore[no-untyped-def]
    if backend != "sqlite":
        conn.execute(text("SELECT 1"))
        return "ok"  # PostgreSQL enforces its constraints on every write; there is no file to check
    result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        # One line for the clerk, however many problems SQLite lists (one row may hold several lines).
        details = [line.strip() for row in result for line in str(row).splitlines()
                   if line.strip() and not line.startswith("***")]
        more = f" and {len(details) - 2} more problems" if len(details) > 2 else ""
        raise DatabaseCorrupt(f"integrity check failed: {'; '.join(details[:2])}{more} — the file is damaged; "
                              "restore it from a backup")
    bad_keys = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if bad_keys:
        tables = sorted({row[0] for row in bad_keys})
        raise DatabaseCorrupt(f"{len(bad_keys)} rows break foreign keys (in {', '.join(tables)})")
    return "ok"


@contextmanager
def _translated_errors(url: URL) -> Iterator[None]:
    """Turn driver errors into the typed errors the UI and the CLI know how to show."""
    where = _where(url)
    try:
        yield
    except StaleDataError as exc:
        # Two workstations saved the same record over the same version at once: a server lets both read it,
        # and the version column refuses the second write (SQLite's write lock makes the second one wait).
        raise ConcurrentEdit("this record was changed on another workstation at the same moment; your change "
                             "was not saved — reopen it to see the other change, then make yours again") from exc
    except sa_exc.DatabaseError as exc:
        raise _classify(exc, where) from exc
    except sqlite3.DatabaseError as exc:
        raise _classify(exc, where) from exc


def _classify(exc: BaseException, where: str) -> DatabaseError:
    message = str(getattr(exc, "orig", exc) or exc).strip().splitlines()[0] if str(exc) else type(exc).__name__
    lowered = message.lower()
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return DatabaseCorrupt(f"{where} is damaged or not a database file ({message})")
    if "disk is full" in lowered or "no space left" in lowered or "disk i/o error" in lowered:
        # SQLite says "disk I/O error" when a write fails for want of room (or a file size limit) part-way.
        return DatabaseFull(f"{where} could not be written: the disk is full or refused the write ({message}); "
                            "nothing was saved — free some disk space, then try again")
    if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
        return DatabaseReadOnly(f"{where} cannot be written: it is open read-only here, so nothing was saved "
                                f"({message})")
    if "unable to open database file" in lowered:
        return DatabaseUnreachable(f"cannot open or create the database file {where}: "
                                   "check that its folder exists and that you may write to it")
    if "unable to open" in lowered or "connection" in lowered or "could not" in lowered or "timeout" in lowered:
        return DatabaseUnreachable(f"cannot reach the database {where} ({message})")
    return DatabaseError(f"database error on {where}: {message}")


def _report_lost_connections(engine: Engine, url: URL) -> None:
    """A server that went away raises DatabaseUnreachable from every query, whichever service ran it, so the
    clerk reads one clear message (not a driver traceback) and the GUI can show its "unreachable" state.

    The pool's pre-ping (app.db.engine) is left alone: it must see the driver's own error to reconnect.
    A connection the driver reports as lost is dropped from the pool, so the next query reconnects.
    """
    if url.get_backend_name() == "sqlite":
        return  # a file: errors there are read-only, locked or damaged, told apart by _classify
    server = f"{url.host or 'localhost'}:{url.port or 5432}"

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> BaseException | None:
        if context.is_pre_ping or not isinstance(context.sqlalchemy_exception, sa_exc.DBAPIError):
            return None
        if not (context.is_disconnect or _connection_failed(context.sqlalchemy_exception)):
            return None
        return DatabaseUnreachable(
            f"the database server at {server} cannot be reached: nothing was saved, and what you typed is still "
            "on the screen — try again when the server is back")


def _connection_failed(error: sa_exc.DBAPIError) -> bool:
    """A connection that could not be made or was ended by the server — not a refused statement: a
    serialization failure or lock timeout (also OperationalError) is the transaction's own business."""
    if not isinstance(error, sa_exc.OperationalError):
        return False
    state = getattr(error.orig, "sqlstate", None)
    return state is None or state.startswith("08") or state in ("57P01", "57P02", "57P03")


def backup_before_upgrade(engine: Engine, url: URL, current: str) -> Path:
    """Write a copy of the database before its schema is upgraded; the upgrade waits for it."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    path = sqlite_path(url)
    if path is not None:
        target = path.with_name(f"{path.stem}.before-upgrade-{current}-{stamp}{path.suffix}")
        source = sqlite3.connect(str(path))
        try:
            dest = sqlite3.connect(str(target))
            try:
                source.backup(dest)  # the online backup API: consistent even while others write
            finally:
                dest.close()
        except sqlite3.Error as exc:
            raise DatabaseError(f"could not write the backup {target} before upgrading: {exc}") from exc
        finally:
            source.close()
        return target
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise DatabaseError(
            "the PostgreSQL database needs a schema upgrade; install pg_dump (package postgresql-client) "
            "so a backup can be written first, or back it up and upgrade from a workstation that has it"
        )
    paths.backup_dir().mkdir(parents=True, exist_ok=True)
    target = paths.backup_dir() / f"{url.database}.before-upgrade-{current}-{stamp}.dump"
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    result = subprocess.run([pg_dump, "-Fc", "-f", str(target), plain], capture_output=True, text=True)
    if result.returncode != 0:
        raise DatabaseError(f"pg_dump failed, so the upgrade was not started: {result.stderr.strip()[:300]}")
    return target
