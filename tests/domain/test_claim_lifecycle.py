from __future__ import annotations

import pytest

from app.domain.claim_lifecycle import EDITABLE, READ_ONLY, TRANSITIONS, can_move, require_move
from app.domain.enums import ClaimStatus as S
from app.domain.errors import TransitionRefused


def test_every_status_has_its_transitions_and_edit_rule():
    assert set(TRANSITIONS) == set(S)
    assert EDITABLE | READ_ONLY == set(S) and not EDITABLE & READ_ONLY
    assert EDITABLE == {S.DRAFT, S.READY, S.APPROVED}


@pytest.mark.parametrize(("current", "target"), [
    (S.DRAFT, S.APPROVED),  # approval needs the ready step
    (S.IN_BATCH, S.CANCELLED),  # sent to head office: no longer ours to cancel
    (S.SETTLED_APPROVED, S.REWORKED),
    (S.CANCELLED, S.DRAFT),
    (S.REWORKED, S.DRAFT),
])
def test_illegal_moves_are_refused(current, target):
    assert not can_move(current, target)
    with pytest.raises(TransitionRefused, match="cannot become"):
        require_move("SB2026-000001", current, target)


def test_the_normal_path_is_allowed():
    path = [S.DRAFT, S.READY, S.APPROVED, S.IN_BATCH, S.REJECTED, S.REWORKED]
    for current, target in zip(path, path[1:], strict=False):
        require_move("SB2026-000001", current, target)
