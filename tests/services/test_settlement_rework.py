"""A claim head office rejected or cut is reworked into a new revision, approved again, sent in a later
batch and settled there; the first revision stays as head office settled it."""
from __future__ import annotations

import datetime as dt

import pytest

from app.domain.enums import ClaimStatus as S
from app.domain.errors import TransitionRefused, ValidationError
from app.reports.excel import ImportRefused
from app.reports.excel.settlement import SettlementCode
from app.services import claims, ledger
from app.services.settlements import import_settlement, rework_claim
from tests.services.claims.conftest import TODAY as CLAIM_DAY
from tests.services.claims.conftest import dealer  # noqa: F401  (fixture)
from tests.services.settlement_data import D, claims_in_batch, notice, put_in_batch, statuses

TODAY = dt.date(2026, 7, 20)


def test_a_rejected_claim_is_reworked_batched_again_and_settled(dealer, tmp_path):  # noqa: F811
    # GIVEN one claim paid, one cut and one rejected by head office
    (a, total), (b, _), (c, _) = claims_in_batch(dealer, "D3701-2026-001", 3)
    import_settlement(dealer.db, dealer.clerk, notice(tmp_path / "1.xlsx", (
        "HX2026-0007", dt.date(2026, 7, 15), "D3701-2026-001", D("3343.00"), D("2421.50")), [
        (a, None, total, total, D(0), "", ""),
        (b, None, total, D("1421.50"), D("500.00"), "R04", "工时超出标准"),
        (c, None, total, D(0), total, "R05", "单据不全，缺用户签字"),
    ]), TODAY)

    # WHEN the clerk reworks the rejected and the cut claim
    new_c = rework_claim(dealer.db, dealer.clerk, c.lower(), CLAIM_DAY)
    new_b = rework_claim(dealer.db, dealer.clerk, b, CLAIM_DAY)

    # THEN each has a new draft revision; the settled ones are kept as settled
    assert (new_c.claim_no, new_c.revision, new_c.status) == (c, 2, S.DRAFT)
    assert (new_b.claim_no, new_b.revision, new_b.status) == (b, 2, S.DRAFT)
    assert statuses(dealer)[(c, 1)] == S.REWORKED and statuses(dealer)[(b, 1)] == S.REWORKED
    with pytest.raises(TransitionRefused, match="settled_approved and cannot become reworked"):
        rework_claim(dealer.db, dealer.clerk, a, CLAIM_DAY)
    with pytest.raises(ValidationError, match="no claim SB2099-000001"):
        rework_claim(dealer.db, dealer.clerk, "SB2099-000001", CLAIM_DAY)

    # WHEN the new revision of c is made ready, approved and sent in a later batch
    ready = claims.mark_ready(dealer.db, dealer.clerk, new_c.id, new_c.version, CLAIM_DAY)
    assert claims.approve(dealer.db, dealer.manager, [ready.id], CLAIM_DAY).refused == ()
    put_in_batch(dealer, "D3701-2026-002", [ready.id], exported_on=dt.date(2026, 7, 25))

    # THEN naming the first revision is refused, and the claim number alone settles the one in the batch
    with pytest.raises(ImportRefused) as refused:
        import_settlement(dealer.db, dealer.clerk, notice(tmp_path / "old.xlsx", (
            "HX2026-0010", dt.date(2026, 8, 20), "", total, D(0)), [(c, 1, total, total, D(0), "", "")]),
            dt.date(2026, 8, 21))
    assert [(p.code, p.reason) for p in refused.value.problems] == [
        (SettlementCode.ALREADY_SETTLED, "this claim is already reworked into a newer revision")]
    result = import_settlement(dealer.db, dealer.clerk, notice(tmp_path / "2.xlsx", (
        "HX2026-0011", dt.date(2026, 8, 20), "D3701-2026-002", total, D(0)), [(c, None, total, total, D(0), "", "")]),
        dt.date(2026, 8, 21))
    assert result.approved == (c,) and result.batches_settled == ("D3701-2026-002",)
    assert statuses(dealer)[(c, 2)] == S.SETTLED_APPROVED and statuses(dealer)[(b, 2)] == S.DRAFT

    # AND each batch explains its money: the first deducted what the second then paid
    first, second = ledger.accounts(dealer.db).batches
    assert (first.claimed, first.approved, first.deducted, first.unexplained) == (
        D("5764.50"), D("3343.00"), D("2421.50"), 0)
    assert (second.claimed, second.approved, second.deducted, second.unexplained) == (total, total, 0, 0)
    assert ledger.ledger_balance(dealer.db).credited == D("3343.00") + total
