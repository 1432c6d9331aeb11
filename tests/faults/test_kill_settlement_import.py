"""SIGKILL while head office's settlement notices are imported. After each kill a notice is either fully
recorded — settlement and lines, every claim settled, the batch settled, the credit in the ledger — or
not at all, and the database is whole. Importing the notices again afterwards succeeds."""
from __future__ import annotations

import textwrap
from pathlib import Path

from sqlalchemy import func, select

from app.db.models import ClaimBatch, ImportRun, LedgerEntry, Settlement, SettlementLine, WarrantyClaim
from app.domain.enums import BatchStatus, ClaimStatus
from app.services.database import Database
from tests.faults.conftest import TODAY
from tests.faults.consistency import assert_cli_check_passes, assert_consistent
from tests.faults.notices import settlement_notices

IMPORTER = textwrap.dedent("""
    import datetime as dt, sys
    from app.domain.actors import Actor
    from app.domain.enums import Role
    from app.services.database import Database
    from app.services.settlements import import_settlement

    db = Database.open(sys.argv[1])
    today = dt.date.fromisoformat(sys.argv[2])
    for path in sys.argv[3:]:
        print("started", path, flush=True)
        result = import_settlement(db, Actor(None, "faults", "faults", Role.CLERK), path, today)
        print("imported", result.settlement_no, flush=True)
""")
DELAYS = (0.0, 0.1, 0.4)  # seconds after the import started


def _assert_all_or_nothing(url: str, notices: dict[str, tuple[Path, str, int]]) -> set[str]:
    """Each notice fully imported or not at all; returns the numbers of those imported."""
    db = Database.open_read_only(url)
    imported = set()
    try:
        with db.sessions() as s:
            for number, (path, batch_no, count) in notices.items():
                settlement = s.scalars(select(Settlement).where(Settlement.settlement_no == number)).one_or_none()
                batch = s.scalars(select(ClaimBatch).where(ClaimBatch.batch_no == batch_no)).one()
                statuses = set(s.scalars(select(WarrantyClaim.status).where(WarrantyClaim.batch_id == batch.id)))
                runs = s.scalar(select(func.count()).select_from(ImportRun).where(ImportRun.file_name == path.name))
                if settlement is None:
                    assert batch.status == BatchStatus.EXPORTED and ClaimStatus.IN_BATCH in statuses
                    assert runs == 0
                    continue
                lines = s.scalar(select(func.count()).where(SettlementLine.settlement_id == settlement.id))
                credit = s.scalar(select(func.sum(LedgerEntry.amount)).where(
                    LedgerEntry.settlement_id == settlement.id))
                assert (lines, runs, credit) == (count, 1, settlement.approved_amount), number
                assert batch.status == BatchStatus.SETTLED and ClaimStatus.IN_BATCH not in statuses, number
                imported.add(number)
    finally:
        db.close()
    return imported


def test_killed_settlement_import_is_all_or_nothing(demo_url, zygote, tmp_path):
    notices = settlement_notices(demo_url, tmp_path)
    assert len(notices) >= len(DELAYS), "the demo has too few exported batches for this test"
    imported: set[str] = set()
    for delay, (number, (path, _batch, _count)) in zip(DELAYS, notices.items(), strict=False):
        run = zygote.script(IMPORTER, demo_url, TODAY.isoformat(), str(path))
        assert run.wait_until(lambda: any(x.startswith("started") for x in run.lines), "the import"), run.stderr  # noqa: B023
        run.kill_after(delay)
        assert run.returncode is not None and run.returncode <= 0, run.stderr
        now = _assert_all_or_nothing(demo_url, notices)
        assert imported <= now, "a settlement imported before was lost"
        if f"imported {number}" in run.lines:
            assert number in now
        imported = now
        assert_consistent(demo_url)
    rest = [str(path) for number, (path, _b, _c) in notices.items() if number not in imported]
    run = zygote.script(IMPORTER, demo_url, TODAY.isoformat(), *rest)  # the clerk imports the rest again
    assert run.finish() == 0, run.stderr
    assert _assert_all_or_nothing(demo_url, notices) == set(notices)
    assert_consistent(demo_url)
    assert_cli_check_passes(zygote, demo_url)
