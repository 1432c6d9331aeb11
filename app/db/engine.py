"""Engines and sessions for the embedded SQLite file and for PostgreSQL."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import DatabaseUnreachable

ENV_VAR = "WARRANTYDESK_DB"


def resolve_url(explicit: str | None, default_path: Path) -> URL:
    """--db beats $WARRANTYDESK_DB beats the SQLite file in the user's data folder."""
    raw = explicit or os.environ.get(ENV_VAR) or f"sqlite:///{default_path}"
    try:
        url = make_url(raw)
    except Exception as exc:  # sqlalchemy raises ArgumentError with a technical message
        raise DatabaseUnreachable(f"not a database URL: {raw}") from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def make_engine(url: URL, *, read_only: bool = False) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, read_only=read_only)
    connect_args: dict[str, object] = {"connect_timeout": 5}
    if read_only:
        connect_args["options"] = "-c default_transaction_read_only=on"
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def _sqlite_engine(url: URL, *, read_only: bool) -> Engine:
    path = sqlite_path(url)
    if read_only and path is not None:
        # mode=ro: `check` must not change the file, not even its journal mode.
        url = url.set(database=f"file:{path}?mode=ro", query={"uri": "true"})
    engine = create_engine(url, connect_args={"timeout": 15})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy issue BEGIN itself so that a write transaction is one transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 15000")
        if not read_only and path is not None:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        # A write transaction takes the write lock at once (BEGIN IMMEDIATE): a deferred one that read
        # first could not upgrade once another workstation had written, and would fail instead of wait.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")

    return engine


WRITE_OPTION = "warrantydesk_write"


class Sessions:
    """`sessions()` opens a reading session; `sessions.begin()` one unit of work that writes.

    On SQLite the writing kind starts with BEGIN IMMEDIATE; PostgreSQL needs no difference.
    """

    def __init__(self, engine: Engine) -> None:
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)

    def __call__(self) -> Session:
        return self._read()

    def begin(self):  # type: ignore[no-untyped-def]  # the context manager of sessionmaker.begin()
        return self._write.begin()

    def writer(self) -> Session:
        """A writing session the caller commits itself (for work spanning several steps)."""
        return self._write()


def make_sessionmaker(engine: Engine) -> Sessions:
    return Sessions(engine)
