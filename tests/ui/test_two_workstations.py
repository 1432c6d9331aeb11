"""Two clerks at two workstations (two Database objects, so two connections) have the same claim open in the
claim editor: the first save is kept, the second is refused with a clear message, and the second clerk's
unsaved text stays in her window until she chooses to reload."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.services import claims
from app.services.database import Database
from app.ui.claims.editor import ClaimEditor
from tests.services.claims.conftest import TODAY, dealer, pump_claim  # noqa: F401 - the hand-built dealer


@pytest.fixture
def other(database) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    """The second workstation: its own engine and connections on the same database."""
    db = Database.open(database.url.render_as_string(hide_password=False))
    yield db
    db.close()


def _editor(qtbot, db: Database, actor, claim_id: int) -> ClaimEditor:  # type: ignore[no-untyped-def]
    editor = ClaimEditor(db, actor=lambda: actor, today=lambda: TODAY, claim_id=claim_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_the_second_workstations_save_is_refused_and_her_text_stays(qtbot, english, dealer, other):  # noqa: F811
    # GIVEN the claim open at both workstations
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    first = _editor(qtbot, dealer.db, dealer.clerk, view.id)
    second = _editor(qtbot, other, dealer.manager, view.id)
    assert first.form.cause.toPlainText() == second.form.cause.toPlainText() == "喷油泵柱塞磨损"
    # WHEN both change the cause and the first workstation saves first
    first.form.cause.setPlainText("出油阀卡滞")
    second.form.cause.setPlainText("柱塞磨损严重，需更换 🚜")
    assert first.save()
    assert not second.save()
    # THEN the second is told clearly, keeps her unsaved text, and the first save is what is stored
    assert second.conflict_banner.isVisible()
    assert "Saved on another workstation" in second.conflict_banner.text()
    assert "your changes were NOT saved" in second.conflict_banner.text()
    assert second.message is not None and second.message.windowTitle() == "Changed on another workstation"
    assert second.form.cause.toPlainText() == "柱塞磨损严重，需更换 🚜" and second.dirty
    for db in (dealer.db, other):
        assert claims.get_claim(db, view.id, TODAY).input.cause == "出油阀卡滞"
    assert not first.dirty and not first.conflict_banner.isVisible()
    # and saving again does not overwrite the first save either
    assert not second.save()
    assert claims.get_claim(dealer.db, view.id, TODAY).input.cause == "出油阀卡滞"
    # WHEN she reloads, she sees the first workstation's text and may save her own change over it
    second.message.close()
    second.reload_button.click()
    assert second.form.cause.toPlainText() == "出油阀卡滞" and not second.dirty
    assert not second.conflict_banner.isVisible()
    second.form.cause.setPlainText("出油阀卡滞，柱塞磨损")
    assert second.save()
    assert claims.get_claim(dealer.db, view.id, TODAY).input.cause == "出油阀卡滞，柱塞磨损"
