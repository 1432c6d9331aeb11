"""The report workbook writer, without a database: typed cells, frozen header, filters, widths that fit
Chinese, text that never becomes a formula, and a file that appears only when complete."""
from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.reports.excel.columns import display_width
from app.reports.excel.report_workbook import Column, Kind, Table, sheet_name, write_workbook

TABLE = Table("每月索赔", (
    Column("月份", Kind.MONTH), Column("用户"), Column("索赔单数", Kind.INT), Column("索赔金额", Kind.MONEY),
    Column("通过率", Kind.PERCENT), Column("日期", Kind.DATE)), (
    (dt.date(2026, 3, 1), "王建国", 3, Decimal("1234.50"), Decimal("0.875"), dt.date(2026, 3, 31)),
    (dt.date(2026, 4, 1), "内蒙古自治区呼伦贝尔市鄂温克族自治旗巴彦托海镇", 0, Decimal("0.00"), None, None),
))


def test_cells_are_typed_and_the_header_is_frozen_with_filters(tmp_path):
    path = write_workbook([TABLE], tmp_path / "r.xlsx", title="三包索赔报表")
    book = load_workbook(path)
    sheet = book["每月索赔"]
    assert book.properties.title == "三包索赔报表"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F3"
    assert [c.value for c in sheet[1]] == ["月份", "用户", "索赔单数", "索赔金额", "通过率", "日期"]
    month, name, count, money, rate, day = sheet[2]
    assert (month.value, month.number_format) == (dt.datetime(2026, 3, 1), "yyyy-mm")
    assert (name.value, name.data_type) == ("王建国", "s")
    assert (count.value, count.number_format) == (3, "0")
    assert (money.value, money.data_type, money.number_format) == (1234.5, "n", "0.00")
    assert (rate.value, rate.number_format) == (0.875, "0.0%")
    assert (day.value, day.number_format) == (dt.datetime(2026, 3, 31), "yyyy-mm-dd")
    assert sheet["E3"].value is None and sheet["F3"].value is None


def test_columns_are_wide_enough_for_chinese_text(tmp_path):
    sheet = load_workbook(write_workbook([TABLE], tmp_path / "r.xlsx")).active
    long_name = TABLE.rows[1][1]
    assert sheet.column_dimensions["B"].width >= display_width(long_name)  # type: ignore[arg-type]
    assert sheet.column_dimensions["D"].width >= len("1,234.50")
    assert sheet.column_dimensions["C"].width >= display_width("索赔单数")


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\",\"点我\")", "+86 138", "-1+2", "@SUM(A1)", "=1+1"])
def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path, text):
    table = Table("用户", (Column("姓名"), Column("数", Kind.INT)), ((text, 1),))
    path = write_workbook([table], tmp_path / "r.xlsx")
    cell = load_workbook(path).active["A2"]
    assert (cell.value, cell.data_type) == (text, "s")
    assert cell.quotePrefix
    with zipfile.ZipFile(path) as package:
        sheet_xml = package.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml


def test_one_sheet_per_table_in_order_with_safe_names(tmp_path):
    other = Table("A/B: [x]?", (Column("n", Kind.INT),), ())
    book = load_workbook(write_workbook([TABLE, other], tmp_path / "r.xlsx"))
    assert book.sheetnames == ["每月索赔", "A_B_ _x__"]
    assert book["A_B_ _x__"].auto_filter.ref == "A1:A1"  # a header and no rows
    assert sheet_name("x" * 40) == "x" * 31


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    path = tmp_path / "r.xlsx"
    path.write_bytes(b"the old workbook")
    broken = Table("坏", (Column("a"), Column("b")), (("only one value",),))
    with pytest.raises(ValueError, match="1 values for 2 columns"):
        write_workbook([TABLE, broken], path)
    assert path.read_bytes() == b"the old workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]


def test_a_crash_while_saving_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "r.xlsx"
    path.write_bytes(b"the old workbook")

    def half_saved(self, filename):  # type: ignore[no-untyped-def]
        for sheet in self.worksheets:
            sheet.close()  # the streamed rows are done; the crash comes while the zip is written
        with open(filename, "wb") as handle:
            handle.write(b"PK half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("openpyxl.Workbook.save", half_saved)
    with pytest.raises(OSError, match="No space"):
        write_workbook([TABLE], path)
    assert path.read_bytes() == b"the old workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]
