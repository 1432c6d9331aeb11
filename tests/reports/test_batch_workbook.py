"""The batch workbook and its templates, without a database: typed cells, formula injection, stable bytes."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import time
import zipfile
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.domain.errors import ValidationError
from app.paths import resource
from app.reports.batch import FIELDS, FieldType, RowKind, load_template, parse_template, write_workbook
from app.reports.batch.stable_zip import FIXED_DATE
from app.reports.batch.workbook import FORMULA_TRIGGERS
from tests.reports.batch_example import claim, example_batch

DEFAULT = resource("templates", "batch", "default.json")


def _sheet(title: str, rows: str, *fields: str, **extra: str) -> dict[str, object]:
    return {"title": title, "rows": rows, "columns": [{"field": name, "header": name} for name in fields], **extra}


def _template(*sheets: dict[str, object], **extra: str) -> str:
    return json.dumps({**extra, "sheets": list(sheets)}, ensure_ascii=False)


def _claims_sheet(*fields: str) -> str:
    return _template(_sheet("索赔", "claims", *fields))


def test_every_shipped_template_is_valid_and_every_field_is_documented():
    readme = resource("templates", "README.md").read_text(encoding="utf-8")
    for path in resource("templates", "batch").glob("*.json"):
        template = load_template(path)
        assert template.sheets, path.name
    for kind, fields in FIELDS.items():
        assert f"`{kind.value}`" in readme
        for name in fields:
            assert f"`{name}`" in readme, (kind.value, name)


@pytest.mark.parametrize("text", ["=1+2", "=HYPERLINK(\"http://x\",\"看\")", "+8613800000000", "-2+3", "@SUM(A1)",
                                  "\t=1+1", "\r=cmd|' /C calc'!A0"])
def test_text_that_would_be_a_formula_is_written_as_text(tmp_path, text):
    data = example_batch()
    data = dataclasses.replace(data, claims=(claim(complaint=text, customer_name=text, serial_no=text),))
    template = parse_template(_claims_sheet("complaint", "customerName", "serialNumber"))
    path = write_workbook(data, template, tmp_path / "b.xlsx")

    for cell in load_workbook(path)["索赔"][2]:
        # an XML reader hands a carriage return back as a line feed; it is text either way
        assert cell.data_type == "s" and cell.value in (text, text.replace("\r", "\n")) and cell.quotePrefix
    assert text.startswith(FORMULA_TRIGGERS)
    with zipfile.ZipFile(path) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()


def test_ordinary_text_is_not_quoted_and_control_characters_are_dropped(tmp_path):
    data = dataclasses.replace(example_batch(), claims=(claim(complaint="异响\x0c 1=2", cause="a-b"),))
    path = write_workbook(data, parse_template(_claims_sheet("complaint", "cause")), tmp_path / "b.xlsx")
    first, second = load_workbook(path)["索赔"][2]
    assert (first.value, first.quotePrefix, second.value, second.quotePrefix) == ("异响 1=2", False, "a-b", False)


def test_cells_are_typed_and_columns_fit_chinese(tmp_path):
    path = write_workbook(example_batch(), load_template(DEFAULT), tmp_path / "b.xlsx")
    book = load_workbook(path)
    sheet = book["索赔单"]
    headers = {c.value: c for c in sheet[1]}
    assert all(c.font.b for c in sheet[1])
    column = {name: cell.column_letter for name, cell in headers.items()}
    assert sheet[f"{column['维修日期']}2"].value == dt.datetime(2026, 10, 9)
    total = sheet[f"{column['索赔金额']}3"]
    assert (total.value, total.number_format, total.data_type) == (pytest.approx(229.14), "0.00", "n")
    hours = column["工作小时"]
    assert sheet[f"{hours}2"].value == pytest.approx(412.5) and sheet[f"{hours}3"].value is None
    assert sheet[f"{column['作业面积（亩）']}3"].value == 1260
    # 故障现象 holds 11 Chinese characters: 22 widths at least; the ASCII claim number needs only its length
    assert sheet.column_dimensions[column["故障现象"]].width >= 22
    assert 13 <= sheet.column_dimensions[column["索赔单号"]].width < 20
    summary = {row[0].value: row[1] for row in book["汇总"].iter_rows(min_row=2)}
    assert summary["索赔总额"].value == pytest.approx(2150.64) and summary["索赔总额"].number_format == "0.00"
    assert summary["维修日期自"].value == dt.datetime(2026, 10, 1) and book["汇总"].freeze_panes == "A2"


def test_the_same_batch_gives_the_same_bytes_whenever_it_is_written(tmp_path, monkeypatch):
    template = load_template(DEFAULT)
    first = write_workbook(example_batch(), template, tmp_path / "a.xlsx").read_bytes()
    later = time.time() + 3 * 86400
    monkeypatch.setattr(time, "time", lambda: later)  # zip entries would carry this moment
    second = write_workbook(example_batch(), template, tmp_path / "b.xlsx").read_bytes()
    assert first == second
    with zipfile.ZipFile(tmp_path / "a.xlsx") as archive:
        assert {info.date_time for info in archive.infolist()} == {FIXED_DATE}
        core = archive.read("docProps/core.xml").decode()
    assert re.findall(r"<dcterms:(created|modified)[^>]*>([^<]+)<", core) == [
        ("created", "2026-11-03T00:00:00Z"), ("modified", "2026-11-03T00:00:00Z")]


def test_a_template_decides_sheets_order_and_headers(tmp_path):
    totals = {"title": "Totals", "rows": "summary", "itemHeader": "Item", "valueHeader": "Value",
              "columns": [{"field": "totalAmount", "header": "Batch total"}]}
    template = parse_template(_template(_sheet("Parts", "parts", "partNumber", "claimNumber", "causal", "amount"),
                                        totals, yes="Y", no="N"))
    book = load_workbook(write_workbook(example_batch(), template, tmp_path / "t.xlsx"))
    assert book.sheetnames == ["Parts", "Totals"]
    assert [[c.value for c in row] for row in book["Parts"].iter_rows()] == [
        ["partNumber", "claimNumber", "causal", "amount"], ["T5-112-10", "SB2026-000123", "Y", 1680],
        ["T5-101-22", "SB2026-000123", "N", 57], ["HV-330-06", "SB2026-000131", "Y", pytest.approx(46.8)]]
    assert [[c.value for c in row] for row in book["Totals"].iter_rows()] == [
        ["Item", "Value"], ["Batch total", pytest.approx(2150.64)]]


def test_unknown_fields_are_refused_all_at_once():
    text = _template(_sheet("A", "claims", "claimNumber", "claimNo", "repairDay"),
                     _sheet("B", "labour", "hours", "partNumber", "operationcode"))
    with pytest.raises(ValidationError) as refused:
        parse_template(text, "dongfeng.json")
    message = str(refused.value)
    assert message.startswith("dongfeng.json cannot be used as a batch template: unknown fields: ")
    assert "sheet 'A' (claims): claimNo (did you mean claimNumber?), repairDay (did you mean repairDate?)" in message
    assert ("sheet 'B' (labour): partNumber (did you mean causalPartNumber?), operationcode (did you mean "
            "operationCode?)") in message


@pytest.mark.parametrize(("text", "message"), [
    ("not json", "is not a JSON template"),
    ('{"sheets": []}', '"sheets" must be a non-empty list'),
    ('{"sheets": [{"title": "A", "rows": "invoices", "columns": []}]}', "rows 'invoices' is not one of"),
    ('{"sheets": [{"title": "A/B", "rows": "claims", "columns": [{"field": "claimNumber"}]}]}',
     "the title must be 1 to 31 characters"),
    ('{"sheets": [{"title": "A", "rows": "claims", "columns": [{"field": "claimNumber"}]},'
     ' {"title": "a", "rows": "parts", "columns": [{"field": "partNumber"}]}]}', "the title 'a' is used twice"),
    ('{"sheets": [{"title": "A", "rows": "claims", "colums": []}]}', "sheet 1 has unknown keys colums"),
    ('{"format": 2, "sheets": [{"title": "A", "rows": "claims", "columns": [{"field": "claimNumber"}]}]}',
     "format 2 is not known"),
    ('{"sheets": [{"title": "A", "rows": "claims", "columns": [{"field": "claimNumber", "width": 900}]}]}',
     "the width must be a number from 1 to 255"),
])
def test_a_broken_template_says_what_is_wrong(text, message):
    with pytest.raises(ValidationError, match=re.escape(message)):
        parse_template(text)


def test_field_types_match_what_the_values_are():
    data = example_batch()
    rows = {RowKind.SUMMARY: data, RowKind.CLAIMS: data.claims[0],
            RowKind.LABOUR: (data.claims[0], data.claims[0].labour[0]),
            RowKind.PARTS: (data.claims[0], data.claims[0].parts[0]),
            RowKind.OLD_PARTS: (data.claims[0], data.claims[0].old_parts[0]), RowKind.RETURNS: data.returns[1]}
    expected = {FieldType.TEXT: str, FieldType.CODE: str, FieldType.DATE: dt.date, FieldType.MONEY: Decimal,
                FieldType.DECIMAL: Decimal, FieldType.INT: int, FieldType.BOOL: bool}
    for kind, fields in FIELDS.items():
        for field in fields.values():
            value = field.get(rows[kind])
            assert value is None or isinstance(value, expected[field.type]), (kind, field.name, value)
