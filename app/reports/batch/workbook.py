"""The batch workbook a head-office clerk reads: one sheet per template sheet, typed cells.

Dates are Excel dates, amounts numbers shown with two decimals, the header row is frozen and
filtered, and columns are wide enough for Chinese text (a Chinese character takes two widths).
Text a person typed never becomes a formula. The workbook is written in openpyxl's write-only mode
(streamed, for batches of thousands of claims) into a zip with fixed dates and fixed document
properties: the same batch always gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.child import INVALID_TITLE_REGEX
from openpyxl.writer.excel import ExcelWriter

from app.reports.batch.data import BatchData
from app.reports.batch.fields import FieldType, RowKind, rows_of
from app.reports.batch.stable_zip import StableZipFile
from app.reports.batch.template import SheetLayout, Template
from app.reports.excel.columns import display_width
from app.reports.excel.safe_text import FORMULA_STARTS, clean, text_cell

# Text starting with one of these is read as a formula by Excel (or by Excel once a clerk edits the
# cell): = + - @, and a tab or carriage return in front of them.
FORMULA_TRIGGERS = FORMULA_STARTS
MONEY_FORMAT = "0.00"
DATE_FORMAT = "yyyy-mm-dd"
MAX_WIDTH = 60  # a long complaint is cut at the cell's edge rather than push every other column off screen
MIN_WIDTH = 6
FILTER_BUTTON = 3  # the header's filter arrow covers the end of the title
_HEADER_FILL = PatternFill("solid", start_color="DDEBF7")
_HEADER_FONT = Font(bold=True)
_HEADER_ALIGNMENT = Alignment(vertical="center")
SUMMARY = "summary"  # the row kind of a sheet that lists one record's fields downwards, in every workbook kind


def write_workbook(data: BatchData, template: Template, path: Path | str) -> Path:
    """Write the workbook of `data` laid out by `template` to `path` (the caller makes it atomic)."""
    return write_layout(template, path, lambda kind: rows_of(RowKind(kind), data), title=data.header.batch_no,
                        subject="三包索赔批次 claim batch", created_on=data.header.created_on)


def write_layout(template: Template, path: Path | str, rows: Callable[[StrEnum], Sequence[Any]], *, title: str,
                 subject: str, created_on: dt.date) -> Path:
    """Any workbook a template lays out (a claim batch, a reserve plan): `rows(kind)` gives the rows of a
    sheet of that row kind; a "summary" sheet lists the fields of its one row downwards."""
    target = Path(path)
    workbook = Workbook(write_only=True)
    moment = dt.datetime.combine(created_on, dt.time(0))  # naive: openpyxl takes UTC
    props = workbook.properties
    props.creator = "WarrantyDesk"
    props.title = title
    props.subject = subject
    props.created = props.modified = moment
    for layout in template.sheets:
        sheet = workbook.create_sheet(INVALID_TITLE_REGEX.sub("_", layout.title))
        if layout.rows == SUMMARY:
            _write_summary(sheet, layout, rows(layout.rows)[0], template)
        else:
            _write_table(sheet, layout, rows(layout.rows), template)
    # save_workbook would stamp "modified" with the clock and the entries with today's date
    ExcelWriter(workbook, StableZipFile(target, "w", ZIP_DEFLATED, allowZip64=True)).save()
    return target


def _write_table(sheet: Any, layout: SheetLayout, rows: Sequence[Any], template: Template) -> None:
    columns = layout.columns
    values = [[column.field.get(row) for column in columns] for row in rows]
    widths = [column.width or _fit(column.header, column.field.type, (line[i] for line in values), template,
                                   filtered=True) for i, column in enumerate(columns)]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    sheet.append([_header(sheet, column.header) for column in columns])
    convert = [_converter(sheet, column.field.type, template) for column in columns]
    for line in values:
        sheet.append([to_cell(value) for to_cell, value in zip(convert, line, strict=True)])


def _converter(sheet: Any, kind: FieldType, template: Template) -> Callable[[Any], object]:
    """How one column's values become cells, chosen once per column rather than once per cell."""
    if kind is FieldType.MONEY:
        return lambda value: None if value is None else _money_cell(sheet, value)
    if kind is FieldType.BOOL:
        return lambda value: None if value is None else template.yes if value else template.no
    if kind is FieldType.TEXT:  # typed by a person: may hold a pasted control character
        return lambda value: _text(sheet, _clean(value)) if isinstance(value, str) else value
    if kind is FieldType.CODE:  # codes are cleaned when entered
        return lambda value: _text(sheet, value) if isinstance(value, str) else value
    # Dates: openpyxl gives a date cell the yyyy-mm-dd format itself; numbers: General shows them as they are.
    return lambda value: _text(sheet, value) if isinstance(value, str) else value


def _write_summary(sheet: Any, layout: SheetLayout, data: Any, template: Template) -> None:
    """The summary is a list: one line per field, its header on the left and its value on the right."""
    items = [(column.header, column.field, column.field.get(data)) for column in layout.columns]
    sheet.column_dimensions["A"].width = _fit(layout.item_header, FieldType.TEXT, (h for h, _f, _v in items), template,
                                              filtered=False)
    sheet.column_dimensions["B"].width = max(
        (_fit(layout.value_header, field.type, [value], template, filtered=False) for _h, field, value in items),
        default=float(MIN_WIDTH))
    sheet.freeze_panes = "A2"
    sheet.append([_header(sheet, layout.item_header), _header(sheet, layout.value_header)])
    for header, field, value in items:
        sheet.append([_text_cell(sheet, header), _cell(sheet, field.type, value, template)])


def _header(sheet: Any, text: str) -> Cell:
    cell = _text_cell(sheet, text)
    cell.font = _HEADER_FONT
    cell.fill = _HEADER_FILL
    cell.alignment = _HEADER_ALIGNMENT
    return cell


def _cell(sheet: Any, kind: FieldType, value: object, template: Template) -> object:
    return _converter(sheet, kind, template)(value)


def _money_cell(sheet: Any, value: Decimal) -> Cell:
    cell = WriteOnlyCell(sheet, value)
    cell.number_format = MONEY_FORMAT
    return cell


def _text(sheet: Any, value: str) -> object:
    return _text_cell(sheet, value) if value.startswith(FORMULA_TRIGGERS) else value


def _text_cell(sheet: Any, text: str) -> Cell:
    """A string cell that stays a string (app/reports/excel/safe_text.py, the guard of every workbook)."""
    return text_cell(sheet, text)


def _clean(text: str) -> str:
    """Control characters (a pasted form feed, a NUL) are not allowed in a workbook: they are dropped."""
    return clean(text)


def _fit(header: str, kind: FieldType, values: Any, template: Template, *, filtered: bool) -> float:
    """A width that shows the header and the longest value (Chinese characters count twice)."""
    widest = display_width(header) + (FILTER_BUTTON if filtered else 1)
    if kind is FieldType.DATE:
        return float(max(widest, 11))
    for value in values:
        if value is None:
            continue
        if kind is FieldType.MONEY:
            size = len(f"{value:.2f}") + 1
        elif kind is FieldType.BOOL:
            size = display_width(template.yes if value else template.no)
        elif isinstance(value, str):
            if 2 * len(value) <= widest:  # cannot be wider than the widest so far, even all in Chinese
                continue
            size = len(value) if value.isascii() else display_width(value)
        else:
            size = len(str(value))
        if size > widest:
            widest = size
            if widest >= MAX_WIDTH:
                break
    return float(min(max(widest + 1, MIN_WIDTH), MAX_WIDTH))
