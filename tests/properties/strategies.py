"""Hypothesis strategies for the files an importer may be handed: random bytes, damaged copies of a good
file, and well-formed workbooks built from an import's own column declarations whose cells hold anything
a clerk, a manufacturer's system or Excel may put there."""
from __future__ import annotations

import datetime as dt
import string
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from app.reports.excel.columns import CellType, ColumnSpec, SheetSpec

# --- raw bytes ---------------------------------------------------------------------------------------


@st.composite
def damaged(draw: st.DrawFn, good: bytes) -> bytes:
    """A good file cut short, with bytes flipped, or with a stretch overwritten."""
    how = draw(st.sampled_from(["truncate", "flip", "splice", "prefix"]))
    if how == "truncate":
        return good[:draw(st.integers(0, max(len(good) - 1, 0)))]
    data = bytearray(good)
    if how == "flip":
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(data) - 1))
            data[at] ^= 1 << draw(st.integers(0, 7))
        return bytes(data)
    if how == "splice":
        at = draw(st.integers(0, len(data) - 1))
        junk = draw(st.binary(min_size=1, max_size=64))
        return bytes(data[:at] + junk + data[at + len(junk):])
    return draw(st.binary(max_size=16)) + good


def raw_files(good: bytes) -> st.SearchStrategy[bytes]:
    return st.one_of(st.binary(max_size=2048), damaged(good))


# --- cells -------------------------------------------------------------------------------------------

CJK = "三包回执卡旧件出厂编号发动机号机型用户配件易损件是否拖拉机联合收割机可利用废件"
FULL_WIDTH = "０１２３４５６７８９ＡＢＣＬＦ－．，　"
TRICKY_TEXT = (
    "", " ", "\u3000", "=1+1", "=A1*2", "NaN", "nan", "Infinity", "-Infinity", "inf", "1e400", "-1e400", "1E+30",
    "-0", "-0.00", "0.001", "12.345", "１２", "１２．５０", "٣", "¥1,234.50", "1,234", "1 234", "是", "否", "yes",
    "N", "√", "×", "2026-03-01", "2026/3/1", "2026年3月1日", "20260301", "2026-02-30", "0000-00-00", "9999-12-31",
    "1899-12-30", "今天", "#N/A", "#VALUE!", "TRUE", "None", "null", "{}", "[]", "{name}", "%s",
    "'; DROP TABLE units;--", "\\", "\u200b", "🚜", "ＬＦ－５０４", "x" * 600, "拖拉机" * 120,
)


def safe_text(max_size: int = 40) -> st.SearchStrategy[str]:
    """Any text an xlsx cell can hold (XML forbids most control characters, so openpyxl refuses them)."""
    alphabet = st.one_of(st.characters(codec="utf-8"), st.sampled_from(CJK + FULL_WIDTH))
    return st.text(alphabet, max_size=max_size).map(lambda text: ILLEGAL_CHARACTERS_RE.sub("", text))


def any_cell() -> st.SearchStrategy[Any]:
    return ANY_CELL


ANY_CELL: st.SearchStrategy[Any] = st.deferred(lambda: st.one_of(
        st.none(),
        safe_text(),
        st.sampled_from(TRICKY_TEXT),
        st.booleans(),
        st.integers(min_value=-(2 ** 70), max_value=2 ** 70),
        st.sampled_from([0, 1, -1, 2 ** 31, 2 ** 31 - 1, 2 ** 63, -(2 ** 63) - 1, 10 ** 15, 10 ** 20]),
        st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from([0.1 + 0.2, 1e300, -1e-300, 12.5, 1914.1, 1.005]),
        st.decimals(allow_nan=False, allow_infinity=False, places=3),
        st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(9999, 12, 31)),
        st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(9999, 12, 31)),
        st.times(),
    ))


def _money(places: int, top: int = 99_999) -> st.SearchStrategy[Decimal]:
    return st.integers(0, top * 10 ** places).map(lambda n: Decimal(n).scaleb(-places))


def _date_cell() -> st.SearchStrategy[Any]:
    day = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2026, 6, 20))
    return st.one_of(day, day.map(lambda d: d.isoformat()), day.map(lambda d: f"{d.year}/{d.month}/{d.day}"),
                     day.map(lambda d: f"{d.year}年{d.month}月{d.day}日"),
                     day.map(lambda d: dt.datetime.combine(d, dt.time())))


