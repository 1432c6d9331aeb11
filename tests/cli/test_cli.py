"""The command line as a clerk or a script uses it: real processes, real databases."""
from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.database import Database

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=300)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("warrantydesk: ")
    return lines[0]


@pytest.mark.parametrize("command", [[], ["demo"], ["check"]])
def test_every_command_has_help(command):
    result = run(*command, "--help")
    assert result.returncode == 0
    assert "usage: warrantydesk" in result.stdout


def test_demo_then_check(db_url):
    demo = run("--db", db_url, "demo", "--units", "200", "--claims", "1000", "--today", "2026-11-27")
    assert demo.returncode == 0, demo.stderr
    assert "200 units, 1000 claims" in demo.stdout
    check = run("--db", db_url, "check")
    assert check.returncode == 0, check.stderr
    assert "integrity: ok" in check.stdout
    counts = {line.split()[0]: int(line.split()[1].replace(",", "")) for line in check.stdout.splitlines()
              if line.startswith("  ")}
    assert counts["units"] == 200
    assert counts["warranty_claims"] == 1000
    # A second demo into the same database is refused; --if-empty turns that into a quiet success.
    assert "already holds data" in _one_clear_line(run("--db", db_url, "demo", "--units", "5"))
    assert run("--db", db_url, "demo", "--if-empty").returncode == 0


def test_database_from_the_environment(db_url):
    assert run("demo", "--units", "20", "--claims", "50", env={"WARRANTYDESK_DB": db_url}).returncode == 0
    assert re.search(r"^\s+units\s+20$", run("check", env={"WARRANTYDESK_DB": db_url}).stdout, re.M)


def test_check_refuses_a_corrupt_file_and_leaves_it(tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(os.urandom(8192))
    before = _sha(path)
    assert "damaged or not a database" in _one_clear_line(run("--db", f"sqlite:///{path}", "check"))
    assert "damaged or not a database" in _one_clear_line(run("--db", f"sqlite:///{path}", "demo"))
    assert _sha(path) == before


def test_check_finds_damage_inside_a_real_database(tmp_path):
    path = tmp_path / "damaged.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    db.close()
    assert run("--db", f"sqlite:///{path}", "demo", "--units", "50", "--claims", "300").returncode == 0
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = b"\xff" * 4096  # a trashed page in the middle
    path.write_bytes(bytes(data))
    line = _one_clear_line(run("--db", f"sqlite:///{path}", "check"))
    assert "damaged" in line or "integrity check failed" in line


def test_check_refuses_a_newer_schema_and_leaves_it(sqlite_url):
    assert run("--db", sqlite_url, "demo", "--units", "10", "--claims", "20").returncode == 0
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = _sha(path)
    assert "newer WarrantyDesk" in _one_clear_line(run("--db", sqlite_url, "check"))
    assert "newer WarrantyDesk" in _one_clear_line(run("--db", sqlite_url, "demo"))
    assert _sha(path) == before


def test_unreachable_and_unwritable_places(tmp_path):
    assert "no database file" in _one_clear_line(run("--db", f"sqlite:///{tmp_path}/missing.sqlite3", "check"))
    assert "does not exist" in _one_clear_line(run("--db", "sqlite:////no/such/folder/x.sqlite3", "demo"))
    assert "cannot reach" in _one_clear_line(run("--db", "postgresql://nobody@127.0.0.1:1/none", "check"))
    assert "not a database URL" in _one_clear_line(run("--db", "::nonsense::", "check"))


def test_folder_without_write_permission(tmp_path):
    if os.geteuid() == 0:
        # root may write in any ordinary folder; sysfs is a place where nobody can create a file
        line = _one_clear_line(run("--db", "sqlite:////sys/warrantydesk.sqlite3", "demo"))
        assert "cannot open or create the database file /sys/warrantydesk.sqlite3" in line
        return
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        line = _one_clear_line(run("--db", f"sqlite:///{locked}/x.sqlite3", "demo"))
        assert f"you may not write in the folder {locked}" in line
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_bad_arguments_are_one_line_and_exit_2():
    result = run("demo", "--units", "many")
    assert result.returncode == 2
    assert "not a whole number" in result.stderr
    assert "Traceback" not in result.stderr
