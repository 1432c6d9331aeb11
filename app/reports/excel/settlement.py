"""Head office's settlement notice (三包费用核销通知): its header and one line per claim, declared once.

The workbook has two sheets: the notice (one row: settlement number, notice date, batch number,
totals) and its lines (one row per claim). Both are read with the same reader as the master-data
imports; the JSON form (app/reports/excel/settlement_json.py) is checked against the same columns,
so both forms refuse the same mistakes with the same words.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from openpyxl import Workbook

from app.reports.excel.columns import CellType, ColumnSpec, SheetSpec
from app.reports.excel.problems import ImportRefused, Problem, ProblemCode, params
from app.reports.excel.reader import Progress, SheetData, read_sheet
from app.reports.excel.safe_text import safe_row
from app.reports.excel.template import _data_sheet, _notes_sheet, save_atomically

C = ColumnSpec
T = CellType


class SettlementCode(StrEnum):
    # the file
    ONE_NOTICE = "one_notice"
    NOT_AN_OBJECT = "not_an_object"
    SCHEMA_VERSION = "schema_version"
    FILE_ALREADY_IMPORTED = "file_already_imported"
    # the notice
    ALREADY_IMPORTED = "already_imported"
    UNKNOWN_BATCH = "unknown_batch"
    BATCH_NOT_EXPORTED = "batch_not_exported"
    BATCH_SETTLED = "batch_settled"
    TOTAL_MISMATCH = "total_mismatch"
    # one line
    UNKNOWN_CLAIM = "unknown_claim"
    NOT_IN_BATCH = "not_in_batch"
    OTHER_BATCH = "other_batch"
    ALREADY_SETTLED = "already_settled"
    CLAIMED_MISMATCH = "claimed_mismatch"
    DOES_NOT_ADD_UP = "does_not_add_up"
    REASON_REQUIRED = "reason_required"


# English reasons, like app/reports/excel/problems.py REASONS; {names} come from the problem's params.
REASONS: dict[SettlementCode, str] = {
    SettlementCode.ONE_NOTICE: "the notice sheet has {count} rows; one settlement notice per file",
    SettlementCode.NOT_AN_OBJECT: "{what} must be a JSON object",
    SettlementCode.SCHEMA_VERSION: "schema_version {version} is not understood; this version reads {supported}",
    SettlementCode.FILE_ALREADY_IMPORTED: "this file was already imported on {day} as settlement {settlement}",
    SettlementCode.ALREADY_IMPORTED: "settlement {settlement} was already imported on {day}",
    SettlementCode.UNKNOWN_BATCH: "no claim batch has this number",
    SettlementCode.BATCH_NOT_EXPORTED: "batch {batch} has not been exported yet; head office cannot have settled it",
    SettlementCode.BATCH_SETTLED: "batch {batch} is already settled",
    SettlementCode.TOTAL_MISMATCH: "the lines add up to {lines}, the notice says {total}",
    SettlementCode.UNKNOWN_CLAIM: "no claim has this number{revision}",
    SettlementCode.NOT_IN_BATCH: "this claim is {status} and in no exported batch; only claims sent to head office "
                                 "can be settled",
    SettlementCode.OTHER_BATCH: "this claim is in batch {batch}, the notice settles batch {main}",
    SettlementCode.ALREADY_SETTLED: "this claim is already {status}",
    SettlementCode.CLAIMED_MISMATCH: "the claim's total is {total}, not {claimed}",
    SettlementCode.DOES_NOT_ADD_UP: "approved {approved} + deducted {deducted} is not the claimed {claimed}",
    SettlementCode.REASON_REQUIRED: "a deduction needs a reason code or a reason",
}


@dataclass(frozen=True)
class SettlementProblem(Problem):
    """A problem of a settlement file; reads like any other Problem. Problems of the notice (header)
    have no row; in the JSON form the column is the field name and the row the line's position."""

    @property
    def reason(self) -> str:
        if isinstance(self.code, SettlementCode):
            return REASONS[self.code].format(**dict(self.params))
        return super().reason


@dataclass
class SettlementFile:
    """A settlement file as read: the notice's one row, the lines, and every problem found so far."""

    file_name: str
    header: SheetData
    lines: SheetData
    problems: list[Problem]

    def refuse_if_problems(self) -> None:
        if self.problems:
            raise ImportRefused(self.file_name, self.problems)

