"""Read a filled-in import sheet: find the header, parse every cell, collect every problem.

Reading streams the sheet (openpyxl read-only mode), so a big file never sits in memory as a
workbook; the file size is checked before it is opened at all. Problems of single cells are
collected, not raised: the caller adds its own (unknown models, duplicates in the database) and
refuses the file once, with the complete list.
"""
from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from app.reports.excel.columns import CellError, ColumnSpec, SheetSpec, cell_text, is_empty
from app.reports.excel.problems import ImportRefused, Problem, ProblemCode, params, shown

MAX_FILE_BYTES = 20 * 1024 * 1024  # a price list of 50,000 parts is about 3 MB
MAX_ROWS = 100_000
HEADER_SEARCH_ROWS = 10  # a title line or two above the header is tolerated
PROGRESS_EVERY = 500
_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")  # what Excel's password protection writes

Progress = Callable[[str, int, int], None]  # stage, rows done, rows expected (0: unknown)


@dataclass
class Row:
    number: int  # as Excel shows it
    values: dict[str, Any]  # parsed; only the columns the file has
    raw: dict[str, Any]  # as typed, for messages
    bad: set[str] = field(default_factory=set)  # columns whose cell could not be parsed

    def usable(self, *keys: str) -> bool:
        """All these cells were parsed and are not empty: checks that need them can run."""
        return all(key not in self.bad and self.values.get(key) is not None for key in keys)


@dataclass
class SheetData:
    spec: SheetSpec
    file_name: str
    sheet_name: str
    header_row: int
    letters: dict[str, str]  # column key → Excel letter
    rows: list[Row]
    problems: list[Problem] = field(default_factory=list)

    def has(self, key: str) -> bool:
        return key in self.letters

    def problem(self, row: Row, key: str, code: ProblemCode, **values: object) -> None:
        """Record a problem of one cell (used by the importers for checks against the database)."""
        row.bad.add(key)
        column = self.spec.column(key)
        self.problems.append(Problem(code, row.number, self.letters.get(key, ""), column.header,
                                     shown(cell_text(row.raw.get(key))), params(**values)))

    def refuse_if_problems(self) -> None:
        if self.problems:
            raise ImportRefused(self.file_name, self.problems)


def read_sheet(path: str | Path, spec: SheetSpec, *, max_bytes: int = MAX_FILE_BYTES, max_rows: int = MAX_ROWS,
               progress: Progress | None = None) -> SheetData:
    """Every data row of the file, parsed; cell problems are in `.problems`. Raises ImportRefused for a
    file that cannot be read at all or whose header lacks a required column."""
    source = Path(path)
    name = source.name
    _check_file(source, name, max_bytes)
    try:
        with source.open("rb") as handle:
            # A file object rather than the path: openpyxl judges a path by its extension, we by content.
            workbook = load_workbook(handle, read_only=True, data_only=True)
            try:
                return _read(workbook, spec, name, max_rows, progress)
            finally:
                workbook.close()
    except ImportRefused:
        raise
    except (zipfile.BadZipFile, InvalidFileException, ParseError, KeyError, ValueError, TypeError, IndexError,
            AttributeError, OSError, EOFError, zlib.error) as exc:
        detail = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
        raise ImportRefused(name, [Problem(ProblemCode.UNREADABLE, params=params(detail=detail))]) from exc


def _check_file(source: Path, name: str, max_bytes: int) -> None:
    def refuse(code: ProblemCode, **values: object) -> None:
        raise ImportRefused(name, [Problem(code, params=params(**values))])

    if not source.is_file():
        refuse(ProblemCode.FILE_MISSING)
    size = source.stat().st_size
    if size > max_bytes:
        refuse(ProblemCode.FILE_TOO_BIG, size=_size(size), limit=_size(max_bytes))
    with source.open("rb") as handle:
        head = handle.read(8)
        if head == _OLE2_MAGIC:
            # Both a password-protected .xlsx and an old .xls are OLE2 compound files; only the former
            # carries the encryption stream's name in its directory.
            handle.seek(0)
            refuse(ProblemCode.ENCRYPTED if _ENCRYPTION_STREAM in handle.read() else ProblemCode.OLD_XLS)
        if not head.startswith(_ZIP_MAGIC):
            refuse(ProblemCode.NOT_XLSX)


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f}".removesuffix(".0") + " MB"
    return f"{max(size // 1024, 1)} KB"


