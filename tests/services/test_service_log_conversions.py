"""Turning a service-log entry into a warranty claim or a paid service order, with its data carried over."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.db.models import AuditEntry, PaidServiceOrder, WarrantyClaim
from app.domain.enums import ClaimStatus, PaidOrderStatus, ServiceChannel
from app.domain.errors import ValidationError
from app.services.business_time import BUSINESS_TZ
from app.services.service_conversions import create_claim_from_entry, create_paid_order_from_entry
from app.services.service_log import EntryInput, arrange_entry, create_entry, get_entry
from tests.services.service_log_data import CLERK, NOW, add_unit, build

# Received at 00:30 on 9 March Beijing time, which is still 8 March (16:30) in UTC.
RECEIVED = dt.datetime(2026, 3, 9, 0, 30, tzinfo=BUSINESS_TZ)


def test_an_entry_becomes_a_draft_claim_with_its_data_carried_over(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    # GIVEN an arranged entry on 王建国's tractor, received just after midnight Beijing time
    entry = create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, RECEIVED, "发动机冒黑烟，动力不足",
                                                     unit_id=dealer.unit_wang, caller_name="王建国"), now=NOW)
    arrange_entry(database, CLERK, entry.id, technician="刘师傅", now=NOW)
    # WHEN it is turned into a claim
    made = create_claim_from_entry(database, CLERK, entry.id, now=NOW)
    # THEN a DRAFT claim exists, numbered SB<year>-…, linked to the entry, with zero totals
    assert (made.kind, made.number, made.entry_no) == ("claim", "SB2026-000001", entry.entry_no)
    with database.sessions() as s:
        claim = s.get(WarrantyClaim, made.id)
        assert claim is not None
        assert claim.status == ClaimStatus.DRAFT and claim.revision == 1
        assert (claim.unit_id, claim.customer_id, claim.service_entry_id) == (dealer.unit_wang, dealer.wang, entry.id)
        assert claim.failure_date == dt.date(2026, 3, 9)  # the Beijing day, not the UTC one (8 March)
        assert claim.repair_date == dt.date(2026, 3, 10)
        assert claim.complaint == "发动机冒黑烟，动力不足"
        assert claim.technician == "刘师傅"
        assert claim.hour_meter == Decimal("420.00")
        assert claim.total_amount == claim.labour_amount == claim.parts_amount == Decimal("0.00")
        audited = set(s.execute(select(AuditEntry.entity, AuditEntry.action, AuditEntry.new_value)
                                .where(AuditEntry.new_value == "SB2026-000001")).tuples())
    assert audited == {("warranty_claims", "create", "SB2026-000001"), ("service_log", "update", "SB2026-000001")}
    assert get_entry(database, entry.id, now=NOW).claim_no == "SB2026-000001"
    # AND a second conversion is refused, naming the claim
    with pytest.raises(ValidationError, match="already became claim SB2026-000001"):
        create_claim_from_entry(database, CLERK, entry.id, now=NOW)


def test_a_claim_needs_a_unit_whose_warranty_is_recognised(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    no_unit = create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, RECEIVED, "机器异响",
                                                       customer_id=dealer.li), now=NOW)
    with pytest.raises(ValidationError, match="names no unit"):
        create_claim_from_entry(database, CLERK, no_unit.id, now=NOW)
    late_card = create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, RECEIVED, "离合器打滑",
                                                         unit_id=dealer.unit_late), now=NOW)
    with pytest.raises(ValidationError, match="registration card is late or missing"):
        create_claim_from_entry(database, CLERK, late_card.id, now=NOW)
    # A manager's override makes the late card's unit claimable
    overridden = add_unit(database, dealer, "LX904-0009", dealer.zhang, dt.date(2025, 11, 1),
                          override="厂家区域经理同意补办回执卡")
    entry = create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, RECEIVED, "离合器打滑", unit_id=overridden),
                         now=NOW)
    assert create_claim_from_entry(database, CLERK, entry.id, now=NOW).number == "SB2026-000001"
    with database.sessions() as s:
        assert s.scalar(select(WarrantyClaim.id).where(WarrantyClaim.service_entry_id == no_unit.id)) is None


def test_an_entry_becomes_a_draft_paid_service_order(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    entry = create_entry(database, CLERK, EntryInput(ServiceChannel.VISIT, RECEIVED, "三包期外更换机油滤清器",
                                                     unit_id=dealer.unit_late), now=NOW)
    arrange_entry(database, CLERK, entry.id, technician="王师傅", now=NOW)
    made = create_paid_order_from_entry(database, CLERK, entry.id, now=NOW)
    assert (made.kind, made.number) == ("paid_order", "YC2026-00001")
    with database.sessions() as s:
        order = s.get(PaidServiceOrder, made.id)
        assert order is not None
        assert order.status == PaidOrderStatus.DRAFT
        assert (order.unit_id, order.customer_id, order.service_entry_id) == (dealer.unit_late, dealer.zhang, entry.id)
        assert (order.description, order.technician) == ("三包期外更换机油滤清器", "王师傅")
        assert order.service_date == NOW.date()
        assert order.labour_rate == Decimal("40.00")  # the model's rate, proposed
        assert order.total_amount == order.labour_amount == order.travel_amount == Decimal("0.00")
    assert get_entry(database, entry.id, now=NOW).paid_order_no == "YC2026-00001"
    with pytest.raises(ValidationError, match="already became paid service order YC2026-00001"):
        create_paid_order_from_entry(database, CLERK, entry.id, now=NOW)
    # A caller who is no customer yet cannot be billed
    stranger = create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, RECEIVED, "咨询",
                                                        caller_phone="13600000000"), now=NOW)
    with pytest.raises(ValidationError, match="names no customer"):
        create_paid_order_from_entry(database, CLERK, stranger.id, now=NOW)
