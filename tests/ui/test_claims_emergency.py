"""A claim waiting for a part not in stock raises an emergency order from the claim editor."""
from __future__ import annotations

from app.ui.claims.editor import ClaimEditor
from tests.services.claims.conftest import TODAY, dealer  # noqa: F401 - the hand-built dealer
from tests.services.old_parts_data import approved_claim


def test_the_claim_editor_opens_its_emergency_orders(qtbot, english, dealer):  # noqa: F811
    claim_id = approved_claim(dealer)
    editor = ClaimEditor(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY, claim_id=claim_id)
    qtbot.addWidget(editor)
    assert editor.emergency_button.isEnabled()
    dialog = editor.open_emergency_orders()
    assert dialog is not None and dialog.isVisible()
    dialog.close()
