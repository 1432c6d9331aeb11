"""The machine-readable batch: a JSON document that follows resources/schemas/claim-batch.schema.json.

Field names follow the claim vocabulary of automotive warranty data exchange (claimNumber,
complaint / cause / correction, labourOperations with operationCode and hours, causalPart,
failureDate, repairDate). Amounts are strings with two decimals ("123.40") and hours and
quantities decimal strings ("2.5"): a float would not keep the fen exact. Keys come in a fixed
order, claims by number and lines by line number, and nothing depends on the moment of export, so
the same batch always gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from app.reports.batch.data import BatchData, ClaimData, ReturnData

SCHEMA_VERSION = "1.1"  # 1.1: exchanges and refunds (returns)
CURRENCY = "CNY"


def money(value: Decimal) -> str:
    return f"{value:.2f}"


def number(value: Decimal | None) -> str | None:
    """2.50 → "2.5", 3 → "3": a decimal string without trailing zeros or an exponent."""
    if value is None:
        return None
    return format(value.normalize(), "f")


def day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def batch_document(data: BatchData) -> dict[str, Any]:
    h = data.header
    return {
        "schema_version": SCHEMA_VERSION,
        "batch": {
            "batchNumber": h.batch_no,
            "dealerCode": h.dealer_code,
            "dealerName": h.dealer_name,
            "manufacturer": h.manufacturer,
            "periodFrom": day(h.period_from),
            "periodTo": day(h.period_to),
            "currency": CURRENCY,
            "claimCount": h.claim_count,
            "totals": {"labourAmount": money(h.labour_amount), "partsAmount": money(h.parts_amount),
                       "travelAmount": money(h.travel_amount), "otherAmount": money(h.other_amount),
                       "totalAmount": money(h.total_amount)},
        },
        "claims": [_claim(c) for c in data.claims],
        "returns": [_return(r) for r in data.returns],
    }


def _return(r: ReturnData) -> dict[str, Any]:
    """An exchange or refund (换货 / 退货): its own record kind beside the claims."""
    return {
        "recordNumber": r.record_no,
        "kind": r.kind,
        "decidedOn": day(r.decided_on),
        "faultDate": day(r.fault_date),
        "windowStart": day(r.window_start),
        "daysAfterStart": r.days_after_start,
        "faultKind": r.fault_kind,
        "faultDescription": r.fault_description,
        "agreement": r.agreement,
        "unit": {"serialNumber": r.serial_no, "engineNumber": r.engine_no, "modelCode": r.model_code,
                 "modelName": r.model_name},
        "customer": {"name": r.customer_name, "phone": r.customer_phone, "address": r.customer_address},
        "newUnit": {"serialNumber": r.new_serial_no, "engineNumber": r.new_engine_no,
                    "modelCode": r.new_model_code} if r.kind == "exchange" else None,
        "refundAmount": money(r.refund_amount) if r.refund_amount is not None else None,
        "recordFile": r.record_path,
    }


def _claim(c: ClaimData) -> dict[str, Any]:
    causal = c.causal_part
    return {
        "claimNumber": c.claim_no,
        "revision": c.revision,
        "failureDate": day(c.failure_date),
        "repairDate": day(c.repair_date),
        "approvalDate": day(c.approval_date),
        "unit": {"serialNumber": c.serial_no, "engineNumber": c.engine_no, "modelCode": c.model_code,
                 "modelName": c.model_name, "saleDate": day(c.sale_date)},
        "customer": {"name": c.customer_name, "phone": c.customer_phone, "address": c.customer_address},
        "hourMeter": number(c.hour_meter),
        "areaWorked": number(c.area_worked),
        "complaint": c.complaint,
        "cause": c.cause,
        "correction": c.correction,
        "faultCode": c.fault_code,
        "technician": c.technician,
        "causalPart": {"partNumber": causal.part_no, "partName": causal.part_name} if causal else None,
        "labourOperations": [
            {"lineNumber": x.line_no, "operationCode": x.operation_code, "description": x.description,
             "flatRateHours": number(x.flat_rate_hours), "hours": number(x.hours),
             "hourlyRate": money(x.hourly_rate), "amount": money(x.amount)} for x in c.labour],
        "parts": [
            {"lineNumber": x.line_no, "partNumber": x.part_no, "partName": x.part_name,
             "quantity": number(x.quantity), "unitPrice": money(x.unit_price), "amount": money(x.amount),
             "causal": x.causal, "oldPartRetained": x.retained, "oldSerialNumber": x.old_serial_no,
             "newSerialNumber": x.new_serial_no} for x in c.parts],
        "oldParts": [
            {"tagNumber": x.tag_no, "lineNumber": x.line_no, "partNumber": x.part_no, "partName": x.part_name,
             "quantity": number(x.quantity), "dueDate": day(x.due_date)} for x in c.old_parts],
        "travel": {"distanceKm": number(c.travel_km),
                   "ratePerKm": money(c.travel_rate) if c.travel_rate is not None else None,
                   "amount": money(c.travel_amount)},
        "other": {"amount": money(c.other_amount), "note": c.other_note},
        "amounts": {"labourAmount": money(c.labour_amount), "partsAmount": money(c.parts_amount),
                    "travelAmount": money(c.travel_amount), "otherAmount": money(c.other_amount),
                    "totalAmount": money(c.total_amount)},
        "customerSigned": c.customer_signed,
        "repairRecord": c.record_path,
        "attachments": [
            {"path": a.path, "fileName": a.file_name, "kind": a.kind, "mediaType": a.mime_type,
             "size": a.size_bytes, "sha256": a.sha256} for a in c.attachments],
    }


def dumps(document: dict[str, Any]) -> bytes:
    """UTF-8, Chinese as itself, two-space indents, a final newline."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
