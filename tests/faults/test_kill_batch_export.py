"""SIGKILL while `warrantydesk batch export` writes a batch's package (a .zip, or a folder), first while
the batch is open and then while a copy of the exported batch is written. After each kill: the package
is either absent or complete (every file as its manifest says) under its own name, never half written;
an exported (locked) batch has its package; the database is whole. Exporting again then succeeds."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.db.models import AuditEntry, ClaimBatch
from app.domain.actors import Actor
from app.domain.enums import BatchStatus, Role
from app.services import batches
from app.services.database import Database
from app.services.paging import PageRequest
from tests.faults.children import KILLED, Run, Zygote
from tests.faults.conftest import TODAY
from tests.faults.consistency import assert_cli_check_passes, assert_consistent, assert_package_complete

ACTOR = Actor(None, "faults", "faults", Role.MANAGER)
# (as a zip?, seconds after the package's hidden working copy appeared)
MOMENTS = ((True, 0.0), (False, 0.1), (True, 0.5), (False, 1.0))
BATCH_SIZE = 6  # claims: each is a repair-record PDF, the slow part of an export


def _open_batch(url: str) -> str:
    db = Database.open(url)
    try:
        waiting = batches.waiting_claims(db, PageRequest(limit=BATCH_SIZE))
        return batches.create_batch(db, ACTOR, claim_ids=[row.claim_id for row in waiting.rows], today=TODAY).batch_no
    finally:
        db.close()


def _export(zygote: Zygote, url: str, batch_no: str, out: Path, as_zip: bool) -> Run:
    return zygote.cli("--db", url, "batch", "export", batch_no, "--out", str(out), "--today", TODAY.isoformat(),
                      *(["--zip"] if as_zip else []))


def _assert_packages_whole(url: str, batch_no: str, out: Path) -> None:
    db = Database.open_read_only(url)
    try:
        with db.sessions() as s:
            batch = s.scalars(select(ClaimBatch).where(ClaimBatch.batch_no == batch_no)).one()
            copies = set(s.scalars(select(AuditEntry.new_value).where(
                AuditEntry.entity == "batch", AuditEntry.entity_id == batch.id, AuditEntry.action == "export")))
    finally:
        db.close()
    shown = {p.name for p in out.iterdir() if not p.name.startswith(".")} if out.exists() else set()
    assert shown <= {batch_no, f"{batch_no}.zip"}, shown  # nothing half written under another name either
    for name in shown:
        digest = assert_package_complete(out / name)  # complete, or the assertion says what is missing
        if batch.status == BatchStatus.EXPORTED:
            assert digest == batch.package_sha256 or f"{name} {digest}" in copies, f"{name}: not the one recorded"
    if batch.status == BatchStatus.EXPORTED:
        assert batch.package_name in shown, "the batch is locked but its package is gone"


def test_killed_batch_export_leaves_no_half_written_package(demo_url, zygote, tmp_path):
    batch_no = _open_batch(demo_url)
    out = tmp_path / "exports"
    cut_short = 0
    for as_zip, delay in MOMENTS:
        run = _export(zygote, demo_url, batch_no, out, as_zip)
        started = run.wait_until(lambda: out.exists() and any(p.name.endswith(".part") for p in out.iterdir()),
                                 "writing the package")
        cut_short += run.kill_after(delay) if started else 0
        assert run.returncode in (0, KILLED), run.stderr
        _assert_packages_whole(demo_url, batch_no, out)
        assert_consistent(demo_url)
    assert cut_short >= 2, "the exports ended before they could be killed: the test proved nothing"
    run = _export(zygote, demo_url, batch_no, out, True)  # after the crashes, exporting works
    assert run.finish() == 0, run.stderr
    _assert_packages_whole(demo_url, batch_no, out)
    db = Database.open_read_only(demo_url)
    try:
        assert batches.get_batch(db, batch_no).status == BatchStatus.EXPORTED
    finally:
        db.close()
    assert_cli_check_passes(zygote, demo_url)
