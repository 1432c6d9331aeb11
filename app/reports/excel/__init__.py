"""Excel workbooks: the import templates and the reader that turns a filled-in sheet into checked rows.

Each kind of master data is declared once (app/reports/excel/kinds.py); both the template and the
reader are derived from that declaration.
"""
from __future__ import annotations

from app.reports.excel.columns import CellType, Choice, ColumnSpec, SheetSpec
from app.reports.excel.kinds import KINDS, SPECS, spec_for
from app.reports.excel.problems import ImportRefused, Problem, ProblemCode
from app.reports.excel.reader import MAX_FILE_BYTES, MAX_ROWS, Row, SheetData, read_sheet
from app.reports.excel.template import write_template

__all__ = [
    "KINDS",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "SPECS",
    "CellType",
    "Choice",
    "ColumnSpec",
    "ImportRefused",
    "Problem",
    "ProblemCode",
    "Row",
    "SheetData",
    "SheetSpec",
    "read_sheet",
    "spec_for",
    "write_template",
]
