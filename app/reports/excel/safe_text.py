"""The one guard every exported workbook puts text through: text a person typed (a customer's name, a
complaint, a part name, a remark) is written as text, never as a formula, whatever it begins with.

openpyxl stores a string beginning with "=" as a formula, and Excel or WPS read "+", "-", "@" (and a leading
tab or carriage return) as the start of one when the cell is edited: "=HYPERLINK(…)" in a customer's name
must not become a link that runs on a head-office PC (formula or CSV injection).
"""
from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def clean(text: str) -> str:
    """Control characters (a pasted form feed, a NUL) are not allowed in a workbook: they are dropped."""
    return ILLEGAL_CHARACTERS_RE.sub("", text) if ILLEGAL_CHARACTERS_RE.search(text) else text


def text_cell(sheet: Any, text: str) -> Cell:
    """A string cell that stays a string, for a write-only or an ordinary sheet: the type is forced to text,
    and a quote prefix keeps Excel from reading a formula-like text as one when the clerk edits the cell."""
    cleaned = clean(text)
    cell = Cell(sheet, row=1, column=1, value=cleaned)  # placed where it is appended (as WriteOnlyCell)
    cell.data_type = "s"
    if cleaned.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell


def safe(sheet: Any, value: object) -> object:
    """What to write for `value`: a guarded text cell for formula-like text, anything else as it is."""
    if isinstance(value, str) and (value.startswith(FORMULA_STARTS) or ILLEGAL_CHARACTERS_RE.search(value)):
        return text_cell(sheet, value)
    return value


def safe_row(sheet: Any, values: Any) -> list[object]:
    """A row for sheet.append() with every text value guarded."""
    return [safe(sheet, value) for value in values]
