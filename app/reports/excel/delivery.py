"""The signed delivery list (销售发货清单) as a workbook: one row per part delivered, declared once.

Read by app/services/stock/deliveries.py with the same reader as the master-data imports; the empty form
and the example file (resources/stock/example-delivery.xlsx) are written here.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook

from app.reports.excel.columns import CellType, ColumnSpec, SheetSpec
from app.reports.excel.safe_text import safe_row
from app.reports.excel.template import _data_sheet, _notes_sheet, save_atomically

DELIVERY = SheetSpec("delivery", "销售发货清单", "Delivery list", (
    ColumnSpec("delivery_no", "发货清单号", "Delivery list no.", CellType.CODE, required=True, max_length=40,
               aliases=("清单号", "发货单号", "单号", "Delivery no", "Delivery note"), example="XF2026-0312",
               note_zh="厂家发货清单上的编号；一个文件只能是一张清单，同一清单不能入库两次。",
               note_en="The number printed on the factory's delivery list; one list per file, and a list is "
                       "received only once."),
    ColumnSpec("part_no", "配件编号", "Part number", CellType.CODE, required=True, max_length=40,
               aliases=("配件号", "零件号", "图号", "Part no"), example="T5-101-10",
               note_zh="须是配件目录中已有的配件；同一配件可出现多行，数量相加。",
               note_en="Must be in the parts catalogue; a part on several rows is added up."),
    ColumnSpec("part_name", "配件名称", "Part name", CellType.TEXT, max_length=200, default="",
               aliases=("名称", "Name"), example="机油滤清器",
               note_zh="仅供核对，不导入。", note_en="For checking by eye only; not imported."),
    ColumnSpec("quantity", "实收数量", "Quantity received", CellType.QUANTITY, required=True, positive=True,
               aliases=("数量", "发货数量", "Quantity", "Qty"), example="10",
               note_zh="签收的数量，大于 0。", note_en="The quantity signed for; more than zero."),
), notes_zh=("文件中任何一行有错误（配件目录中没有的配件、数量不对、清单号不一致或已入库）时整个文件都不入库。",
             "入库后库存增加；原来在途（已订货）的数量相应减少。"),
   notes_en=("If any row is wrong (a part not in the catalogue, a wrong quantity, another or an already received "
             "list number) nothing is received.",
             "Receiving adds to stock on hand and takes the quantity off what was on order."))

EXAMPLE_ROWS: tuple[tuple[str, str, str, int], ...] = (
    ("XF2026-0312", "T5-101-22", "机油滤清器", 20),
    ("XF2026-0312", "T5-112-10", "喷油泵", 1),
)


def write_delivery_sheet(path: str | Path, rows: Iterable[tuple[object, ...]] = ()) -> Path:
    """The delivery-list workbook: header (Chinese and English titles), `rows`, and the notes sheet."""
    target = Path(path)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = DELIVERY.zh
    _data_sheet(sheet, DELIVERY)
    for row in rows:
        sheet.append(safe_row(sheet, [None if value == "" else value for value in row]))
    _notes_sheet(workbook.create_sheet("说明 Notes"), DELIVERY)
    workbook.active = 0
    return save_atomically(workbook, target)


def write_example(path: str | Path) -> Path:
    """resources/stock/example-delivery.xlsx: two lines of one delivery list."""
    return write_delivery_sheet(path, EXAMPLE_ROWS)
