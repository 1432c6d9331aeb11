"""The customer's signature on a warranty claim: drawn on the workstation's pad, or proven by a scan
of the signed paper record. Either way the claim's "customer signature recorded" turns true.

The flag is changed through the ORM, so the claim's optimistic-lock version goes up: an editor that
has the claim open sees a concurrent edit on its next save (and reloads) instead of writing its
stale "not signed" tick box over the signature.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db.models import ClaimAttachment, WarrantyClaim
from app.domain.actors import Actor
from app.domain.checks import worst
from app.domain.claim_lifecycle import READ_ONLY
from app.domain.enums import AttachmentKind
from app.domain.errors import TransitionRefused, ValidationError
from app.services.audit_trail import write_audit
from app.services.claims.attachments import MAX_BYTES, AttachmentInfo, mime_type_of
from app.services.claims.checking import evaluate
from app.services.database import Database

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class SignatureRecorded:
    attachment: AttachmentInfo
    claim_no: str
    version: int  # the claim's new version, for an editor that wants to carry on without reloading
    signed_on: dt.date
    already_attached: bool = False  # a scan that was imported before: nothing new stored


def record_signature(db: Database, actor: Actor, claim_id: int, png_bytes: bytes,
                     today: dt.date | None = None) -> SignatureRecorded:
    """Store the pad's PNG as the claim's signature (replacing an earlier one) and mark the claim signed."""
    if not png_bytes.startswith(PNG_MAGIC):
        raise ValidationError("the signature is not a PNG picture")
    day = today or dt.date.today()
    with db.translated_errors(), db.sessions.begin() as s:
        claim = editable_claim(s, claim_id)
        olds = s.scalars(select(ClaimAttachment.file_name).where(
            ClaimAttachment.claim_id == claim_id, ClaimAttachment.kind == AttachmentKind.SIGNATURE)).all()
        if olds:
            s.execute(delete(ClaimAttachment).where(ClaimAttachment.claim_id == claim_id,
                                                    ClaimAttachment.kind == AttachmentKind.SIGNATURE))
            for name in olds:
                write_audit(s, actor, "claim", claim_id, "detach", "attachment", f"{name} (signature)", None)
        return attach_and_sign(s, actor, claim, f"signature-{claim.claim_no}-r{claim.revision}.png", png_bytes,
                               AttachmentKind.SIGNATURE, day, signed_on=day)


def latest_signature(db: Database, claim_id: int) -> bytes | None:
    """The PNG drawn on the pad for this claim, for the signature box of the printed record."""
    with db.translated_errors(), db.sessions() as s:
        content = s.scalar(select(ClaimAttachment.content)
                           .where(ClaimAttachment.claim_id == claim_id,
                                  ClaimAttachment.kind == AttachmentKind.SIGNATURE)
                           .order_by(ClaimAttachment.added_at.desc(), ClaimAttachment.id.desc()).limit(1))
        return None if content is None else bytes(content)


def editable_claim(s: Session, claim_id: int) -> WarrantyClaim:
    claim = s.get(WarrantyClaim, claim_id)
    if claim is None:
        raise ValidationError(f"no claim with id {claim_id}")
    if claim.status in READ_ONLY:  # what went to head office stays as it went
        raise TransitionRefused(f"claim {claim.claim_no} is {claim.status.value}; its signature can no longer "
                                "be changed")
    return claim


def attach_and_sign(s: Session, actor: Actor, claim: WarrantyClaim, file_name: str, content: bytes,
                    kind: AttachmentKind, today: dt.date, *, signed_on: dt.date | None = None) -> SignatureRecorded:
    """Inside the caller's transaction: the file as an attachment and the claim marked signed."""
    mime = mime_type_of(file_name)
    if not content:
        raise ValidationError(f"{file_name} is empty")
    if len(content) > MAX_BYTES:
        raise ValidationError(f"{file_name} is {len(content) / 1024 / 1024:.1f} MB; "
                              f"attachments may be at most {MAX_BYTES // 1024 // 1024} MB")
    digest = hashlib.sha256(content).hexdigest()
    row = s.scalar(select(ClaimAttachment).where(ClaimAttachment.claim_id == claim.id,
                                                 ClaimAttachment.sha256 == digest))
    already = row is not None
    if row is None:
        row = ClaimAttachment(claim_id=claim.id, kind=kind, file_name=file_name, mime_type=mime, sha256=digest,
                              size_bytes=len(content), content=content, added_at=dt.datetime.now(dt.UTC))
        s.add(row)
        s.flush()
        write_audit(s, actor, "claim", claim.id, "attach", "attachment", None, f"{file_name} ({kind.value})")
    if not claim.customer_signed:
        write_audit(s, actor, "claim", claim.id, "update", "customer_signed", False, True)
        claim.customer_signed = True
    if signed_on is not None or claim.signed_on is None:
        claim.signed_on = signed_on or claim.repair_date
    level = worst(evaluate(s, claim, today))  # SIGNATURE_MISSING clears
    if level != claim.check_level:
        claim.check_level = level
    s.flush()
    info = AttachmentInfo(row.id, row.claim_id, row.kind, row.file_name, row.mime_type, row.sha256, row.size_bytes,
                          row.added_at)
    return SignatureRecorded(info, claim.claim_no, claim.version, claim.signed_on, already)
