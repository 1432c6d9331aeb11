"""The restore's first step, inspect_backup, handed random and damaged files: it names what is wrong with a
typed error, or describes a backup it can restore; it never changes the file it was given."""
from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import DatabaseError
from app.services.backups import backup_database, inspect_backup
from app.services.database import Database
from tests.properties.strategies import damaged
from tests.properties.support import assert_clean_refusal


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory) -> bytes:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("backup")
    db = Database.open(f"sqlite:///{folder / 'warrantydesk.sqlite3'}")
    try:
        return backup_database(db, folder / "backups").path.read_bytes()
    finally:
        db.close()


@given(data=st.data())
def test_random_and_damaged_backups(good_backup, data):
    content = data.draw(st.one_of(st.binary(max_size=4096), damaged(good_backup),
                                  st.binary(max_size=512).map(lambda tail: b"SQLite format 3\x00" + tail)),
                        label="content")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / data.draw(st.sampled_from(["backup.sqlite3", "backup.db", "backup"]), label="name")
        path.write_bytes(content)
        try:
            info = inspect_backup(path)
        except DatabaseError as error:
            assert_clean_refusal(error)
        else:
            assert info.schema_revision and info.units >= 0 and info.claims >= 0
        assert hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(content).digest(), "the file was changed"
