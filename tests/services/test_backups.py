"""Backups of the SQLite database while it is written, restoring a good one, refusing a bad one untouched."""
from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db.models import Customer
from app.domain.errors import DatabaseError, ValidationError
from app.services import backups
from app.services.database import Database

NOW = dt.datetime(2026, 11, 27, 8, 30, tzinfo=dt.UTC)


def _customers(db: Database) -> int:
    with db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(Customer)) or 0)


def _add_customers(db: Database, start: int, count: int) -> None:
    for n in range(start, start + count):
        with db.sessions.begin() as s:
            s.add(Customer(code=f"KH2026-{n:06d}", name=f"用户{n}", phone=f"138{n:08d}"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _count_in(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM customers").fetchone()[0])
    finally:
        conn.close()


def test_backups_taken_while_the_app_writes_are_consistent_snapshots(sqlite_url, tmp_path):
    db = Database.open(sqlite_url)
    _add_customers(db, 1, 20)
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:  # another workstation's clerk saving customers one transaction at a time
        n = 1000
        while not stop.is_set():
            _add_customers(db, n, 1)
            written.append(n)
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        infos = [backups.backup_database(db, tmp_path / "backups", now=NOW) for _ in range(5)]
    finally:
        stop.set()
        thread.join()
    assert len(written) > 0
    counts = [_count_in(info.path) for info in infos]
    assert counts == sorted(counts) and all(20 <= c <= 20 + len(written) for c in counts)
    assert [info.path.name for info in infos][:2] == ["warrantydesk-20261127-083000.sqlite3",
                                                      "warrantydesk-20261127-083000-1.sqlite3"]
    for info in infos:  # each a whole, checked database file with nothing beside it
        assert backups.inspect_backup(info.path).claims == 0
        assert not Path(f"{info.path}-wal").exists()
    assert not list((tmp_path / "backups").glob(".*partial"))
    db.close()


def test_a_good_backup_is_restored_and_the_replaced_database_kept(sqlite_url, tmp_path):
    db = Database.open(sqlite_url)
    _add_customers(db, 1, 3)
    info = backups.backup_database(db, tmp_path / "backups", now=NOW)
    _add_customers(db, 10, 2)  # work after the backup
    db.close()
    target = backups.database_file(sqlite_url)
    aside = backups.restore_database(target, info.path, now=NOW)
    assert aside is not None and aside.name == "warrantydesk.replaced-20261127-083000.sqlite3"
    assert _count_in(aside) == 5  # the replaced database, with the later work, is kept
    reopened = Database.open(sqlite_url)
    assert _customers(reopened) == 3
    assert reopened.check().integrity == "ok"
    reopened.close()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "newer", "foreign"])
def test_a_bad_backup_is_refused_and_the_database_untouched(sqlite_url, tmp_path, damage):
    db = Database.open(sqlite_url)
    _add_customers(db, 1, 3)
    info = backups.backup_database(db, tmp_path / "backups", now=NOW)
    db.close()
    bad = tmp_path / "bad.sqlite3"
    if damage == "garbage":
        bad.write_bytes(b"this is not a database" * 100)
    elif damage == "truncated":
        bad.write_bytes(info.path.read_bytes()[: info.size // 2])
    elif damage == "newer":
        bad.write_bytes(info.path.read_bytes())
        conn = sqlite3.connect(bad)
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
        conn.close()
    else:
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        conn.commit()
        conn.close()
    target = backups.database_file(sqlite_url)
    before = _digest(target)
    with pytest.raises(DatabaseError) as refused:
        backups.restore_database(target, bad, now=NOW)
    assert {"garbage": "not a SQLite database", "truncated": "damaged", "newer": "newer WarrantyDesk",
            "foreign": "not a WarrantyDesk database"}[damage] in str(refused.value)
    assert _digest(target) == before
    assert not list(tmp_path.glob("*.replaced-*")) and not list(tmp_path.glob(".*restoring"))


def test_automatic_backups_run_daily_and_keep_the_newest(sqlite_url, tmp_path):
    db = Database.open(sqlite_url)
    folder = tmp_path / "backups"
    (folder).mkdir()
    (folder / "notes.txt").write_text("not a backup")
    taken = []
    for day in range(5):
        moment = NOW + dt.timedelta(days=day)
        taken.append(backups.automatic_backup(db, folder, keep=3, now=moment))
        assert backups.automatic_backup(db, folder, keep=3, now=moment + dt.timedelta(hours=2)) is None
    assert all(info is not None for info in taken)
    assert [p.name for p in backups.automatic_backups(folder)] == [
        "warrantydesk-20261201-083000.sqlite3", "warrantydesk-20261130-083000.sqlite3",
        "warrantydesk-20261129-083000.sqlite3"]
    assert (folder / "notes.txt").exists()
    with pytest.raises(ValidationError):
        backups.rotate(folder, 0)
    db.close()


def test_postgresql_is_backed_up_with_the_servers_tools():
    with pytest.raises(ValidationError, match="pg_dump -Fc -h db.local -U clerk"):
        backups.database_file("postgresql+psycopg://clerk:secret@db.local/warrantydesk")


def test_backup_and_restore_from_the_command_line(sqlite_url, tmp_path, capsys):
    db = Database.open(sqlite_url)
    _add_customers(db, 1, 2)
    db.close()
    out = tmp_path / "copy.sqlite3"
    assert main(["--db", sqlite_url, "backup", "--out", str(out)]) == 0
    assert "backup written to" in capsys.readouterr().out and backups.inspect_backup(out).path == out
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"nope")
    assert main(["--db", sqlite_url, "restore", str(bad)]) == 1
    assert "not a SQLite database" in capsys.readouterr().err
    assert main(["--db", sqlite_url, "restore", str(out)]) == 0
    assert "restored copy.sqlite3 (0 units, 0 claims)" in capsys.readouterr().out
