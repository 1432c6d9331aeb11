"""`warrantydesk archive` as a clerk or a script runs it."""
from __future__ import annotations

from tests.cli.test_cli import _one_clear_line, run


def test_archive_then_open_it(tmp_path):
    working = f"sqlite:///{tmp_path / 'dealer.sqlite3'}"
    demo = run("--db", working, "demo", "--units", "40", "--claims", "300", "--today", "2019-06-30")
    assert demo.returncode == 0, demo.stderr
    out = tmp_path / "archive-2019.sqlite3"
    done = run("--db", working, "archive", "--before", "2019-01-01", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "claims repaired before 2019-01-01" in done.stdout
    assert "nothing was removed from the working database" in done.stdout
    assert "archive: copying" in done.stderr  # progress, one line a step
    check = run("--db", f"sqlite:///{out}", "check")
    assert check.returncode == 0, check.stderr
    assert "integrity: ok, foreign keys ok" in check.stdout
    again = run("--db", working, "archive", "--before", "2019-01-01", "--out", str(out))
    assert "already exists" in _one_clear_line(again)


def test_recent_claims_are_refused(tmp_path):
    working = f"sqlite:///{tmp_path / 'dealer.sqlite3'}"
    result = run("--db", working, "archive", "--before", "2099-01-01", "--out", str(tmp_path / "a.sqlite3"))
    assert result.returncode == 2
    assert "kept at least 5 years" in _one_clear_line(result)
    assert not (tmp_path / "a.sqlite3").exists()


def test_archive_has_help():
    result = run("archive", "--help")
    assert result.returncode == 0
    assert "read-only" in result.stdout