HEADER = SheetSpec("settlement", "核销通知", "Settlement notice", (
    C("settlement_no", "核销通知号", "Settlement no.", T.CODE, required=True, max_length=40,
      aliases=("核销单号", "核销编号", "通知单号", "Settlement number", "Notice no."), example="HX2026-0007",
      note_zh="总部的核销通知编号；同一编号只能导入一次。",
      note_en="Head office's number of the notice; a number is imported once only."),
    C("notice_date", "通知日期", "Notice date", T.DATE, required=True,
      aliases=("核销日期", "日期", "Date", "Settlement date"), example="2026-07-15",
      note_zh="核销通知的日期，也是三包费用入账的日期。",
      note_en="The date of the notice; the warranty credit is booked on this day."),
    C("batch_no", "批次号", "Batch no.", T.CODE, max_length=40,
      aliases=("索赔批次号", "批次编号", "索赔批次", "Batch", "Batch number"), example="D3701-2026-006",
      note_zh="核销的索赔批次；填写后明细中的每条索赔都必须属于该批次。空白时索赔可属于任何已导出的批次。",
      note_en="The claim batch settled; when given, every claim of the lines must belong to it. Empty: claims "
              "of any exported batch."),
    C("total_approved", "核准总额", "Total approved", T.MONEY, required=True, minimum=0,
      aliases=("核准金额合计", "核销总额", "核销金额合计", "Approved total"), example="2620.50",
      note_zh="明细核准金额之和，必须与明细相符。", note_en="The sum of the lines' approved amounts; must match."),
    C("total_deducted", "扣款总额", "Total deducted", T.MONEY, minimum=0,
      aliases=("扣款金额合计", "扣减总额", "Deducted total"), example="2270.00",
      note_zh="明细扣款金额之和，可空；填写时必须与明细相符。",
      note_en="The sum of the lines' deducted amounts; may be empty, must match when given."),
))

LINES = SheetSpec("settlement_lines", "核销明细", "Settlement lines", (
    C("claim_no", "索赔单号", "Claim no.", T.CODE, required=True, unique=True, max_length=40,
      aliases=("三包维修记录号", "维修记录号", "索赔编号", "三包单号", "Claim number", "Claim"),
      example="SB2026-000102", note_zh="每条索赔一行，同一索赔只能出现一次。",
      note_en="One row per claim; a claim appears once only."),
    C("revision", "修订版", "Revision", T.INT, positive=True, aliases=("版本", "版次", "Rev", "Rev."), example="1",
      note_zh="可空；空白时按该索赔在批次中的版本核销。",
      note_en="May be empty: the revision of the claim that is in a batch."),
    C("claimed_amount", "索赔金额", "Claimed amount", T.MONEY, required=True, minimum=0,
      aliases=("申报金额", "索赔总额", "申请金额", "Claimed", "Claim amount"), example="856.50",
      note_zh="必须等于本站导出的索赔合计金额。", note_en="Must equal the claim's total as exported."),
    C("approved_amount", "核准金额", "Approved amount", T.MONEY, required=True, minimum=0,
      aliases=("核销金额", "批准金额", "Approved"), example="706.50",
      note_zh="核准金额 + 扣款金额 = 索赔金额；为 0 即整单拒赔。",
      note_en="Approved + deducted = claimed; 0 means the claim is rejected."),
    C("deducted_amount", "扣款金额", "Deducted amount", T.MONEY, required=True, minimum=0,
      aliases=("扣减金额", "扣除金额", "Deducted", "Deduction"), example="150.00",
      note_zh="大于 0 时必须填写扣款原因代码或扣款原因。",
      note_en="Above 0 it needs a reason code or a reason."),
    C("reason_code", "扣款原因代码", "Reason code", T.CODE, max_length=20,
      aliases=("原因代码", "扣款代码", "Deduction code"), example="R04"),
    C("reason_text", "扣款原因", "Reason", T.TEXT, max_length=500, default="",
      aliases=("扣款说明", "原因", "Reason text", "Deduction reason"), example="工时超出标准"),
), notes_zh=("一个文件只能是一份核销通知：“核销通知”表只填一行，“核销明细”表每条索赔一行。",
             "任何一行有错误（未知索赔、不在批次中、金额不符、重复导入）时整个文件都不导入，并列出每个错误。"),
   notes_en=("One notice per file: one row on the notice sheet, one row per claim on the lines sheet.",
             "If anything is wrong (unknown claim, claim not in a batch, amounts that do not add up, a notice "
             "imported before) nothing is imported and every problem is listed."))

