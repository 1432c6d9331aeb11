"""Another workstation changes the shared database: the watcher notices, the list on screen reloads keeping
the clerk's place, a hidden list reloads when shown, and an editor with unsaved text is left alone."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.db.models import RegistrationCard, Unit
from app.services import changes, claims
from app.services.database import Database
from app.ui.change_follow import ChangeFollower, has_unsaved_edits
from app.ui.change_watch import ChangeWatch
from app.ui.main_window import MainWindow
from tests.services.claims.conftest import TODAY, dealer, pump_claim  # noqa: F401 - the hand-built dealer

POLL_MS = 100


@pytest.fixture
def other(database: Database) -> Iterator[Database]:
    """A second workstation on the same database."""
    second = Database.open(database.url.render_as_string(hide_password=False))
    yield second
    second.close()


@pytest.fixture
def window(qtbot, english, settings, dealer) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]  # noqa: F811
    for _ in range(3):
        claims.create_claim(dealer.db, dealer.manager, pump_claim(), TODAY)
    main = MainWindow(dealer.db, settings)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.change_follow.stop()
    main.change_follow.watch.wait()


def _watch(qtbot, main: MainWindow) -> ChangeFollower:  # type: ignore[no-untyped-def]
    follow = main.change_follow
    follow.watch.set_interval(POLL_MS)
    follow.start()
    qtbot.waitUntil(lambda: follow.watch.has_baseline(), timeout=5000)
    return follow


def _selected_claims(main: MainWindow) -> list[int]:
    return main.page("claims").claims.selected_ids()


def test_the_watcher_reports_a_claim_saved_elsewhere(qtbot, dealer, other):  # type: ignore[no-untyped-def]  # noqa: F811
    watch = ChangeWatch(dealer.db, interval_ms=POLL_MS)
    watch.start()
    try:
        qtbot.waitUntil(watch.has_baseline, timeout=5000)
        with qtbot.waitSignal(watch.changed, timeout=5000) as changed:
            claims.create_claim(other, dealer.manager, pump_claim(), TODAY)
        assert changes.CLAIMS in changed.args[0]
        assert watch.is_reachable()
    finally:
        watch.stop()
        watch.wait()


def test_the_claims_list_on_screen_shows_another_workstations_claim_and_keeps_the_selection(
        qtbot, window, dealer, other):  # type: ignore[no-untyped-def]  # noqa: F811
    # GIVEN the claims list with the second claim selected and the list scrolled as the clerk left it
    window.show_section("claims")
    listing = window.page("claims").claims
    assert listing.model.total() == 3
    listing.table.selectRow(1)
    chosen = _selected_claims(window)
    _watch(qtbot, window)
    # WHEN another workstation saves a new claim
    claims.create_claim(other, dealer.manager, pump_claim(), TODAY)
    # THEN the list shows it within a poll or two, and the same claim is still selected
    qtbot.waitUntil(lambda: listing.model.total() == 4, timeout=5000)
    assert _selected_claims(window) == chosen
    assert not window.change_follow.notice.isVisible()


def test_an_editor_with_unsaved_text_keeps_it_and_the_list_waits(qtbot, window, dealer, other):  # type: ignore[no-untyped-def]  # noqa: F811, E501
    window.show_section("claims")
    listing = window.page("claims").claims
    editor = listing.open_claim(listing.model.row_at(0).id)
    assert editor is not None
    editor.form.cause.setPlainText("喷油泵柱塞磨损，出油阀卡滞（未保存）")
    assert editor.dirty and has_unsaved_edits(window.page("claims"))
    follow = _watch(qtbot, window)
    # WHEN another workstation saves a claim while the clerk is typing
    claims.create_claim(other, dealer.manager, pump_claim(), TODAY)
    # THEN a notice says so, the list is not reloaded under the clerk, and the text is still there
    qtbot.waitUntil(follow.notice.isVisible, timeout=5000)
    assert "another workstation" in follow.notice.text.text()
    assert listing.model.total() == 3
    assert editor.form.cause.toPlainText() == "喷油泵柱塞磨损，出油阀卡滞（未保存）" and editor.dirty
    # WHEN the clerk saves, THEN the list catches up by itself and the notice goes
    assert editor.save()
    qtbot.waitUntil(lambda: listing.model.total() == 4 and not follow.notice.isVisible(), timeout=5000)
    assert editor.form.cause.toPlainText() == "喷油泵柱塞磨损，出油阀卡滞（未保存）"
    editor.close()


def test_the_notice_button_reloads_at_once(qtbot, window, dealer, other):  # type: ignore[no-untyped-def]  # noqa: F811
    window.show_section("claims")
    listing = window.page("claims").claims
    editor = listing.open_claim(listing.model.row_at(0).id)
    editor.form.cause.setPlainText("还在写")
    follow = _watch(qtbot, window)
    claims.create_claim(other, dealer.manager, pump_claim(), TODAY)
    qtbot.waitUntil(follow.notice.isVisible, timeout=5000)
    follow.notice.reload_button.click()
    assert listing.model.total() == 4 and not follow.notice.isVisible()
    assert editor.form.cause.toPlainText() == "还在写" and editor.dirty  # the editor is a window of its own
    editor.dirty = False  # leave without the save-or-discard question
    editor.close()


def test_a_hidden_list_reloads_when_it_is_shown(qtbot, window, dealer, other):  # type: ignore[no-untyped-def]  # noqa: F811
    window.show_section("units")
    units = window.page("units")
    before = units.model.total()
    window.show_section("claims")
    follow = _watch(qtbot, window)
    # WHEN another workstation records a sale while the clerk looks at claims
    with other.sessions.begin() as s:
        unit = Unit(serial_no="LF50426000099", model_id=_model_of(other, dealer.unit_id), customer_id=_customer_of(
            other, dealer.unit_id), sale_date=TODAY - dt.timedelta(days=2))
        s.add(unit)
        s.flush()
        s.add(RegistrationCard(unit_id=unit.id, due_date=TODAY + dt.timedelta(days=18)))
    qtbot.waitUntil(lambda: "units" in follow.stale, timeout=5000)
    assert units.model.total() == before  # not loaded while hidden
    # THEN showing the Units section shows the new unit
    window.show_section("units")
    qtbot.waitUntil(lambda: units.model.total() == before + 1, timeout=5000)
    assert "units" not in follow.stale


def _model_of(db: Database, unit_id: int) -> int:
    with db.sessions() as s:
        return s.get(Unit, unit_id).model_id


def _customer_of(db: Database, unit_id: int) -> int:
    with db.sessions() as s:
        return s.get(Unit, unit_id).customer_id


def test_what_counts_as_unsaved_edits(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QDialog, QLineEdit, QTableView, QVBoxLayout, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    search = QLineEdit(page)  # a search field typed into is not an edit to save
    table = QTableView(page)
    table.setModel(QStandardItemModel(3, 2, table))
    layout = QVBoxLayout(page)
    layout.addWidget(search)
    layout.addWidget(table)
    form = QDialog(page)
    field = QLineEdit(form)
    page.show()
    qtbot.keyClicks(search, "LF504")
    assert not has_unsaved_edits(page)
    # a cell being typed into
    table.edit(table.model().index(0, 0))
    assert has_unsaved_edits(page)
    table.reset()  # the editor closes
    assert not has_unsaved_edits(page)
    # a form with something typed
    form.show()
    assert not has_unsaved_edits(page)
    qtbot.keyClicks(field, "13800000001")
    assert has_unsaved_edits(page)
    form.close()
    assert not has_unsaved_edits(page)
