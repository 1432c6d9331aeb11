"""WARRANTYDESK_QUIT_AFTER_MS: the smoke-test hook that closes the app once its window has been shown."""
from __future__ import annotations

import pytest

from app import bootstrap


@pytest.fixture
def scheduled(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    delays: list[int] = []
    monkeypatch.setattr(bootstrap.QTimer, "singleShot", lambda delay, _slot: delays.append(delay))
    return delays


@pytest.mark.parametrize(("value", "expected"), [("1500", [1500]), (" 0 ", [0]), ("-5", [0])])
def test_quit_is_scheduled_after_the_given_milliseconds(qapp, monkeypatch, scheduled, value, expected):
    monkeypatch.setenv(bootstrap.QUIT_AFTER_ENV, value)
    bootstrap._quit_after_from_environment(qapp)
    assert scheduled == expected


@pytest.mark.parametrize("value", [None, "", "soon"])
def test_no_quit_without_a_number(qapp, monkeypatch, scheduled, value):
    if value is None:
        monkeypatch.delenv(bootstrap.QUIT_AFTER_ENV, raising=False)
    else:
        monkeypatch.setenv(bootstrap.QUIT_AFTER_ENV, value)
    bootstrap._quit_after_from_environment(qapp)
    assert scheduled == []