def typed_cell(column: ColumnSpec, pool: Sequence[str] = ()) -> st.SearchStrategy[Any]:
    """A value that fits the column (mostly), so examples get past the cell checks to the database's."""
    kind = column.type
    if kind == CellType.CODE:
        made = st.text(string.ascii_uppercase + string.digits + "-", min_size=1, max_size=14)
        fitting = st.one_of(st.sampled_from(list(pool)), made) if pool else made
    elif kind in (CellType.TEXT, CellType.PHONE):
        fitting = st.one_of(st.text(CJK, min_size=1, max_size=12), st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
    elif kind == CellType.INT:
        fitting = st.one_of(st.integers(1, 120), st.integers(1, 120).map(str))
    elif kind == CellType.MONEY:
        fitting = st.one_of(_money(2), _money(2).map(str))
    elif kind == CellType.QUANTITY:
        fitting = st.one_of(_money(3, 999), st.integers(1, 50))
    elif kind == CellType.HOURS:
        fitting = _money(2, 9999)
    elif kind == CellType.BOOL:
        fitting = st.sampled_from(["是", "否", "Y", "n", True, False, 1, 0, "√"])
    elif kind == CellType.DATE:
        fitting = _date_cell()
    else:
        fitting = st.sampled_from([text for choice in column.choices for text in (choice.zh, choice.en)])
    if not column.required:
        fitting = st.one_of(fitting, st.none())
    return st.one_of(fitting, fitting, fitting, any_cell())  # three in four fit


# --- workbooks ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sheet:
    title: str
    header: list[Any]
    rows: list[list[Any]]
    title_line: str | None = None  # a line above the header, as manufacturers print
    merge: tuple[int, int, int, int] | None = None  # (first row, first column, last row, last column)


@st.composite
def header_of(draw: st.DrawFn, spec: SheetSpec) -> list[tuple[str | None, Any]]:
    """(column key or None for a foreign column, title) in file order: the template's titles, sometimes
    in one language only, with columns dropped, repeated, added or shuffled."""
    columns: list[tuple[str | None, Any]] = []
    for column in spec.columns:
        if not column.required and draw(st.integers(0, 5)) == 0:
            continue
        if column.required and draw(st.integers(0, 30)) == 0:
            continue  # a required column missing: refused on the header
        title = draw(st.sampled_from([column.template_header, column.header, column.zh, column.en,
                                      *column.aliases]))
        columns.append((column.key, title))
        if draw(st.integers(0, 40)) == 0:
            columns.append((column.key, column.header))  # the same column twice
    if draw(st.integers(0, 4)) == 0:
        columns.append((None, draw(st.sampled_from(["备注 Remarks", "经销商 Dealer", "", None, 12]))))
    if draw(st.booleans()):
        columns = draw(st.permutations(columns))
    return columns


@st.composite
def sheets(draw: st.DrawFn, spec: SheetSpec, pools: dict[str, Sequence[str]] | None = None,
           max_rows: int = 6) -> Sheet:
    """A workbook sheet in the shape of `spec`: a header and rows of mostly fitting cells."""
    pools = pools or {}
    header = draw(header_of(spec))
    rows: list[list[Any]] = []
    for _ in range(draw(st.integers(0, max_rows))):
        if draw(st.integers(0, 8)) == 0:
            rows.append([])  # an empty line between the rows
            continue
        row = [draw(typed_cell(spec.column(key), pools.get(key, ()))) if key else draw(any_cell())
               for key, _title in header]
        if draw(st.integers(0, 8)) == 0:
            row.append(draw(any_cell()))  # a stray cell right of the table
        rows.append(row)
    title_line = draw(st.one_of(st.none(), st.just(f"{spec.zh}（2026年6月）")))
    merge = None
    if rows and header and draw(st.integers(0, 6)) == 0:
        top = 2 + (title_line is not None)
        merge = (top, 1, top + draw(st.integers(0, len(rows) - 1)), draw(st.integers(1, len(header))))
    return Sheet(spec.zh, [title for _key, title in header], rows, title_line, merge)


def write_workbook(path: Path, *sheet_list: Sheet) -> Path:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for index, sheet in enumerate(sheet_list):
        target = workbook.create_sheet(sheet.title or f"Sheet{index + 1}")
        if sheet.title_line is not None:
            target.append([sheet.title_line])
        target.append(sheet.header)
        for row in sheet.rows:
            target.append(row)
        if sheet.merge is not None:
            top, left, bottom, right = sheet.merge
            target.merge_cells(start_row=top, start_column=left, end_row=bottom, end_column=right)
    if not sheet_list:
        workbook.create_sheet("Sheet1")
    workbook.save(path)
    return path
