"""The dealer's account with head office (rule 5): credits from settlement notices, offsets against the
dealer's payable, what is still owed per batch and in total, its ageing, and the Excel export."""
from __future__ import annotations

from app.services.ledger.accounts import (
    BUCKETS,
    Accounts,
    Ageing,
    AgeingItem,
    BatchAccount,
    Deduction,
    Lot,
    accounts,
    ageing,
    bucket_of,
    open_lots,
)
from app.services.ledger.entries import (
    SORTS,
    LedgerBalance,
    LedgerRow,
    OffsetResult,
    ledger_balance,
    ledger_page,
    record_offset,
)
from app.services.ledger.export import export_ledger

__all__ = [
    "BUCKETS",
    "SORTS",
    "Accounts",
    "Ageing",
    "AgeingItem",
    "BatchAccount",
    "Deduction",
    "LedgerBalance",
    "LedgerRow",
    "Lot",
    "OffsetResult",
    "accounts",
    "ageing",
    "bucket_of",
    "export_ledger",
    "ledger_balance",
    "ledger_page",
    "open_lots",
    "record_offset",
]
