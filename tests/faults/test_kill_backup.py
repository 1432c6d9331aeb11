"""SIGKILL while `warrantydesk backup` copies the SQLite database. After each kill the backup file is
either absent or a complete, checked copy (an earlier backup of the same name survives whole), and the
database itself is whole. (On PostgreSQL the server's own tools back up.)"""
from __future__ import annotations

from app.services.backups import inspect_backup
from app.services.database import Database
from tests.faults.children import KILLED
from tests.faults.consistency import assert_cli_check_passes, assert_consistent

# (file name, seconds after the hidden working copy appeared); "earlier" already holds a good backup
MOMENTS = (("earlier.sqlite3", 0.0), ("new-1.sqlite3", 0.0), ("earlier.sqlite3", 0.02), ("new-2.sqlite3", 0.1))


def _counts(url: str) -> tuple[int, int]:
    db = Database.open_read_only(url)
    try:
        counts = db.check().row_counts
    finally:
        db.close()
    return counts["units"], counts["warranty_claims"]


def test_killed_backup_leaves_no_half_written_copy(sqlite_demo_url, zygote, tmp_path):
    demo_url = sqlite_demo_url
    out = tmp_path / "backups"
    expected = _counts(demo_url)
    run = zygote.cli("--db", demo_url, "backup", "--out", str(out / "earlier.sqlite3"))
    assert run.finish() == 0, run.stderr
    cut_short = 0
    for name, delay in MOMENTS:
        target = out / name
        run = zygote.cli("--db", demo_url, "backup", "--out", str(target))
        started = run.wait_until(lambda: (out / f".{name}.partial").exists(), "copying")  # noqa: B023
        cut_short += run.kill_after(delay) if started else 0
        assert run.returncode in (0, KILLED), run.stderr
        if target.exists():
            info = inspect_backup(target)  # raises if damaged or not a WarrantyDesk database
            assert (info.units, info.claims) == expected
        else:
            assert name != "earlier.sqlite3", "a good earlier backup was lost"
        assert_consistent(demo_url)
    assert cut_short >= 1, "every backup ended before it could be killed: the test proved nothing"
    assert {p.name for p in out.iterdir() if not p.name.startswith(".")} <= {name for name, _ in MOMENTS}
    assert_cli_check_passes(zygote, demo_url)
