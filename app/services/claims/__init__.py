"""Warranty claims (三包维修记录): editing, checks, life cycle and the claims list."""
from __future__ import annotations

from app.services.claims.attachments import (
    AttachmentInfo,
    add_attachment,
    get_attachment_content,
    list_attachments,
    remove_attachment,
)
from app.services.claims.checking import list_rule_settings, put_rule_setting, rule_settings
from app.services.claims.dto import ClaimInput, ClaimView, LabourLineInput, PartLineInput
from app.services.claims.editing import create_claim, preview, update_claim
from app.services.claims.lifecycle import (
    BulkResult,
    approve,
    cancel,
    get_claim,
    mark_ready,
    rework,
    run_checks_for,
)

__all__ = [
    "AttachmentInfo",
    "BulkResult",
    "ClaimInput",
    "ClaimView",
    "LabourLineInput",
    "PartLineInput",
    "add_attachment",
    "approve",
    "cancel",
    "create_claim",
    "get_attachment_content",
    "get_claim",
    "list_attachments",
    "list_rule_settings",
    "mark_ready",
    "preview",
    "put_rule_setting",
    "remove_attachment",
    "rework",
    "rule_settings",
    "run_checks_for",
    "update_claim",
]
