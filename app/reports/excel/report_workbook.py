"""Tables of plain values written as one Excel workbook a clerk can read and sort.

One sheet per table, streamed (openpyxl write-only), with typed cells: numbers as numbers, money with
two decimals, shares as percentages, dates as dates. The header row is frozen and has filters, and
columns are as wide as their longest text, Chinese characters counting double. Text is never a
formula: text typed by users that begins with = + - @ is written as text (formula injection). The
file appears only when complete.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.domain.money import format_money
from app.reports.excel import safe_text
from app.reports.excel.columns import display_width
from app.reports.pdf.framework import write_atomically


class Kind(Enum):
    TEXT = "text"
    INT = "int"
    MONEY = "money"
    PERCENT = "percent"  # a share, 0.25 shown as 25.0%
    DATE = "date"
    MONTH = "month"  # the first day of a month, shown as 2026-03


FORMATS = {Kind.INT: "0", Kind.MONEY: "0.00", Kind.PERCENT: "0.0%", Kind.DATE: "yyyy-mm-dd", Kind.MONTH: "yyyy-mm"}
FORMULA_STARTS = safe_text.FORMULA_STARTS  # what spreadsheet programs read as the start of a formula
MAX_WIDTH = 60
_SHEET_NAME_BAD = str.maketrans({c: "_" for c in "[]:*?/\\"})
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", start_color="DDEBF7")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="9BA7B4"))
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_WRAPPED = Alignment(vertical="top", wrap_text=True)


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Table:
    """One sheet: `name` (at most 31 characters), the columns and the rows of plain values (None: empty)."""

    name: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[object, ...], ...]


def sheet_name(name: str) -> str:
    return name.translate(_SHEET_NAME_BAD)[:31] or "Sheet"


def shown(value: object, kind: Kind) -> str:
    """The text Excel shows for a value: what the column must be wide enough for."""
    if value is None:
        return ""
    if kind == Kind.MONEY:
        return format_money(Decimal(str(value)))  # wider than "0.00": leaves room for a thousands separator
    if kind == Kind.PERCENT:
        return f"{float(value):.1%}"  # type: ignore[arg-type]
    if kind == Kind.MONTH and isinstance(value, dt.date):
        return f"{value:%Y-%m}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _widths(table: Table) -> list[float]:
    widths = []
    for index, column in enumerate(table.columns):
        widest = max((display_width(line) for line in column.title.splitlines()), default=0)
        for row in table.rows:
            widest = max(widest, display_width(shown(row[index], column.kind)))
        widths.append(min(max(widest + 3, 8), MAX_WIDTH))
    return widths


def _kind_of(value: object, kind: Kind) -> Kind:
    """A text column may hold the odd date or number (a notes sheet): it keeps its type."""
    if kind != Kind.TEXT or isinstance(value, str | bool):
        return kind
    if isinstance(value, dt.date):
        return Kind.DATE
    return Kind.INT if isinstance(value, int) else kind


def _cell(sheet: WriteOnlyWorksheet, value: object, kind: Kind) -> WriteOnlyCell | None:
    if value is None:
        return None
    kind = _kind_of(value, kind)
    if kind == Kind.TEXT or isinstance(value, str):
        cell = safe_text.text_cell(sheet, str(value))  # never a formula, whatever the text begins with
        text = str(cell.value)
        if display_width(text) > MAX_WIDTH:
            cell.alignment = _WRAPPED  # a paragraph (the notes sheet): within the column, not over the next
        return cell
    if kind == Kind.PERCENT:
        value = float(value)  # type: ignore[arg-type] # a share: the 28-digit Decimal means nothing to Excel
    elif kind == Kind.MONEY:
        value = Decimal(str(value))
    cell = WriteOnlyCell(sheet, value=value)
    if kind in FORMATS:
        cell.number_format = FORMATS[kind]
    return cell


def _check(table: Table) -> None:
    for row in table.rows:
        if len(row) != len(table.columns):
            raise ValueError(f"a row of {table.name} has {len(row)} values for {len(table.columns)} columns")


def _write_sheet(sheet: WriteOnlyWorksheet, table: Table) -> None:
    last = get_column_letter(max(len(table.columns), 1))
    for index, width in enumerate(_widths(table), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"  # before the first row: the sheet view is written ahead of the rows
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(sheet, value=column.title)
        cell.data_type = "s"
        cell.font, cell.fill, cell.border, cell.alignment = _HEADER_FONT, _HEADER_FILL, _HEADER_BORDER, _HEADER_ALIGN
        header.append(cell)
    sheet.append(header)
    for row in table.rows:
        sheet.append([_cell(sheet, value, column.kind) for value, column in zip(row, table.columns, strict=True)])
    sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"


def write_workbook(tables: Sequence[Table], path: Path | str, *, title: str = "") -> Path:
    """Write `tables` to `path`, one sheet each, in order; an existing file is replaced only when the new one
    is complete."""
    if not tables:
        raise ValueError("a workbook needs at least one table")
    for table in tables:
        _check(table)

    def write(target: Path) -> None:
        workbook = Workbook(write_only=True)
        workbook.properties.title = title
        for table in tables:
            _write_sheet(workbook.create_sheet(sheet_name(table.name)), table)
        workbook.save(target)

    return write_atomically(path, write)
