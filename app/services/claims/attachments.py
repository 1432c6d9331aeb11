"""Photos and scanned documents attached to a warranty claim, stored in the database with their
SHA-256 so the same picture is never attached twice and head office can match files to claims."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db.models import ClaimAttachment, WarrantyClaim
from app.domain.actors import Actor
from app.domain.checks import worst
from app.domain.claim_lifecycle import READ_ONLY
from app.domain.enums import AttachmentKind
from app.domain.errors import TransitionRefused, ValidationError
from app.services.audit_trail import write_audit
from app.services.claims.checking import evaluate
from app.services.database import Database

MAX_BYTES = 20 * 1024 * 1024  # a phone photo is 3-8 MB; a bigger file is usually a video sent by mistake
MIME_TYPES = {
    ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif", ".bmp": "image/bmp",
    ".webp": "image/webp", ".tif": "image/tiff", ".tiff": "image/tiff", ".heic": "image/heic",
    ".pdf": "application/pdf",
}


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment without its content (the list shows names and thumbnails fetched one by one)."""

    id: int
    claim_id: int
    kind: AttachmentKind
    file_name: str
    mime_type: str
    sha256: str
    size_bytes: int
    added_at: dt.datetime

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/")


def mime_type_of(file_name: str) -> str:
    suffix = PurePath(file_name).suffix.lower()
    try:
        return MIME_TYPES[suffix]
    except KeyError:
        raise ValidationError(f"{file_name} is not a photo or a PDF scan; attach JPEG, PNG, TIFF or PDF files") \
            from None


def add_attachment(db: Database, actor: Actor, claim_id: int, file_name: str, content: bytes,
                   kind: AttachmentKind = AttachmentKind.PHOTO, *, today: dt.date | None = None) -> AttachmentInfo:
    name = PurePath(file_name.strip()).name
    if not name:
        raise ValidationError("the attachment has no file name")
    mime = mime_type_of(name)
    if not content:
        raise ValidationError(f"{name} is empty")
    if len(content) > MAX_BYTES:
        raise ValidationError(f"{name} is {len(content) / 1024 / 1024:.1f} MB; "
                              f"attachments may be at most {MAX_BYTES // 1024 // 1024} MB")
    digest = hashlib.sha256(content).hexdigest()
    with db.translated_errors(), db.sessions.begin() as s:
        claim = _editable_claim(s, claim_id)
        same = s.scalar(select(ClaimAttachment.file_name).where(ClaimAttachment.claim_id == claim_id,
                                                                 ClaimAttachment.sha256 == digest))
        if same is not None:
            raise ValidationError(f"{name} is already attached to claim {claim.claim_no} (as {same})")
        row = ClaimAttachment(claim_id=claim_id, kind=kind, file_name=name, mime_type=mime, sha256=digest,
                              size_bytes=len(content), content=content, added_at=dt.datetime.now(dt.UTC))
        s.add(row)
        s.flush()
        write_audit(s, actor, "claim", claim_id, "attach", "attachment", None, f"{name} ({kind.value})")
        _refresh_check_level(s, claim, today or dt.date.today())
        return _info(row)


def remove_attachment(db: Database, actor: Actor, attachment_id: int, *, today: dt.date | None = None) -> None:
    with db.translated_errors(), db.sessions.begin() as s:
        row = s.get(ClaimAttachment, attachment_id)
        if row is None:
            raise ValidationError(f"no attachment with id {attachment_id}")
        claim = _editable_claim(s, row.claim_id)
        write_audit(s, actor, "claim", claim.id, "detach", "attachment", f"{row.file_name} ({row.kind.value})", None)
        s.delete(row)
        s.flush()
        _refresh_check_level(s, claim, today or dt.date.today())


def list_attachments(db: Database, claim_id: int) -> list[AttachmentInfo]:
    with db.translated_errors(), db.sessions() as s:
        rows = s.execute(select(ClaimAttachment.id, ClaimAttachment.claim_id, ClaimAttachment.kind,
                                ClaimAttachment.file_name, ClaimAttachment.mime_type, ClaimAttachment.sha256,
                                ClaimAttachment.size_bytes, ClaimAttachment.added_at)
                         .where(ClaimAttachment.claim_id == claim_id)
                         .order_by(ClaimAttachment.added_at, ClaimAttachment.id)).tuples().all()
        return [AttachmentInfo(*row) for row in rows]


def get_attachment_content(db: Database, attachment_id: int) -> bytes:
    with db.translated_errors(), db.sessions() as s:
        content = s.scalar(select(ClaimAttachment.content).where(ClaimAttachment.id == attachment_id))
        if content is None:
            raise ValidationError(f"no attachment with id {attachment_id}")
        return bytes(content)


def _editable_claim(s: Session, claim_id: int) -> WarrantyClaim:
    claim = s.get(WarrantyClaim, claim_id)
    if claim is None:
        raise ValidationError(f"no claim with id {claim_id}")
    if claim.status in READ_ONLY:  # what went to head office stays as it went
        raise TransitionRefused(f"claim {claim.claim_no} is {claim.status.value}; its attachments can no longer "
                                "be changed")
    return claim


def _refresh_check_level(s: Session, claim: WarrantyClaim, today: dt.date) -> None:
    """A photo can clear PHOTOS_MISSING. The level is written with a plain UPDATE so the claim's
    version stays as it was: an editor that has the claim open can still save its own changes."""
    level = worst(evaluate(s, claim, today))
    if level != claim.check_level:
        s.execute(update(WarrantyClaim).where(WarrantyClaim.id == claim.id).values(check_level=level)
                  .execution_options(synchronize_session=False))
        s.expire(claim, ["check_level"])


def _info(row: ClaimAttachment) -> AttachmentInfo:
    return AttachmentInfo(row.id, row.claim_id, row.kind, row.file_name, row.mime_type, row.sha256, row.size_bytes,
                          row.added_at)
