"""Building claim batches through the service, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from app.db.models import AuditEntry, ClaimBatch, DealerProfile, WarrantyClaim
from app.domain.enums import BatchStatus, ClaimStatus
from app.domain.errors import ConcurrentEdit, TransitionRefused, ValidationError
from app.services import batches, claims
from app.services.batches import building
from app.services.paging import PageRequest
from tests.services.batches.batch_data import PUMP_TOTAL, claims_to_batch, ready_and_approved, states, with_dealer_code
from tests.services.claims.conftest import TODAY, dealer  # noqa: F401  (fixture)

MAY = (dt.date(2026, 5, 1), dt.date(2026, 5, 31))


def test_a_period_batch_holds_the_approved_claims_repaired_in_it(dealer):  # noqa: F811
    made = claims_to_batch(dealer)

    view = batches.create_batch(dealer.db, dealer.clerk, period_from=MAY[0], period_to=MAY[1], today=TODAY)

    assert view.batch_no == "D3701-2026-001" and view.status == BatchStatus.OPEN and view.is_open
    assert (view.period_from, view.period_to) == MAY
    assert [c.claim_no for c in view.claims] == list(made.numbers[:2])
    t = view.totals
    assert (t.claim_count, t.labour_amount, t.parts_amount, t.travel_amount, t.other_amount, t.total_amount) == (
        2, Decimal("300.00"), Decimal("3474.00"), Decimal("69.00"), Decimal("0.00"), 2 * PUMP_TOTAL)
    assert states(dealer, made.approved) == [(ClaimStatus.IN_BATCH, view.id)] * 2 + [(ClaimStatus.APPROVED, None)] * 2
    with dealer.db.sessions() as s:
        moves = s.execute(select(AuditEntry.entity_id, AuditEntry.new_value).where(
            AuditEntry.entity == "claim", AuditEntry.new_value.like("in_batch%"))).all()
        assert sorted(moves) == [(i, "in_batch: D3701-2026-001") for i in made.approved[:2]]
        assert s.scalar(select(AuditEntry.new_value).where(AuditEntry.entity == "batch",
                                                          AuditEntry.action == "create")) == "D3701-2026-001"


def test_without_a_period_every_waiting_claim_goes_and_the_next_batch_is_numbered_on(dealer):  # noqa: F811
    made = claims_to_batch(dealer)
    first = batches.create_batch(dealer.db, dealer.clerk, period_to=MAY[1], today=TODAY)
    second = batches.create_batch(dealer.db, dealer.clerk, today=TODAY)
    assert (first.batch_no, second.batch_no) == ("D3701-2026-001", "D3701-2026-002")
    assert [c.claim_id for c in second.claims] == list(made.approved[2:])
    assert first.totals.total_amount + second.totals.total_amount == 4 * PUMP_TOTAL
    with pytest.raises(ValidationError, match="no approved claim waits for a batch"):
        batches.create_batch(dealer.db, dealer.clerk, today=TODAY)


def test_picked_claims_and_every_refusal_at_once(dealer):  # noqa: F811
    made = claims_to_batch(dealer)
    first = batches.create_batch(dealer.db, dealer.clerk, claim_ids=[made.approved[0]], today=TODAY)
    assert [c.claim_id for c in first.claims] == [made.approved[0]]

    with pytest.raises(TransitionRefused) as refused:
        batches.create_batch(dealer.db, dealer.clerk, claim_ids=[made.approved[1], made.approved[0], made.draft, 999],
                             today=TODAY)

    message = str(refused.value)
    assert f"claim {made.numbers[0]} is already in batch D3701-2026-001" in message
    assert "is draft and cannot become in_batch" in message and "no claim with id 999" in message
    assert states(dealer, made.approved[1:]) == [(ClaimStatus.APPROVED, None)] * 3  # nothing went in
    with dealer.db.sessions() as s:  # and no batch number was used up
        assert s.scalars(select(ClaimBatch.batch_no)).all() == ["D3701-2026-001"]


def test_a_claim_in_an_open_batch_cannot_be_added_to_another(dealer):  # noqa: F811
    made = claims_to_batch(dealer)
    first = batches.create_batch(dealer.db, dealer.clerk, claim_ids=made.approved[:2], today=TODAY)
    second = batches.create_batch(dealer.db, dealer.clerk, claim_ids=made.approved[2:3], today=TODAY)
    with pytest.raises(TransitionRefused, match=f"{made.numbers[1]} is already in batch {first.batch_no}"):
        batches.add_claims(dealer.db, dealer.clerk, second.batch_no, [made.approved[1]])
    with pytest.raises(TransitionRefused, match="already in this batch"):
        batches.add_claims(dealer.db, dealer.clerk, first.batch_no, [made.approved[1]])


def test_the_database_refuses_a_claim_batched_between_the_check_and_the_move(dealer, monkeypatch):  # noqa: F811
    # GIVEN a claim another workstation has just put in a batch, after this one checked it
    made = claims_to_batch(dealer)
    batches.create_batch(dealer.db, dealer.clerk, claim_ids=[made.approved[0]], today=TODAY)
    monkeypatch.setattr(building, "_why_not", lambda *_args: "")  # the check saw it still approved
    # WHEN this workstation moves it: THEN the conditional UPDATE finds one row too few and nothing happens
    with pytest.raises(ConcurrentEdit, match="batched or changed on another workstation"):
        batches.create_batch(dealer.db, dealer.clerk, claim_ids=made.approved[:2], today=TODAY)
    assert states(dealer, made.approved[1:2]) == [(ClaimStatus.APPROVED, None)]
    with dealer.db.sessions() as s:
        assert s.scalar(select(ClaimBatch).where(ClaimBatch.sequence == 2)) is None


def test_picks_outside_the_batchs_period_are_refused(dealer):  # noqa: F811
    made = claims_to_batch(dealer)
    with pytest.raises(TransitionRefused, match="repaired on 2026-06-05, outside the batch's period"):
        batches.create_batch(dealer.db, dealer.clerk, period_from=MAY[0], period_to=MAY[1],
                             claim_ids=[made.approved[0], made.approved[2]], today=TODAY)


def test_adding_and_removing_keep_the_totals_to_the_cent(dealer):  # noqa: F811
    made = claims_to_batch(dealer)
    other = claims.create_claim(dealer.db, dealer.clerk, _odd_claim(), TODAY)
    odd = ready_and_approved(dealer, other.id)
    view = batches.create_batch(dealer.db, dealer.clerk, claim_ids=[made.approved[0]], today=TODAY)

    view = batches.add_claims(dealer.db, dealer.clerk, view.batch_no, [odd, made.approved[3]])
    assert view.totals.claim_count == 3
    assert view.totals.total_amount == 2 * PUMP_TOTAL + other.total_amount
    assert view.totals.other_amount == Decimal("12.34")
    assert view.totals.total_amount == sum((c.total_amount for c in view.claims), Decimal(0))

    view = batches.remove_claims(dealer.db, dealer.clerk, view.batch_no.lower(), [made.approved[0]])
    assert view.totals.total_amount == PUMP_TOTAL + other.total_amount and view.totals.claim_count == 2
    assert states(dealer, [made.approved[0]]) == [(ClaimStatus.APPROVED, None)]
    with pytest.raises(ValidationError, match=f"not in batch {view.batch_no}: {made.numbers[1]}"):
        batches.remove_claims(dealer.db, dealer.clerk, view.batch_no, [made.approved[1]])


def _odd_claim():  # type: ignore[no-untyped-def]
    from tests.services.claims.conftest import pump_claim

    return pump_claim(other_amount=Decimal("12.34"), other_note="拖车费", travel_km=Decimal("17.3"),
                      travel_rate=Decimal("1.45"))


def test_deleting_an_open_batch_puts_its_claims_back(dealer):  # noqa: F811
    made = claims_to_batch(dealer)
    view = batches.create_batch(dealer.db, dealer.clerk, today=TODAY)
    batches.delete_batch(dealer.db, dealer.clerk, view.batch_no)
    assert states(dealer, made.approved) == [(ClaimStatus.APPROVED, None)] * 4
    with pytest.raises(batches.BatchNotFound):
        batches.get_batch(dealer.db, view.batch_no)
    assert batches.create_batch(dealer.db, dealer.clerk, today=TODAY).batch_no == "D3701-2026-002"


def test_an_exported_batch_keeps_its_claims(dealer):  # noqa: F811
    made = claims_to_batch(dealer)
    view = batches.create_batch(dealer.db, dealer.clerk, claim_ids=made.approved[:2], today=TODAY)
    with dealer.db.sessions.begin() as s:  # exported as far as these services are concerned
        s.execute(update(ClaimBatch).values(status=BatchStatus.EXPORTED, exported_at=dt.datetime.now(dt.UTC)))
    for attempt in (lambda: batches.add_claims(dealer.db, dealer.clerk, view.batch_no, [made.approved[2]]),
                    lambda: batches.remove_claims(dealer.db, dealer.clerk, view.batch_no, [made.approved[0]]),
                    lambda: batches.delete_batch(dealer.db, dealer.clerk, view.batch_no)):
        with pytest.raises(TransitionRefused, match=f"batch {view.batch_no} is exported"):
            attempt()
    assert states(dealer, made.approved[:2]) == [(ClaimStatus.IN_BATCH, view.id)] * 2


def test_only_the_latest_revision_of_a_reworked_claim_can_be_batched(dealer):  # noqa: F811
    # GIVEN a claim head office rejected, reworked into revision 2 and approved again
    made = claims_to_batch(dealer)
    first = batches.create_batch(dealer.db, dealer.clerk, claim_ids=[made.approved[0]], today=TODAY)
    with dealer.db.sessions.begin() as s:  # what the settlement import does to a rejected claim
        s.execute(update(ClaimBatch).values(status=BatchStatus.SETTLED, exported_at=dt.datetime.now(dt.UTC)))
        s.execute(update(WarrantyClaim).where(WarrantyClaim.id == made.approved[0])
                  .values(status=ClaimStatus.REJECTED))
    revision = claims.rework(dealer.db, dealer.clerk, made.approved[0], TODAY)
    ready_and_approved(dealer, revision.id)
    # WHEN the next batch is made: THEN revision 2 goes in, revision 1 stays in its settled batch
    second = batches.create_batch(dealer.db, dealer.clerk, period_to=MAY[1], today=TODAY)
    assert [(c.claim_no, c.revision) for c in second.claims] == [(made.numbers[0], 2), (made.numbers[1], 1)]
    assert batches.get_batch(dealer.db, first.batch_no).claims[0].revision == 1
    assert batches.latest_claim_ids(dealer.db, [made.numbers[0].lower()]) == [revision.id]


def test_the_dealer_code_numbers_the_batch_and_must_be_there(dealer):  # noqa: F811
    claims_to_batch(dealer)
    with dealer.db.sessions.begin() as s:
        s.get(DealerProfile, 1).dealer_code = ""
    with pytest.raises(ValidationError, match="no dealer code"):
        batches.create_batch(dealer.db, dealer.clerk, today=TODAY)
    with pytest.raises(ValidationError, match="ends .* before it starts"):
        batches.create_batch(dealer.db, dealer.clerk, period_from=MAY[1], period_to=MAY[0], today=TODAY)
    with pytest.raises(ValidationError, match="pick at least one"):
        batches.create_batch(dealer.db, dealer.clerk, claim_ids=[], today=TODAY)


def test_the_list_pages_sorts_and_filters_in_sql(dealer):  # noqa: F811
    made = claims_to_batch(dealer)
    for claim_id in made.approved:
        batches.create_batch(dealer.db, dealer.clerk, claim_ids=[claim_id], today=TODAY)
    with dealer.db.sessions.begin() as s:
        s.execute(update(ClaimBatch).where(ClaimBatch.sequence == 2)
                  .values(status=BatchStatus.EXPORTED, exported_at=dt.datetime.now(dt.UTC)))

    page = batches.list_batches(dealer.db, PageRequest(limit=2))
    assert page.total == 4 and [r.batch_no for r in page.rows] == ["D3701-2026-004", "D3701-2026-003"]
    page = batches.list_batches(dealer.db, PageRequest(offset=2, limit=2, sort="batch_no"))
    assert [r.batch_no for r in page.rows] == ["D3701-2026-003", "D3701-2026-004"]
    exported = batches.list_batches(dealer.db, PageRequest(filters={"status": BatchStatus.EXPORTED}))
    assert [(r.batch_no, r.status) for r in exported.rows] == [("D3701-2026-002", BatchStatus.EXPORTED)]
    opened = batches.list_batches(dealer.db, PageRequest(filters={"status": ["open"]}, text="-003"))
    assert [r.batch_no for r in opened.rows] == ["D3701-2026-003"] and opened.rows[0].totals.claim_count == 1
    with pytest.raises(ValidationError, match="cannot be sorted by colour"):
        batches.list_batches(dealer.db, PageRequest(sort="colour"))


def test_waiting_claims_lists_what_a_batch_could_take(dealer):  # noqa: F811
    made = claims_to_batch(dealer)
    batches.create_batch(dealer.db, dealer.clerk, claim_ids=[made.approved[0]], today=TODAY)
    page = batches.waiting_claims(dealer.db, PageRequest(sort="repair_date", descending=True))
    assert [r.claim_id for r in page.rows] == list(reversed(made.approved[1:])) and page.total == 3
    june = batches.waiting_claims(dealer.db, PageRequest(), period_from=dt.date(2026, 6, 1))
    assert [r.claim_no for r in june.rows] == list(made.numbers[2:])
    assert june.rows[0].customer_name == "王建国" and june.rows[0].total_amount == PUMP_TOTAL
    assert batches.waiting_claims(dealer.db, PageRequest(text="王建")).total == 3


def test_a_second_dealer_code_starts_its_own_numbers(dealer):  # noqa: F811
    with_dealer_code(dealer, "D9900")
    view_id = claims.create_claim(dealer.db, dealer.clerk, _odd_claim(), TODAY).id
    ready_and_approved(dealer, view_id)
    assert batches.create_batch(dealer.db, dealer.clerk, today=dt.date(2027, 1, 4)).batch_no == "D9900-2027-001"
