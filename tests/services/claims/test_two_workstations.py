"""Two workstations on one database (two Database objects, so two connections, as two PCs would have) edit the
same claim: the second save is refused with a clear message and the first one's data is kept."""
from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from app.domain.enums import ClaimStatus
from app.domain.errors import ConcurrentEdit, WarrantyDeskError
from app.services import claims
from app.services.claims import editing, lifecycle
from app.services.database import Database
from tests.services.claims.conftest import TODAY, dealer, pump_claim  # noqa: F401 - the hand-built dealer


@pytest.fixture
def other(database) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    """The second workstation: its own engine and connections on the same database."""
    db = Database.open(database.url.render_as_string(hide_password=False))
    yield db
    db.close()


def test_the_second_save_is_refused_and_the_first_kept(dealer, other):  # noqa: F811
    # GIVEN a claim both workstations have opened
    created = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    here = claims.get_claim(dealer.db, created.id, TODAY)
    there = claims.get_claim(other, created.id, TODAY)
    assert here.version == there.version
    # WHEN the first saves, then the second saves over the version it opened
    first = claims.update_claim(dealer.db, dealer.clerk, here.id, here.version, pump_claim(cause="出油阀卡滞"), TODAY)
    with pytest.raises(ConcurrentEdit) as refused:
        claims.update_claim(other, dealer.manager, there.id, there.version, pump_claim(cause="柱塞磨损"), TODAY)
    # THEN the refusal names the claim and says what to do; the first save stands, seen from both
    assert created.claim_no in str(refused.value)
    assert "changed on another workstation" in str(refused.value) and "not saved" in str(refused.value)
    for db in (dealer.db, other):
        kept = claims.get_claim(db, created.id, TODAY)
        assert kept.input.cause == "出油阀卡滞" and kept.version == first.version


def test_saves_at_the_same_moment_leave_exactly_one(dealer, other, monkeypatch):  # noqa: F811
    """Both saves have read the same version before either writes: the version column, not the first
    read, decides. On PostgreSQL the paused save loses (its UPDATE finds a newer version); on SQLite the
    paused save holds the write lock, so the other one waits and then finds the version changed."""
    created = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    loaded, go_on = threading.Event(), threading.Event()
    find_unit = editing._unit

    def pausing_unit(s, serial):  # type: ignore[no-untyped-def]
        if threading.current_thread().name == "paused":
            loaded.set()  # the claim is loaded and its version checked
            go_on.wait(10)
        return find_unit(s, serial)

    monkeypatch.setattr(editing, "_unit", pausing_unit)
    outcome: dict[str, str] = {}
    refusal: list[str] = []

    def save(db, cause: str) -> None:  # type: ignore[no-untyped-def]
        try:
            claims.update_claim(db, dealer.clerk, created.id, created.version, pump_claim(cause=cause), TODAY)
            outcome[cause] = "saved"
        except ConcurrentEdit as exc:
            outcome[cause] = "refused"
            refusal.append(str(exc))

    paused = threading.Thread(target=save, args=(other, "柱塞磨损"), name="paused")
    paused.start()
    assert loaded.wait(10)
    prompt = threading.Thread(target=save, args=(dealer.db, "出油阀卡滞"), name="prompt")
    prompt.start()
    prompt.join(0.5)  # PostgreSQL: done by now; SQLite: waiting for the write lock
    go_on.set()
    paused.join(20)
    prompt.join(20)
    assert sorted(outcome.values()) == ["refused", "saved"], outcome
    winner = next(cause for cause, result in outcome.items() if result == "saved")
    expected = {"postgresql": "出油阀卡滞", "sqlite": "柱塞磨损"}[dealer.db.backend]
    assert winner == expected
    assert created.claim_no in refusal[0] and "changed on another workstation" in refusal[0]
    for db in (dealer.db, other):
        kept = claims.get_claim(db, created.id, TODAY)
        assert kept.input.cause == winner and kept.version == created.version + 1


def test_moving_a_claim_while_another_workstation_moves_it_is_refused_clearly(dealer, other, monkeypatch):  # noqa: F811
    """A manager cancels the claim while a clerk's "ready" is between its read and its write: whichever comes
    second is refused with a message (never a driver error), and the claim is in one consistent state."""
    created = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    loaded, go_on = threading.Event(), threading.Event()
    blocking = lifecycle._blocking

    def pausing_blocking(s, claim, today):  # type: ignore[no-untyped-def]
        if threading.current_thread().name == "paused":
            loaded.set()
            go_on.wait(10)
        return blocking(s, claim, today)

    monkeypatch.setattr(lifecycle, "_blocking", pausing_blocking)
    outcome: dict[str, object] = {}

    def ready() -> None:
        try:
            outcome["ready"] = claims.mark_ready(other, dealer.clerk, created.id, created.version, TODAY).status
        except WarrantyDeskError as exc:
            outcome["ready"] = exc

    def cancel() -> None:
        outcome["cancel"] = claims.cancel(dealer.db, dealer.manager, [created.id], "用户撤回", TODAY)

    paused = threading.Thread(target=ready, name="paused")
    paused.start()
    assert loaded.wait(10)
    prompt = threading.Thread(target=cancel, name="prompt")
    prompt.start()
    prompt.join(0.5)
    go_on.set()
    paused.join(20)
    prompt.join(20)
    final = claims.get_claim(dealer.db, created.id, TODAY).status
    if dealer.db.backend == "postgresql":  # the cancel committed first; the paused "ready" finds it changed
        assert isinstance(outcome["ready"], ConcurrentEdit), outcome
        assert "changed on another workstation" in str(outcome["ready"])
        assert final == ClaimStatus.CANCELLED
    else:  # the paused "ready" held the write lock: it went first, then the cancel of a ready claim
        assert outcome["ready"] == ClaimStatus.READY
        assert outcome["cancel"].done == (created.claim_no,) and final == ClaimStatus.CANCELLED  # type: ignore[attr-defined]
