"""The PostgreSQL server stops while the app runs: a clear "unreachable" state, a save that says what
happened instead of a traceback, nothing typed is lost — and when the server is back the app carries on."""
from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from app.domain.errors import DatabaseUnreachable
from app.services import claims
from app.services.changes import change_stamps
from app.services.database import Database
from app.ui.crash import CrashReporter
from app.ui.main_window import MainWindow
from tests.pg_server import PostgresServer
from tests.services.claims.conftest import TODAY, dealer, pump_claim  # noqa: F401 - the hand-built dealer

POLL_MS = 200
_names = itertools.count(1)


@pytest.fixture(scope="module")
def own_server() -> Iterator[PostgresServer]:
    """A server of this module's own: these tests stop it, which the shared one must never be."""
    if os.environ.get("WARRANTYDESK_TEST_PG") == "skip":
        pytest.skip("PostgreSQL tests switched off by WARRANTYDESK_TEST_PG=skip")
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture
def database(own_server: PostgresServer) -> Iterator[Database]:
    """Overrides the suite's `database`: these tests run on PostgreSQL only, on the server they stop."""
    db = Database.open(own_server.create_database(f"wd_unreachable_{next(_names)}"))
    yield db
    db.close()


@pytest.fixture
def server_back(own_server: PostgresServer) -> Iterator[PostgresServer]:
    """Whatever a test does, the server is running again afterwards."""
    yield own_server
    if not (own_server.data / "postmaster.pid").exists():
        own_server.resume()


def test_a_lost_connection_is_a_typed_error_and_the_engine_recovers(database, server_back):  # type: ignore[no-untyped-def]
    first = change_stamps(database)
    server_back.pause()
    with pytest.raises(DatabaseUnreachable, match="cannot be reached"):
        change_stamps(database, first)
    with pytest.raises(DatabaseUnreachable, match="nothing was saved"), database.sessions.begin() as s:
        s.connection().exec_driver_sql("SELECT 1")
    server_back.resume()
    change_stamps(database, first)  # the pool threw the dead connections away: no restart of the app needed


@pytest.mark.qt_no_exception_capture
def test_the_window_shows_the_server_unreachable_and_recovers(qtbot, english, settings, dealer,  # noqa: F811
                                                              server_back, tmp_path):  # type: ignore[no-untyped-def]
    # GIVEN the claims list and an open claim with text not yet saved
    for _ in range(2):
        claims.create_claim(dealer.db, dealer.manager, pump_claim(), TODAY)
    window = MainWindow(dealer.db, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_section("claims")
    listing = window.page("claims").claims
    editor = listing.open_claim(listing.model.row_at(0).id)
    editor.form.cause.setPlainText("出油阀卡滞，已清洗")
    qtbot.waitUntil(lambda: not editor.preview_timer.isActive(), timeout=3000)  # the live totals are in
    reporter = CrashReporter(lambda: tmp_path).install()  # as bootstrap installs it
    follow = window.change_follow
    follow.watch.set_interval(POLL_MS)
    follow.start()
    qtbot.waitUntil(follow.watch.has_baseline, timeout=5000)
    try:
        # WHEN the server is stopped
        server_back.pause()
        # THEN a banner and the status bar say so within a poll or two
        qtbot.waitUntil(follow.banner.isVisible, timeout=10000)
        assert follow.banner.text.text() == ("Database server unreachable — retrying every 1 s; "
                                             "nothing you typed is lost.")
        assert follow.indicator.isVisible() and "unreachable" in follow.indicator.text()
        assert not follow.watch.is_reachable()
        # AND pressing Save gives the clear message (from the editor, or from the crash reporter when the
        # error escapes the editor's own handling), keeping what was typed
        editor.save_button.click()
        box = _message(editor, reporter)
        assert box is not None and "cannot be reached" in box.text() and "nothing was saved" in box.text()
        box.close()
        assert editor.form.cause.toPlainText() == "出油阀卡滞，已清洗" and editor.dirty
        # AND a list asked to reload (the notice's button) says why it cannot, instead of a traceback
        escaped = reporter.count
        follow.reload_current()
        assert "cannot be reached" in window.statusBar().currentMessage() and reporter.count == escaped
        # WHEN the server is started again
        server_back.resume()
        # THEN the banner goes; the list waits for the unsaved claim (a notice says why) ...
        qtbot.waitUntil(lambda: not follow.banner.isVisible(), timeout=15000)
        assert not follow.indicator.isVisible() and follow.watch.is_reachable()
        assert "answers again" in window.statusBar().currentMessage()
        qtbot.waitUntil(follow.notice.isVisible, timeout=5000)
        # ... and once the claim is saved (the engine reconnected by itself) the list is back
        assert editor.save()
        qtbot.waitUntil(lambda: listing.model.total() == 2 and listing.model.error is None, timeout=5000)
        qtbot.waitUntil(lambda: not follow.notice.isVisible(), timeout=5000)
    finally:
        reporter.uninstall()
        follow.stop()
        follow.watch.wait()
        editor.dirty = False
        editor.close()


def _message(editor, reporter: CrashReporter) -> QMessageBox | None:  # type: ignore[no-untyped-def]
    box = getattr(editor, "message", None)
    if isinstance(box, QMessageBox) and box.isVisible():
        return box
    return reporter.box
