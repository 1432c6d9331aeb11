"""Test set-up: offscreen Qt, private data folders, real databases (SQLite files and a throwaway
PostgreSQL server started for the run)."""
from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt or platformdirs: no screen, and never the user's real folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="wd-test-home-")
for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[var] = os.path.join(_HOME, var.lower())
os.environ.pop("WARRANTYDESK_DB", None)

import pytest  # noqa: E402

from tests.pg_server import PostgresServer, TemplateCopies  # noqa: E402

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
def backend(request: pytest.FixtureRequest) -> str:
    """Runs the test once on SQLite and once on PostgreSQL (the ids `[sqlite]`, `[postgresql]`)."""
    return str(request.param)


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A fresh, empty database on each backend: a SQLite file, or a new PostgreSQL database."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'warrantydesk.sqlite3'}"
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    copies: TemplateCopies = request.getfixturevalue("_pg_copies")
    url = server.create_database(f"wd_test_{os.getpid()}_{next(_db_counter)}")
    yield url
    copies.give_back(url)  # dropped a few tests later


@pytest.fixture
def sqlite_url(tmp_path) -> str:  # type: ignore[no-untyped-def]
    return f"sqlite:///{tmp_path / 'warrantydesk.sqlite3'}"


@pytest.fixture(scope="session")
def _migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to head; each test gets a copy instead of running every migration."""
    from app.services.database import Database

    path = tmp_path_factory.mktemp("template") / "migrated.sqlite3"
    Database.open(f"sqlite:///{path}").close()
    assert not Path(f"{path}-wal").exists(), "the template must be checkpointed before it is copied"
    return path


@pytest.fixture(scope="session")
def _pg_copies(pg_server: PostgresServer) -> Iterator[TemplateCopies]:
    """Copies of one PostgreSQL database migrated to head (CREATE DATABASE … TEMPLATE)."""
    from app.services.database import Database

    template = f"wd_template_{os.getpid()}"
    Database.open(pg_server.create_database(template)).close()
    pg_server.make_template(template)
    copies = TemplateCopies(pg_server, template, prefix=f"wd_copy_{os.getpid()}")
    yield copies
    copies.close()


def migrated_url(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> str:
    """A database already at the current schema, on `backend`: a copy of the session's template."""
    if backend == "sqlite":
        target = tmp_path / "warrantydesk.sqlite3"
        shutil.copyfile(request.getfixturevalue("_migrated_sqlite"), target)
        return f"sqlite:///{target}"
    copies: TemplateCopies = request.getfixturevalue("_pg_copies")
    url = copies.take()
    request.addfinalizer(lambda: copies.give_back(url))
    return url


@pytest.fixture
def database(backend: str, request: pytest.FixtureRequest, tmp_path):  # type: ignore[no-untyped-def]
    """An open database at the current schema on each backend (the same one as `db_url` if a test asks
    for both). Database.open on a copy of a migrated database finds nothing to upgrade, as on a fresh one."""
    from app.services.database import Database

    url = request.getfixturevalue("db_url") if "db_url" in request.fixturenames else \
        migrated_url(request, backend, tmp_path)
    db = Database.open(url)
    yield db
    db.close()
