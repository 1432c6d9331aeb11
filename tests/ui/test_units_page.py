"""The Units section driven like a clerk: searching, filtering, opening a unit, recording a sale, and the
global search box that a barcode scanner types into."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app import bootstrap
from app.services.units import find_unit
from app.ui.models.paged import PagedTableModel
from app.ui.units import texts
from app.ui.units.page import UnitsPage
from tests.services.test_units import TODAY, manager_of, seed_units


@pytest.fixture
def seeded(database):  # type: ignore[no-untyped-def]
    return database, seed_units(database)


@pytest.fixture
def page(qtbot, seeded, english) -> UnitsPage:  # type: ignore[no-untyped-def]
    database, ids = seeded
    widget = UnitsPage(database, today=lambda: TODAY, actor=lambda: manager_of(ids))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _serials(page: UnitsPage) -> list[str]:
    return [page.model.row_at(row).serial_no for row in range(page.model.rowCount())]


def test_the_list_shows_every_unit_newest_first(page: UnitsPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert page.model.total() == 6
    assert _serials(page)[0] == "LF50426000006"
    assert page.status_label.text() == "6 units"
    qtmodeltester.check(page.model)
    header = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert header[:3] == ["Serial number", "Engine number", "Model"]


def test_typing_in_the_search_box_filters_the_list(qtbot, page: UnitsPage) -> None:  # type: ignore[no-untyped-def]
    # WHEN the clerk types part of a serial number and pauses
    qtbot.keyClicks(page.search_field, "lf50426")
    qtbot.waitUntil(lambda: page.model.total() == 3, timeout=3000)
    assert sorted(_serials(page)) == ["LF50426000001", "LF50426000002", "LF50426000006"]
    assert page.status_label.text() == "3 units"
    # AND a customer's name typed in Chinese (set, as an input method would)
    page.search_field.setText("王建国")
    page.search_field.textEdited.emit("王建国")
    qtbot.waitUntil(lambda: page.model.total() == 2, timeout=3000)
    assert sorted(_serials(page)) == ["4LZ626000004", "LF50426000001"]
    # AND Enter searches at once, without waiting for the pause
    page.search_field.setText("13905310002")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
    assert sorted(_serials(page)) == ["LF50425000005", "LF50426000002"]


def test_filters_and_late_cards_in_red(qtbot, seeded, page: UnitsPage) -> None:  # type: ignore[no-untyped-def]
    _database, ids = seeded
    page.card_combo.setCurrentIndex(page.card_combo.findData("late"))
    assert sorted(_serials(page)) == ["4LZ626000003", "4LZ626000004"]
    rows = {page.model.row_at(r).serial_no: r for r in range(page.model.rowCount())}
    never_sent = page.model.index(rows["4LZ626000003"], 0)
    accepted = page.model.index(rows["4LZ626000004"], 0)
    assert page.model.data(never_sent, Qt.ItemDataRole.ForegroundRole) == texts.RED
    assert page.model.data(accepted, Qt.ItemDataRole.ForegroundRole) is None  # a manager accepted it
    card_column = 6
    assert page.model.index(rows["4LZ626000003"], card_column).data() == "Late"
    assert page.model.index(rows["4LZ626000004"], card_column).data() == "Late (override)"
    page.card_combo.setCurrentIndex(page.card_combo.findData("due_soon"))
    assert _serials(page) == ["LF50426000002"]
    page.card_combo.setCurrentIndex(0)
    page.model_combo.setCurrentIndex(page.model_combo.findData(ids["combine"]))
    assert sorted(_serials(page)) == ["4LZ626000003", "4LZ626000004"]


def test_sorting_by_a_column_asks_the_database(page: UnitsPage) -> None:
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _serials(page)[:2] == ["4LZ626000003", "4LZ626000004"]
    assert page.model.request.sort == "serial"


def test_enter_or_double_click_opens_the_service_file(qtbot, seeded, page: UnitsPage) -> None:  # type: ignore[no-untyped-def]
    _database, ids = seeded
    page.search("LF50426000001")
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.service_files[ids["u1"]]
    assert dialog.isVisible()
    assert dialog.title_label.text().startswith("LF50426000001")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc closes it
    assert not dialog.isVisible()
    # a scan into the page's own search box goes straight to the unit when it is the only match
    page.search_field.setText("4LZ626000003")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
    assert page.service_files[ids["u3"]].isVisible()


def test_recording_a_sale_through_the_dialog(qtbot, seeded, page: UnitsPage) -> None:  # type: ignore[no-untyped-def]
    database, ids = seeded
    # GIVEN the record-sale dialog
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.sale_dialog
    assert dialog is not None and dialog.isVisible()
    # WHEN the clerk fills it in: a serial already registered first
    qtbot.keyClicks(dialog.serial_field, "LF50426000001")
    dialog.model_combo.setCurrentIndex(dialog.model_combo.findData(ids["tractor"]))
    dialog.sale_date.setDate(dialog.sale_date.date().addDays(-2))
    dialog.customer_name.setText("赵四海")
    dialog.customer_phone.setText("13705310007")
    dialog.customer_address.setText("历城区港沟街道")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    # THEN the dialog stays open and says why
    assert dialog.isVisible()
    assert "LF50426000001 is already registered" in dialog.error_label.text()
    # WHEN the serial is corrected (an Enter from the scanner only moves on) and the sale recorded
    dialog.serial_field.clear()
    qtbot.keyClicks(dialog.serial_field, "lf50426000777")
    qtbot.keyClick(dialog.serial_field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.invoice_date.date() == dialog.sale_date.date()  # the invoice follows the sale date
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    # THEN the unit is registered, listed, and its service file opens with the card due in 20 days
    assert not dialog.isVisible()
    unit_id = find_unit(database, "LF50426000777")
    assert unit_id is not None
    assert _serials(page) == ["LF50426000777"]
    sheet = page.service_files[unit_id]
    assert sheet.file is not None and sheet.file.customer_name == "赵四海"
    assert sheet.due_value.text() == (TODAY - dt.timedelta(days=2) + dt.timedelta(days=20)).isoformat()
    assert sheet.card_state_label.text() == "Due"


def test_recording_a_sale_for_an_existing_customer(qtbot, seeded, page: UnitsPage) -> None:  # type: ignore[no-untyped-def]
    database, ids = seeded
    dialog = page.record_sale()
    assert dialog is not None
    dialog.serial_field.setText("4LZ626000888")
    dialog.model_combo.setCurrentIndex(dialog.model_combo.findData(ids["combine"]))
    dialog.existing_radio.setChecked(True)
    dialog.accept()
    assert "Choose the customer" in dialog.error_label.text()
    dialog.customer_search.setText("王建")
    qtbot.keyClick(dialog.customer_search, Qt.Key.Key_Return)  # searches; does not submit
    assert dialog.isVisible()
    assert dialog.customer_list.count() == 1
    dialog.accept()
    assert not dialog.isVisible()
    sheet = page.service_files[find_unit(database, "4LZ626000888")]
    assert sheet.file is not None and sheet.file.customer_name == "王建国"


def test_the_global_search_box_opens_a_unit_by_serial(qtbot, seeded, settings, english) -> None:  # type: ignore[no-untyped-def]
    database, ids = seeded
    window = bootstrap.create_main_window(database, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.page("units")
    assert isinstance(page, UnitsPage) and isinstance(page.model, PagedTableModel)
    # WHEN a keyboard-wedge scanner types a serial number and Enter into the global search box
    window.focus_search()
    qtbot.keyClicks(window.search_field, "lf50426000002")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    # THEN the Units section shows that unit's service file, and the box is ready for the next scan
    assert window.current_section() == "units"
    dialog = page.service_files[ids["u2"]]
    assert dialog.isVisible() and dialog.file is not None and dialog.file.serial_no == "LF50426000002"
    assert window.search_field.selectedText() == "lf50426000002"
    # AND an engine number opens its unit too
    window.search_field.setText("YC26000003")
    window.search_field.returnPressed.emit()
    assert ids["u3"] in page.service_files
    # AND a customer's name becomes the list's search
    window.show_section("dashboard")
    window.search_field.setText("王建国")
    window.search_field.returnPressed.emit()
    assert window.current_section() == "units"
    assert page.search_field.text() == "王建国" and page.model.total() == 2
    # AND nothing found says so
    window.search_field.setText("ZZ999")
    window.search_field.returnPressed.emit()
    assert window.statusBar().currentMessage() == "Nothing matches “ZZ999”."
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()
