"""The life of a warranty claim. The service layer asks here before any status changes, so an
illegal transition cannot happen through the UI, the command line or a service call.

draft → ready (no blocking check) → approved (service manager) → in batch → settled (approved,
partly approved, rejected) → reworked into a new revision and resubmitted; or cancelled.
"""
from __future__ import annotations

from app.domain.enums import ClaimStatus as S
from app.domain.errors import TransitionRefused

TRANSITIONS: dict[S, frozenset[S]] = {
    S.DRAFT: frozenset({S.READY, S.CANCELLED}),
    S.READY: frozenset({S.DRAFT, S.APPROVED, S.CANCELLED}),
    S.APPROVED: frozenset({S.DRAFT, S.IN_BATCH, S.CANCELLED}),
    S.IN_BATCH: frozenset({S.APPROVED, S.SETTLED_APPROVED, S.SETTLED_PARTIAL, S.REJECTED}),  # back: batch removed
    S.SETTLED_APPROVED: frozenset(),
    S.SETTLED_PARTIAL: frozenset({S.REWORKED}),
    S.REJECTED: frozenset({S.REWORKED}),
    S.REWORKED: frozenset(),
    S.CANCELLED: frozenset(),
}

# Once a claim has gone to head office its record is what head office holds: nobody edits it.
READ_ONLY = frozenset({S.IN_BATCH, S.SETTLED_APPROVED, S.SETTLED_PARTIAL, S.REJECTED, S.REWORKED, S.CANCELLED})
EDITABLE = frozenset(set(S) - READ_ONLY)


def can_move(current: S, target: S) -> bool:
    return target in TRANSITIONS[current]


def require_move(claim_no: str, current: S, target: S) -> None:
    if not can_move(current, target):
        raise TransitionRefused(f"claim {claim_no} is {current.value} and cannot become {target.value}")
