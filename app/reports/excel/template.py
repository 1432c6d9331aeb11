"""Import templates: a sheet with the column titles in Chinese and English, and a notes sheet.

The data sheet has only the header row (an example row would be imported along with the clerk's
own); examples and explanations are on the second sheet.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from app.reports.excel.columns import CellType, ColumnSpec, SheetSpec, display_width
from app.reports.excel.kinds import spec_for

VALIDATED_ROWS = 20000  # rows the drop-down lists and checks cover
_HEADER_FILL = PatternFill("solid", start_color="DDEBF7")
_REQUIRED_FILL = PatternFill("solid", start_color="FCE4D6")
_THIN = Side(style="thin", color="9BA7B4")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FORMATS = {
    CellType.DATE: "yyyy-mm-dd",
    CellType.MONEY: "0.00",
    CellType.HOURS: "0.##",
    CellType.QUANTITY: "0.###",
    CellType.INT: "0",
    CellType.CODE: "@",  # as text, so leading zeros and long serial numbers survive
    CellType.PHONE: "@",
    CellType.TEXT: "@",
}
_TYPE_NAMES = {
    CellType.TEXT: ("文字", "Text"),
    CellType.CODE: ("编号（自动去空格、转半角）", "Code (spaces removed, half-width)"),
    CellType.PHONE: ("电话号码", "Phone number"),
    CellType.INT: ("整数", "Whole number"),
    CellType.MONEY: ("金额，两位小数", "Amount, two decimals"),
    CellType.QUANTITY: ("数量，最多三位小数", "Quantity, up to three decimals"),
    CellType.HOURS: ("数值，最多两位小数", "Number, up to two decimals"),
    CellType.BOOL: ("是 / 否", "Yes (是) / No (否)"),
    CellType.DATE: ("日期：2026-03-01、2026/3/1 或 2026年3月1日", "Date: 2026-03-01, 2026/3/1 or 2026年3月1日"),
    CellType.CHOICE: ("从下拉列表选择", "Pick from the list"),
}


def write_template(kind: str, path: str | Path) -> Path:
    """Write the template for `kind` (models, parts, customers, units, stock) to `path`."""
    spec = spec_for(kind)
    target = Path(path)
    workbook = Workbook()
    data = workbook.active
    assert data is not None
    data.title = spec.zh
    _data_sheet(data, spec)
    _notes_sheet(workbook.create_sheet("说明 Notes"), spec)
    workbook.active = 0
    return save_atomically(workbook, target)


def save_atomically(workbook: Workbook, target: Path) -> Path:
    """Save through a hidden temporary file renamed into place: a full disk never leaves half a workbook
    under the name, and an earlier file of that name survives."""
    from app.reports.pdf.framework import write_atomically  # reportlab is loaded only when a file is written

    return write_atomically(target, workbook.save)


def _data_sheet(sheet: Worksheet, spec: SheetSpec) -> None:
    sheet.freeze_panes = "A2"
    sheet.row_dimensions[1].height = 32
    for index, column in enumerate(spec.columns, start=1):
        letter = get_column_letter(index)
        cell = sheet.cell(row=1, column=index, value=column.template_header)
        cell.font = Font(bold=True, color="C00000" if column.required else "000000")
        cell.fill = _REQUIRED_FILL if column.required else _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = _BORDER
        sheet.column_dimensions[letter].width = _width(column)
        number_format = _FORMATS.get(column.type)
        if number_format:
            sheet.column_dimensions[letter].number_format = number_format
        validation = _validation(column)
        if validation is not None:
            validation.add(f"{letter}2:{letter}{VALIDATED_ROWS + 1}")
            sheet.add_data_validation(validation)


def _width(column: ColumnSpec) -> float:
    widest = max(display_width(column.template_header), display_width(column.example or ""))
    if column.type == CellType.DATE:
        widest = max(widest, 12)
    if column.choices:
        widest = max(widest, *(display_width(choice.zh) for choice in column.choices))
    return min(max(widest + 3, 10), 48)


def _validation(column: ColumnSpec) -> DataValidation | None:
    """Checks Excel makes while the clerk types. Only a warning: the import checks everything again
    and accepts more spellings (2026年3月1日, Y/N) than Excel's own rules can."""
    title = column.header[:32]
    if column.type == CellType.BOOL:
        rule = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
        prompt = "是 / 否"
    elif column.type == CellType.CHOICE:
        rule = DataValidation(type="list", formula1='"' + ",".join(c.zh for c in column.choices) + '"',
                              allow_blank=True)
        prompt = "、".join(c.zh for c in column.choices)
    elif column.type == CellType.DATE:
        rule = DataValidation(type="date", operator="greaterThan", formula1="29221", allow_blank=True)  # 1980-01-01
        prompt = "2026-03-01"
    elif column.type == CellType.INT:
        rule = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="1" if column.positive else "0",
                              allow_blank=True)
        prompt = "整数 whole number"
    elif column.type in (CellType.MONEY, CellType.QUANTITY, CellType.HOURS):
        rule = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
        prompt = "≥ 0"
    else:
        return None
    rule.errorStyle = "warning"
    rule.showErrorMessage = True
    rule.showInputMessage = True
    rule.promptTitle = title
    rule.prompt = prompt
    rule.errorTitle = title
    rule.error = f"{_TYPE_NAMES[column.type][0]} / {_TYPE_NAMES[column.type][1]}"[:255]
    return rule


def _notes_sheet(sheet: Worksheet, spec: SheetSpec) -> None:
    lines = [
        (f"{spec.zh}导入模板 {spec.en} import template", True),
        ("在第一张表中从第 2 行起每行填写一条记录；表头可以只写中文或只写英文。标 * 的列必须填写。", False),
        ("Fill one record per row of the first sheet from row 2 on; titles may be in Chinese, English or both. "
         "Columns marked * are required.", False),
        ("文件中任何一行有错误时整个文件都不导入，并列出每个错误的行和列。", False),
        ("If any row is wrong nothing is imported, and every wrong row and column is listed.", False),
        *((text, False) for pair in zip(spec.notes_zh, spec.notes_en, strict=True) for text in pair),
    ]
    for row, (text, bold) in enumerate(lines, start=1):
        cell = sheet.cell(row=row, column=1, value=text)
        cell.font = Font(bold=bold, size=13 if bold else 11)
    first = len(lines) + 2
    headers = ("列 Column", "必填 Required", "格式 Format", "示例 Example", "说明 Notes")
    widths = (34, 14, 40, 22, 70)
    for index, (title, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = sheet.cell(row=first, column=index, value=title)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        sheet.column_dimensions[get_column_letter(index)].width = width
    for offset, column in enumerate(spec.columns, start=1):
        type_zh, type_en = _TYPE_NAMES[column.type]
        notes = "\n".join(text for text in (column.note_zh, column.note_en) if text)
        values = (column.template_header, "是 Yes" if column.required else "否 No", f"{type_zh}\n{type_en}",
                  column.example, notes)
        for index, value in enumerate(values, start=1):
            cell = sheet.cell(row=first + offset, column=index, value=value)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            cell.border = _BORDER
            if index == 4:
                cell.number_format = "@"
    sheet.freeze_panes = sheet.cell(row=first + 1, column=1).coordinate
