"""What the batch services hand back: plain frozen dataclasses, never ORM objects."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from app.domain.enums import BatchStatus, ClaimStatus


@dataclass(frozen=True)
class Totals:
    claim_count: int
    labour_amount: Decimal
    parts_amount: Decimal
    travel_amount: Decimal
    other_amount: Decimal
    total_amount: Decimal


@dataclass(frozen=True)
class BatchRow:
    """One line of the batch list."""

    id: int
    batch_no: str
    status: BatchStatus
    period_from: dt.date | None
    period_to: dt.date | None
    totals: Totals
    created_at: dt.datetime
    exported_at: dt.datetime | None
    package_name: str


@dataclass(frozen=True)
class BatchClaimRow:
    """A claim as the batch review shows it: who, what and how much."""

    claim_id: int
    claim_no: str
    revision: int
    status: ClaimStatus
    repair_date: dt.date
    serial_no: str
    model_code: str
    customer_name: str
    labour_amount: Decimal
    parts_amount: Decimal
    travel_amount: Decimal
    other_amount: Decimal
    total_amount: Decimal


@dataclass(frozen=True)
class BatchView:
    id: int
    batch_no: str
    dealer_code: str
    year: int
    sequence: int
    status: BatchStatus
    period_from: dt.date | None
    period_to: dt.date | None
    totals: Totals
    created_at: dt.datetime
    exported_at: dt.datetime | None
    package_name: str
    package_sha256: str
    claims: tuple[BatchClaimRow, ...] = field(default_factory=tuple)

    @property
    def is_open(self) -> bool:
        return self.status == BatchStatus.OPEN


@dataclass(frozen=True)
class ExportResult:
    batch_no: str
    path: Path  # the package: a folder or a .zip
    package_sha256: str  # SHA-256 of the package's manifest.json, which pins every other file
    files: int
    bytes: int
    locked: bool  # False for a re-export: the batch was already exported and stays as it was
    seconds: dict[str, float] = field(default_factory=dict)  # time per part: workbook, json, pdf, …
