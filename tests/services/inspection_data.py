"""Shipped old parts for the inspection-import tests: claims made through the service, then old parts
and return shipments inserted directly (the shipment workflow is not what these tests are about)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.db.models import ClaimPartLine, OldPart, OldPartEvent, ReturnShipment
from app.domain.enums import OldPartStatus, ShipmentStatus
from app.reports.excel.inspection import write_inspection_sheet
from app.services.claims import create_claim
from tests.services.claims.conftest import TODAY, Dealer, pump_claim

SHIPPED_ON = dt.date(2026, 6, 25)


def old_parts(dealer: Dealer, shipments: dict[str, list[str]], retained: tuple[str, ...] = ()) -> None:
    """shipment number → its tags (all shipped); `retained` tags stay on the dealer's shelf."""
    tags = [tag for group in shipments.values() for tag in group] + list(retained)
    lines: list[ClaimPartLine] = []
    while len(lines) < len(tags):
        view = create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
        with dealer.db.sessions() as s:
            lines += list(s.scalars(select(ClaimPartLine).where(ClaimPartLine.claim_id == view.id)
                                    .order_by(ClaimPartLine.line_no)))
    line_of = dict(zip(tags, lines, strict=False))
    with dealer.db.sessions.begin() as s:
        for shipment_no, group in shipments.items():
            shipment = ReturnShipment(shipment_no=shipment_no, status=ShipmentStatus.SHIPPED, carrier="德邦物流",
                                      waybill_no=f"DB{shipment_no[-4:]}", shipped_on=SHIPPED_ON, packages=1)
            s.add(shipment)
            s.flush()
            for tag in group:
                s.add(_part(tag, line_of[tag], OldPartStatus.SHIPPED, shipment.id))
        for tag in retained:
            s.add(_part(tag, line_of[tag], OldPartStatus.RETAINED, None))


def _part(tag: str, line: ClaimPartLine, status: OldPartStatus, shipment_id: int | None) -> OldPart:
    return OldPart(tag_no=tag, claim_id=line.claim_id, part_line_id=line.id, part_id=line.part_id,
                   quantity=line.quantity, status=status, due_date=dt.date(2026, 6, 30), shipment_id=shipment_id,
                   storage_place="A-01")


def states(dealer: Dealer) -> dict[str, tuple[OldPartStatus, str]]:
    with dealer.db.sessions() as s:
        return {p.tag_no: (p.status, p.inspection_remark) for p in s.scalars(select(OldPart))}


def events(dealer: Dealer, tag: str) -> list[tuple[OldPartStatus, str, str]]:
    with dealer.db.sessions() as s:
        part = s.scalars(select(OldPart).where(OldPart.tag_no == tag)).one()
        return [(e.status, e.by, e.note) for e in
                s.scalars(select(OldPartEvent).where(OldPartEvent.old_part_id == part.id).order_by(OldPartEvent.id))]


def shipment_state(dealer: Dealer, shipment_no: str) -> tuple[ShipmentStatus, dt.date | None]:
    with dealer.db.sessions() as s:
        shipment = s.scalars(select(ReturnShipment).where(ReturnShipment.shipment_no == shipment_no)).one()
        return shipment.status, shipment.received_on


def sheet(path, rows):  # type: ignore[no-untyped-def]
    return write_inspection_sheet(path, rows)
