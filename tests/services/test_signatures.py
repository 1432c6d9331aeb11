"""The customer's signature drawn on the pad: stored with the claim, replacing the earlier one, and the
claim marked signed in the same transaction; a claim that went to head office refuses it."""
from __future__ import annotations

import io

import pytest
from PIL import Image

from app.domain.enums import AttachmentKind
from app.domain.errors import ConcurrentEdit, TransitionRefused, ValidationError
from app.services import claims
from app.services.signatures import latest_signature, record_signature
from tests.services.claims.conftest import TODAY, dealer, pump_claim  # noqa: F401 - the hand-built dealer


def _png(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (120, 40), colour).save(buffer, "PNG")
    return buffer.getvalue()


def test_signature_is_stored_replaced_and_marks_the_claim_signed(dealer):  # noqa: F811
    # GIVEN an unsigned claim open in an editor at version v
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(customer_signed=False), TODAY)
    assert not view.input.customer_signed and "SIGNATURE_MISSING" in [f.code for f in view.findings]
    assert latest_signature(dealer.db, view.id) is None
    # WHEN the customer signs on the pad
    first = record_signature(dealer.db, dealer.clerk, view.id, _png("black"), TODAY)
    # THEN the signature is attached, the claim is signed today, and the check clears
    after = claims.get_claim(dealer.db, view.id, TODAY)
    assert after.input.customer_signed and "SIGNATURE_MISSING" not in [f.code for f in after.findings]
    assert first.signed_on == TODAY and first.version == after.version > view.version
    assert latest_signature(dealer.db, view.id) == _png("black")
    # the editor's stale "not signed" cannot overwrite it: its save is a concurrent edit
    with pytest.raises(ConcurrentEdit):
        claims.update_claim(dealer.db, dealer.clerk, view.id, view.version, pump_claim(customer_signed=False), TODAY)
    # WHEN the customer signs again, the new signature replaces the old one
    record_signature(dealer.db, dealer.clerk, view.id, _png("navy"), TODAY)
    signatures = [a for a in claims.list_attachments(dealer.db, view.id) if a.kind == AttachmentKind.SIGNATURE]
    assert len(signatures) == 1 and latest_signature(dealer.db, view.id) == _png("navy")
    actions = [(a.action, a.field) for a in claims.get_claim(dealer.db, view.id, TODAY).audit]
    assert ("update", "customer_signed") in actions and ("detach", "attachment") in actions


def test_read_only_claim_and_non_png_are_refused(dealer):  # noqa: F811
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(customer_signed=False), TODAY)
    with pytest.raises(ValidationError):
        record_signature(dealer.db, dealer.clerk, view.id, b"GIF89a not a png", TODAY)
    claims.cancel(dealer.db, dealer.clerk, [view.id], "entered twice", TODAY)
    with pytest.raises(TransitionRefused):
        record_signature(dealer.db, dealer.clerk, view.id, _png("black"), TODAY)
    assert latest_signature(dealer.db, view.id) is None
    assert not claims.get_claim(dealer.db, view.id, TODAY).input.customer_signed
