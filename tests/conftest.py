"""Test set-up: offscreen Qt, private data folders, real databases (SQLite files and a throwaway
PostgreSQL server started for the run)."""
from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterator

# Before anything imports Qt or platformdirs: no screen, and never the user's real folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="wd-test-home-")
for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[var] = os.path.join(_HOME, var.lower())
os.environ.pop("WARRANTYDESK_DB", None)

import pytest  # noqa: E402

from tests.pg_server import PostgresServer  # noqa: E402

BACKENDS = ["sqlite", "postgresql"]
_db_counter = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    if os.environ.get("WARRANTYDESK_TEST_PG") == "skip":
        pytest.skip("PostgreSQL tests switched off by WARRANTYDESK_TEST_PG=skip")
    server = PostgresServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    """A fresh, empty database on each backend: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'warrantydesk.sqlite3'}"
    server: PostgresServer = request.getfixturevalue("pg_server")
    return server.create_database(f"wd_test_{os.getpid()}_{next(_db_counter)}")


@pytest.fixture
def sqlite_url(tmp_path) -> str:  # type: ignore[no-untyped-def]
    return f"sqlite:///{tmp_path / 'warrantydesk.sqlite3'}"


@pytest.fixture
def database(db_url: str):  # type: ignore[no-untyped-def]
    from app.services.database import Database

    db = Database.open(db_url)
    yield db
    db.close()
