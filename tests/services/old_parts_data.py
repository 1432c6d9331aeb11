"""Approved claims with a retained pump, built on the hand-made dealer of the claim tests."""
from __future__ import annotations

from sqlalchemy import select

from app.db.models import OldPart
from app.services import claims
from tests.services.claims.conftest import TODAY, Dealer, pump_claim


def approved_claim(dealer: Dealer, **changes) -> int:  # type: ignore[no-untyped-def]
    """A pump claim made, made ready and approved; returns its id."""
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(**changes), TODAY)
    view = claims.mark_ready(dealer.db, dealer.clerk, view.id, view.version, TODAY)
    result = claims.approve(dealer.db, dealer.manager, [view.id], TODAY)
    assert result.refused == ()
    return view.id


def tag_of(dealer: Dealer, claim_id: int) -> str:
    with dealer.db.sessions() as s:  # type: ignore[attr-defined]
        return s.scalars(select(OldPart.tag_no).where(OldPart.claim_id == claim_id)).one()
