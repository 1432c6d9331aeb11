"""Schema versions: empty → head, head-1 → head with a backup first, and refusals."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app import paths
from app.db import migrate
from app.db.base import Base
from app.db.engine import make_engine, resolve_url
from app.domain.errors import DatabaseTooNew, NotAWarrantyDeskDatabase
from app.services.database import Database


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sqlite_file(url: str) -> Path | None:
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite") else None


def test_there_is_a_previous_revision_to_upgrade_from():
    assert len(migrate.known_revisions()) >= 2
    assert migrate.known_revisions()[-1] == migrate.head_revision()


def test_empty_database_goes_to_head_and_matches_the_models(db_url):
    db = Database.open(db_url)
    try:
        with db.engine.connect() as conn:
            assert migrate.schema_state(conn).current == migrate.head_revision()
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        assert diff == [], f"models and migrations disagree: {diff}"
    finally:
        db.close()


def test_previous_revision_is_upgraded_after_a_backup(db_url):
    # GIVEN a database written by the previous version, holding a customer
    previous = migrate.known_revisions()[-2]
    engine = make_engine(resolve_url(db_url, Path("unused")))
    migrate.upgrade(engine, previous)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO customers (code, name, phone, address, region, key_customer, note, created_at, updated_at)"
            " VALUES ('KH1', '李志强', '13900000000', '', '', false, '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
    engine.dispose()
    # WHEN the current version opens it
    db = Database.open(db_url)
    try:
        with db.engine.connect() as conn:
            assert migrate.schema_state(conn).current == migrate.head_revision()
            assert conn.execute(text("SELECT name FROM customers")).scalar_one() == "李志强"
    finally:
        db.close()
    # THEN a backup of the old database was written first, and it holds the old schema and the data
    file = _sqlite_file(db_url)
    if file is not None:
        backups = list(file.parent.glob(f"{file.stem}.before-upgrade-{previous}-*{file.suffix}"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == previous
            assert old.execute("SELECT name FROM customers").fetchone()[0] == "李志强"
    else:
        dumps = list(paths.backup_dir().glob(f"*.before-upgrade-{previous}-*.dump"))
        assert dumps and all(d.stat().st_size > 0 for d in dumps)


def test_newer_database_is_refused_and_left_untouched(db_url):
    db = Database.open(db_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    file = _sqlite_file(db_url)
    before = _sha(file) if file else None
    with pytest.raises(DatabaseTooNew, match="newer WarrantyDesk"):
        Database.open(db_url)
    with pytest.raises(DatabaseTooNew):
        Database.open_read_only(db_url)
    if file:
        assert _sha(file) == before


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    before = _sha(path)
    with pytest.raises(NotAWarrantyDeskDatabase):
        Database.open(f"sqlite:///{path}")
    assert _sha(path) == before
