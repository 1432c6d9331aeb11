"""Claim batches (索赔批次) to head office: building them from approved claims, reviewing, exporting.

    batch = create_batch(db, actor, period_from=date(2026, 10, 1), period_to=date(2026, 10, 31), today=today)
    result = export_batch(db, actor, batch.batch_no, Path("exports"), as_zip=True, progress=report)

Periods are repair-date periods. Exporting locks the batch and its claims; see exporting.py for how
the package is written atomically, and resources/templates/README.md for workbook templates.
"""
from __future__ import annotations

from app.services.batches.building import add_claims, create_batch, delete_batch, remove_claims
from app.services.batches.exporting import ExportFailed, export_batch, package_path
from app.services.batches.listing import (
    BatchNotFound,
    get_batch,
    latest_claim_ids,
    list_batches,
    waiting_claims,
)
from app.services.batches.templates import (
    BATCH_TEMPLATE,
    current_template,
    load_template,
    shipped_templates,
    use_template,
)
from app.services.batches.views import BatchClaimRow, BatchRow, BatchView, ExportResult, Totals

__all__ = [
    "BATCH_TEMPLATE",
    "BatchClaimRow",
    "BatchNotFound",
    "BatchRow",
    "BatchView",
    "ExportFailed",
    "ExportResult",
    "Totals",
    "add_claims",
    "create_batch",
    "current_template",
    "delete_batch",
    "export_batch",
    "get_batch",
    "latest_claim_ids",
    "list_batches",
    "load_template",
    "package_path",
    "remove_claims",
    "shipped_templates",
    "use_template",
    "waiting_claims",
]
