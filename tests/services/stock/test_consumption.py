"""Parts used by claims and paid orders come off stock with the approval or the completion, and corrections
(edited back to draft, cancelled, reworked) move only what changed."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from app.db.models import StockMovement, WarrantyClaim
from app.domain.enums import ClaimStatus, StockMovementKind
from app.services import claims, paid_orders
from app.services.claims import PartLineInput
from app.services.paid_orders import PaidOrderInput, PaidPartLineInput
from tests.services.stock.conftest import FILTER, PUMP, TODAY, balanced, count, on_hand, pump_claim


def _approved(dealer, data=None):  # type: ignore[no-untyped-def]
    view = claims.create_claim(dealer.db, dealer.clerk, data or pump_claim(), TODAY)
    view = claims.mark_ready(dealer.db, dealer.clerk, view.id, view.version, TODAY)
    result = claims.approve(dealer.db, dealer.manager, [view.id], TODAY)
    return view, result


def _claim_movements(dealer) -> list[tuple[str, Decimal, dt.date]]:  # type: ignore[no-untyped-def]
    with dealer.db.sessions() as s:
        rows = s.execute(select(StockMovement.reason, StockMovement.quantity, StockMovement.moved_on)
                         .where(StockMovement.kind == StockMovementKind.CLAIM).order_by(StockMovement.id)).all()
    return [tuple(r) for r in rows]


def test_approval_takes_the_claims_parts_off_stock_on_the_repair_date(dealer):
    count(dealer, PUMP, 2)
    count(dealer, FILTER, 10)
    view, result = _approved(dealer)
    assert result.done == (view.claim_no,)
    assert (on_hand(dealer, PUMP), on_hand(dealer, FILTER)) == (1, 8)
    repair = dt.date(2026, 6, 12)
    assert sorted(_claim_movements(dealer)) == [("", Decimal(-2), repair), ("", Decimal(-1), repair)]
    assert balanced(dealer)


def test_parts_not_kept_in_stock_are_not_tracked_and_a_shortage_refuses_the_approval(dealer):
    count(dealer, FILTER, 10)  # the pump has no stock level: the dealer does not stock it
    view, result = _approved(dealer)
    assert result.done == (view.claim_no,) and on_hand(dealer, FILTER) == 8
    short, refused = _approved(dealer, pump_claim(parts=(PartLineInput(FILTER, Decimal(9)),)))
    assert refused.done == () and "8 on hand, 9 wanted" in refused.refused[0][1]
    assert claims.get_claim(dealer.db, short.id, TODAY).status == ClaimStatus.READY  # nothing half-done
    assert on_hand(dealer, FILTER) == 8 and balanced(dealer)


def test_back_to_draft_moves_nothing_and_approving_again_moves_the_difference(dealer):
    count(dealer, FILTER, 10)
    view, _ = _approved(dealer)
    approved = claims.get_claim(dealer.db, view.id, TODAY)
    fewer = pump_claim(parts=(PartLineInput(PUMP, Decimal(1), is_causal=True), PartLineInput(FILTER, Decimal(1))))
    edited = claims.update_claim(dealer.db, dealer.clerk, view.id, approved.version, fewer, TODAY)
    assert edited.status == ClaimStatus.DRAFT and on_hand(dealer, FILTER) == 8  # the parts are on the machine
    ready = claims.mark_ready(dealer.db, dealer.clerk, view.id, edited.version, TODAY)
    claims.approve(dealer.db, dealer.manager, [ready.id], TODAY)
    assert on_hand(dealer, FILTER) == 9
    claims.approve(dealer.db, dealer.manager, [ready.id], TODAY)  # refused (already approved): nothing moves
    assert [q for _, q, _ in _claim_movements(dealer)] == [Decimal(-2), Decimal(1)]
    assert balanced(dealer)


def test_cancelling_a_claim_gives_its_parts_back(dealer):
    count(dealer, FILTER, 10)
    view, _ = _approved(dealer)
    assert claims.cancel(dealer.db, dealer.manager, [view.id], "重复录入", TODAY).done == (view.claim_no,)
    assert on_hand(dealer, FILTER) == 10
    assert _claim_movements(dealer)[-1][:2] == ("cancelled: 重复录入", Decimal(2))
    draft = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    claims.cancel(dealer.db, dealer.clerk, [draft.id], "用户撤回", TODAY)  # never approved: nothing to give back
    assert on_hand(dealer, FILTER) == 10 and len(_claim_movements(dealer)) == 2 and balanced(dealer)


def test_a_reworked_revision_takes_over_the_parts_and_keeps_them_when_cancelled(dealer):
    count(dealer, FILTER, 10)
    view, _ = _approved(dealer)
    with dealer.db.sessions.begin() as s:  # head office rejected it
        s.get(WarrantyClaim, view.id).status = ClaimStatus.REJECTED
    new = claims.rework(dealer.db, dealer.clerk, view.id, TODAY)
    ready = claims.mark_ready(dealer.db, dealer.clerk, new.id, new.version, TODAY)
    assert claims.approve(dealer.db, dealer.manager, [ready.id], TODAY).done == (view.claim_no,)
    assert on_hand(dealer, FILTER) == 8  # the same repair: no second time off stock
    again = claims.get_claim(dealer.db, new.id, TODAY)
    claims.cancel(dealer.db, dealer.manager, [again.id], "不再申报", TODAY)
    assert on_hand(dealer, FILTER) == 8  # head office had the repair: the parts stay used
    assert balanced(dealer)


def test_completing_a_paid_order_takes_its_parts_off_stock(dealer):
    count(dealer, FILTER, 10)
    order = paid_orders.create_paid_order(dealer.db, dealer.clerk, PaidOrderInput(
        unit_serial="lf50426000001", service_date=dt.date(2026, 6, 15), labour_hours=Decimal(1),
        parts=(PaidPartLineInput(FILTER, Decimal(3)), PaidPartLineInput(PUMP, Decimal(1)))), TODAY)
    assert on_hand(dealer, FILTER) == 10  # a draft uses nothing yet
    paid_orders.complete_paid_order(dealer.db, dealer.clerk, order.id)
    assert on_hand(dealer, FILTER) == 7
    with dealer.db.sessions() as s:
        moved = s.execute(select(StockMovement.reference, StockMovement.moved_on)
                          .where(StockMovement.kind == StockMovementKind.PAID_ORDER)).all()
    assert moved == [(order.order_no, dt.date(2026, 6, 15))] and balanced(dealer)
