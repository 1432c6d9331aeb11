"""The claim batch export's data files: the workbook (laid out by a template) and the JSON document."""
from __future__ import annotations

from app.reports.batch.data import (
    AttachmentData,
    BatchData,
    BatchHeader,
    ClaimData,
    LabourData,
    OldPartData,
    PartData,
)
from app.reports.batch.fields import FIELDS, Field, FieldType, RowKind
from app.reports.batch.json_doc import SCHEMA_VERSION, batch_document, dumps
from app.reports.batch.template import Column, SheetLayout, Template, load_template, parse_template
from app.reports.batch.workbook import FORMULA_TRIGGERS, write_workbook

__all__ = [
    "FIELDS",
    "FORMULA_TRIGGERS",
    "SCHEMA_VERSION",
    "AttachmentData",
    "BatchData",
    "BatchHeader",
    "ClaimData",
    "Column",
    "Field",
    "FieldType",
    "LabourData",
    "OldPartData",
    "PartData",
    "RowKind",
    "SheetLayout",
    "Template",
    "batch_document",
    "dumps",
    "load_template",
    "parse_template",
    "write_workbook",
]
