"""Every field a workbook template may place in a column, per kind of row, declared once.

Names follow the claim vocabulary of the JSON document (claimNumber, repairDate, operationCode …), so
a template reads like the JSON Schema. Rows of labour lines, part lines and old parts may also show any
field of their claim (claimNumber, serialNumber, repairDate …).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any

from app.reports.batch.data import BatchData, ClaimData


class FieldType(Enum):
    TEXT = "text"  # typed by a person: guarded against formula injection
    CODE = "code"  # numbers and codes, kept as text
    DATE = "date"
    MONEY = "money"  # yuan, two decimals
    DECIMAL = "decimal"  # hours, quantities, kilometres
    INT = "int"
    BOOL = "bool"


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    get: Callable[[Any], object]
    description: str


class RowKind(StrEnum):
    SUMMARY = "summary"
    CLAIMS = "claims"
    LABOUR = "labour"
    PARTS = "parts"
    OLD_PARTS = "oldParts"
    RETURNS = "returns"  # exchanges and refunds (换货 / 退货)


# Short names keep the tables below one line a field.
T, C, D, M, N, W, B = (FieldType.TEXT, FieldType.CODE, FieldType.DATE, FieldType.MONEY, FieldType.DECIMAL,
                       FieldType.INT, FieldType.BOOL)


def _summary() -> list[Field]:
    rows: list[tuple[str, FieldType, Callable[[BatchData], object], str]] = [
        ("batchNumber", C, lambda d: d.header.batch_no, "claim batch number: dealer code, year, sequence"),
        ("dealerCode", C, lambda d: d.header.dealer_code, "the dealer's code at head office"),
        ("dealerName", T, lambda d: d.header.dealer_name, "the dealer's name"),
        ("manufacturer", T, lambda d: d.header.manufacturer, "the manufacturer the batch goes to"),
        ("periodFrom", D, lambda d: d.header.period_from, "first repair date of the period (empty: picked claims)"),
        ("periodTo", D, lambda d: d.header.period_to, "last repair date of the period (empty: picked claims)"),
        ("claimCount", W, lambda d: d.header.claim_count, "claims in the batch"),
        ("labourLineCount", W, lambda d: d.labour_line_count, "labour lines of all claims"),
        ("partLineCount", W, lambda d: d.part_line_count, "part lines of all claims"),
        ("oldPartCount", W, lambda d: d.old_part_count, "old parts (旧件) tagged for return"),
        ("attachmentCount", W, lambda d: d.attachment_count, "photos and scans in the package"),
        ("returnCount", W, lambda d: len(d.returns), "exchanges and refunds (换货 / 退货) reported with the batch"),
        ("labourAmount", M, lambda d: d.header.labour_amount, "labour of all claims"),
        ("partsAmount", M, lambda d: d.header.parts_amount, "parts of all claims"),
        ("travelAmount", M, lambda d: d.header.travel_amount, "travel of all claims"),
        ("otherAmount", M, lambda d: d.header.other_amount, "other costs of all claims"),
        ("totalAmount", M, lambda d: d.header.total_amount, "what the batch claims in total"),
        ("currency", C, lambda d: "CNY", "always CNY (yuan)"),
    ]
    return [Field(*row) for row in rows]


_CLAIM: list[tuple[str, FieldType, Callable[[ClaimData], object], str]] = [
    ("claimNumber", C, lambda c: c.claim_no, "warranty claim (三包维修记录) number"),
    ("revision", W, lambda c: c.revision, "1, or higher for a claim reworked after a rejection"),
    ("failureDate", D, lambda c: c.failure_date, "the day the machine failed"),
    ("repairDate", D, lambda c: c.repair_date, "the day it was repaired"),
    ("approvalDate", D, lambda c: c.approval_date, "the day the service manager approved the claim"),
    ("serialNumber", C, lambda c: c.serial_no, "the machine's serial number (出厂编号)"),
    ("engineNumber", C, lambda c: c.engine_no, "its engine number (发动机号)"),
    ("modelCode", C, lambda c: c.model_code, "model code (机型)"),
    ("modelName", T, lambda c: c.model_name, "model name"),
    ("saleDate", D, lambda c: c.sale_date, "the day the machine was sold"),
    ("customerName", T, lambda c: c.customer_name, "the customer (farmer) served"),
    ("customerPhone", C, lambda c: c.customer_phone, "the customer's phone"),
    ("customerAddress", T, lambda c: c.customer_address, "the customer's address"),
    ("hourMeter", N, lambda c: c.hour_meter, "hour meter reading at the repair"),
    ("areaWorked", N, lambda c: c.area_worked, "area worked (mu), for machines counted by area"),
    ("complaint", T, lambda c: c.complaint, "what the customer reported"),
    ("cause", T, lambda c: c.cause, "what caused the failure"),
    ("correction", T, lambda c: c.correction, "what was done to fix it"),
    ("faultCode", C, lambda c: c.fault_code, "the manufacturer's fault code"),
    ("technician", T, lambda c: c.technician, "who repaired it"),
    ("causalPartNumber", C, lambda c: c.causal_part.part_no if c.causal_part else "", "the part that caused it"),
    ("causalPartName", T, lambda c: c.causal_part.part_name if c.causal_part else "", "its name"),
    ("labourHours", N, lambda c: c.labour_hours, "hours of all labour lines"),
    ("labourAmount", M, lambda c: c.labour_amount, "labour"),
    ("partsAmount", M, lambda c: c.parts_amount, "parts"),
    ("travelDistance", N, lambda c: c.travel_km, "travel in km (empty: a fixed travel amount)"),
    ("travelRate", M, lambda c: c.travel_rate, "yuan per km"),
    ("travelAmount", M, lambda c: c.travel_amount, "travel"),
    ("otherAmount", M, lambda c: c.other_amount, "other costs"),
    ("otherNote", T, lambda c: c.other_note, "what the other costs are"),
    ("totalAmount", M, lambda c: c.total_amount, "what the claim claims"),
    ("customerSigned", B, lambda c: c.customer_signed, "the customer signed the repair record"),
    ("partLineCount", W, lambda c: len(c.parts), "part lines"),
    ("oldPartCount", W, lambda c: len(c.old_parts), "old parts tagged for return"),
    ("attachmentCount", W, lambda c: len(c.attachments), "photos and scans"),
    ("repairRecordFile", C, lambda c: c.record_path, "the repair record's PDF in the package"),
]

_LABOUR: list[tuple[str, FieldType, Callable[[Any], object], str]] = [
    ("lineNumber", W, lambda x: x.line_no, "line number within the claim"),
    ("operationCode", C, lambda x: x.operation_code, "labour operation code (工时代码)"),
    ("operationDescription", T, lambda x: x.description, "what the operation is"),
    ("flatRateHours", N, lambda x: x.flat_rate_hours, "hours the labour-time table allows"),
    ("hours", N, lambda x: x.hours, "hours worked"),
    ("hourlyRate", M, lambda x: x.hourly_rate, "yuan per hour"),
    ("amount", M, lambda x: x.amount, "the line's amount"),
]

_PARTS: list[tuple[str, FieldType, Callable[[Any], object], str]] = [
    ("lineNumber", W, lambda x: x.line_no, "line number within the claim"),
    ("partNumber", C, lambda x: x.part_no, "part number"),
    ("partName", T, lambda x: x.part_name, "part name"),
    ("quantity", N, lambda x: x.quantity, "quantity"),
    ("unitPrice", M, lambda x: x.unit_price, "price on the repair date"),
    ("amount", M, lambda x: x.amount, "the line's amount"),
    ("causal", B, lambda x: x.causal, "this part caused the failure"),
    ("oldPartRetained", B, lambda x: x.retained, "the replaced part is kept for return (旧件)"),
    ("oldSerialNumber", C, lambda x: x.old_serial_no, "serial number of the replaced main component"),
    ("newSerialNumber", C, lambda x: x.new_serial_no, "serial number of the new one"),
]

_OLD_PARTS: list[tuple[str, FieldType, Callable[[Any], object], str]] = [
    ("tagNumber", C, lambda x: x.tag_no, "old-part tag number"),
    ("lineNumber", W, lambda x: x.line_no, "the part line it came from"),
    ("partNumber", C, lambda x: x.part_no, "part number"),
    ("partName", T, lambda x: x.part_name, "part name"),
    ("quantity", N, lambda x: x.quantity, "quantity"),
    ("dueDate", D, lambda x: x.due_date, "the return date it must reach head office by"),
]


_RETURNS: list[tuple[str, FieldType, Callable[[Any], object], str]] = [
    ("recordNumber", C, lambda x: x.record_no, "exchange (HH…) or refund (TK…) record number"),
    ("kind", C, lambda x: x.kind, "exchange or refund"),
    ("decidedOn", D, lambda x: x.decided_on, "the day of the exchange or refund"),
    ("faultDate", D, lambda x: x.fault_date, "the day the fault appeared"),
    ("windowStart", D, lambda x: x.window_start, "the sale (invoice) or exchange the 15 days ran from"),
    ("daysAfterStart", W, lambda x: x.days_after_start, "days from that date to the fault (less than 15)"),
    ("faultKind", C, lambda x: x.fault_kind, "safety or performance fault"),
    ("faultDescription", T, lambda x: x.fault_description, "what the fault was"),
    ("agreement", T, lambda x: x.agreement, "what was agreed with the customer"),
    ("serialNumber", C, lambda x: x.serial_no, "serial number of the unit given back"),
    ("engineNumber", C, lambda x: x.engine_no, "its engine number"),
    ("modelCode", C, lambda x: x.model_code, "its model code"),
    ("modelName", T, lambda x: x.model_name, "its model name"),
    ("customerName", T, lambda x: x.customer_name, "the customer"),
    ("customerPhone", C, lambda x: x.customer_phone, "the customer's phone"),
    ("customerAddress", T, lambda x: x.customer_address, "the customer's address"),
    ("newSerialNumber", C, lambda x: x.new_serial_no, "exchange: serial number of the new unit"),
    ("newEngineNumber", C, lambda x: x.new_engine_no, "exchange: its engine number"),
    ("newModelCode", C, lambda x: x.new_model_code, "exchange: its model code"),
    ("refundAmount", M, lambda x: x.refund_amount, "refund: the amount paid back"),
    ("recordFile", C, lambda x: x.record_path, "the signed record's PDF in the package"),
]


def _claim_fields(of_row: Callable[[Any], ClaimData]) -> list[Field]:
    return [Field(name, kind, (lambda row, g=get: g(of_row(row))), text) for name, kind, get, text in _CLAIM]


def _line_fields(own: list[tuple[str, FieldType, Callable[[Any], object], str]]) -> list[Field]:
    """A line's own fields read the line (row[1]); the claim's fields read its claim (row[0])."""
    lines = [Field(name, kind, (lambda row, g=get: g(row[1])), text) for name, kind, get, text in own]
    names = {f.name for f in lines}
    return lines + [f for f in _claim_fields(lambda row: row[0]) if f.name not in names]


FIELDS: dict[RowKind, dict[str, Field]] = {
    RowKind.SUMMARY: {f.name: f for f in _summary()},
    RowKind.CLAIMS: {f.name: f for f in _claim_fields(lambda row: row)},
    RowKind.LABOUR: {f.name: f for f in _line_fields(_LABOUR)},
    RowKind.PARTS: {f.name: f for f in _line_fields(_PARTS)},
    RowKind.OLD_PARTS: {f.name: f for f in _line_fields(_OLD_PARTS)},
    RowKind.RETURNS: {name: Field(name, kind, get, text) for name, kind, get, text in _RETURNS},
}


def rows_of(kind: RowKind, data: BatchData) -> list[Any]:
    """The rows a sheet of `kind` shows, in a stable order (claims by number, lines by line number)."""
    if kind is RowKind.SUMMARY:
        return [data]
    if kind is RowKind.CLAIMS:
        return list(data.claims)
    if kind is RowKind.LABOUR:
        return [(c, x) for c in data.claims for x in c.labour]
    if kind is RowKind.PARTS:
        return [(c, x) for c in data.claims for x in c.parts]
    if kind is RowKind.RETURNS:
        return list(data.returns)
    return [(c, x) for c in data.claims for x in c.old_parts]
