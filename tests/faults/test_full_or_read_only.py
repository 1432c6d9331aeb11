"""A full disk and a read-only database: the clerk reads one clear message (the command line: one line,
exit 1, no traceback), the unit of work is rolled back, and nothing that was there before is lost —
neither data nor an earlier file of the same name."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, func, make_url, select
from sqlalchemy import exc as sa_exc

from app import paths
from app.db.engine import sqlite_path
from app.db.models import ClaimBatch, WarrantyClaim
from app.domain.actors import Actor
from app.domain.enums import BatchStatus, Role
from app.domain.errors import DatabaseFull, DatabaseReadOnly
from app.services import batches
from app.services.database import Database
from app.services.paging import PageRequest
from tests.faults.children import Run, Zygote
from tests.faults.conftest import TODAY
from tests.faults.consistency import assert_consistent
from tests.faults.notices import settlement_notices

MANAGER = Actor(None, "faults", "faults", Role.MANAGER)


def _snapshot(url: str) -> tuple[object, ...]:
    db = Database.open_read_only(url)
    try:
        with db.sessions() as s:
            return (db.check().row_counts, sorted(s.execute(select(ClaimBatch.batch_no, ClaimBatch.status)).all()),
                    s.scalar(select(func.sum(WarrantyClaim.total_amount))))
    finally:
        db.close()


def _full_disk_run(zygote: Zygote, tmp_path: Path, url: str, *argv: str, room: int) -> Run:
    """The command with no file allowed to grow past `room` bytes: its log file is already that big, and the
    database's write-ahead log starts empty, so a transaction fills it at once. Another workstation has
    the database open (its shared-memory file exists, as when in use)."""
    state = tmp_path / "state"
    log = state / paths.log_dir().relative_to(os.environ["XDG_STATE_HOME"]) / "warrantydesk.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_bytes(b"\n" * room)
    other = sqlite3.connect(str(sqlite_path(make_url(url))))
    try:
        other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        other.execute("SELECT count(*) FROM sqlite_master").fetchone()
        run = zygote.cli("--db", url, *argv, file_size=room, env={"XDG_STATE_HOME": str(state)})
        run.finish()
    finally:
        other.close()
    return run


def _assert_one_clear_line(run: Run, *words: str, code: int = 1) -> None:
    assert run.finish() == code, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("warrantydesk: "), run.stderr
    assert "Traceback" not in run.stderr and "unexpected" not in lines[0]
    for word in words:
        assert word in lines[0], lines[0]


def test_a_full_disk_refuses_a_save_with_a_clear_message_and_keeps_everything(sqlite_demo_url):
    before = _snapshot(sqlite_demo_url)
    db = Database.open(sqlite_demo_url)
    try:
        @event.listens_for(db.engine, "connect")
        def _no_room(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow by a page

        db.engine.dispose()
        with pytest.raises(DatabaseFull, match="disk is full.*nothing was saved"):
            batches.create_batch(db, MANAGER, today=TODAY)
    finally:
        db.close()
    assert _snapshot(sqlite_demo_url) == before
    assert_consistent(sqlite_demo_url)
    db = Database.open(sqlite_demo_url)  # room again: the same work succeeds
    try:
        assert batches.create_batch(db, MANAGER, today=TODAY).status == BatchStatus.OPEN
    finally:
        db.close()


def test_a_full_disk_during_a_settlement_import_on_the_command_line(sqlite_demo_url, zygote, tmp_path):
    notice, *_ = next(iter(settlement_notices(sqlite_demo_url, tmp_path).values()))
    before = _snapshot(sqlite_demo_url)
    run = _full_disk_run(zygote, tmp_path, sqlite_demo_url, "settle", str(notice), "--today", TODAY.isoformat(),
                         room=40_000)
    _assert_one_clear_line(run, "disk is full", "nothing was saved")
    assert _snapshot(sqlite_demo_url) == before
    assert_consistent(sqlite_demo_url)
    run = zygote.cli("--db", sqlite_demo_url, "settle", str(notice), "--today", TODAY.isoformat())
    assert run.finish() == 0, run.stderr  # with room again the same notice imports


def test_a_full_disk_while_writing_a_pdf_or_workbook_keeps_the_earlier_file(sqlite_demo_url, zygote, tmp_path):
    db = Database.open_read_only(sqlite_demo_url)
    with db.sessions() as s:
        numbers = list(s.scalars(select(WarrantyClaim.claim_no).order_by(WarrantyClaim.id).limit(3)))
    db.close()
    out = tmp_path / "out"
    out.mkdir()
    # the ledger's service reports a file it cannot write as a refusal (exit 2), as every export service does
    for code, argv in ((1, ("print", "repair-record", *numbers, "--out", str(out / "records.pdf"))),
                       (2, ("ledger", "export", "--out", str(out / "ledger.xlsx"), "--today", TODAY.isoformat()))):
        first = zygote.cli("--db", sqlite_demo_url, *argv)
        assert first.finish() == 0, first.stderr
        target = Path(argv[argv.index("--out") + 1])
        kept = target.read_bytes()
        run = _full_disk_run(zygote, tmp_path, sqlite_demo_url, *argv, room=len(kept) // 2)
        _assert_one_clear_line(run, f"cannot write {target}" if code == 2 else str(target), code=code)
        assert target.read_bytes() == kept  # the earlier file, whole
        assert sorted(p.name for p in out.iterdir()) == sorted({"records.pdf", target.name})  # no scraps left


def test_a_full_disk_while_exporting_a_batch_leaves_it_open_and_no_package(sqlite_demo_url, zygote, tmp_path):
    db = Database.open(sqlite_demo_url)
    try:
        batch_no = batches.create_batch(db, MANAGER, today=TODAY).batch_no
    finally:
        db.close()
    out = tmp_path / "exports"
    run = _full_disk_run(zygote, tmp_path, sqlite_demo_url, "batch", "export", batch_no, "--out", str(out), "--zip",
                         "--today", TODAY.isoformat(), room=30_000)
    _assert_one_clear_line(run, "cannot write the package")
    assert list(out.iterdir()) == []  # nothing half written, not even the hidden working copy
    db = Database.open_read_only(sqlite_demo_url)
    try:
        assert batches.get_batch(db, batch_no).status == BatchStatus.OPEN
    finally:
        db.close()
    assert_consistent(sqlite_demo_url)


def test_a_read_only_database_refuses_writes_with_a_clear_message(demo_url):
    before = _snapshot(demo_url)
    db = Database.open_read_only(demo_url)  # SQLite: opened mode=ro; PostgreSQL: read-only transactions
    try:
        with pytest.raises(DatabaseReadOnly, match="read-only here, so nothing was saved"):
            batches.create_batch(db, MANAGER, today=TODAY)
        assert batches.list_batches(db, PageRequest(limit=10)).total == len(before[1])  # reading still works
    finally:
        db.close()
    assert _snapshot(demo_url) == before


def test_a_server_out_of_disk_space_is_a_full_disk_not_an_unreachable_server(sqlite_url):
    db = Database.open(sqlite_url)
    try:
        with pytest.raises(DatabaseFull, match="nothing was saved"), db.translated_errors():
            raise sa_exc.OperationalError("INSERT INTO claim_batches …", {}, Exception(
                'could not extend file "base/16384/16501": No space left on device'))
    finally:
        db.close()