# Both sheets' columns, for the notes sheet only.
NOTES = SheetSpec("settlement_notes", "三包费用核销通知", "Settlement notice", HEADER.columns + LINES.columns,
                  LINES.notes_zh, LINES.notes_en)

# The example file: one claim paid in full, one cut, one rejected.
D = Decimal
EXAMPLE_HEADER: tuple[object, ...] = ("HX2026-0007", dt.date(2026, 7, 15), "D3701-2026-006", D("2620.50"), D("2270.00"))
EXAMPLE_LINES: tuple[tuple[object, ...], ...] = (
    ("SB2026-000101", 1, D("1914.00"), D("1914.00"), D("0.00"), "", ""),
    ("SB2026-000102", 1, D("856.50"), D("706.50"), D("150.00"), "R04", "工时超出标准"),
    ("SB2026-000103", 1, D("2120.00"), D("0.00"), D("2120.00"), "R03", "人为损坏，不属三包范围"),
)


def read_settlement_workbook(path: str | Path, progress: Progress | None = None) -> SettlementFile:
    """Both sheets of a settlement workbook, parsed. Raises ImportRefused when the file cannot be read
    or a sheet lacks its header; cell problems are collected in `.problems`. `progress` hears about the
    lines as they are read."""
    found: dict[str, SheetData] = {}
    problems: list[Problem] = []
    name = Path(path).name
    for spec in (HEADER, LINES):
        try:
            found[spec.kind] = read_sheet(path, spec, progress=progress if spec is LINES else None)
        except ImportRefused as refused:
            if any(p.code in _WHOLE_FILE for p in refused.problems):
                raise
            problems += refused.problems
    if problems:
        raise ImportRefused(name, problems)
    header, lines = found[HEADER.kind], found[LINES.kind]
    # The notice is one row: its problems are the notice's, not a row's (row 2 of the lines is another row).
    problems = [replace(p, row=None) for p in header.problems] + lines.problems
    if len(header.rows) > 1:
        problems.append(SettlementProblem(SettlementCode.ONE_NOTICE,  # type: ignore[arg-type]
                                          params=params(count=len(header.rows))))
    return SettlementFile(name, header, lines, problems)


_WHOLE_FILE = frozenset({ProblemCode.FILE_MISSING, ProblemCode.FILE_TOO_BIG, ProblemCode.NOT_XLSX,
                         ProblemCode.ENCRYPTED, ProblemCode.OLD_XLS, ProblemCode.UNREADABLE})


def write_settlement_sheet(path: str | Path, header: Iterable[object] = (),
                           lines: Iterable[Iterable[object]] = ()) -> Path:
    """The settlement workbook: the notice sheet (one row), the lines sheet and the notes sheet, with
    Chinese and English titles. Values are written as given (Decimal and date cells stay typed)."""
    target = Path(path)
    workbook = Workbook()
    notice = workbook.active
    assert notice is not None
    notice.title = HEADER.zh
    _data_sheet(notice, HEADER)
    values = list(header)
    if values:
        notice.append(safe_row(notice, [_cell(value) for value in values]))
    detail = workbook.create_sheet(LINES.zh)
    _data_sheet(detail, LINES)
    for line in lines:
        detail.append(safe_row(detail, [_cell(value) for value in line]))
    _notes_sheet(workbook.create_sheet("说明 Notes"), NOTES)
    workbook.active = 0
    return save_atomically(workbook, target)


def write_example(path: str | Path) -> Path:
    """resources/settlement/example-settlement.xlsx: one claim paid in full, one cut, one rejected."""
    return write_settlement_sheet(path, EXAMPLE_HEADER, EXAMPLE_LINES)


def _cell(value: object) -> object:
    return None if value == "" else value
