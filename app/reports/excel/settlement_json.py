"""The JSON form of a settlement notice (resources/schemas/settlement.schema.json).

Its fields are the columns of app/reports/excel/settlement.py under the names of the claim-batch JSON
(claimNumber, batchNumber…; FIELDS), and every value goes through the same column parser as a workbook
cell, so a JSON file and a workbook with the same content give the same rows and the same problems.
A problem's row is the line's position (1 = the first line) and its column the field's name; problems
of the notice have no row. Amounts are decimal strings ("706.50"); JSON numbers are accepted too.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.reports.excel.columns import SheetSpec
from app.reports.excel.problems import ImportRefused, Problem, ProblemCode, params
from app.reports.excel.reader import MAX_FILE_BYTES, MAX_ROWS, Row, SheetData, _parse_row
from app.reports.excel.settlement import HEADER, LINES, SettlementCode, SettlementFile, SettlementProblem

SCHEMA_VERSION = "1.0"
SUPPORTED_MAJOR = "1"
LINES_KEY = "lines"
# column key → JSON field, in the vocabulary of the claim-batch JSON (resources/schemas/claim-batch.schema.json)
FIELDS = {
    "settlement_no": "settlementNumber", "notice_date": "noticeDate", "batch_no": "batchNumber",
    "total_approved": "totalApproved", "total_deducted": "totalDeducted",
    "claim_no": "claimNumber", "revision": "revision", "claimed_amount": "claimedAmount",
    "approved_amount": "approvedAmount", "deducted_amount": "deductedAmount", "reason_code": "reasonCode",
    "reason_text": "reasonText",
}


def read_settlement_json(path: str | Path, *, max_bytes: int = MAX_FILE_BYTES) -> SettlementFile:
    """The notice and its lines from a JSON file, parsed like the workbook's cells. Raises ImportRefused
    when the file is not a settlement in JSON at all; other problems are collected in `.problems`."""
    source = Path(path)
    name = source.name

    def refuse(problem: Problem) -> ImportRefused:
        return ImportRefused(name, [problem])

    if not source.is_file():
        raise refuse(Problem(ProblemCode.FILE_MISSING))
    size = source.stat().st_size
    if size > max_bytes:
        raise refuse(Problem(ProblemCode.FILE_TOO_BIG, params=params(size=f"{size:,} bytes",
                                                                      limit=f"{max_bytes:,} bytes")))
    try:
        # Decimal keeps 1914.1 as typed: a float would turn it into 1914.0999999999999. Integers too: Python
        # refuses to convert one of more than 4,300 digits, which the column check refuses in words.
        document = json.loads(source.read_text(encoding="utf-8-sig"), parse_float=Decimal, parse_int=Decimal)
    except (ValueError, RecursionError) as exc:  # ValueError: JSONDecodeError, UnicodeDecodeError
        detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise refuse(Problem(ProblemCode.UNREADABLE, params=params(detail=detail))) from exc
    if not isinstance(document, dict):
        raise refuse(SettlementProblem(SettlementCode.NOT_AN_OBJECT,  # type: ignore[arg-type]
                                       params=params(what="the file")))
    version = str(document.get("schema_version", ""))
    if version.split(".")[0] != SUPPORTED_MAJOR:
        raise refuse(SettlementProblem(SettlementCode.SCHEMA_VERSION, column="schema_version",  # type: ignore[arg-type]
                                       params=params(version=version or "(missing)", supported=SCHEMA_VERSION)))
    items = document.get(LINES_KEY)
    if not isinstance(items, list):
        raise refuse(SettlementProblem(SettlementCode.NOT_AN_OBJECT, column=LINES_KEY,  # type: ignore[arg-type]
                                       params=params(what="lines (a list of objects)")))
    if not items:
        raise refuse(Problem(ProblemCode.NO_ROWS, column=LINES_KEY))
    if len(items) > MAX_ROWS:
        raise refuse(Problem(ProblemCode.TOO_MANY_ROWS, params=params(limit=f"{MAX_ROWS:,}")))
    header = _sheet(HEADER, name)
    header.rows.append(_row(header, 0, document, {}))
    lines = _sheet(LINES, name)
    seen: dict[str, dict[Any, int]] = {c.key: {} for c in LINES.columns if c.unique}
    problems: list[Problem] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            problems.append(SettlementProblem(SettlementCode.NOT_AN_OBJECT, number, LINES_KEY,  # type: ignore[arg-type]
                                              params=params(what=f"line {number}")))
            continue
        lines.rows.append(_row(lines, number, item, seen))
    problems = [_without_row(p) for p in header.problems] + lines.problems + problems
    return SettlementFile(name, header, lines, problems)


def _sheet(spec: SheetSpec, name: str) -> SheetData:
    # Every field "is a column" of a JSON file; a missing one is an empty cell.
    return SheetData(spec, name, "json", 0, {column.key: FIELDS[column.key] for column in spec.columns}, [])


def _row(data: SheetData, number: int, item: dict[str, Any], seen: dict[str, dict[Any, int]]) -> Row:
    cells = tuple(_cell(item.get(FIELDS[column.key])) for column in data.spec.columns)
    return _parse_row(data, number, cells, [(column, index) for index, column in enumerate(data.spec.columns)], seen)


def _cell(value: object) -> object:
    """A JSON value as a workbook cell would hold it: numbers as text (exact), lists and objects refused
    as text the parser cannot read."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, list | dict):
        # default=str: the numbers inside were parsed as Decimal, which json cannot write back
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def _without_row(problem: Problem) -> Problem:
    return replace(problem, row=None)


def settlement_document(header: Iterable[object], lines: Iterable[Iterable[object]]) -> dict[str, Any]:
    """The JSON document of a notice given as the workbook's rows (values in column order)."""
    document: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    document.update(_fields(HEADER, header))
    document[LINES_KEY] = [_fields(LINES, line) for line in lines]
    return document


def write_settlement_json(path: str | Path, header: Iterable[object], lines: Iterable[Iterable[object]]) -> Path:
    target = Path(path)
    text = json.dumps(settlement_document(header, lines), ensure_ascii=False, indent=2)
    target.write_text(text + "\n", encoding="utf-8")
    return target


def write_example_json(path: str | Path) -> Path:
    """resources/settlement/example-settlement.json: the example workbook's notice in JSON."""
    from app.reports.excel.settlement import EXAMPLE_HEADER, EXAMPLE_LINES

    return write_settlement_json(path, EXAMPLE_HEADER, EXAMPLE_LINES)


def _fields(spec: SheetSpec, values: Iterable[object]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for column, value in zip(spec.columns, values, strict=False):
        if value is None or value == "":
            continue
        name = FIELDS[column.key]
        if isinstance(value, Decimal):
            fields[name] = f"{value:.2f}"  # money as a decimal string: exact in every language
        elif isinstance(value, dt.date):
            fields[name] = value.isoformat()
        else:
            fields[name] = value
    return fields
