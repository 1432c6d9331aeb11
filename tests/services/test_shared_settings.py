from __future__ import annotations

import pytest

from app.domain.errors import ValidationError
from app.services import shared_settings as shared


def test_defaults_then_stored_values(database):
    assert shared.get(database, shared.CARD_DEADLINE_DAYS) == 20
    assert shared.get(database, shared.EXTEND_FOR_REPAIRS) is True
    shared.put(database, shared.CARD_DEADLINE_DAYS, 30)
    shared.put(database, shared.EXTEND_FOR_REPAIRS, False)
    shared.put(database, shared.CARD_DEADLINE_DAYS, 25)
    assert shared.get(database, shared.CARD_DEADLINE_DAYS) == 25
    assert shared.get(database, shared.EXTEND_FOR_REPAIRS) is False


def test_wrong_values_are_refused(database):
    with pytest.raises(ValidationError):
        shared.put(database, shared.CARD_DEADLINE_DAYS, 0)
    with pytest.raises(ValidationError):
        shared.put(database, shared.CARD_DEADLINE_DAYS, "20")  # type: ignore[arg-type]
