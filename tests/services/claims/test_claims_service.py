"""Claims through the service layer, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.db.models import ClaimBatch, ComponentChange, WarrantyClaim
from app.domain.actors import PermissionDenied
from app.domain.checks import RuleSetting, Severity
from app.domain.enums import ClaimStatus
from app.domain.errors import ConcurrentEdit, TransitionRefused, ValidationError
from app.services import claims
from app.services.claims import LabourLineInput, PartLineInput
from tests.services.claims.conftest import TODAY, pump_claim


def test_new_claim_takes_prices_rates_and_flat_times_and_adds_up(dealer):
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    assert view.claim_no == "SB2026-000001" and view.status == ClaimStatus.DRAFT and view.revision == 1
    (labour,) = view.labour
    assert labour.flat_rate_hours == Decimal("2.50")  # the model's own time beats the general 2.0 h
    assert labour.hourly_rate == Decimal("60.00") and labour.amount == Decimal("150.00")
    pump, oil_filter = view.parts
    assert pump.unit_price == Decimal("1680.00")  # the price valid on the repair date
    assert pump.retain and not oil_filter.retain  # must-return parts are retained by themselves
    assert oil_filter.part_no == "T5-101-22" and oil_filter.amount == Decimal("57.00")
    assert (view.labour_amount, view.parts_amount, view.travel_amount) == (
        Decimal("150.00"), Decimal("1737.00"), Decimal("34.50"))
    assert view.total_amount == Decimal("1921.50")
    assert view.input.fault_code == "E101"
    assert view.findings == () and view.check_level == "ok"


def test_an_older_repair_date_takes_the_older_price(dealer):
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(failure_date=dt.date(2026, 4, 1),
                                                                   repair_date=dt.date(2026, 4, 2)), TODAY)
    assert view.parts[0].unit_price == Decimal("1550.00")


def test_bad_lines_are_all_reported_and_nothing_saved(dealer):
    bad = pump_claim(labour=(LabourLineInput("L-E01", Decimal(0)),),
                     parts=(PartLineInput("T5-112-10", Decimal(-1)), PartLineInput("NO-SUCH", Decimal(1))),
                     complaint="坏" * 10_000)
    with pytest.raises(ValidationError) as refused:
        claims.create_claim(dealer.db, dealer.clerk, bad, TODAY)
    message = str(refused.value)
    for expected in ("complaint is 10,000 characters", "labour line 1: hours", "part line 1: the quantity",
                     "part line 2: part number NO-SUCH is not in the catalogue"):
        assert expected in message
    with dealer.db.sessions() as s:
        assert s.scalars(select(WarrantyClaim)).all() == []


def test_emoji_and_rare_characters_survive(dealer):
    text = "用户反映：🚜 异响 — 𠀀𪚥 (rare CJK)"
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(complaint=text), TODAY)
    assert claims.get_claim(dealer.db, view.id, TODAY).input.complaint == text


def test_second_of_two_concurrent_saves_is_refused_and_the_first_kept(dealer):
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    first = claims.update_claim(dealer.db, dealer.clerk, view.id, view.version, pump_claim(cause="第一处修改"),
                                TODAY)
    with pytest.raises(ConcurrentEdit, match="changed on another workstation"):
        claims.update_claim(dealer.db, dealer.manager, view.id, view.version, pump_claim(cause="第二处修改"), TODAY)
    kept = claims.get_claim(dealer.db, view.id, TODAY)
    assert kept.input.cause == "第一处修改" and kept.version == first.version


def test_life_cycle_ready_approve_and_back_to_draft_on_edit(dealer):
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(customer_signed=False), TODAY)
    assert [f.code for f in view.findings] == ["SIGNATURE_MISSING"]
    with pytest.raises(TransitionRefused, match="SIGNATURE_MISSING"):
        claims.mark_ready(dealer.db, dealer.clerk, view.id, view.version, TODAY)
    view = claims.update_claim(dealer.db, dealer.clerk, view.id, view.version, pump_claim(), TODAY)
    view = claims.mark_ready(dealer.db, dealer.clerk, view.id, view.version, TODAY)
    assert view.status == ClaimStatus.READY
    with pytest.raises(PermissionDenied):
        claims.approve(dealer.db, dealer.clerk, [view.id], TODAY)
    result = claims.approve(dealer.db, dealer.manager, [view.id], TODAY)
    assert result.done == (view.claim_no,) and result.refused == ()
    approved = claims.get_claim(dealer.db, view.id, TODAY)
    assert approved.status == ClaimStatus.APPROVED and approved.approved_by == "孙伟"
    edited = claims.update_claim(dealer.db, dealer.clerk, view.id, approved.version, pump_claim(cause="补充说明"),
                                 TODAY)
    assert edited.status == ClaimStatus.DRAFT and edited.approved_at is None  # approval no longer holds


def test_a_draft_cannot_be_approved_directly(dealer):
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    result = claims.approve(dealer.db, dealer.manager, [view.id], TODAY)
    assert result.done == () and "cannot become approved" in result.refused[0][1]


def test_batched_claims_are_read_only_and_rejected_ones_can_be_reworked(dealer):
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    with dealer.db.sessions.begin() as s:  # stands in for the batch export of a later issue
        batch = ClaimBatch(batch_no="D3701-2026-001", dealer_code="D3701", year=2026, sequence=1,
                           status="exported", exported_at=dt.datetime.now(dt.UTC))
        s.add(batch)
        s.flush()
        claim = s.get(WarrantyClaim, view.id)
        claim.status, claim.batch_id, claim.approved_at = ClaimStatus.IN_BATCH, batch.id, dt.datetime.now(dt.UTC)
    batched = claims.get_claim(dealer.db, view.id, TODAY)
    assert batched.read_only and batched.batch_no == "D3701-2026-001"
    with pytest.raises(TransitionRefused, match="can no longer be changed"):
        claims.update_claim(dealer.db, dealer.clerk, view.id, batched.version, pump_claim(), TODAY)
    with pytest.raises(TransitionRefused):
        claims.rework(dealer.db, dealer.clerk, view.id, TODAY)  # in batch, not rejected
    with dealer.db.sessions.begin() as s:
        s.get(WarrantyClaim, view.id).status = ClaimStatus.REJECTED
    new = claims.rework(dealer.db, dealer.clerk, view.id, TODAY)
    assert (new.claim_no, new.revision, new.status) == (view.claim_no, 2, ClaimStatus.DRAFT)
    assert new.previous_revision_id == view.id and new.total_amount == view.total_amount
    assert claims.get_claim(dealer.db, view.id, TODAY).status == ClaimStatus.REWORKED


def test_cancel_needs_a_reason_and_is_final(dealer):
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    with pytest.raises(ValidationError):
        claims.cancel(dealer.db, dealer.clerk, [view.id], " ", TODAY)
    assert claims.cancel(dealer.db, dealer.clerk, [view.id], "用户撤回", TODAY).done == (view.claim_no,)
    assert claims.get_claim(dealer.db, view.id, TODAY).read_only


def test_audit_trail_keeps_each_changed_field(dealer):
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    claims.update_claim(dealer.db, dealer.manager, view.id, view.version,
                        pump_claim(cause="喷油泵出油阀卡滞", hour_meter=Decimal("215")), TODAY)
    audit = claims.get_claim(dealer.db, view.id, TODAY).audit
    changed = {a.field: (a.old_value, a.new_value, a.user_name) for a in audit if a.action == "update"}
    assert changed["cause"] == ("喷油泵柱塞磨损", "喷油泵出油阀卡滞", "孙伟")
    assert changed["hour_meter"] == ("210.50", "215.00", "孙伟")
    assert any(a.action == "create" and a.user_name == "刘燕" for a in audit)


def test_replaced_main_component_is_recorded_once(dealer):
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    claims.update_claim(dealer.db, dealer.clerk, view.id, view.version, pump_claim(), TODAY)
    with dealer.db.sessions() as s:
        changes = s.scalars(select(ComponentChange).where(ComponentChange.unit_id == dealer.unit_id)).all()
    assert [(c.old_serial_no, c.new_serial_no) for c in changes] == [("BP-0001", "BP-0002")]


def test_late_card_and_duplicate_fire_through_the_service(dealer):
    late = claims.create_claim(dealer.db, dealer.clerk, pump_claim(unit_serial="LF50426000002"), TODAY)
    assert "CARD_NOT_RECOGNISED" in [f.code for f in late.findings] and late.check_level == "blocking"
    claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    again = claims.create_claim(dealer.db, dealer.clerk, pump_claim(failure_date=dt.date(2026, 6, 15),
                                                                    repair_date=dt.date(2026, 6, 16)), TODAY)
    assert [(f.code, f.severity) for f in again.findings] == [("DUPLICATE_CLAIM", Severity.WARNING)]


def test_rule_settings_are_data_a_manager_changes(dealer):
    with pytest.raises(PermissionDenied):
        claims.put_rule_setting(dealer.db, dealer.clerk, "SIGNATURE_MISSING", RuleSetting(severity=Severity.WARNING))
    claims.put_rule_setting(dealer.db, dealer.manager, "SIGNATURE_MISSING", RuleSetting(severity=Severity.WARNING))
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(customer_signed=False), TODAY)
    assert view.check_level == "warning"
    assert claims.mark_ready(dealer.db, dealer.clerk, view.id, view.version, TODAY).status == ClaimStatus.READY


def test_preview_computes_and_checks_without_saving(dealer):
    seen = claims.preview(dealer.db, pump_claim(customer_signed=False), TODAY)
    assert seen.total_amount == Decimal("1921.50") and [f.code for f in seen.findings] == ["SIGNATURE_MISSING"]
    with dealer.db.sessions() as s:
        assert s.scalars(select(WarrantyClaim)).all() == []
    saved = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    edited = claims.preview(dealer.db, pump_claim(parts=(PartLineInput("T5-112-10", Decimal(1), retain=False),)),
                            TODAY, claim_id=saved.id)
    assert "OLD_PART_NOT_RETAINED" in [f.code for f in edited.findings]
    assert claims.get_claim(dealer.db, saved.id, TODAY).parts_amount == Decimal("1737.00")  # unchanged
