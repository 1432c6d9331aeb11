"""Head office's verdict typed in by hand, parts left at the dealer, and the old-part look-ups the screens
use — on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.db.models import OldPart
from app.domain.enums import OldPartStatus as S
from app.domain.enums import ShipmentStatus
from app.domain.errors import ValidationError
from app.domain.old_parts import NOT_RECEIVED_REMARK, DueState
from app.services import old_parts, shipments, verdicts
from app.services.paging import PageRequest
from app.services.verdicts import Verdict
from tests.services.claims.conftest import TODAY, dealer  # noqa: F401 — the fixture
from tests.services.old_parts_data import approved_claim, tag_of


def _shipped(dealer, count: int) -> tuple[int, list[str]]:  # type: ignore[no-untyped-def]  # noqa: F811
    tags = [tag_of(dealer, approved_claim(dealer)) for _ in range(count)]
    view = shipments.create_shipment(dealer.db, dealer.clerk, TODAY)
    for tag in tags:
        shipments.add_tag(dealer.db, dealer.clerk, view.id, tag)
    shipments.ship(dealer.db, dealer.clerk, view.id, "", "", True, TODAY)
    return view.id, tags


def test_verdicts_by_hand_step_each_part_and_receive_the_shipment(dealer):  # noqa: F811
    shipment_id, tags = _shipped(dealer, 3)
    result = verdicts.record_verdicts(dealer.db, dealer.clerk, shipment_id, [
        Verdict(tags[0].lower(), True, S.USABLE, " 可再制造 "), Verdict(tags[1], True), Verdict(tags[2], False)],
        TODAY)
    assert result.received == (tags[0], tags[1]) and result.usable == (tags[0],)
    assert result.not_received == (tags[2],)
    view = shipments.get_shipment(dealer.db, shipment_id)
    assert view.status == ShipmentStatus.RECEIVED and view.received_on == TODAY
    assert [(line.status, line.remark) for line in view.lines] == [
        (S.USABLE, "可再制造"), (S.RECEIVED, ""), (S.SHIPPED, NOT_RECEIVED_REMARK)]
    # A later word on the part received without a verdict completes it
    verdicts.record_verdicts(dealer.db, dealer.clerk, shipment_id, [Verdict(tags[1], True, S.SCRAP, "")], TODAY)
    assert shipments.get_shipment(dealer.db, shipment_id).lines[1].status == S.SCRAP
    events = old_parts.get_old_part(dealer.db, tags[0], TODAY).events
    assert [e.status for e in events] == [S.RETAINED, S.PACKED, S.SHIPPED, S.RECEIVED, S.USABLE]
    assert events[-1].by == "刘燕" and events[-1].at.tzinfo is not None


def test_bad_verdicts_are_refused_whole(dealer):  # noqa: F811
    shipment_id, tags = _shipped(dealer, 2)
    other = tag_of(dealer, approved_claim(dealer))
    with pytest.raises(ValidationError) as refused:
        verdicts.record_verdicts(dealer.db, dealer.clerk, shipment_id, [
            Verdict(tags[0], True, S.USABLE), Verdict(tags[0], True, S.SCRAP), Verdict(other, True),
            Verdict(tags[1], False, S.SCRAP)], TODAY)
    text = str(refused.value)
    assert f"{tags[0]}: entered twice" in text and f"{other}: not in shipment" in text
    assert f"{tags[1]}: a part head office did not receive cannot have a verdict" in text
    assert {line.status for line in shipments.get_shipment(dealer.db, shipment_id).lines} == {S.SHIPPED}
    with pytest.raises(ValidationError, match="at least one"):
        verdicts.record_verdicts(dealer.db, dealer.clerk, shipment_id, [], TODAY)


def test_a_part_left_at_the_dealer_no_longer_waits_for_a_return(dealer):  # noqa: F811
    tag = tag_of(dealer, approved_claim(dealer))
    with pytest.raises(ValidationError, match="instructed"):
        verdicts.leave_at_dealer(dealer.db, dealer.manager, tag, S.SCRAP, "  ")
    with pytest.raises(ValidationError, match="usable .keep. or scrap"):
        verdicts.leave_at_dealer(dealer.db, dealer.manager, tag, S.RECEIVED, "总部电话通知")
    verdicts.leave_at_dealer(dealer.db, dealer.manager, tag, S.SCRAP, "总部电话通知，就地报废")
    detail = old_parts.get_old_part(dealer.db, tag, TODAY)
    assert detail.row.status == S.SCRAP and detail.row.left_at_dealer
    assert detail.row.due_state == DueState.DONE and detail.row.note == "总部电话通知,就地报废"
    with pytest.raises(ValidationError, match="only a part on the shelf"):
        verdicts.leave_at_dealer(dealer.db, dealer.manager, tag, S.USABLE, "again")
    page = old_parts.list_old_parts(dealer.db, PageRequest(filters={"due": "overdue"}), TODAY)
    assert page.total == 0


def test_the_database_refuses_a_verdict_without_a_shipment_unless_left_at_the_dealer(dealer):  # noqa: F811
    tag = tag_of(dealer, approved_claim(dealer))
    with pytest.raises(IntegrityError), dealer.db.sessions.begin() as s:
        s.scalars(select(OldPart).where(OldPart.tag_no == tag)).one().status = S.USABLE
    with pytest.raises(IntegrityError), dealer.db.sessions.begin() as s:
        s.scalars(select(OldPart).where(OldPart.tag_no == tag)).one().left_at_dealer = True  # no verdict


def test_look_ups_for_the_screens(dealer):  # noqa: F811
    tags = [tag_of(dealer, approved_claim(dealer)) for _ in range(3)]
    assert old_parts.find_tag(dealer.db, f" {tags[1].lower()} ") == tags[1]
    assert old_parts.find_tag(dealer.db, "LF50426000001") is None and old_parts.find_tag(dealer.db, "") is None
    for tag, place in zip(tags, ("B-02", "A-01", "B-02"), strict=True):
        old_parts.update_old_part(dealer.db, dealer.clerk, tag, place=place, condition_notes="柱塞卡滞")
    assert old_parts.storage_places(dealer.db) == ["B-02", "A-01"]  # the most used first
    assert old_parts.get_old_part(dealer.db, tags[0], TODAY).condition_notes == "柱塞卡滞"
    draft = shipments.create_shipment(dealer.db, dealer.clerk, TODAY)
    shipments.add_tag(dealer.db, dealer.clerk, draft.id, tags[0])
    shipped, _ = _shipped(dealer, 1)
    rows = shipments.list_shipments(dealer.db, PageRequest()).rows
    assert [(r.id, r.status, r.parts) for r in rows] == [
        (draft.id, ShipmentStatus.DRAFT, 1), (shipped, ShipmentStatus.SHIPPED, 1)]  # drafts first
    assert shipments.list_shipments(dealer.db, PageRequest(filters={"status": "shipped"})).total == 1
