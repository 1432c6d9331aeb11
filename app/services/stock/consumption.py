"""Parts used by warranty repairs and paid service come off stock in the same transaction as the claim's
approval or the order's completion.

A claim's stock is reconciled, not replayed: at each approval the parts recorded for the claim (all its
revisions, which share one claim number and one repair) are brought to what its part lines say now, so
approving again after an edit moves only the difference, and a reworked revision approved again moves
nothing. Taking an approved claim back to draft moves nothing either: the parts are on the customer's
machine, and the next approval settles any change of lines. Cancelling a claim that never went to head
office (its first revision) puts its parts back: a cancelled record uses no parts, and if the work is
charged as a paid order instead, that order takes them. Once a revision went to head office its repair
stands, so cancelling a later revision keeps the parts used.

Parts the dealer does not keep in stock (no stock level: never imported, received or counted) are not
tracked; the movements of a part always add up to its on hand.
"""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import PaidServiceOrder, Part, StockLevel, WarrantyClaim
from app.domain.actors import Actor
from app.domain.enums import StockMovementKind
from app.services.stock.ledger import move, net_by_part

ZERO = Decimal(0)


def record_claim_consumption(s: Session, actor: Actor, claim: WarrantyClaim) -> None:
    """At approval: the stock used by the claim becomes what its part lines say."""
    wanted: dict[int, Decimal] = defaultdict(Decimal)
    for line in claim.part_lines:
        wanted[line.part_id] += line.quantity
    _reconcile(s, actor, claim, wanted, "")


def return_claim_parts(s: Session, actor: Actor, claim: WarrantyClaim, reason: str) -> None:
    """At cancellation: a claim that never went to head office gives its parts back to stock."""
    if claim.previous_revision_id is not None:
        return
    _reconcile(s, actor, claim, {}, f"cancelled: {reason}")


def record_order_consumption(s: Session, actor: Actor, order: PaidServiceOrder) -> None:
    """At completion of a paid service order (final: a completed order is never reopened)."""
    used: dict[int, Decimal] = defaultdict(Decimal)
    for line in order.lines:
        used[line.part_id] += line.quantity
    already = net_by_part(s, StockMovementKind.PAID_ORDER, reference=order.order_no)
    stocked = _stocked(s, set(used))
    for part in _parts(s, set(used)):
        change = -used[part.id] - already.get(part.id, ZERO)
        if change and part.id in stocked:
            move(s, actor, part, change, StockMovementKind.PAID_ORDER, order.service_date, reference=order.order_no)


def _reconcile(s: Session, actor: Actor, claim: WarrantyClaim, wanted: dict[int, Decimal], reason: str) -> None:
    s.flush()
    revisions = list(s.scalars(select(WarrantyClaim.id).where(WarrantyClaim.claim_no == claim.claim_no)))
    recorded = net_by_part(s, StockMovementKind.CLAIM, claim_ids=revisions)  # negative: used
    part_ids = set(wanted) | set(recorded)
    stocked = _stocked(s, part_ids)
    # Parts given back first: a corrected line (one part swapped for another) never fails for a moment.
    changes = sorted(((part, -wanted.get(part.id, ZERO) - recorded.get(part.id, ZERO))
                      for part in _parts(s, part_ids)), key=lambda item: (-item[1], item[0].part_no))
    for part, change in changes:
        if not change or (change < 0 and part.id not in stocked):
            continue
        move(s, actor, part, change, StockMovementKind.CLAIM, claim.repair_date, reference=claim.claim_no,
             reason=reason, claim_id=claim.id)


def _stocked(s: Session, part_ids: set[int]) -> set[int]:
    if not part_ids:
        return set()
    return set(s.scalars(select(StockLevel.part_id).where(StockLevel.part_id.in_(part_ids))))


def _parts(s: Session, part_ids: set[int]) -> list[Part]:
    if not part_ids:
        return []
    return list(s.scalars(select(Part).where(Part.id.in_(part_ids)).order_by(Part.part_no)))
