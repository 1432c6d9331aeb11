"""Old-part shipments built by scans, shipped and received, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain.enums import OldPartStatus, ShipmentStatus
from app.domain.errors import TransitionRefused, ValidationError
from app.services import claims, old_parts, shipments
from tests.services.claims.conftest import TODAY, dealer  # noqa: F401 — the fixture
from tests.services.old_parts_data import approved_claim, tag_of

SHIPPED_ON = dt.date(2026, 6, 25)


def test_a_shipment_built_by_scans_refuses_bad_tags(dealer):  # noqa: F811
    tags = [tag_of(dealer, approved_claim(dealer)) for _ in range(3)]
    cancelled = approved_claim(dealer)
    claims.cancel(dealer.db, dealer.manager, [cancelled], "用户撤回", TODAY)
    shipment = shipments.create_shipment(dealer.db, dealer.clerk)
    assert shipment.shipment_no == "FC2026-0001" and shipment.status == ShipmentStatus.DRAFT
    shipment = shipments.add_tag(dealer.db, dealer.clerk, shipment.id, tags[0].lower())
    full_width = tags[1].translate({ord(c): ord(c) + 0xFEE0 for c in "JJ0123456789-"})
    shipment = shipments.add_tag(dealer.db, dealer.clerk, shipment.id, f" {full_width}\n")
    assert [x.tag_no for x in shipment.lines] == tags[:2]
    assert all(x.status == OldPartStatus.PACKED for x in shipment.lines)
    with pytest.raises(ValidationError, match="scanned twice"):
        shipments.add_tag(dealer.db, dealer.clerk, shipment.id, tags[0])
    with pytest.raises(ValidationError, match="cancelled claim"):
        shipments.add_tag(dealer.db, dealer.clerk, shipment.id, tag_of(dealer, cancelled))
    with pytest.raises(ValidationError, match="no old part"):
        shipments.add_tag(dealer.db, dealer.clerk, shipment.id, "JJ2026-999999")
    other = shipments.create_shipment(dealer.db, dealer.clerk)
    with pytest.raises(ValidationError, match=f"already in shipment {shipment.shipment_no}"):
        shipments.add_tag(dealer.db, dealer.clerk, other.id, tags[1])
    old_parts.write_off(dealer.db, dealer.manager, tags[2], "丢失")
    with pytest.raises(ValidationError, match="written_off"):
        shipments.add_tag(dealer.db, dealer.clerk, other.id, tags[2])
    shipment = shipments.remove_tag(dealer.db, dealer.clerk, shipment.id, tags[1])
    assert [x.tag_no for x in shipment.lines] == tags[:1]
    assert [x.tag_no for x in shipments.add_tag(dealer.db, dealer.clerk, other.id, tags[1]).lines] == tags[1:2]


def test_ship_needs_a_waybill_or_the_truck_and_parts(dealer):  # noqa: F811
    tag = tag_of(dealer, approved_claim(dealer))
    shipment = shipments.create_shipment(dealer.db, dealer.clerk)
    with pytest.raises(ValidationError, match="empty"):
        shipments.ship(dealer.db, dealer.clerk, shipment.id, "", "", True, SHIPPED_ON)
    shipments.add_tag(dealer.db, dealer.clerk, shipment.id, tag)
    with pytest.raises(ValidationError, match="waybill"):
        shipments.ship(dealer.db, dealer.clerk, shipment.id, "德邦物流", "  ", False, SHIPPED_ON)
    done = shipments.ship(dealer.db, dealer.clerk, shipment.id, "德邦物流", "db 8812", False, SHIPPED_ON, 1,
                          Decimal("12.5"))
    assert (done.status, done.waybill_no, done.shipped_on, done.packages, done.weight_kg) == (
        ShipmentStatus.SHIPPED, "DB8812", SHIPPED_ON, 1, Decimal("12.50"))
    assert done.read_only and done.lines[0].status == OldPartStatus.SHIPPED


def test_a_shipped_shipment_is_read_only_and_can_be_received(dealer):  # noqa: F811
    tags = [tag_of(dealer, approved_claim(dealer)) for _ in range(2)]
    shipment = shipments.create_shipment(dealer.db, dealer.clerk)
    shipments.add_tag(dealer.db, dealer.clerk, shipment.id, tags[0])
    with pytest.raises(TransitionRefused, match="not shipped"):
        shipments.mark_received(dealer.db, dealer.clerk, shipment.id, SHIPPED_ON)
    shipments.ship(dealer.db, dealer.clerk, shipment.id, "", "", True, SHIPPED_ON)
    with pytest.raises(TransitionRefused, match="can no longer change"):
        shipments.add_tag(dealer.db, dealer.clerk, shipment.id, tags[1])
    with pytest.raises(TransitionRefused, match="can no longer change"):
        shipments.remove_tag(dealer.db, dealer.clerk, shipment.id, tags[0])
    with pytest.raises(TransitionRefused, match="can no longer change"):
        shipments.ship(dealer.db, dealer.clerk, shipment.id, "", "", True, SHIPPED_ON)
    with pytest.raises(ValidationError, match="before it was shipped"):
        shipments.mark_received(dealer.db, dealer.clerk, shipment.id, dt.date(2026, 6, 24))
    received = shipments.mark_received(dealer.db, dealer.clerk, shipment.id, dt.date(2026, 6, 28))
    assert received.status == ShipmentStatus.RECEIVED and received.received_on == dt.date(2026, 6, 28)
    assert received.lines[0].status == OldPartStatus.SHIPPED and received.by_delivery_truck  # verdict to come
    assert shipments.get_shipment(dealer.db, shipment.id) == received


def test_a_packed_part_written_off_leaves_the_shipment(dealer):  # noqa: F811
    tags = [tag_of(dealer, approved_claim(dealer)) for _ in range(2)]
    shipment = shipments.create_shipment(dealer.db, dealer.clerk)
    for tag in tags:
        shipments.add_tag(dealer.db, dealer.clerk, shipment.id, tag)
    old_parts.write_off(dealer.db, dealer.manager, tags[0], "丢失")
    done = shipments.ship(dealer.db, dealer.clerk, shipment.id, "", "", True, SHIPPED_ON)
    assert [x.tag_no for x in done.lines] == tags[1:]
