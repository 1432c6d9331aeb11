"""Approved claims to batch, made through the claim services on the small hand-built dealer, so every
amount can be worked out on paper: each pump claim is 150.00 labour + 1737.00 parts + 34.50 travel."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from app.db.models import DealerProfile, WarrantyClaim
from app.domain.enums import AttachmentKind, ClaimStatus
from app.services import claims
from app.services.claims import attachments
from app.services.demo.rows import DEMO_PHOTO
from tests.services.claims.conftest import TODAY, Dealer, pump_claim

# Repair dates of the approved claims: two in May, two in June.
REPAIRED = (dt.date(2026, 5, 10), dt.date(2026, 5, 20), dt.date(2026, 6, 5), dt.date(2026, 6, 12))
PUMP_TOTAL = Decimal("1921.50")
FORMULAS = {  # typed by people, each a formula if Excel were allowed to read it as one
    "complaint": '=HYPERLINK("http://evil.example","点击查看")',
    "cause": "-2+3",
    "correction": "+更换喷油泵",
    "technician": "@SUM(A1:A9)",
}


@dataclass(frozen=True)
class Claims:
    approved: tuple[int, ...]  # ids, in REPAIRED order
    numbers: tuple[str, ...]
    draft: int


def with_dealer_code(dealer: Dealer, code: str = "D3701") -> None:
    with dealer.db.sessions.begin() as s:  # type: ignore[attr-defined]
        s.add(DealerProfile(id=1, dealer_code=code, name="济南鲁丰农机销售服务有限公司",
                            manufacturer="华北农业装备股份有限公司"))


def ready_and_approved(dealer: Dealer, claim_id: int) -> int:
    view = claims.get_claim(dealer.db, claim_id, TODAY)  # type: ignore[arg-type]
    claims.mark_ready(dealer.db, dealer.clerk, claim_id, view.version, TODAY)  # type: ignore[arg-type]
    result = claims.approve(dealer.db, dealer.manager, [claim_id], TODAY)  # type: ignore[arg-type]
    assert result.refused == (), result.refused
    return claim_id


def claims_to_batch(dealer: Dealer, *, photo: bool = True, formulas: bool = False) -> Claims:
    """Four approved claims (the first with a photo, the last with formula-like text when asked) and a draft."""
    with_dealer_code(dealer)
    ids = []
    for index, repaired in enumerate(REPAIRED):
        changes = FORMULAS if formulas and index == len(REPAIRED) - 1 else {}
        view = claims.create_claim(dealer.db, dealer.clerk,  # type: ignore[arg-type]
                                   pump_claim(failure_date=repaired - dt.timedelta(days=2), repair_date=repaired,
                                              **changes), TODAY)
        if photo and index == 0:
            attachments.add_attachment(dealer.db, dealer.clerk, view.id, "泵柱塞 磨损.png",  # type: ignore[arg-type]
                                       DEMO_PHOTO, AttachmentKind.PHOTO, today=TODAY)
        ids.append(ready_and_approved(dealer, view.id))
    draft = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY).id  # type: ignore[arg-type]
    return Claims(tuple(ids), tuple(numbers(dealer, ids)), draft)


def numbers(dealer: Dealer, ids: list[int] | tuple[int, ...]) -> list[str]:
    with dealer.db.sessions() as s:  # type: ignore[attr-defined]
        found = dict(s.execute(select(WarrantyClaim.id, WarrantyClaim.claim_no)
                               .where(WarrantyClaim.id.in_(ids))).tuples().all())
    return [found[i] for i in ids]


def states(dealer: Dealer, ids: list[int] | tuple[int, ...]) -> list[tuple[ClaimStatus, int | None]]:
    with dealer.db.sessions() as s:  # type: ignore[attr-defined]
        found = {row[0]: (row[1], row[2]) for row in s.execute(
            select(WarrantyClaim.id, WarrantyClaim.status, WarrantyClaim.batch_id).where(WarrantyClaim.id.in_(ids)))}
    return [found[i] for i in ids]
