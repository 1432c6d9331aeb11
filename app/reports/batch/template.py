"""Workbook templates: which fields, in which order, under which header, on which sheet.

A template is a small JSON file (format documented in resources/templates/README.md); a dealer swaps
in its manufacturer's layout without a code change. A template is checked as a whole before anything
is written: every unknown field, row kind or key is listed in one message.
"""
from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.domain.errors import ValidationError
from app.reports.batch.fields import FIELDS, Field

TEMPLATE_FORMAT = 1
MAX_TEMPLATE_BYTES = 1024 * 1024
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_TEMPLATE_KEYS = {"format", "name", "description", "yes", "no", "sheets"}
_SHEET_KEYS = {"title", "rows", "columns", "itemHeader", "valueHeader"}
_COLUMN_KEYS = {"field", "header", "width"}


@dataclass(frozen=True)
class Column:
    field: Field
    header: str
    width: float | None = None  # None: fitted to the longest text (Chinese characters count twice)


@dataclass(frozen=True)
class SheetLayout:
    title: str
    rows: StrEnum  # a RowKind in a batch template; another workbook (the reserve plan) has its own kinds
    columns: tuple[Column, ...]
    item_header: str = "项目"  # the summary sheet is a list of items and values
    value_header: str = "内容"


@dataclass(frozen=True)
class Template:
    name: str
    description: str
    sheets: tuple[SheetLayout, ...]
    yes: str = "是"
    no: str = "否"
    source: str = ""  # the file it came from, for messages


def load_template(path: Path | str) -> Template:
    target = Path(path)
    try:
        if target.stat().st_size > MAX_TEMPLATE_BYTES:
            raise ValidationError(f"{target.name} is too big for a template (at most 1 MB)")
        raw = target.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read the template {target}: {exc.strerror or exc}") from exc
    return parse_template(raw, target.name)


def parse_template(raw: str | bytes, source: str = "template", *,
                   fields: Mapping[StrEnum, Mapping[str, Field]] | None = None, what: str = "batch") -> Template:
    """Check a template against `fields` (the fields of each row kind; default: the batch's) as a whole."""
    catalogue = FIELDS if fields is None else fields
    try:
        doc = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{source} is not a JSON template: {exc}") from exc
    if not isinstance(doc, dict):
        raise ValidationError(f"{source} is not a JSON template: expected an object with \"sheets\"")
    problems: list[str] = []
    unknown_fields: list[str] = []
    _unknown_keys(doc, _TEMPLATE_KEYS, "the template", problems)
    if doc.get("format", TEMPLATE_FORMAT) != TEMPLATE_FORMAT:
        problems.append(f"format {doc.get('format')!r} is not known (this version reads format {TEMPLATE_FORMAT})")
    sheets_doc = doc.get("sheets")
    sheets: list[SheetLayout] = []
    if not isinstance(sheets_doc, list) or not sheets_doc:
        problems.append("\"sheets\" must be a non-empty list")
        sheets_doc = []
    titles: set[str] = set()
    for index, sheet_doc in enumerate(sheets_doc, start=1):
        sheet = _sheet(sheet_doc, index, problems, unknown_fields, catalogue)
        if sheet is None:
            continue
        if sheet.title.casefold() in titles:
            problems.append(f"sheet {index}: the title {sheet.title!r} is used twice")
        titles.add(sheet.title.casefold())
        sheets.append(sheet)
    for key in ("name", "description", "yes", "no"):
        if key in doc and not isinstance(doc[key], str):
            problems.append(f"\"{key}\" must be text")
    if unknown_fields:
        problems.insert(0, "unknown fields: " + "; ".join(unknown_fields))
    if problems:
        raise ValidationError(f"{source} cannot be used as a {what} template: " + "; ".join(problems)
                              + " (the fields each sheet may show are listed in resources/templates/README.md)")
    return Template(name=str(doc.get("name", source)), description=str(doc.get("description", "")),
                    sheets=tuple(sheets), yes=str(doc.get("yes", "是")), no=str(doc.get("no", "否")),
                    source=source)


def _sheet(doc: Any, index: int, problems: list[str], unknown_fields: list[str],
           catalogue: Mapping[StrEnum, Mapping[str, Field]]) -> SheetLayout | None:
    if not isinstance(doc, dict):
        problems.append(f"sheet {index} must be an object with \"title\", \"rows\" and \"columns\"")
        return None
    _unknown_keys(doc, _SHEET_KEYS, f"sheet {index}", problems)
    title = doc.get("title")
    if not isinstance(title, str) or not title.strip() or len(title.strip()) > 31 \
            or _SHEET_TITLE_FORBIDDEN.search(title):
        problems.append(f"sheet {index}: the title must be 1 to 31 characters without [ ] : * ? / \\")
        title = f"Sheet{index}"
    title = title.strip()
    kinds = {str(k): k for k in catalogue}
    kind = kinds.get(doc.get("rows")) if isinstance(doc.get("rows"), str) else None
    if kind is None:
        known = ", ".join(kinds)
        problems.append(f"sheet {title!r}: rows {doc.get('rows')!r} is not one of {known}")
        return None
    columns_doc = doc.get("columns")
    if not isinstance(columns_doc, list) or not columns_doc:
        problems.append(f"sheet {title!r}: \"columns\" must be a non-empty list")
        return None
    fields = catalogue[kind]
    columns: list[Column] = []
    unknown: list[str] = []
    for number, column in enumerate(columns_doc, start=1):
        if not isinstance(column, dict) or not isinstance(column.get("field"), str):
            problems.append(f"sheet {title!r}, column {number}: expected an object with \"field\" and \"header\"")
            continue
        _unknown_keys(column, _COLUMN_KEYS, f"sheet {title!r}, column {number}", problems)
        name = column["field"]
        header = column.get("header", name)
        width = column.get("width")
        if not isinstance(header, str) or not header.strip():
            problems.append(f"sheet {title!r}, column {number}: the header must be text")
            header = name
        if width is not None and (isinstance(width, bool) or not isinstance(width, int | float)
                                  or not 1 <= width <= 255):
            problems.append(f"sheet {title!r}, column {number}: the width must be a number from 1 to 255")
            width = None
        if name not in fields:
            unknown.append(_with_suggestion(name, fields))
            continue
        columns.append(Column(fields[name], header.strip(), float(width) if width is not None else None))
    if unknown:
        unknown_fields.append(f"sheet {title!r} ({kind.value}): {', '.join(unknown)}")
    return SheetLayout(title, kind, tuple(columns), str(doc.get("itemHeader", "项目")),
                       str(doc.get("valueHeader", "内容")))


def _with_suggestion(name: str, fields: Mapping[str, Field]) -> str:
    close = difflib.get_close_matches(name, list(fields), n=1, cutoff=0.6)
    return f"{name} (did you mean {close[0]}?)" if close else name


def _unknown_keys(doc: dict[str, Any], allowed: set[str], where: str, problems: list[str]) -> None:
    extra = sorted(set(doc) - allowed)
    if extra:
        problems.append(f"{where} has unknown keys {', '.join(extra)} (allowed: {', '.join(sorted(allowed))})")
