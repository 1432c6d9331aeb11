"""Translated words of the import: the kinds, the stages, and the reason for every problem.

The reasons repeat the English texts of app/reports/excel/problems.py (a test keeps the two in step),
marked here so the translator sees them; a problem is shown in the clerk's language with its values.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.enums import ClaimStatus
from app.reports.excel import Problem, ProblemCode
from app.reports.excel.settlement import SettlementCode
from app.services.inspection import InspectionCode
from app.services.settlements.checking import SAID
from app.ui.labels import label

_KINDS = {
    "models": QT_TRANSLATE_NOOP("ImportKind", "Product models"),
    "parts": QT_TRANSLATE_NOOP("ImportKind", "Parts and prices"),
    "customers": QT_TRANSLATE_NOOP("ImportKind", "Customers"),
    "units": QT_TRANSLATE_NOOP("ImportKind", "Units sold"),
    "stock": QT_TRANSLATE_NOOP("ImportKind", "Stock on hand"),
    "inspection": QT_TRANSLATE_NOOP("ImportKind", "Head office's inspection of old parts"),
    "settlement": QT_TRANSLATE_NOOP("ImportKind", "Head office's settlement notice"),
}

_STAGES = {
    "reading": QT_TRANSLATE_NOOP("ImportStage", "Reading the file… {done:,} rows"),
    "checking": QT_TRANSLATE_NOOP("ImportStage", "Checking every row against the database…"),
    "writing": QT_TRANSLATE_NOOP("ImportStage", "Saving…"),
}

P = ProblemCode
REASONS: dict[ProblemCode, str] = {
    P.FILE_MISSING: QT_TRANSLATE_NOOP("ImportProblem", "the file does not exist"),
    P.FILE_TOO_BIG: QT_TRANSLATE_NOOP("ImportProblem", "the file is {size}; files above {limit} are refused, "
                                                       "split it into smaller files"),
    P.NOT_XLSX: QT_TRANSLATE_NOOP("ImportProblem", "not an Excel workbook (.xlsx); save it from Excel as "
                                                   "\u201cExcel Workbook (*.xlsx)\u201d"),
    P.ENCRYPTED: QT_TRANSLATE_NOOP("ImportProblem", "the workbook is protected by a password; open it in Excel, "
                                                    "remove the password and save it again"),
    P.OLD_XLS: QT_TRANSLATE_NOOP("ImportProblem", "an old Excel 97-2003 workbook (.xls); open it in Excel and save "
                                                  "it as .xlsx"),
    P.UNREADABLE: QT_TRANSLATE_NOOP("ImportProblem", "the workbook cannot be read ({detail})"),
    P.EMPTY_SHEET: QT_TRANSLATE_NOOP("ImportProblem", "the sheet \u201c{sheet}\u201d is empty"),
    P.NO_HEADER: QT_TRANSLATE_NOOP("ImportProblem", "no header row found on the sheet \u201c{sheet}\u201d: the first "
                                                    "row must hold the column titles of the template"),
    P.NO_ROWS: QT_TRANSLATE_NOOP("ImportProblem", "there are no rows under the header"),
    P.TOO_MANY_ROWS: QT_TRANSLATE_NOOP("ImportProblem", "more than {limit} rows; split the file"),
    P.MISSING_COLUMN: QT_TRANSLATE_NOOP("ImportProblem", "required column missing"),
    P.DUPLICATE_COLUMN: QT_TRANSLATE_NOOP("ImportProblem", "this column appears twice (also column {other})"),
    P.REQUIRED: QT_TRANSLATE_NOOP("ImportProblem", "required, but the cell is empty"),
    P.NOT_A_NUMBER: QT_TRANSLATE_NOOP("ImportProblem", "not a number"),
    P.TOO_BIG: QT_TRANSLATE_NOOP("ImportProblem", "too large; at most {limit}"),
    P.NOT_WHOLE: QT_TRANSLATE_NOOP("ImportProblem", "not a whole number"),
    P.TOO_MANY_DECIMALS: QT_TRANSLATE_NOOP("ImportProblem", "more than {places} decimal places"),
    P.NEGATIVE: QT_TRANSLATE_NOOP("ImportProblem", "must not be negative"),
    P.NOT_POSITIVE: QT_TRANSLATE_NOOP("ImportProblem", "must be greater than zero"),
    P.NOT_A_DATE: QT_TRANSLATE_NOOP("ImportProblem", "not a date (write 2026-03-01, 2026/3/1 or 2026\u5e743\u6708"
                                                     "1\u65e5)"),
    P.NOT_YES_NO: QT_TRANSLATE_NOOP("ImportProblem", "write \u662f or \u5426 (yes or no)"),
    P.NOT_A_CHOICE: QT_TRANSLATE_NOOP("ImportProblem", "not one of: {choices}"),
    P.TOO_LONG: QT_TRANSLATE_NOOP("ImportProblem", "longer than {limit} characters"),
    P.DUPLICATE_IN_FILE: QT_TRANSLATE_NOOP("ImportProblem", "also on row {other} of this file"),
    P.ALREADY_EXISTS: QT_TRANSLATE_NOOP("ImportProblem", "already in the database"),
    P.UNKNOWN_MODEL: QT_TRANSLATE_NOOP("ImportProblem", "no model with this code; import or add the model first"),
    P.UNKNOWN_CUSTOMER: QT_TRANSLATE_NOOP("ImportProblem", "no customer with this code or phone number; import or "
                                                           "add the customer first"),
    P.AMBIGUOUS_CUSTOMER: QT_TRANSLATE_NOOP("ImportProblem", "{count} customers have this phone number; give the "
                                                             "customer code instead"),
    P.UNKNOWN_PART: QT_TRANSLATE_NOOP("ImportProblem", "no part with this part number; import or add the part first"),
    P.FUTURE_DATE: QT_TRANSLATE_NOOP("ImportProblem", "in the future (today is {today})"),
    P.BEFORE_SALE: QT_TRANSLATE_NOOP("ImportProblem", "before the sale date ({sale_date})"),
    P.BEFORE_SENT: QT_TRANSLATE_NOOP("ImportProblem", "before the card was sent ({sent_on})"),
    P.NOT_SENT: QT_TRANSLATE_NOOP("ImportProblem", "a card cannot be acknowledged before it was sent"),
    P.SHORTER_THAN_WARRANTY: QT_TRANSLATE_NOOP("ImportProblem", "shorter than the whole-machine warranty "
                                                                "({months} months)"),
}


IC = InspectionCode
INSPECTION_REASONS: dict[InspectionCode, str] = {  # app/services/inspection.py REASONS, in step (a test)
    IC.UNKNOWN_TAG: QT_TRANSLATE_NOOP("ImportProblem", "no old part has this tag number"),
    IC.ALREADY_INSPECTED: QT_TRANSLATE_NOOP("ImportProblem", "this old part is already {status}; it cannot be "
                                                            "inspected again"),
    IC.NOT_SHIPPED: QT_TRANSLATE_NOOP("ImportProblem", "this old part is {status}, not shipped to head office"),
    IC.OTHER_SHIPMENT: QT_TRANSLATE_NOOP("ImportProblem", "this old part is in shipment {shipment}, the rest of the "
                                                         "file in {main}; one file per shipment"),
    IC.VERDICT_NOT_RECEIVED: QT_TRANSLATE_NOOP("ImportProblem", "a part head office did not receive cannot have a "
                                                               "verdict; leave it empty"),
    IC.ALREADY_RECEIVED: QT_TRANSLATE_NOOP("ImportProblem", "head office already reported this part received"),
}

SC = SettlementCode
SETTLEMENT_REASONS: dict[SettlementCode, str] = {  # app/reports/excel/settlement.py REASONS, in step (a test)
    SC.ONE_NOTICE: QT_TRANSLATE_NOOP("ImportProblem", "the notice sheet has {count} rows; one settlement notice per "
                                                      "file"),
    SC.NOT_AN_OBJECT: QT_TRANSLATE_NOOP("ImportProblem", "{what} must be a JSON object"),
    SC.SCHEMA_VERSION: QT_TRANSLATE_NOOP("ImportProblem", "schema_version {version} is not understood; this version "
                                                          "reads {supported}"),
    SC.FILE_ALREADY_IMPORTED: QT_TRANSLATE_NOOP("ImportProblem", "this file was already imported on {day} as "
                                                                 "settlement {settlement}"),
    SC.ALREADY_IMPORTED: QT_TRANSLATE_NOOP("ImportProblem", "settlement {settlement} was already imported on {day}"),
    SC.UNKNOWN_BATCH: QT_TRANSLATE_NOOP("ImportProblem", "no claim batch has this number"),
    SC.BATCH_NOT_EXPORTED: QT_TRANSLATE_NOOP("ImportProblem", "batch {batch} has not been exported yet; head office "
                                                              "cannot have settled it"),
    SC.BATCH_SETTLED: QT_TRANSLATE_NOOP("ImportProblem", "batch {batch} is already settled"),
    SC.TOTAL_MISMATCH: QT_TRANSLATE_NOOP("ImportProblem", "the lines add up to {lines}, the notice says {total}"),
    SC.UNKNOWN_CLAIM: QT_TRANSLATE_NOOP("ImportProblem", "no claim has this number{revision}"),
    SC.NOT_IN_BATCH: QT_TRANSLATE_NOOP("ImportProblem", "this claim is {status} and in no exported batch; only "
                                                        "claims sent to head office can be settled"),
    SC.OTHER_BATCH: QT_TRANSLATE_NOOP("ImportProblem", "this claim is in batch {batch}, the notice settles batch "
                                                       "{main}"),
    SC.ALREADY_SETTLED: QT_TRANSLATE_NOOP("ImportProblem", "this claim is already {status}"),
    SC.CLAIMED_MISMATCH: QT_TRANSLATE_NOOP("ImportProblem", "the claim's total is {total}, not {claimed}"),
    SC.DOES_NOT_ADD_UP: QT_TRANSLATE_NOOP("ImportProblem", "approved {approved} + deducted {deducted} is not the "
                                                           "claimed {claimed}"),
    SC.REASON_REQUIRED: QT_TRANSLATE_NOOP("ImportProblem", "a deduction needs a reason code or a reason"),
}
# A settlement problem names the claim's status in English words; a translated reason shows its label.
_STATUS_WORDS = {SAID.get(status, status.value.replace("_", " ")): status for status in ClaimStatus}
_REVISION = QT_TRANSLATE_NOOP("ImportProblem", " (revision {number})")


def kind_title(kind: str) -> str:
    return QCoreApplication.translate("ImportKind", _KINDS[kind])


def stage_text(stage: str, done: int = 0) -> str:
    source = _STAGES.get(stage)
    return QCoreApplication.translate("ImportStage", source).format(done=done) if source else ""


def reason(problem: Problem) -> str:
    """The problem's reason in the interface language, its values filled in."""
    settlement = isinstance(problem.code, SettlementCode)
    if settlement:
        source = SETTLEMENT_REASONS.get(problem.code)  # type: ignore[call-overload]
    else:
        source = INSPECTION_REASONS.get(problem.code) or REASONS.get(problem.code)  # type: ignore[call-overload]
    if source is None:
        return problem.reason
    text = QCoreApplication.translate("ImportProblem", source)
    values = dict(problem.params)
    if settlement and text != source:  # the service's English words among the values, in the clerk's language
        if values.get("status") in _STATUS_WORDS:
            values["status"] = label(_STATUS_WORDS[values["status"]])
        revision = re.fullmatch(r" \(revision (\d+)\)", values.get("revision", ""))
        if revision:
            values["revision"] = QCoreApplication.translate("ImportProblem", _REVISION).format(number=revision[1])
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: the English is right
        return problem.reason
