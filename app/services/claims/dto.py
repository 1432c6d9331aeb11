"""What the claim editor sends and what it gets back: plain frozen dataclasses."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from app.domain.checks import Finding
from app.domain.enums import ClaimStatus, OldPartStatus
from app.domain.old_parts import DueState


@dataclass(frozen=True)
class LabourLineInput:
    operation_code: str
    actual_hours: Decimal
    hourly_rate: Decimal | None = None  # None: the model's labour rate
    flat_rate_hours: Decimal | None = None  # None: from the labour-time table, when it has the operation
    description: str = ""


@dataclass(frozen=True)
class PartLineInput:
    part_no: str
    quantity: Decimal
    unit_price: Decimal | None = None  # None: the catalogue price on the repair date
    is_causal: bool = False
    retain: bool | None = None  # None: retained when the part must be returned
    old_serial_no: str = ""  # a replaced main component's serial numbers
    new_serial_no: str = ""


@dataclass(frozen=True)
class ClaimInput:
    unit_serial: str
    failure_date: dt.date
    repair_date: dt.date
    complaint: str = ""
    cause: str = ""
    correction: str = ""
    fault_code: str = ""
    technician: str = ""
    hour_meter: Decimal | None = None
    area_worked: Decimal | None = None
    exclusion: str | None = None
    travel_km: Decimal | None = None
    travel_rate: Decimal | None = None
    travel_fixed: Decimal | None = None
    other_amount: Decimal = Decimal(0)
    other_note: str = ""
    parts_wait_days: int = 0
    customer_signed: bool = False
    labour: tuple[LabourLineInput, ...] = ()
    parts: tuple[PartLineInput, ...] = ()
    service_entry_id: int | None = None


@dataclass(frozen=True)
class LabourLineView:
    line_no: int
    operation_code: str
    description: str
    flat_rate_hours: Decimal | None
    actual_hours: Decimal
    hourly_rate: Decimal
    amount: Decimal


@dataclass(frozen=True)
class PartLineView:
    line_no: int
    part_id: int
    part_no: str
    part_name: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    is_causal: bool
    retain: bool
    must_return: bool
    is_main_component: bool
    old_serial_no: str
    new_serial_no: str


@dataclass(frozen=True)
class AuditView:
    at: dt.datetime
    user_name: str
    action: str
    field: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class ClaimOldPart:
    """An old part the claim retained, and where it is in its return."""

    tag_no: str
    part_no: str
    status: OldPartStatus
    due_date: dt.date
    due_state: DueState
    remark: str = ""


@dataclass(frozen=True)
class ClaimView:
    id: int
    claim_no: str
    revision: int
    status: ClaimStatus
    version: int
    unit_id: int
    unit_serial: str
    model_code: str
    model_name: str
    customer_name: str
    customer_phone: str
    sale_date: dt.date
    input: ClaimInput
    labour: tuple[LabourLineView, ...]
    parts: tuple[PartLineView, ...]
    labour_amount: Decimal
    parts_amount: Decimal
    travel_amount: Decimal
    other_amount: Decimal
    total_amount: Decimal
    findings: tuple[Finding, ...]
    check_level: str
    read_only: bool
    approved_by: str = ""
    approved_at: dt.datetime | None = None
    batch_no: str = ""
    previous_revision_id: int | None = None
    audit: tuple[AuditView, ...] = field(default_factory=tuple)
    old_parts: tuple[ClaimOldPart, ...] = field(default_factory=tuple)
