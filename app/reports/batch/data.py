"""What a claim batch export holds, as plain data: the batch header and its claims with their lines.

The service gathers it once from the database; the workbook, the JSON document and the manifest are
all written from this one snapshot, so they can never disagree.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class BatchHeader:
    batch_no: str
    dealer_code: str
    dealer_name: str
    manufacturer: str
    period_from: dt.date | None
    period_to: dt.date | None
    created_on: dt.date  # the day the batch was opened: fixed, so a re-export is byte-identical
    claim_count: int
    labour_amount: Decimal
    parts_amount: Decimal
    travel_amount: Decimal
    other_amount: Decimal
    total_amount: Decimal


@dataclass(frozen=True)
class LabourData:
    line_no: int
    operation_code: str
    description: str
    flat_rate_hours: Decimal | None
    hours: Decimal  # actual hours worked
    hourly_rate: Decimal
    amount: Decimal


@dataclass(frozen=True)
class PartData:
    line_no: int
    part_no: str
    part_name: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    causal: bool
    retained: bool  # kept as an old part for return to the manufacturer
    old_serial_no: str
    new_serial_no: str


@dataclass(frozen=True)
class OldPartData:
    tag_no: str
    line_no: int
    part_no: str
    part_name: str
    quantity: Decimal
    due_date: dt.date


@dataclass(frozen=True)
class AttachmentData:
    attachment_id: int
    kind: str
    file_name: str  # as the clerk attached it
    path: str  # inside the package: attachments/<claim number>/<file name>
    mime_type: str
    sha256: str
    size_bytes: int


@dataclass(frozen=True)
class ClaimData:
    claim_id: int
    claim_no: str
    revision: int
    failure_date: dt.date
    repair_date: dt.date
    approval_date: dt.date | None
    serial_no: str
    engine_no: str
    model_code: str
    model_name: str
    sale_date: dt.date
    customer_name: str
    customer_phone: str
    customer_address: str
    hour_meter: Decimal | None
    area_worked: Decimal | None
    complaint: str
    cause: str
    correction: str
    fault_code: str
    technician: str
    travel_km: Decimal | None
    travel_rate: Decimal | None
    labour_amount: Decimal
    parts_amount: Decimal
    travel_amount: Decimal
    other_amount: Decimal
    other_note: str
    total_amount: Decimal
    customer_signed: bool
    labour: tuple[LabourData, ...] = ()
    parts: tuple[PartData, ...] = ()
    old_parts: tuple[OldPartData, ...] = ()
    attachments: tuple[AttachmentData, ...] = ()

    @property
    def causal_part(self) -> PartData | None:
        """The part that caused the failure (the first one marked, should a clerk have marked two)."""
        return next((p for p in self.parts if p.causal), None)

    @property
    def labour_hours(self) -> Decimal:
        return sum((line.hours for line in self.labour), Decimal(0))

    @property
    def record_path(self) -> str:
        """The repair record's PDF inside the package."""
        return f"pdf/{self.claim_no}.pdf"


@dataclass(frozen=True)
class ReturnData:
    """An exchange or refund (换货 / 退货) reported in the batch: its own record kind, not a claim."""

    record_no: str
    kind: str  # "exchange" or "refund"
    decided_on: dt.date
    fault_date: dt.date
    window_start: dt.date  # the sale (invoice) or exchange the 15 days ran from
    fault_kind: str  # "safety" or "performance"
    fault_description: str
    agreement: str
    serial_no: str
    engine_no: str
    model_code: str
    model_name: str
    customer_name: str
    customer_phone: str
    customer_address: str
    new_serial_no: str
    new_engine_no: str
    new_model_code: str
    refund_amount: Decimal | None

    @property
    def days_after_start(self) -> int:
        return (self.fault_date - self.window_start).days

    @property
    def record_path(self) -> str:
        """The signed record's PDF inside the package."""
        return f"pdf/{self.record_no}.pdf"


@dataclass(frozen=True)
class BatchData:
    header: BatchHeader
    claims: tuple[ClaimData, ...]
    returns: tuple[ReturnData, ...] = ()

    @property
    def labour_line_count(self) -> int:
        return sum(len(c.labour) for c in self.claims)

    @property
    def part_line_count(self) -> int:
        return sum(len(c.parts) for c in self.claims)

    @property
    def old_part_count(self) -> int:
        return sum(len(c.old_parts) for c in self.claims)

    @property
    def attachment_count(self) -> int:
        return sum(len(c.attachments) for c in self.claims)
