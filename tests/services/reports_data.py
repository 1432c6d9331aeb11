"""A hand-built dealer whose report figures are known exactly, for the reports tests.

The period is January to March 2026 and "today" is 20 March 2026, 10:00 Beijing time. Records sit on
both sides of every boundary: the first and last day of a month, the first and last day of the period,
and the Beijing day of a time stamp (00:30 on 1 January in Beijing is still 31 December in UTC).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.db.models import (
    ClaimBatch,
    ClaimPartLine,
    Customer,
    FollowUp,
    OldPart,
    Part,
    ProductModel,
    RegistrationCard,
    ReturnShipment,
    ServiceLogEntry,
    Settlement,
    SettlementLine,
    Unit,
    User,
    WarrantyClaim,
)
from app.domain.enums import (
    BatchStatus,
    ClaimStatus,
    MachineCategory,
    OldPartStatus,
    Role,
    ServiceChannel,
    ServiceEntryStatus,
    ShipmentStatus,
)
from app.services.business_time import BUSINESS_TZ
from app.services.reports import Period

PERIOD = Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
TODAY = dt.date(2026, 3, 20)
NOW = dt.datetime(2026, 3, 20, 10, 0, tzinfo=BUSINESS_TZ)
S = ClaimStatus
D = Decimal


def _at(day: str, clock: str) -> dt.datetime:
    """A Beijing wall-clock time."""
    return dt.datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=BUSINESS_TZ)


def build(db) -> None:  # type: ignore[no-untyped-def]
    approved_at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with db.sessions.begin() as s:
        manager = User(login="zhou", display_name="周经理", role=Role.MANAGER)
        tractor = ProductModel(code="LX904", name="东方红 LX904 拖拉机", category=MachineCategory.TRACTOR,
                               warranty_months=12, main_component_months=24, labour_rate=D("40.00"))
        harvester = ProductModel(code="4LZ-6", name="4LZ-6 谷物联合收割机", category=MachineCategory.COMBINE_HARVESTER,
                                 warranty_months=12, main_component_months=24, labour_rate=D("45.00"))
        pump = Part(part_no="P-PUMP", name="液压泵", unit_price=D("200.50"), must_return=True)
        belt = Part(part_no="P-BELT", name="三角皮带", unit_price=D("80.25"))
        seal = Part(part_no="P-SEAL", name="密封圈", unit_price=D("40.00"))
        wang = Customer(code="KH-1", name="王建国")
        s.add_all([manager, tractor, harvester, pump, belt, seal, wang])
        s.flush()

        units: dict[str, Unit] = {}
        # name: (model, sale date, card due, card sent, override) — "none" means the unit has no card row
        cards = {
            "U1": (tractor, "2026-01-01", "2026-01-21", "2026-01-21", False),  # sent on the due date: met
            "U2": (harvester, "2026-01-10", "2026-01-30", "2026-01-31", True),  # a day late, accepted by override
            "U3": (tractor, "2026-02-01", "2026-02-21", None, False),  # never sent: missed, not done
            "U4": (tractor, "2026-03-10", "2026-03-30", None, False),  # not due yet: pending
            "U5": (tractor, "2026-03-15", "none", None, False),  # no card row, due 4 April: pending
            "U6": (tractor, "2026-02-10", "none", None, False),  # no card row, due 2 March: missed, not done
            "U7": (tractor, "2025-12-31", "2026-01-20", None, False),  # sold before the period
            "U8": (tractor, "2026-03-01", "2026-03-21", "2026-03-05", False),  # sent early: met
        }
        for name, (model, sale, due, sent, override) in cards.items():
            unit = Unit(serial_no=f"SN-{name}", model_id=model.id, customer_id=wang.id,
                        sale_date=dt.date.fromisoformat(sale))
            s.add(unit)
            s.flush()
            units[name] = unit
            if due != "none":
                s.add(RegistrationCard(
                    unit_id=unit.id, due_date=dt.date.fromisoformat(due),
                    sent_on=dt.date.fromisoformat(sent) if sent else None,
                    override_reason="厂家同意" if override else None, override_by_id=manager.id if override else None,
                    override_at=approved_at if override else None))

        batch = ClaimBatch(batch_no="D-0371-2026-01", dealer_code="D-0371", year=2026, sequence=1,
                           status=BatchStatus.OPEN)
        s.add(batch)
        s.flush()
        claims: dict[str, WarrantyClaim] = {}

        def claim(name: str, unit: str, repaired: str, status: ClaimStatus, labour: str, parts: str = "0",
                  travel: str = "0", other: str = "0", *, lines: tuple[tuple[Part, str, bool], ...] = (),
                  revision: int = 1, previous: str | None = None) -> WarrantyClaim:
            amounts = [D(labour), D(parts), D(travel), D(other)]
            row = WarrantyClaim(
                claim_no=f"SB-{name.split('r')[0]}", revision=revision,
                previous_revision_id=claims[previous].id if previous else None, status=status,
                unit_id=units[unit].id, customer_id=wang.id, failure_date=dt.date.fromisoformat(repaired),
                repair_date=dt.date.fromisoformat(repaired), labour_amount=amounts[0], parts_amount=amounts[1],
                travel_amount=amounts[2], other_amount=amounts[3], total_amount=sum(amounts, D(0)),
                approved_at=None if status in (S.DRAFT, S.READY, S.CANCELLED) else approved_at,
                batch_id=batch.id if status == S.IN_BATCH else None)
            s.add(row)
            s.flush()
            for line_no, (part, amount, causal) in enumerate(lines, start=1):
                s.add(ClaimPartLine(claim_id=row.id, line_no=line_no, part_id=part.id, quantity=D(1),
                                    unit_price=D(amount), amount=D(amount), is_causal=causal))
            claims[name] = row
            return row

        claim("C1", "U1", "2026-01-31", S.SETTLED_APPROVED, "100.00", "200.50", "30.00",
              lines=((pump, "200.50", True),))
        claim("C2", "U1", "2026-02-01", S.REJECTED, "50.00", "80.25", "0", "10.00", lines=((belt, "80.25", True),))
        claim("C3", "U1", "2026-02-28", S.SETTLED_PARTIAL, "40.00", "60.00", "15.50",
              lines=((pump, "20.00", False), (seal, "40.00", True)))
        claim("C4", "U1", "2026-02-15", S.DRAFT, "99.99")  # no part line: no causal part
        claim("C5", "U1", "2026-03-05", S.CANCELLED, "500.00")
        claim("C6r1", "U1", "2026-03-10", S.REWORKED, "60.00", "150.00", lines=((belt, "150.00", True),))
        claim("C6r2", "U1", "2026-03-10", S.APPROVED, "50.00", "150.00", lines=((belt, "150.00", True),),
              revision=2, previous="C6r1")
        claim("C7", "U1", "2025-12-31", S.SETTLED_APPROVED, "1000.00",
              lines=tuple((pump, "0", False) for _ in range(8)))  # before the period; its lines carry old parts
        claim("C8", "U1", "2026-04-01", S.REJECTED, "70.00")  # after the period
        claim("C9", "U2", "2026-03-31", S.IN_BATCH, "100.00", "200.00",
              lines=((pump, "100.00", True), (pump, "100.00", True)))  # two causal lines: counted once

        _settlements(s, claims)
        _service_log(s, wang.id)
        _old_parts(s, claims["C7"], pump)
        _follow_ups(s, wang.id)


def _settlements(s, claims: dict[str, WarrantyClaim]) -> None:  # type: ignore[no-untyped-def]
    imported = dt.datetime(2026, 2, 2, tzinfo=dt.UTC)
    notices = {"S1": "2026-01-31", "S2": "2026-02-01", "S3": "2026-04-01"}
    rows = {}
    for name, day in notices.items():
        rows[name] = Settlement(settlement_no=name, notice_date=dt.date.fromisoformat(day), approved_amount=D(0),
                                deducted_amount=D(0), imported_at=imported)
    s.add_all(rows.values())
    s.flush()
    # settlement, claim, claimed, approved, reason code, reason text
    lines = (
        ("S1", "C7", "1000.00", "1000.00", "", ""),
        ("S1", "C1", "330.50", "330.50", "", ""),
        ("S2", "C2", "140.25", "0", "R01", "超出三包期"),
        ("S2", "C3", "115.50", "80.85", "R04", "工时超出标准"),
        ("S2", "C6r1", "210.00", "0", "R01", "超出三包期（整机）"),
        ("S3", "C8", "70.00", "0", "R05", "单据不全"),
    )
    for settlement, claim, claimed, approved, code, text in lines:
        s.add(SettlementLine(settlement_id=rows[settlement].id, claim_id=claims[claim].id, claimed_amount=D(claimed),
                             approved_amount=D(approved), deducted_amount=D(claimed) - D(approved),
                             reason_code=code, reason_text=text))


def _service_log(s, customer_id: int) -> None:  # type: ignore[no-untyped-def]
    # number, received (Beijing), arranged, closed, maintenance reminder
    entries = (
        ("E1", _at("2026-01-01", "00:30"), _at("2026-01-01", "02:30"), None, False),  # exactly 2 h: met
        ("E2", _at("2026-01-15", "09:00"), _at("2026-01-15", "11:00:01"), None, False),  # a second late
        ("E3", _at("2026-02-10", "09:00"), None, _at("2026-02-10", "10:00"), False),  # closed at once: met
        ("E4", _at("2026-03-20", "07:00"), None, None, False),  # open, 3 h: missed, not done
        ("E5", _at("2026-03-20", "09:00"), None, None, False),  # open, 1 h: pending
        ("E6", _at("2025-12-31", "23:59"), None, None, False),  # before the period (Beijing day)
        ("E7", _at("2026-02-11", "09:00"), None, None, True),  # a maintenance reminder: not counted
    )
    for number, received, arranged, closed, reminder in entries:
        status = (ServiceEntryStatus.CLOSED if closed else ServiceEntryStatus.ARRANGED if arranged
                  else ServiceEntryStatus.OPEN)
        s.add(ServiceLogEntry(entry_no=number, channel=ServiceChannel.PHONE, status=status, received_at=received,
                              customer_id=customer_id, problem="不能启动", arranged_at=arranged, closed_at=closed,
                              is_maintenance_reminder=reminder))


def _old_parts(s, claim: WarrantyClaim, pump: Part) -> None:  # type: ignore[no-untyped-def]
    s.flush()
    lines = list(s.query(ClaimPartLine).filter(ClaimPartLine.claim_id == claim.id).order_by(ClaimPartLine.line_no))
    shipments = {
        "SH1": ReturnShipment(shipment_no="SH1", status=ShipmentStatus.SHIPPED, shipped_on=dt.date(2026, 1, 31),
                              by_delivery_truck=True),
        "SH2": ReturnShipment(shipment_no="SH2", status=ShipmentStatus.SHIPPED, shipped_on=dt.date(2026, 2, 5),
                              waybill_no="DB123"),
        "SH3": ReturnShipment(shipment_no="SH3", status=ShipmentStatus.DRAFT),
    }
    s.add_all(shipments.values())
    s.flush()
    G = OldPartStatus  # noqa: N806
    # tag, due, status, shipment, left at the dealer
    parts = (
        ("O1", "2026-01-31", G.RECEIVED, "SH1", False),  # shipped on the due date: met
        ("O2", "2026-01-31", G.SHIPPED, "SH2", False),  # shipped five days late
        ("O3", "2026-02-28", G.RETAINED, None, False),  # still here: missed, not done
        ("O4", "2026-03-31", G.PACKED, "SH3", False),  # packed, not shipped, not due: pending
        ("O5", "2026-02-28", G.WRITTEN_OFF, None, False),  # written off here: set apart
        ("O6", "2026-02-28", G.USABLE, None, True),  # head office left it here: set apart
        ("O7", "2025-12-31", G.RETAINED, None, False),  # due before the period
        ("O8", "2026-03-10", G.WRITTEN_OFF, "SH2", False),  # lost on the way, shipped in time: met
    )
    for line, (tag, due, status, shipment, left) in zip(lines, parts, strict=False):
        s.add(OldPart(tag_no=tag, claim_id=claim.id, part_line_id=line.id, part_id=pump.id, quantity=D(1),
                      status=status, due_date=dt.date.fromisoformat(due),
                      shipment_id=shipments[shipment].id if shipment else None, left_at_dealer=left,
                      write_off_reason="丢失" if status == G.WRITTEN_OFF else ""))


def _follow_ups(s, customer_id: int) -> None:  # type: ignore[no-untyped-def]
    calls = (
        ("2026-01-10", _at("2026-01-10", "23:30")),  # the last half hour of the due day: met
        ("2026-01-10", _at("2026-01-11", "00:30")),  # still 10 January in UTC, the 11th in Beijing: late
        ("2026-02-01", None),  # not made: missed, not done
        ("2026-03-20", None),  # due today: pending
        ("2026-03-25", _at("2026-03-19", "15:00")),  # made early: met
        ("2025-12-31", None),  # due before the period
    )
    for due, done in calls:
        s.add(FollowUp(customer_id=customer_id, kind="call", due_date=dt.date.fromisoformat(due), done_at=done,
                       done_by="赵敏" if done else "", satisfaction=5 if done else None))
