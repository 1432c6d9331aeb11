"""The Dashboard page on its own: what needs action today, each list one click away, and what it shows
when the database cannot be read."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.domain.errors import DatabaseUnreachable
from app.services import overview as ov
from app.ui.dashboard import action_list
from app.ui.dashboard import page as dashboard
from app.ui.dashboard.page import ACTION_KEYS, TILE_KEYS, DashboardPage
from app.ui.service_log.entry_view import EntryWindow
from app.ui.service_log.step_dialogs import FollowUpDialog
from tests.services.service_log_data import NOW, TODAY, action_dealer

EXPECTED = {ov.CARDS_DUE_SOON: 2, ov.CARDS_LATE: 2, ov.ARRANGE_OVERDUE: 2, ov.CLOSE_OVERDUE: 2,
            ov.FOLLOW_UPS_DUE: 1, ov.MAINTENANCE_DUE: 1}


def test_a_database_error_is_shown_on_the_page_not_raised(qtbot, database, monkeypatch, english) -> None:  # type: ignore[no-untyped-def]
    page = DashboardPage(database)
    qtbot.addWidget(page)
    assert page.tile_value("units") == 0
    assert page.error_label.isHidden()

    def unreachable(db, today, now=None):  # type: ignore[no-untyped-def]
        raise DatabaseUnreachable("cannot reach the database db.example (connection refused)")

    monkeypatch.setattr(dashboard, "overview", unreachable)
    assert page.refresh() is None
    assert not page.error_label.isHidden()
    assert "connection refused" in page.error_label.text()
    assert all(page.tile_value(key) is None for key in TILE_KEYS)
    assert page.tiles["units"].value_label.text() == "—"

    monkeypatch.undo()
    assert page.refresh() is not None
    assert page.error_label.isHidden()
    assert page.tile_value("units") == 0


@pytest.fixture
def page(qtbot, database, english):  # type: ignore[no-untyped-def]
    action_dealer(database)
    widget = DashboardPage(database, today=lambda: TODAY, now=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _double_click_row(qtbot, panel, row: int = 0) -> None:  # type: ignore[no-untyped-def]
    table = panel.table
    rect = table.visualRect(panel.model.index(row, 3))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_each_action_tile_counts_and_one_click_shows_its_list(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    # GIVEN a dealer where every action count is known
    assert {key: page.tile_value(key) for key in ACTION_KEYS} == EXPECTED
    assert page.tile_alert(ov.CARDS_LATE) and page.tile_alert(ov.ARRANGE_OVERDUE)
    assert not page.tile_alert(ov.CARDS_DUE_SOON)
    assert page.tiles[ov.ARRANGE_OVERDUE].title_label.text() == "Service entries not arranged within 2 h"
    assert page.action_list.isHidden()
    # WHEN each tile is clicked, THEN its list shows under the tiles with as many rows as the tile says
    for key, count in EXPECTED.items():
        qtbot.mouseClick(page.tiles[key], Qt.MouseButton.LeftButton)
        assert page.action_list.isVisible() and page.action_list.key == key
        assert page.action_list.model.total() == count
        assert page.tiles[key].is_chosen()
        assert f": {count}" in page.action_list.caption.text()
    page.show_list(ov.CARDS_LATE)
    model = page.action_list.model
    assert [model.index(r, 5).data() for r in range(2)] == ["C-LATE2", "LX904-0003"]  # serial column
    assert model.index(0, 2).data() == "1 d"
    assert page.action_list.table.isColumnHidden(0)  # cards have no record number
    page.show_list(ov.ARRANGE_OVERDUE)
    assert not page.action_list.table.isColumnHidden(0)
    assert model.index(1, 0).data() == "FW2026-000002"
    assert model.index(1, 2).data() == "1 h"  # received 3 h ago, due after 2 h
    # The keyboard works too: a focused tile opens its list on Enter
    page.tiles[ov.MAINTENANCE_DUE].setFocus()
    qtbot.keyClick(page.tiles[ov.MAINTENANCE_DUE], Qt.Key.Key_Return)
    assert page.action_list.key == ov.MAINTENANCE_DUE
    assert model.index(0, 5).data() == "M-SOON"


def test_double_clicking_an_overdue_entry_opens_it(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.show_list(ov.CLOSE_OVERDUE)
    _double_click_row(qtbot, page.action_list, 0)
    window = next(w for w in page.findChildren(EntryWindow) if w.isVisible())
    assert window.windowTitle() == page.action_list.model.row_at(0).number
    assert "OVERDUE" in window.details.text()
    window.reject()


def test_a_follow_up_due_is_recorded_from_the_list_and_the_count_drops(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.show_list(ov.FOLLOW_UPS_DUE)
    _double_click_row(qtbot, page.action_list, 0)
    dialog = page.action_list.entry_actions.dialog
    assert isinstance(dialog, FollowUpDialog) and dialog.isVisible()
    dialog.satisfaction_buttons[4].setChecked(True)
    dialog.remarks_edit.setPlainText("用户满意")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert page.tile_value(ov.FOLLOW_UPS_DUE) == 0
    assert page.action_list.model.total() == 0


def test_a_maintenance_reminder_becomes_a_service_entry(qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    told: list[str] = []
    monkeypatch.setattr(action_list, "show_info", lambda parent, title, text: told.append(text))
    page.show_list(ov.MAINTENANCE_DUE)
    assert page.action_list.entry_button.isVisible()
    qtbot.mouseClick(page.action_list.entry_button, Qt.MouseButton.LeftButton)
    assert told == ["Service-log entry FW2026-000008 was made for M-SOON."]
    assert page.tile_value(ov.MAINTENANCE_DUE) == 0
    assert page.tile_value("service_open") == 5


def test_a_card_row_opens_the_units_service_file(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("app.ui.units.service_file")
    page.show_list(ov.CARDS_DUE_SOON)
    opened = page.action_list.open_current()
    assert isinstance(opened, QDialog) and opened.objectName() == "serviceFileDialog"
    assert opened.unit_id == page.action_list.model.row_at(0).unit_id  # type: ignore[attr-defined]
    opened.close()
    QApplication.processEvents()
