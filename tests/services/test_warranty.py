"""A unit's warranty and registration card: a card going late, the manager's override, and the service
file with its coverage (repair days extending it) and its history newest first."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.db.models import (
    AuditEntry,
    ClaimPartLine,
    ComponentChange,
    PaidServiceOrder,
    Part,
    ServiceLogEntry,
    Unit,
    WarrantyClaim,
)
from app.domain.actors import SYSTEM, PermissionDenied
from app.domain.cards import CardState
from app.domain.coverage import CoverageVerdict
from app.domain.enums import ClaimStatus, PaidOrderStatus, ServiceChannel, ServiceEntryStatus
from app.domain.errors import ValidationError
from app.services import shared_settings
from app.services.cards import acting_user, mark_card_acknowledged, mark_card_sent, record_card_override
from app.services.units import SaleInput, record_sale
from app.services.warranty import TimelineKind, service_file, warranty_for_unit
from tests.services.test_units import TODAY, clerk_of, manager_of, seed_units

D = dt.date


def test_a_card_goes_late_and_a_manager_override_restores_the_warranty(database) -> None:  # type: ignore[no-untyped-def]
    ids = seed_units(database)
    manager, clerk = manager_of(ids), clerk_of(ids)
    # GIVEN a sale on 1 June: its card is due on 21 June
    unit_id = record_sale(database, clerk, SaleInput(serial_no="LF50426000100", model_id=ids["tractor"],
                                                    sale_date=D(2026, 6, 1), customer_id=ids["wang"]), today=TODAY)
    on_due = warranty_for_unit(database, unit_id, D(2026, 6, 21))
    assert on_due.card.due_date == D(2026, 6, 21)
    assert on_due.card_state == CardState.DUE and on_due.recognised and on_due.covered
    # WHEN the due date passes without the card being sent
    late = warranty_for_unit(database, unit_id, D(2026, 6, 22))
    # THEN the card is late and the manufacturer does not recognise warranty service on the unit
    assert late.card_state == CardState.LATE
    assert not late.recognised and not late.covered
    assert late.verdict == CoverageVerdict.IN_WARRANTY  # the coverage itself is intact
    # AND a clerk may not override it, nor may anyone without a reason
    with pytest.raises(PermissionDenied):
        record_card_override(database, clerk, unit_id, "区域经理同意", today=D(2026, 6, 22))
    with pytest.raises(ValidationError, match="reason"):
        record_card_override(database, manager, unit_id, "   ", today=D(2026, 6, 22))
    with pytest.raises(ValidationError, match="named service manager"):
        record_card_override(database, SYSTEM, unit_id, "区域经理同意", today=D(2026, 6, 22))
    # WHEN the service manager records an override with its reason
    record_card_override(database, manager, unit_id, " 厂家区域经理 同意补办 ", today=D(2026, 6, 22))
    # THEN warranty is recognised again, the card stays late, and the audit trail names the manager
    after = warranty_for_unit(database, unit_id, D(2026, 6, 22))
    assert after.card_state == CardState.LATE and after.recognised and after.covered
    assert after.card.override_reason == "厂家区域经理 同意补办"
    with database.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "card", AuditEntry.field == "override_reason")
                          ).one()
        assert (entry.user_id, entry.user_name, entry.new_value) == (ids["manager"], "孙伟", "厂家区域经理 同意补办")
    sheet = service_file(database, unit_id, D(2026, 6, 22))
    assert sheet.card.override_by == "孙伟" and sheet.card.override_at is not None


def test_sending_and_acknowledging_the_card(database) -> None:  # type: ignore[no-untyped-def]
    ids = seed_units(database)
    clerk = clerk_of(ids)
    u2 = ids["u2"]  # due 19 June, not sent
    with pytest.raises(ValidationError, match="not been sent"):
        mark_card_acknowledged(database, clerk, u2, TODAY, today=TODAY)
    with pytest.raises(ValidationError, match="in the future"):
        mark_card_sent(database, clerk, u2, D(2026, 6, 16), today=TODAY)
    with pytest.raises(ValidationError, match="before the sale"):
        mark_card_sent(database, clerk, u2, D(2026, 5, 29), today=TODAY)
    assert mark_card_sent(database, clerk, u2, TODAY, today=TODAY) == CardState.SENT
    with pytest.raises(ValidationError, match="already sent on 2026-06-15"):
        mark_card_sent(database, clerk, u2, TODAY, today=TODAY)
    with pytest.raises(ValidationError, match="before it was sent"):
        mark_card_acknowledged(database, clerk, u2, D(2026, 6, 14), today=TODAY)
    mark_card_acknowledged(database, clerk, u2, TODAY, today=TODAY)
    assert warranty_for_unit(database, u2, D(2026, 7, 1)).card_state == CardState.ACKNOWLEDGED
    # a card sent after its due date is late even once sent
    assert mark_card_sent(database, clerk, ids["u3"], TODAY, today=TODAY) == CardState.LATE
    # a unit imported without a card gets one, due 20 days after the sale, when it is sent
    assert mark_card_sent(database, clerk, ids["u6"], TODAY, today=TODAY) == CardState.SENT
    assert service_file(database, ids["u6"], TODAY).card.recorded
    with pytest.raises(ValidationError, match="not late"):
        record_card_override(database, manager_of(ids), ids["u1"], "无需", today=TODAY)
    with database.sessions() as s:
        fields = s.scalars(select(AuditEntry.field).where(AuditEntry.entity == "card").order_by(AuditEntry.id)).all()
    assert fields == ["sent_on", "acknowledged_on", "sent_on", "sent_on"]


def test_the_acting_user_is_the_first_manager(database) -> None:  # type: ignore[no-untyped-def]
    assert acting_user(database) == SYSTEM  # nobody set up yet
    ids = seed_units(database)
    actor = acting_user(database)
    assert (actor.user_id, actor.name, actor.is_manager) == (ids["manager"], "孙伟", True)


def seed_history(db, ids: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    """Unit u1 (sold 2026-05-01, LF-504: 12 months or 1,500 h): a call, two overlapping repairs (the second
    replacing the injection pump), a cancelled claim, an older revision, a gearbox swap, a paid service."""
    unit_id = ids["u1"]
    with db.sessions.begin() as s:
        unit = s.get(Unit, unit_id)
        pump = Part(part_no="LF504-1111010", name="喷油泵", unit_price=Decimal("1680.00"), is_main_component=True)
        gearbox = Part(part_no="LF504-1700010", name="变速箱总成", unit_price=Decimal("9800.00"),
                       is_main_component=True)
        filter_ = Part(part_no="LF504-1012010", name="机油滤清器", unit_price=Decimal("28.50"))
        s.add_all([pump, gearbox, filter_])
        s.flush()
        s.add(ServiceLogEntry(entry_no="FW2026-000001", channel=ServiceChannel.PHONE,
                              status=ServiceEntryStatus.CLOSED, received_at=dt.datetime(2026, 5, 20, 4, tzinfo=dt.UTC),
                              customer_id=unit.customer_id, unit_id=unit_id, problem="发动机冒黑烟",
                              technician="张海涛",
                              closed_at=dt.datetime(2026, 5, 27, 9, tzinfo=dt.UTC)))
        approved = dt.datetime(2026, 5, 28, tzinfo=dt.UTC)

        def claim(no: str, status: ClaimStatus, failed: dt.date, repaired: dt.date, total: str,
                  hours: str | None = None, revision: int = 1) -> WarrantyClaim:
            row = WarrantyClaim(claim_no=no, revision=revision, status=status, unit_id=unit_id,
                                customer_id=unit.customer_id, failure_date=failed, repair_date=repaired,
                                complaint=f"{no} 故障", labour_amount=Decimal(total), total_amount=Decimal(total),
                                hour_meter=Decimal(hours) if hours else None, technician="李志强",
                                approved_at=approved if status == ClaimStatus.APPROVED else None)
            s.add(row)
            s.flush()
            return row

        claim("SB2026-000001", ClaimStatus.REWORKED, D(2026, 5, 20), D(2026, 6, 14), "1.00")  # would add 25 days
        first = claim("SB2026-000001", ClaimStatus.APPROVED, D(2026, 5, 20), D(2026, 5, 25), "300.00", "150",
                      revision=2)
        second = claim("SB2026-000002", ClaimStatus.DRAFT, D(2026, 5, 23), D(2026, 5, 27), "1760.00", "151")
        claim("SB2026-000003", ClaimStatus.CANCELLED, D(2026, 6, 1), D(2026, 6, 10), "0.00", "900")
        s.add_all([
            ClaimPartLine(claim_id=second.id, line_no=1, part_id=pump.id, quantity=Decimal(1),
                          unit_price=Decimal("1680.00"), amount=Decimal("1680.00"), is_causal=True, retain=True,
                          old_serial_no="BP1234", new_serial_no="BP5678"),
            ClaimPartLine(claim_id=second.id, line_no=2, part_id=filter_.id, quantity=Decimal(1),
                          unit_price=Decimal("28.50"), amount=Decimal("28.50")),
            ComponentChange(unit_id=unit_id, part_id=pump.id, claim_id=second.id, changed_on=D(2026, 5, 27),
                            old_serial_no="BP1234", new_serial_no="BP5678"),  # the same change: shown once
            ComponentChange(unit_id=unit_id, part_id=gearbox.id, changed_on=D(2026, 6, 5), old_serial_no="G1",
                            new_serial_no="G2"),
            PaidServiceOrder(order_no="YC2026-00001", status=PaidOrderStatus.COMPLETED, unit_id=unit_id,
                             customer_id=unit.customer_id, service_date=D(2026, 6, 12), description="更换机油",
                             labour_hours=Decimal(1), labour_rate=Decimal(100), labour_amount=Decimal(100),
                             travel_amount=Decimal(50), parts_amount=Decimal(0), total_amount=Decimal(150)),
        ])
        _ = first


def test_service_file_shows_everything_newest_first(database) -> None:  # type: ignore[no-untyped-def]
    ids = seed_units(database)
    seed_history(database, ids)
    sheet = service_file(database, ids["u1"], TODAY)
    assert (sheet.serial_no, sheet.model_code, sheet.customer_name) == ("LF50426000001", "LF-504", "王建国")
    assert sheet.sale_date == D(2026, 5, 1) and sheet.card.acknowledged_on == D(2026, 5, 20)
    # Repairs 20–25 May and 23–27 May overlap: 7 days out of service, not 9; the cancelled claim and the
    # superseded revision add nothing. 30 April 2027 + 7 days.
    cover = sheet.warranty.coverage
    assert cover.extension_days == 7
    assert cover.summary() == "2027-05-07 or 1,500 h"
    # 7 May 2028 is a Sunday (2028's holidays are not published yet: the weekend stands in), so the
    # main-component period ends on Monday 8 May.
    assert cover.nominal_main_components_end_on == D(2028, 5, 7)
    assert cover.main_components_end_on == D(2028, 5, 8)
    assert sheet.hour_meter == Decimal("151.00")  # the highest reading, from the claims
    assert sheet.warranty.verdict == CoverageVerdict.IN_WARRANTY and sheet.warranty.covered
    timeline = [(e.on, e.kind, e.number) for e in sheet.timeline]
    assert timeline == [
        (D(2026, 6, 12), TimelineKind.PAID, "YC2026-00001"),
        (D(2026, 6, 10), TimelineKind.CLAIM, "SB2026-000003"),
        (D(2026, 6, 5), TimelineKind.MAIN_PART, "LF504-1700010"),
        (D(2026, 5, 27), TimelineKind.MAIN_PART, "LF504-1111010"),
        (D(2026, 5, 27), TimelineKind.CLAIM, "SB2026-000002"),
        (D(2026, 5, 25), TimelineKind.CLAIM, "SB2026-000001"),
        (D(2026, 5, 20), TimelineKind.SERVICE, "FW2026-000001"),
    ]
    pump = sheet.timeline[3]
    assert (pump.title, pump.detail) == ("喷油泵", "BP1234 → BP5678 (SB2026-000002)")
    assert sheet.timeline[2].detail == "G1 → G2"
    assert sheet.timeline[0].amount == Decimal("150.00") and sheet.timeline[0].status == PaidOrderStatus.COMPLETED
    assert sheet.timeline[1].status == ClaimStatus.CANCELLED
    assert sheet.timeline[-1].title == "发动机冒黑烟" and sheet.timeline[-1].at is not None


def test_coverage_follows_the_settings_and_exclusions(database) -> None:  # type: ignore[no-untyped-def]
    ids = seed_units(database)
    seed_history(database, ids)
    # switched off: repair days no longer extend the warranty
    shared_settings.put(database, shared_settings.EXTEND_FOR_REPAIRS, False)
    assert warranty_for_unit(database, ids["u1"], TODAY).coverage.summary() == "2027-04-30 or 1,500 h"
    # past the date, or over the hours, or with an exclusion recorded on the unit
    assert warranty_for_unit(database, ids["u1"], D(2027, 5, 1)).verdict == CoverageVerdict.EXPIRED_BY_DATE
    with database.sessions.begin() as s:
        s.get(Unit, ids["u1"]).hour_meter = Decimal(1600)
    assert warranty_for_unit(database, ids["u1"], TODAY).verdict == CoverageVerdict.EXPIRED_BY_USAGE
    with database.sessions.begin() as s:
        s.get(Unit, ids["u1"]).warranty_void_reason = "私自改装液压系统"
        # the one function also works inside a transaction a claim is being saved in
        inside = warranty_for_unit(s, ids["u1"], TODAY)
    assert inside.verdict == CoverageVerdict.VOID and not inside.covered
    assert inside.coverage.void_reason == "私自改装液压系统"
    with pytest.raises(ValidationError):
        warranty_for_unit(database, 99999, TODAY)


def test_the_invoice_date_starts_the_warranty(database) -> None:  # type: ignore[no-untyped-def]
    ids = seed_units(database)
    unit_id = record_sale(database, SYSTEM, SaleInput(serial_no="LF50426000200", model_id=ids["tractor"],
                                                     sale_date=D(2026, 6, 1), invoice_date=D(2026, 6, 5),
                                                     customer_id=ids["wang"]), today=TODAY)
    warranty = warranty_for_unit(database, unit_id, TODAY)
    assert warranty.coverage.starts_on == D(2026, 6, 5)
    assert warranty.coverage.ends_on == D(2027, 6, 4)
    assert warranty.card.due_date == D(2026, 6, 21)  # the card counts from the sale
