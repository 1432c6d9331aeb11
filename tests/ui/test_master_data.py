"""The Master data page and its import dialog, driven as a clerk would: choose a file, import it, read
the summary or the table of problems, copy them; search the lists; change one part's price."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.reports.excel import ProblemCode
from app.reports.excel.problems import REASONS as ENGLISH_REASONS
from app.services.imports import catalogue, import_file
from app.services.inspection import REASONS as INSPECTION_ENGLISH
from app.services.inspection import InspectionCode
from app.ui.master_data import import_dialog
from app.ui.master_data.page import MasterDataPage
from app.ui.master_data.texts import INSPECTION_REASONS, REASONS
from tests.db import factories
from tests.reports import filling

TIMEOUT = 60000


def _page(qtbot, database) -> MasterDataPage:  # type: ignore[no-untyped-def]
    page = MasterDataPage(database)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def _run(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.is_busy()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)


def test_every_problem_reason_is_marked_for_translation_as_the_service_writes_it():
    assert REASONS == ENGLISH_REASONS
    assert set(REASONS) == set(ProblemCode)
    assert INSPECTION_REASONS == INSPECTION_ENGLISH
    assert set(INSPECTION_REASONS) == set(InspectionCode)


def test_the_dialog_imports_a_chosen_file_and_the_list_shows_it(qtbot, database, tmp_path, monkeypatch,
                                                                english):
    # GIVEN a price list of 300 parts, and the parts tab open
    path = filling.filled("parts", tmp_path / "prices.xlsx", filling.part_rows(300))
    page = _page(qtbot, database)
    parts = page.show_tab("parts")
    assert parts.model is not None and parts.model.rowCount() == 0
    # WHEN the clerk opens the import, chooses the file and imports it
    qtbot.mouseClick(parts.import_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible() and dialog.kind == "parts"
    assert not dialog.import_button.isEnabled()
    monkeypatch.setattr(import_dialog, "ask_open_path", lambda *args: str(path))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.path_field.text() == str(path)
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.is_busy() and not dialog.import_button.isEnabled()
    # THEN the summary is shown, no problems, and the list behind has the parts
    assert imported.args[0].created == 300
    assert not dialog.is_busy() and dialog.result_label.isVisible()
    assert dialog.result_label.text().startswith("prices.xlsx: 300 rows imported — 300 added, 0 updated")
    assert dialog.problem_table.isHidden() and dialog.progress_bar.isHidden()
    assert parts.model.rowCount() == 300
    assert parts.count_label.text() == "300 shown"


def test_a_bad_file_shows_every_problem_in_a_table_that_can_be_copied(qtbot, database, tmp_path, english):
    with database.sessions.begin() as s:
        factories.model(s, "LF-504")
        factories.customer(s, "KH2026-000001")
    rows = filling.unit_rows(200)
    rows[49][2] = "LX-999"  # Excel row 51
    rows[99][4] = dt.date.today() + dt.timedelta(days=3)  # row 101: sold in the future
    rows[149][0] = rows[0][0]  # row 151: a serial number twice
    path = filling.filled("units", tmp_path / "sales.xlsx", rows)
    page = _page(qtbot, database)
    dialog = page.open_import("units", str(path))
    _run(qtbot, dialog)
    assert dialog.result_value is None
    assert dialog.result_label.text() == ("sales.xlsx was not imported: 3 problems in 3 rows. Nothing was changed; "
                                          "correct the file and import it again.")
    table = dialog.problem_table
    assert table.isVisible() and table.rowCount() == 3
    cells = [[table.item(row, column).text() for column in range(4)] for row in range(3)]
    assert cells[0] == ["51", "C 机型代码 Model code", "LX-999", "no model with this code; import or add the model "
                                                                 "first"]
    assert cells[1][:2] == ["101", "E 销售日期 Sale date"] and cells[1][3].startswith("in the future (today is ")
    assert cells[2] == ["151", "A 出厂编号 Serial number", "LF50400000001", "also on row 2 of this file"]
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == "Row\tColumn\tValue\tProblem"
    assert copied[1].startswith("51\tC 机型代码 Model code\tLX-999\tno model")
    assert len(copied) == 4
    with database.sessions() as s:
        from sqlalchemy import func, select

        from app.db.models import Unit

        assert s.scalar(select(func.count()).select_from(Unit)) == 0
    # The clerk corrects the file and imports it again from the same dialog.
    rows[49][2], rows[99][4], rows[149][0] = "LF-504", filling.SALE_DAY, "LF504-EXTRA"
    filling.filled("units", path, rows)
    _run(qtbot, dialog)
    assert dialog.result_value is not None and dialog.result_value.created == 200
    assert dialog.problem_table.isHidden() and dialog.problems() == ()


def test_a_file_that_is_not_a_workbook_is_named_with_the_reason(qtbot, database, tmp_path, english):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512) + "EncryptionInfo".encode("utf-16-le"))
    dialog = _page(qtbot, database).open_import("parts", str(path))
    _run(qtbot, dialog)
    assert dialog.result_label.text().startswith("locked.xlsx was not imported: the workbook is protected by a "
                                                 "password")
    assert dialog.problem_table.isHidden()


def test_templates_are_saved_from_the_page_and_the_dialog(qtbot, database, tmp_path, monkeypatch, english):
    page = _page(qtbot, database)
    monkeypatch.setattr(import_dialog, "ask_save_path", lambda *args: str(tmp_path / "customers"))
    qtbot.mouseClick(page.tab("customers").template_button, Qt.MouseButton.LeftButton)
    header = [cell.value for cell in load_workbook(tmp_path / "customers.xlsx").worksheets[0][1]]
    assert header[:2] == ["用户编号 Customer code", "*用户姓名 Customer name"]
    dialog = page.open_import("stock")
    monkeypatch.setattr(import_dialog, "ask_save_path", lambda *args: str(tmp_path / "stock.xlsx"))
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "stock.xlsx").is_file()
    assert dialog.status_label.text() == f"Template saved as {tmp_path / 'stock.xlsx'}"


def test_lists_search_in_the_database_and_pass_the_model_tester(qtbot, qtmodeltester, database, tmp_path,
                                                                english):
    import_file(database, "parts", filling.filled("parts", tmp_path / "p.xlsx", filling.part_rows(450)))
    import_file(database, "customers", filling.filled("customers", tmp_path / "c.xlsx",
                                                             filling.customer_rows(40)))
    page = _page(qtbot, database)
    parts = page.show_tab("parts")
    assert parts.model is not None
    qtmodeltester.check(parts.model)
    assert parts.model.rowCount() == 450
    parts.search_field.setText("p-0012")  # typed in lower case: part numbers are searched as codes
    qtbot.waitUntil(lambda: parts.model.rowCount() == 10, timeout=5000)  # P-00120 … P-00129
    assert parts.count_label.text() == "10 shown"
    customers = page.show_tab("customers")
    customers.search_field.setText("用户3")
    customers.search_now()
    names = {customers.model.index(row, 1).data() for row in range(customers.model.rowCount())}
    assert names == {"用户3", *(f"用户{n}" for n in range(30, 40))}


def test_a_part_price_is_changed_and_the_old_one_kept(qtbot, database, tmp_path, english):
    rows = [["T5-101-10", "机油滤清器", "件", "28.50", "是", "否", "否", "否", "否", None, 1]]
    import_file(database, "parts", filling.filled("parts", tmp_path / "p.xlsx", rows),
                today=dt.date(2026, 3, 1))
    page = _page(qtbot, database)
    parts = page.show_tab("parts")
    parts.view.selectRow(0)
    dialog = page.change_price()
    assert dialog is not None and dialog.isVisible()
    assert dialog.history_table.rowCount() == 1 and dialog.price_field.text() == "28.50"
    dialog.price_field.setText("31.20")
    dialog.accept()
    assert parts.model.index(0, 3).data() == "31.20"
    history = catalogue.price_history(database, parts.model.row_at(0).id)
    assert [(p.unit_price, p.valid_from) for p in history] == [
        (Decimal("31.20"), dt.date.today()), (Decimal("28.50"), dt.date(2026, 3, 1))]


def test_change_price_without_a_selection_says_so(qtbot, database, english):
    page = _page(qtbot, database)
    page.show_tab("parts")
    assert page.change_price() is None
    box = page.findChild(QMessageBox, "masterDataMessage")
    assert box is not None and box.isVisible() and box.text() == "Choose a part in the list first."
