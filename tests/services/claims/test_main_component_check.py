"""The claim check judges the causal part as the service file does: a part on the regulation's main-component
list by name (气缸盖, the cylinder head) is covered for the main-component period even without the catalogue
flag; another part only for the whole machine's."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.db.models import Part
from app.services import claims
from app.services.claims import PartLineInput
from tests.services.claims.conftest import dealer, pump_claim  # noqa: F401  (fixture)

FAILED = dt.date(2027, 4, 10)  # sold 2026-03-01: whole machine until 2027-02-28, main components until 2028-02-29


def _codes(owner, part_no: str) -> list[str]:  # type: ignore[no-untyped-def]
    data = pump_claim(failure_date=FAILED, repair_date=FAILED + dt.timedelta(days=1),
                      parts=(PartLineInput(part_no, Decimal(1), is_causal=True),))
    return [f.code for f in claims.preview(owner.db, data, FAILED + dt.timedelta(days=2), None).findings]


def test_a_causal_part_on_the_statutory_list_gets_the_main_component_period(dealer):  # noqa: F811
    with dealer.db.sessions.begin() as s:
        s.add_all([Part(part_no="LF-100-01", name="气缸盖", unit_price=Decimal("860.00")),
                   Part(part_no="LF-300-07", name="水泵", unit_price=Decimal("320.00"))])
    assert "OUT_OF_WARRANTY_DATE" not in _codes(dealer, "LF-100-01")
    assert "OUT_OF_WARRANTY_DATE" in _codes(dealer, "LF-300-07")
