"""Retaining old parts on approval, writing them off and listing them, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.db.models import OldPart, OldPartEvent, WarrantyClaim
from app.domain.enums import ClaimStatus, OldPartStatus
from app.domain.errors import TransitionRefused, ValidationError
from app.domain.old_parts import DueState
from app.services import claims, old_parts, shared_settings, shipments
from app.services.paging import PageRequest
from tests.services.claims.conftest import TODAY, dealer, pump_claim  # noqa: F401 — the fixture
from tests.services.old_parts_data import approved_claim, tag_of


def _old_parts(d) -> list[OldPart]:  # type: ignore[no-untyped-def]
    with d.db.sessions() as s:
        return list(s.scalars(select(OldPart).order_by(OldPart.id)))


def test_approval_retains_the_must_return_part_once_with_its_due_date(dealer):  # noqa: F811
    claim_id = approved_claim(dealer)
    (part,) = _old_parts(dealer)  # the oil filter is not retained
    assert part.tag_no == "JJ2026-000001" and part.claim_id == claim_id
    assert part.quantity == Decimal(1) and part.status == OldPartStatus.RETAINED
    assert part.due_date == dt.date(2026, 6, 30)  # repaired 12 June: the 30 June return
    with dealer.db.sessions() as s:
        (event,) = s.scalars(select(OldPartEvent)).all()
    assert event.status == OldPartStatus.RETAINED and event.by == "孙伟" and event.at.tzinfo is not None


def test_the_return_windows_setting_decides_the_due_date(dealer):  # noqa: F811
    shared_settings.put(dealer.db, shared_settings.RETURN_WINDOWS, "03-31,09-30")
    approved_claim(dealer)
    assert _old_parts(dealer)[0].due_date == dt.date(2026, 9, 30)


def test_edit_and_reapproval_keep_one_old_part_per_line(dealer):  # noqa: F811
    claim_id = approved_claim(dealer)
    view = claims.get_claim(dealer.db, claim_id, TODAY)
    view = claims.update_claim(dealer.db, dealer.clerk, claim_id, view.version, pump_claim(cause="补充说明"), TODAY)
    assert view.status == ClaimStatus.DRAFT and _old_parts(dealer) == []  # approval no longer holds
    view = claims.mark_ready(dealer.db, dealer.clerk, claim_id, view.version, TODAY)
    claims.approve(dealer.db, dealer.manager, [claim_id], TODAY)
    assert len(_old_parts(dealer)) == 1


def test_a_packed_part_keeps_the_claim_lines_from_changing(dealer):  # noqa: F811
    claim_id = approved_claim(dealer)
    shipment = shipments.create_shipment(dealer.db, dealer.clerk)
    shipments.add_tag(dealer.db, dealer.clerk, shipment.id, tag_of(dealer, claim_id))
    view = claims.get_claim(dealer.db, claim_id, TODAY)
    with pytest.raises(TransitionRefused, match="left the shelf"):
        claims.update_claim(dealer.db, dealer.clerk, claim_id, view.version, pump_claim(cause="补充说明"), TODAY)


def test_a_reworked_revision_takes_over_the_old_part(dealer):  # noqa: F811
    claim_id = approved_claim(dealer)
    tag = tag_of(dealer, claim_id)
    with dealer.db.sessions.begin() as s:  # stands in for head office rejecting the batch
        s.get(WarrantyClaim, claim_id).status = ClaimStatus.REJECTED
    new = claims.rework(dealer.db, dealer.clerk, claim_id, TODAY)
    new = claims.mark_ready(dealer.db, dealer.clerk, new.id, new.version, TODAY)
    assert claims.approve(dealer.db, dealer.manager, [new.id], TODAY).refused == ()
    (part,) = _old_parts(dealer)
    assert part.tag_no == tag and part.claim_id == new.id


def test_storage_place_and_write_off_with_a_reason(dealer):  # noqa: F811
    tag = tag_of(dealer, approved_claim(dealer))
    old_parts.set_storage_place(dealer.db, dealer.clerk, tag.lower(), " A-03  货架 ")
    with pytest.raises(ValidationError, match="say why"):
        old_parts.write_off(dealer.db, dealer.manager, tag, "  ")
    old_parts.write_off(dealer.db, dealer.manager, tag, "总部同意不返回")
    (part,) = _old_parts(dealer)
    assert (part.storage_place, part.status, part.write_off_reason) == (
        "A-03 货架", OldPartStatus.WRITTEN_OFF, "总部同意不返回")
    with pytest.raises(TransitionRefused):
        old_parts.write_off(dealer.db, dealer.manager, tag, "again")
    with pytest.raises(ValidationError, match="no old part"):
        old_parts.write_off(dealer.db, dealer.manager, "JJ2026-999999", "lost")


def test_list_with_due_states_filters_and_text(dealer):  # noqa: F811
    first = approved_claim(dealer)  # due 30 June
    shared_settings.put(dealer.db, shared_settings.RETURN_WINDOWS, "12-31")
    second = approved_claim(dealer)  # due 31 December
    old_parts.write_off(dealer.db, dealer.manager, tag_of(dealer, approved_claim(dealer)), "丢失")
    page = old_parts.list_old_parts(dealer.db, PageRequest(), TODAY)
    assert page.total == 3
    assert [r.due_state for r in page.rows] == [DueState.DUE_SOON, DueState.NOT_DUE, DueState.DONE]
    assert page.rows[0].part_no == "T5-112-10" and page.rows[0].part_name == "喷油泵"
    july = dt.date(2026, 7, 2)
    overdue = old_parts.list_old_parts(dealer.db, PageRequest(filters={"due": "overdue"}), july)
    assert [r.claim_id for r in overdue.rows] == [first] and overdue.rows[0].due_state == DueState.OVERDUE
    soon = old_parts.list_old_parts(dealer.db, PageRequest(filters={"due": "due_soon"}), dt.date(2026, 12, 20))
    assert [r.claim_id for r in soon.rows] == [second]
    retained = old_parts.list_old_parts(dealer.db, PageRequest(filters={"status": "retained"}), TODAY)
    assert retained.total == 2
    by_claim = old_parts.list_old_parts(dealer.db, PageRequest(text=" sb2026-000002 "), TODAY)
    assert [r.claim_id for r in by_claim.rows] == [second]
    by_tag = old_parts.list_old_parts(dealer.db, PageRequest(text="JJ2026-000001", sort="tag", descending=True), TODAY)
    assert by_tag.total == 1 and by_tag.rows[0].claim_id == first
    assert old_parts.list_old_parts(dealer.db, PageRequest(text="T5-112", limit=1), TODAY).total == 3
