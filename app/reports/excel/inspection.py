"""Head office's inspection result (旧件鉴定结果): one row per old-part tag, declared once.

The columns are read by app/services/inspection.py with the same reader as the master-data imports;
the empty sheet and the example file (resources/inspection/example-inspection.xlsx) are written here.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook

from app.domain.enums import OldPartStatus
from app.reports.excel.columns import CellType, Choice, ColumnSpec, SheetSpec
from app.reports.excel.safe_text import safe_row
from app.reports.excel.template import _data_sheet, _notes_sheet, save_atomically

VERDICTS = (
    Choice(OldPartStatus.USABLE, "可利用", "Usable"),
    Choice(OldPartStatus.SCRAP, "废件", "Scrap"),
)

INSPECTION = SheetSpec("inspection", "旧件鉴定结果", "Old-part inspection", (
    ColumnSpec("tag_no", "标签号", "Tag no.", CellType.CODE, required=True, unique=True, max_length=40,
               aliases=("旧件标签号", "旧件编号", "标签编号", "Tag", "Tag number"), example="JJ2026-000001",
               note_zh="旧件标签上的编号；每个标签只能出现一次，一个文件只能包含同一返厂单的旧件。",
               note_en="The number on the old-part tag; once per file, and all tags of one file from one shipment."),
    ColumnSpec("received", "是否收到", "Received", CellType.BOOL, required=True,
               aliases=("收到", "已收到", "收货", "Received?"), example="是",
               note_zh="是/否。总部未收到的旧件填“否”，鉴定结果留空。",
               note_en="Yes/no. A part head office did not receive: no, with the verdict left empty."),
    ColumnSpec("verdict", "鉴定结果", "Verdict", CellType.CHOICE, choices=VERDICTS,
               aliases=("鉴定结论", "鉴定", "结论", "Result", "Inspection result"), example="可利用",
               note_zh="可利用 或 废件；未收到时必须留空；收到但尚未鉴定时可留空。",
               note_en="Usable or scrap; empty when not received, or when received but not yet inspected."),
    ColumnSpec("remark", "备注", "Remark", CellType.TEXT, max_length=500, default="",
               aliases=("说明", "鉴定意见", "Remarks", "Note", "Notes"), example="柱塞磨损，属质量故障",
               note_zh="总部的鉴定意见，记入旧件记录。", note_en="Head office's remark, kept with the old part."),
), notes_zh=("文件中任何一行有错误（未知标签、已鉴定的旧件、未发运的旧件、不同返厂单的旧件、重复的标签）时"
              "整个文件都不导入。",
              "返厂单中已发运但文件中没有的旧件，记为“总部未收到”。"),
   notes_en=("If any row is wrong (unknown tag, part already inspected, part not shipped, part of another "
             "shipment, tag twice) nothing is imported.",
             "Shipped parts of the shipment that are missing from the file are flagged as not received by "
             "head office."))

# (tag, received, verdict, remark) of the example file: what head office typically sends back.
EXAMPLE_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("JJ2026-000001", "是", "可利用", "柱塞磨损，属质量故障"),
    ("JJ2026-000002", "是", "废件", "人为损坏，不予索赔"),
    ("JJ2026-000003", "否", "", "未收到"),
)


def write_inspection_sheet(path: str | Path, rows: Iterable[tuple[object, ...]] = ()) -> Path:
    """The inspection result workbook: the header (Chinese and English titles), `rows` under it, and the
    notes sheet. Without rows it is the empty form to send to head office."""
    target = Path(path)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = INSPECTION.zh
    _data_sheet(sheet, INSPECTION)
    for row in rows:
        sheet.append(safe_row(sheet, [None if value == "" else value for value in row]))
    _notes_sheet(workbook.create_sheet("说明 Notes"), INSPECTION)
    workbook.active = 0
    return save_atomically(workbook, target)


def write_example(path: str | Path) -> Path:
    """resources/inspection/example-inspection.xlsx: one usable, one scrap and one not-received tag."""
    return write_inspection_sheet(path, EXAMPLE_ROWS)
