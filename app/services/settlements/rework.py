"""Reworking a claim head office rejected or cut: a new draft revision that can go in a later batch."""
from __future__ import annotations

import datetime as dt

from app.domain.actors import Actor
from app.domain.errors import ValidationError
from app.domain.normalize import clean_code
from app.services import claims
from app.services.claims.dto import ClaimView
from app.services.claims.lifecycle import latest_revision_id
from app.services.database import Database


def rework_claim(db: Database, actor: Actor, claim_no: str, today: dt.date) -> ClaimView:
    """The latest revision of `claim_no` (rejected or partly approved) becomes reworked and a new draft
    revision is made from it; the settled revision stays as head office settled it."""
    number = clean_code(claim_no)
    with db.translated_errors(), db.sessions() as s:
        claim_id = latest_revision_id(s, number)
    if claim_id is None:
        raise ValidationError(f"no claim {number}")
    return claims.rework(db, actor, claim_id, today)
