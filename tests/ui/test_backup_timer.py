"""The automatic backup runs off the GUI thread at start, then only when a day has passed."""
from __future__ import annotations

from app.services.backups import automatic_backups
from app.ui.backup_timer import AutomaticBackups


def test_the_automatic_backup_runs_once_a_day_off_the_gui_thread(qtbot, sqlite_database, tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "backups"
    backups = AutomaticBackups(sqlite_database, folder=lambda: folder, keep=lambda: 3)
    with qtbot.waitSignal(backups.written, timeout=20000) as written:
        backups.start()
    assert written.args[0].path.parent == folder and backups.timer.isActive()
    qtbot.waitUntil(lambda: backups.task is not None and not backups.task.is_running(), timeout=20000)
    task = backups.run()  # an hour later: the day has not passed, nothing new is written
    assert task is not None
    qtbot.waitUntil(lambda: not task.is_running(), timeout=20000)
    assert len(automatic_backups(folder)) == 1
    backups.timer.stop()


def test_a_failed_backup_is_reported_not_raised(qtbot, sqlite_database, tmp_path):  # type: ignore[no-untyped-def]
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    backups = AutomaticBackups(sqlite_database, folder=lambda: blocked, keep=lambda: 3)
    with qtbot.waitSignal(backups.failed, timeout=20000) as failed:
        backups.run()
    assert "cannot write the backup" in failed.args[0]
