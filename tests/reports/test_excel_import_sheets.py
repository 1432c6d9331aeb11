"""Templates and the sheet reader, without a database: what the template holds, which titles and cell
forms the reader accepts, and where it says a problem is."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from app.reports.excel import KINDS, CellType, ImportRefused, ProblemCode, read_sheet, spec_for, write_template
from app.reports.excel.columns import CellError, ColumnSpec, display_width


@pytest.mark.parametrize("kind", KINDS)
def test_a_template_has_both_languages_a_frozen_header_checks_and_notes(tmp_path, kind):
    spec = spec_for(kind)
    workbook = load_workbook(write_template(kind, tmp_path / f"{kind}.xlsx"))
    data, notes = workbook.worksheets
    assert [cell.value for cell in data[1]] == [column.template_header for column in spec.columns]
    assert data.max_row == 1  # no example row that would be imported with the clerk's own
    assert data.freeze_panes == "A2"
    for index, column in enumerate(spec.columns, start=1):
        letter = data.cell(row=1, column=index).column_letter
        assert data.column_dimensions[letter].width >= display_width(column.template_header)
    validated = {str(rule.sqref).split(":")[0][:-1]: rule for rule in data.data_validations.dataValidation}
    for index, column in enumerate(spec.columns, start=1):
        letter = data.cell(row=1, column=index).column_letter
        if column.type == CellType.BOOL:
            assert validated[letter].formula1 == '"是,否"'
        if column.type == CellType.DATE:
            assert validated[letter].type == "date"
    noted = [row[0].value for row in notes.iter_rows() if row[0].value in {c.template_header for c in spec.columns}]
    assert noted == [column.template_header for column in spec.columns]
    assert "说明" in notes.title


def test_unknown_kinds_are_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown kind"):
        write_template("tractors", tmp_path / "x.xlsx")


@pytest.mark.parametrize("title", ["*出厂编号 Serial number", "出厂编号", "Serial number", "serial  NUMBER",
                                   "出厂编号\nSerial number", "Serial number 出厂编号", "出厂编号：", "机号",
                                   "ＳＥＲＩＡＬ ＮＵＭＢＥＲ"])
def test_a_column_title_may_be_chinese_english_both_or_a_known_alias(title):
    column = spec_for("units").match_header(title)
    assert column is not None and column.key == "serial_no"


def test_titles_with_or_without_their_unit_in_brackets_match():
    models = spec_for("models")
    assert models.match_header("整机三包期").key == "warranty_months"
    assert models.match_header("整机三包期(月)").key == "warranty_months"
    assert models.match_header("Labour rate per hour").key == "labour_rate"
    assert models.match_header("备注") is None and models.match_header(None) is None


def _column(kind: CellType, **options) -> ColumnSpec:  # type: ignore[no-untyped-def]
    return ColumnSpec("x", "列", "Column", kind, **options)


@pytest.mark.parametrize(("kind", "raw", "expected"), [
    (CellType.MONEY, "¥1,234.5", Decimal("1234.50")),
    (CellType.MONEY, "１２.３０元", Decimal("12.30")),
    (CellType.MONEY, 1.1 * 3, Decimal("3.30")),  # a formula's binary noise (3.3000000000000003) is no decimal
    (CellType.MONEY, 7, Decimal("7.00")),
    (CellType.QUANTITY, "2.125", Decimal("2.125")),
    (CellType.INT, 12.0, 12),
    (CellType.INT, " 24 ", 24),
    (CellType.BOOL, "是", True), (CellType.BOOL, " Y ", True), (CellType.BOOL, "√", True), (CellType.BOOL, 1, True),
    (CellType.BOOL, "否", False), (CellType.BOOL, "no", False), (CellType.BOOL, False, False),
    (CellType.DATE, dt.datetime(2026, 3, 1, 0, 0), dt.date(2026, 3, 1)),
    (CellType.DATE, "2026/3/1", dt.date(2026, 3, 1)),
    (CellType.DATE, "2026年3月1日", dt.date(2026, 3, 1)),
    (CellType.DATE, 46082, dt.date(2026, 3, 1)),
    (CellType.CODE, "ｌｆ５０４　０１", "LF50401"),
    (CellType.CODE, 13800000000.0, "13800000000"),  # a serial typed into a number cell
    (CellType.TEXT, "  王  建国 ", "王 建国"),
    (CellType.PHONE, "138 0000 0000", "13800000000"),
])
def test_cells_as_clerks_type_them(kind, raw, expected):
    assert _column(kind).parse(raw) == expected


@pytest.mark.parametrize(("column", "raw", "code"), [
    (_column(CellType.MONEY), "12.345", ProblemCode.TOO_MANY_DECIMALS),
    (_column(CellType.MONEY, minimum=0), "-0.01", ProblemCode.NEGATIVE),
    (_column(CellType.MONEY), "abc", ProblemCode.NOT_A_NUMBER),
    (_column(CellType.MONEY), "NaN", ProblemCode.NOT_A_NUMBER),
    (_column(CellType.MONEY), dt.datetime(2026, 1, 1), ProblemCode.NOT_A_NUMBER),
    (_column(CellType.INT), 1.5, ProblemCode.NOT_WHOLE),
    (_column(CellType.INT, positive=True), 0, ProblemCode.NOT_POSITIVE),
    (_column(CellType.BOOL), "maybe", ProblemCode.NOT_YES_NO),
    (_column(CellType.DATE), "2026-02-30", ProblemCode.NOT_A_DATE),
    (_column(CellType.DATE), 2026, ProblemCode.NOT_A_DATE),  # a year typed alone is not day 2026 of 1905
    (_column(CellType.TEXT, required=True), "   ", ProblemCode.REQUIRED),
    (_column(CellType.CODE, max_length=4), "ABCDE", ProblemCode.TOO_LONG),
    (spec_for("models").column("category"), "卡车", ProblemCode.NOT_A_CHOICE),
])
def test_cells_that_are_refused_say_why(column, raw, code):
    with pytest.raises(CellError) as error:
        column.parse(raw)
    assert error.value.code == code


def test_choices_accept_the_chinese_the_english_or_the_stored_value():
    category = spec_for("models").column("category")
    assert {category.parse(text) for text in ("拖拉机", "Tractor", "tractor", " TRACTOR ")} == {"tractor"}


def test_a_sheet_with_a_title_line_extra_columns_and_gaps_reports_excel_row_numbers(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "库存盘点"
    sheet.append(["2026 年 11 月盘点表"])  # a title line above the header
    sheet.append(["备注", "Bin location", "On hand", "Part number"])  # other order, an extra column
    sheet.append(["", "A-1", 5, "T5-1"])
    sheet.append([])
    sheet.append(["破损", "A-2", "many", "T5-2"])
    sheet.append(["", "", 3, "t5-1"])
    path = tmp_path / "count.xlsx"
    workbook.save(path)
    data = read_sheet(path, spec_for("stock"))
    assert (data.sheet_name, data.header_row) == ("库存盘点", 2)
    assert [row.number for row in data.rows] == [3, 5, 6]
    assert data.letters == {"bin_location": "B", "on_hand": "C", "part_no": "D"}
    assert [(p.row, p.column, p.code) for p in data.problems] == [
        (5, "C", ProblemCode.NOT_A_NUMBER), (6, "D", ProblemCode.DUPLICATE_IN_FILE)]


def test_a_column_named_twice_is_refused(tmp_path):
    workbook = Workbook()
    workbook.active.append(["配件编号", "Part number", "库存数量"])
    workbook.active.append(["T5-1", "T5-1", 1])
    workbook.save(tmp_path / "twice.xlsx")
    with pytest.raises(ImportRefused) as refused:
        read_sheet(tmp_path / "twice.xlsx", spec_for("stock"))
    assert [(p.row, p.column, p.code) for p in refused.value.problems] == [(1, "B", ProblemCode.DUPLICATE_COLUMN)]
    assert refused.value.problems[0].reason == "this column appears twice (also column A)"