def _read(workbook: Any, spec: SheetSpec, name: str, max_rows: int, progress: Progress | None) -> SheetData:
    sheets = list(workbook.worksheets)
    if not sheets:
        raise ImportRefused(name, [Problem(ProblemCode.EMPTY_SHEET, params=params(sheet=""))])
    found = _find_header(sheets, spec)
    if found is None:
        first = sheets[0]
        code = ProblemCode.EMPTY_SHEET if _is_blank(first) else ProblemCode.NO_HEADER
        raise ImportRefused(name, [Problem(code, params=params(sheet=first.title))])
    sheet, header_row, header = found
    letters, problems = _map_columns(spec, header, header_row)
    if problems:
        raise ImportRefused(name, problems)
    data = SheetData(spec, name, sheet.title, header_row, letters, [])
    expected = max((sheet.max_row or 0) - header_row, 0)
    columns = [(spec.column(key), _index(letter)) for key, letter in letters.items()]
    seen: dict[str, dict[Any, int]] = {column.key: {} for column, _ in columns if column.unique}
    for number, cells in _data_rows(sheet, header_row, _width(header)):
        if len(data.rows) >= max_rows:
            raise ImportRefused(name, [Problem(ProblemCode.TOO_MANY_ROWS, params=params(limit=f"{max_rows:,}"))])
        data.rows.append(_parse_row(data, number, cells, columns, seen))
        if progress is not None and len(data.rows) % PROGRESS_EVERY == 0:
            progress("reading", len(data.rows), expected)
    if not data.rows:
        raise ImportRefused(name, [Problem(ProblemCode.NO_ROWS, params=params(sheet=sheet.title))])
    if progress is not None:
        progress("reading", len(data.rows), len(data.rows))
    return data


def _find_header(sheets: list[Any], spec: SheetSpec) -> tuple[Any, int, tuple[Any, ...]] | None:
    """The sheet and row naming the most template columns (the data sheet, not the notes sheet)."""
    best: tuple[int, Any, int, tuple[Any, ...]] | None = None
    for sheet in sheets:
        for number, cells in enumerate(sheet.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True), start=1):
            matches = len({column.key for cell in cells if (column := spec.match_header(cell)) is not None})
            if matches and (best is None or matches > best[0]):
                best = (matches, sheet, number, tuple(cells))
    return None if best is None else best[1:]


def _is_blank(sheet: Any) -> bool:
    return all(is_empty(cell) for cells in sheet.iter_rows(max_row=50, values_only=True) for cell in cells)


def _map_columns(spec: SheetSpec, header: tuple[Any, ...], header_row: int) -> tuple[dict[str, str], list[Problem]]:
    letters: dict[str, str] = {}
    problems: list[Problem] = []
    for index, cell in enumerate(header, start=1):
        column = spec.match_header(cell)
        if column is None:
            continue  # a column of the manufacturer's own (remarks, dealer name…) is ignored
        letter = get_column_letter(index)
        if column.key in letters:
            problems.append(Problem(ProblemCode.DUPLICATE_COLUMN, header_row, letter, column.header,
                                    shown(cell_text(cell)), params(other=letters[column.key])))
            continue
        letters[column.key] = letter
    for column in spec.columns:
        if column.required and column.key not in letters:
            problems.append(Problem(ProblemCode.MISSING_COLUMN, header_row, "", column.header))
    return letters, problems


def _index(letter: str) -> int:
    value = 0
    for char in letter:
        value = value * 26 + ord(char) - 64
    return value - 1


def _width(header: tuple[Any, ...]) -> int:
    """Columns up to the header's last title: a stray cell far right (XFD1048576) makes a read-only sheet
    pad every row to 16,384 cells, which would take hours on a sheet of a million rows."""
    return max((index for index, cell in enumerate(header, start=1) if not is_empty(cell)), default=1)


def _data_rows(sheet: Any, header_row: int, width: int) -> Iterator[tuple[int, tuple[Any, ...]]]:
    # Read-only sheets yield one tuple per row, filling gaps with empty rows, so counting gives the
    # row number Excel shows.
    rows = sheet.iter_rows(min_row=header_row + 1, max_col=width, values_only=True)
    for number, cells in enumerate(rows, start=header_row + 1):
        if cells and not all(is_empty(cell) for cell in cells):
            yield number, cells


def _parse_row(data: SheetData, number: int, cells: tuple[Any, ...], columns: list[tuple[ColumnSpec, int]],
               seen: dict[str, dict[Any, int]]) -> Row:
    row = Row(number, {}, {})
    for column, index in columns:
        raw = cells[index] if index < len(cells) else None
        row.raw[column.key] = raw
        try:
            value = column.parse(raw)
        except CellError as error:
            row.bad.add(column.key)
            data.problems.append(Problem(error.code, number, data.letters[column.key], column.header,
                                         shown(cell_text(raw)), error.params))
            continue
        row.values[column.key] = value
        if column.unique and value not in (None, ""):
            first = seen[column.key].setdefault(value, number)
            if first != number:
                data.problem(row, column.key, ProblemCode.DUPLICATE_IN_FILE, other=first)
    return row
