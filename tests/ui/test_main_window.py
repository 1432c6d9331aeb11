"""The main window on a real database: sections, keyboard, dashboard figures, language, memory."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app import bootstrap, i18n
from app.domain.enums import ClaimStatus
from app.services.overview import overview
from app.settings import LANGUAGE, USER_LOGIN, WINDOW_SECTION
from app.ui.dashboard.page import TILE_KEYS, DashboardPage
from app.ui.main_window import MainWindow
from app.ui.settings.page import SettingsPage
from app.ui.widgets.coming_page import ComingPage
from tests.ui.conftest import seed

SECTIONS = [
    "dashboard", "units", "service_log", "claims", "old_parts",
    "shipments", "batches", "reserve_plan", "master_data", "settings",
]


@pytest.fixture
def window(qtbot, database, settings, english) -> MainWindow:  # type: ignore[no-untyped-def]
    win = bootstrap.create_main_window(database, settings)
    qtbot.addWidget(win)
    return win


def _shown(qtbot, win: MainWindow) -> MainWindow:  # type: ignore[no-untyped-def]
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def test_sections_come_in_a_fixed_order(window: MainWindow) -> None:
    assert window.section_ids() == SECTIONS
    assert window.navigation.count() == len(SECTIONS)
    assert window.current_section() == "dashboard"  # fresh settings: start on the Dashboard


def test_show_section_visits_every_section(window: MainWindow) -> None:
    for section_id in SECTIONS:
        window.show_section(section_id)
        assert window.current_section() == section_id
        assert window.stack.currentWidget() is window.page(section_id)
        assert window.navigation.currentItem().data(Qt.ItemDataRole.UserRole) == section_id
    with pytest.raises(KeyError):
        window.show_section("nowhere")


def test_clicking_the_navigation_list_switches_sections(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _shown(qtbot, window)
    for row in reversed(range(window.navigation.count())):
        item = window.navigation.item(row)
        rect = window.navigation.visualItemRect(item)
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_section() == SECTIONS[row]


def test_sections_not_built_yet_say_so(window: MainWindow) -> None:
    assert isinstance(window.page("dashboard"), DashboardPage)
    assert isinstance(window.page("settings"), SettingsPage)
    for section_id in SECTIONS:
        page = window.page(section_id)
        if not isinstance(page, ComingPage):
            continue  # a built section
        assert page.title_label.text() == window.navigation.item(SECTIONS.index(section_id)).text()
        assert "coming version" in page.message_label.text()


def test_ctrl_digits_jump_to_sections(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _shown(qtbot, window)
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5,
            Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_0]
    for key, section_id in reversed(list(zip(keys, SECTIONS, strict=True))):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_section() == section_id


def test_ctrl_f_focuses_search_and_enter_searches_the_units(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _shown(qtbot, window)
    assert window.search_field.placeholderText() == "Serial number, claim or tag… (Ctrl+F)"
    window.navigation.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_field.hasFocus)
    qtbot.keyClicks(window.search_field, "SN0001")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.current_section() == "units"  # an empty database: nothing to open
    assert window.statusBar().currentMessage() == "Nothing matches “SN0001”."


def test_status_bar_names_the_database(window: MainWindow, database) -> None:  # type: ignore[no-untyped-def]
    backend = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}[database.backend]
    assert window.database_label.text() == f"Database: {database.location} ({backend})"


def test_dashboard_tiles_show_the_overview(qtbot, database, settings, english) -> None:  # type: ignore[no-untyped-def]
    # GIVEN a database with units, registration cards and claims, on either backend
    today = dt.date.today()
    seed(database, today)
    expected = overview(database, today)
    # WHEN the main window opens on it
    win = bootstrap.create_main_window(database, settings)
    qtbot.addWidget(win)
    page = win.page("dashboard")
    assert isinstance(page, DashboardPage)
    # THEN every tile shows the service's figure, and the late cards are flagged
    values = {key: page.tile_value(key) for key in TILE_KEYS}
    assert values == {
        "units": expected.units,
        "customers": expected.customers,
        "claims": expected.claims,
        "claims_ready": expected.claims_by_status[ClaimStatus.READY],
        "claims_approved": expected.claims_by_status[ClaimStatus.APPROVED],
        "claims_in_batch": expected.claims_by_status[ClaimStatus.IN_BATCH],
        "service_open": expected.open_service_entries,
        "cards_due_soon": expected.cards_due_soon,
        "cards_late": expected.cards_late,
        "old_parts_in_store": expected.old_parts_in_store,
        "old_parts_overdue": expected.old_parts_overdue,
        "old_parts_due_soon": expected.old_parts_due_soon,
        "plans_due": expected.plans_due,
        "open_batches": expected.open_batches,
        "arrange_overdue": expected.arrange_overdue,
        "close_overdue": expected.close_overdue,
        "follow_ups_due": expected.follow_ups_due,
        "maintenance_due": expected.maintenance_due,
        "clock_entries_amber": expected.clock_entries_amber,
        "clock_entries_red": expected.clock_entries_red,
        "clock_claims_amber": expected.clock_claims_amber,
        "clock_claims_red": expected.clock_claims_red,
        "models_to_check": expected.models_to_check,
    }
    assert (values["units"], values["claims"], values["claims_ready"], values["cards_late"]) == (3, 4, 2, 1)
    assert page.tile_alert("cards_late")
    # the seed's model has no product class: the tile asks for one and opens the models list
    assert values["models_to_check"] == 1 and page.tile_alert("models_to_check")
    win.on_dashboard_section_requested("master_data", "models_to_check")
    master = win.page("master_data")
    assert win.current_section() == "master_data" and master.current_tab() is master.tab("models")
    assert not page.tile_alert("old_parts_overdue")
    assert not page.tile_alert("cards_due_soon")
    for status in ClaimStatus:
        assert page.status_count(status) == expected.claims_by_status[status]
    assert page.dealer_label.text() == "郑州丰收农机服务站"
    assert page.dealer_code_label.text() == "Dealer code: D-0371"


def test_dashboard_refresh_reloads_the_figures(qtbot, database, settings, english) -> None:  # type: ignore[no-untyped-def]
    win = bootstrap.create_main_window(database, settings)
    qtbot.addWidget(win)
    page = win.page("dashboard")
    assert isinstance(page, DashboardPage)
    assert page.tile_value("units") == 0
    assert page.dealer_label.text() == "Dealer not set up yet"
    seed(database, dt.date.today())
    _shown(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_F5)
    assert page.tile_value("units") == 3
    assert page.tile_alert("cards_late")


def test_chinese_navigation_and_live_switch_to_english(qtbot, database, settings, chinese) -> None:  # type: ignore[no-untyped-def]
    win = bootstrap.create_main_window(database, settings)
    qtbot.addWidget(win)
    labels = [win.navigation.item(row).text() for row in range(win.navigation.count())]
    assert labels[0] == "仪表盘"
    assert labels[SECTIONS.index("claims")] == "三包索赔"
    assert labels[SECTIONS.index("reserve_plan")] == "配件储备计划"
    assert win.windowTitle() == "三包服务站 WarrantyDesk"
    page = win.page("dashboard")
    assert isinstance(page, DashboardPage)
    assert page.status_table.item(0, 0).text() == "草稿"
    assert page.tiles["cards_late"].title_label.text() == "逾期未寄三包回执卡"

    i18n.switch(QApplication.instance(), "en")  # open views re-translate on the LanguageChange posted to them
    qtbot.waitUntil(lambda: win.navigation.item(0).text() == "Dashboard")
    labels = [win.navigation.item(row).text() for row in range(win.navigation.count())]
    assert labels[0] == "Dashboard"
    assert labels[SECTIONS.index("claims")] == "Warranty claims"
    assert win.windowTitle() == "WarrantyDesk — Warranty Service Station"
    assert page.status_table.item(0, 0).text() == "Draft"
    assert win.page("settings").title_label.text() == "Settings"


def test_language_menu_switches_and_remembers(qtbot, window: MainWindow, settings) -> None:  # type: ignore[no-untyped-def]
    assert window.navigation.item(0).text() == "Dashboard"
    window.language_actions["zh_CN"].trigger()
    assert settings.get(LANGUAGE) == "zh_CN"
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "仪表盘")
    assert window.language_actions["zh_CN"].isChecked()
    window.language_actions["en"].trigger()
    assert settings.get(LANGUAGE) == "en"
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Dashboard")


def test_settings_page_switches_the_language_and_keeps_the_menu_in_step(qtbot, window: MainWindow, settings) -> None:  # type: ignore[no-untyped-def]
    # GIVEN the Settings section, in English
    window.show_section("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    assert page.location_value.text() == window._database.location
    # WHEN the clerk picks Chinese in the language box
    page.language_combo.setCurrentIndex(page.language_combo.findData("zh_CN"))
    # THEN the whole window turns Chinese, the choice is stored and the menu agrees
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "仪表盘")
    assert settings.get(LANGUAGE) == "zh_CN"
    assert window.language_actions["zh_CN"].isChecked()
    assert page.title_label.text() == "设置"
    # AND choosing English from the menu moves the box back without a loop of signals
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Dashboard")
    assert page.language_combo.currentData() == "en"
    assert settings.get(LANGUAGE) == "en"


def test_window_geometry_and_section_are_remembered(qtbot, database, settings, english) -> None:  # type: ignore[no-untyped-def]
    # GIVEN a window moved to the claims section and resized, then closed
    first = bootstrap.create_main_window(database, settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    screen = first.screen().availableGeometry()  # restoreGeometry keeps a window inside its screen
    size = QSize(min(1010, screen.width() - 40), min(707, screen.height() - 40))
    assert size != first.size()
    first.resize(size)
    first.move(QPoint(20, 10))
    first.show_section("claims")
    qtbot.waitUntil(lambda: first.size() == size)
    first.close()
    assert settings.get(WINDOW_SECTION) == "claims"
    # WHEN a second window opens on the same settings
    second = bootstrap.create_main_window(database, settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    # THEN it comes back where the first was left
    assert second.current_section() == "claims"
    assert second.size() == size


def test_an_unknown_remembered_section_falls_back_to_the_dashboard(qtbot, database, settings, english) -> None:  # type: ignore[no-untyped-def]
    settings.set(WINDOW_SECTION, "removed_section")
    win = bootstrap.create_main_window(database, settings)
    qtbot.addWidget(win)
    assert win.current_section() == "dashboard"


def test_run_gui_reports_a_database_it_cannot_open(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []

    def fake_critical(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(fake_critical))
    code = bootstrap.run_gui("sqlite:////nonexistent-dir/x.sqlite3", [])
    assert code == 2
    assert len(shown) == 1
    title, text = shown[0]
    assert title in ("Cannot open the database", "无法打开数据库")
    assert "nonexistent-dir" in text
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert i18n.current_language(qapp) == i18n.SOURCE_LANGUAGE  # translators removed again



def test_the_workstation_user_is_chosen_in_settings_and_used_for_changes(qtbot, database, settings, english) -> None:  # type: ignore[no-untyped-def]
    # GIVEN a dealer with a clerk and a manager, and no user chosen yet at this workstation
    from app.db.models import User
    from app.domain.enums import Role
    from app.services.cards import acting_user

    with database.sessions.begin() as s:
        s.add_all([User(login="liuyan", display_name="刘燕", role=Role.CLERK),
                   User(login="sunwei", display_name="孙伟", role=Role.MANAGER)])
    win = bootstrap.create_main_window(database, settings)
    qtbot.addWidget(win)
    assert acting_user(database).login == "sunwei"  # until someone is chosen: the service manager
    # WHEN the clerk picks herself in Settings
    page = win.page("settings")
    assert isinstance(page, SettingsPage)
    page.user_combo.setCurrentIndex(page.user_combo.findData("liuyan"))
    # THEN her name is on the status bar, stored for next time, and changes are made as her — a clerk
    assert win.user_label.text() == "User: 刘燕 (Clerk)"
    assert settings.get(USER_LOGIN) == "liuyan"
    assert acting_user(database).role == Role.CLERK
    again = bootstrap.create_main_window(database, settings)
    qtbot.addWidget(again)
    assert again.page("settings").user_combo.currentData() == "liuyan"


def test_f1_opens_help_on_the_current_section(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from app.ui.help import HelpDialog

    window.show_section("old_parts")
    window.help_action.trigger()
    dialog = window.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_restoring_a_backup_replaces_the_database_and_closes_the_app(qtbot, english, sqlite_database, settings,
                                                                     tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services.backups import backup_database, inspect_backup

    backup = backup_database(sqlite_database, tmp_path / "backups")
    with sqlite_database.sessions.begin() as s:
        from app.db.models import Customer

        s.add(Customer(code="KH2026-000001", name="王建国", phone="13805310001"))
    win = bootstrap.create_main_window(sqlite_database, settings)
    qtbot.addWidget(win)
    aside = win.restore_backup(backup.path)
    assert aside is not None and inspect_backup(aside).path == aside
    assert win.restore_message is not None and "was restored" in win.restore_message.text()
    assert "closes now" in win.restore_message.text()
