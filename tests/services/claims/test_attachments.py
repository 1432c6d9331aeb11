"""Photos and scans on a claim, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import select

from app.db.models import ClaimBatch, Part, WarrantyClaim
from app.domain.enums import AttachmentKind, ClaimStatus
from app.domain.errors import TransitionRefused, ValidationError
from app.services import claims
from app.services.claims import attachments
from tests.services.claims.conftest import TODAY, pump_claim

JPEG = b"\xff\xd8\xff\xe0" + b"photo of the worn plunger" * 40


def _photo_required(dealer) -> None:  # type: ignore[no-untyped-def]
    with dealer.db.sessions.begin() as s:
        s.scalar(select(Part).where(Part.part_no == "T5-112-10")).photo_required = True


def test_attachment_is_stored_with_its_hash_and_listed_without_content(dealer):
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    info = attachments.add_attachment(dealer.db, dealer.clerk, view.id, "/photos/泵柱塞.JPG", JPEG,
                                      AttachmentKind.PHOTO, today=TODAY)
    assert info.file_name == "泵柱塞.JPG" and info.mime_type == "image/jpeg" and info.is_image
    assert info.sha256 == hashlib.sha256(JPEG).hexdigest() and info.size_bytes == len(JPEG)
    assert attachments.list_attachments(dealer.db, view.id) == [info]
    assert attachments.get_attachment_content(dealer.db, info.id) == JPEG
    audit = claims.get_claim(dealer.db, view.id, TODAY).audit
    assert any(a.action == "attach" and a.new_value == "泵柱塞.JPG (photo)" for a in audit)


def test_the_same_content_twice_on_one_claim_is_refused(dealer):
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    attachments.add_attachment(dealer.db, dealer.clerk, view.id, "a.jpg", JPEG, today=TODAY)
    with pytest.raises(ValidationError, match=r"b\.jpg is already attached to claim SB2026-000001 \(as a\.jpg\)"):
        attachments.add_attachment(dealer.db, dealer.clerk, view.id, "b.jpg", JPEG, today=TODAY)
    other = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    attachments.add_attachment(dealer.db, dealer.clerk, other.id, "a.jpg", JPEG, today=TODAY)  # another claim: fine


@pytest.mark.parametrize(("name", "content", "message"), [
    ("clip.mp4", b"x", "not a photo or a PDF scan"),
    ("empty.png", b"", "empty.png is empty"),
    ("huge.jpg", b"\0" * (attachments.MAX_BYTES + 1), "attachments may be at most 20 MB"),
    ("   ", b"x", "has no file name"),
])
def test_bad_files_are_refused_clearly(dealer, name, content, message):
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    with pytest.raises(ValidationError, match=message):
        attachments.add_attachment(dealer.db, dealer.clerk, view.id, name, content, today=TODAY)
    assert attachments.list_attachments(dealer.db, view.id) == []


def test_a_photo_clears_photos_missing_without_changing_the_claims_version(dealer):
    _photo_required(dealer)
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    assert [f.code for f in view.findings] == ["PHOTOS_MISSING"] and view.check_level == "blocking"
    scan = attachments.add_attachment(dealer.db, dealer.clerk, view.id, "record.pdf", b"%PDF-1.4 scan",
                                      AttachmentKind.DOCUMENT, today=TODAY)
    assert not scan.is_image
    assert claims.get_claim(dealer.db, view.id, TODAY).check_level == "blocking"  # a scan is not a photo
    photo = attachments.add_attachment(dealer.db, dealer.clerk, view.id, "pump.png", b"\x89PNG photo", today=TODAY)
    after = claims.get_claim(dealer.db, view.id, TODAY)
    assert after.findings == () and after.version == view.version
    with dealer.db.sessions() as s:
        assert s.get(WarrantyClaim, view.id).check_level == "ok"  # what the list shows and filters on
    claims.update_claim(dealer.db, dealer.clerk, view.id, view.version, pump_claim(cause="补充"), TODAY)  # still saves
    attachments.remove_attachment(dealer.db, dealer.clerk, photo.id, today=TODAY)
    assert [f.code for f in claims.get_claim(dealer.db, view.id, TODAY).findings] == ["PHOTOS_MISSING"]


def test_attachments_of_a_batched_claim_cannot_change(dealer):
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    info = attachments.add_attachment(dealer.db, dealer.clerk, view.id, "a.jpg", JPEG, today=TODAY)
    with dealer.db.sessions.begin() as s:
        batch = ClaimBatch(batch_no="D3701-2026-001", dealer_code="D3701", year=2026, sequence=1, status="exported",
                           exported_at=dt.datetime.now(dt.UTC))
        s.add(batch)
        s.flush()
        claim = s.get(WarrantyClaim, view.id)
        claim.status, claim.batch_id, claim.approved_at = ClaimStatus.IN_BATCH, batch.id, dt.datetime.now(dt.UTC)
    with pytest.raises(TransitionRefused, match="can no longer be changed"):
        attachments.add_attachment(dealer.db, dealer.clerk, view.id, "b.jpg", JPEG + b"2", today=TODAY)
    with pytest.raises(TransitionRefused):
        attachments.remove_attachment(dealer.db, dealer.clerk, info.id, today=TODAY)
    assert attachments.get_attachment_content(dealer.db, info.id) == JPEG
