from __future__ import annotations

from decimal import Decimal

from app.domain.claim_totals import Travel, claim_totals


def test_lines_round_half_up_then_add():
    totals = claim_totals(
        labour=[(Decimal("1.5"), Decimal("60.00")), (Decimal("0.35"), Decimal("70.00"))],  # 90.00 + 24.50
        parts=[(Decimal("3"), Decimal("0.335")), (Decimal("1"), Decimal("1680.00"))],  # 1.005→1.01, 1680.00
        travel=Travel(km=Decimal("23"), rate=Decimal("1.50")),  # 34.50
        other=Decimal("12.5"),
    )
    assert (totals.labour, totals.parts, totals.travel, totals.other) == (
        Decimal("114.50"), Decimal("1681.01"), Decimal("34.50"), Decimal("12.50"))
    assert totals.total == Decimal("1842.51")


def test_fixed_travel_when_no_distance():
    assert Travel(fixed=Decimal("80")).amount() == Decimal("80.00")
    assert Travel().amount() == Decimal("0.00")
    assert claim_totals([], [], Travel()).total == Decimal("0.00")
