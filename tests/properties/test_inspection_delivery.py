"""Head office's inspection result and the factory's delivery list, fed random and damaged workbooks."""
from __future__ import annotations

import datetime as dt
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.db.models import StockDelivery, StockLevel
from app.domain.enums import OldPartStatus
from app.reports.excel.delivery import DELIVERY, write_delivery_sheet
from app.reports.excel.inspection import INSPECTION, write_inspection_sheet
from app.services.inspection import import_inspection
from app.services.stock.deliveries import import_delivery
from tests.properties.strategies import raw_files, sheets, write_workbook
from tests.properties.support import outcome
from tests.services.claims.conftest import TODAY
from tests.services.inspection_data import old_parts, states

SHIPMENTS = {"FH2026-0001": ["JJ2026-000001", "JJ2026-000002", "JJ2026-000003"], "FH2026-0002": ["JJ2026-000004"]}
RETAINED = ("JJ2026-000005",)
TAGS = [tag for group in SHIPMENTS.values() for tag in group] + list(RETAINED)
PARTS = ["T5-112-10", "T5-101-22"]


@pytest.fixture
def shipped(dealer):  # type: ignore[no-untyped-def]
    old_parts(dealer, SHIPMENTS, RETAINED)
    return dealer


def _check_inspection(dealer, path: Path) -> None:  # type: ignore[no-untyped-def]
    result, _refused = outcome(dealer.db, lambda: import_inspection(dealer.db, dealer.clerk, path, TODAY))
    if result is None:
        return
    # A correct import: every verdict recorded, every part head office did not receive still shipped.
    now = states(dealer)
    assert all(now[tag][0] == OldPartStatus.USABLE for tag in result.usable)
    assert all(now[tag][0] == OldPartStatus.SCRAP for tag in result.scrap)
    assert all(now[tag][0] == OldPartStatus.SHIPPED for tag in result.not_received)
    assert set(result.usable) | set(result.scrap) <= set(result.received)


@given(data=st.data())
def test_random_inspection_workbooks(shipped, data):
    sheet = data.draw(sheets(INSPECTION, {"tag_no": TAGS}), label="sheet")
    with tempfile.TemporaryDirectory() as folder:
        _check_inspection(shipped, write_workbook(Path(folder) / "inspection.xlsx", sheet))


def _saved(write, *args) -> bytes:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        return write(Path(folder) / "good.xlsx", *args).read_bytes()


# Made once: every example damages the same bytes (a workbook saved again differs in its time stamps).
GOOD_INSPECTION = _saved(write_inspection_sheet, [("JJ2026-000001", "是", "可利用", ""),
                                                  ("JJ2026-000002", "是", "废件", "人为损坏"),
                                                  ("JJ2026-000003", "否", "", "")])
GOOD_DELIVERY = _saved(write_delivery_sheet, [("XF2026-0312", "T5-101-22", "机油滤清器", 20),
                                              ("XF2026-0312", "T5-112-10", "喷油泵", 1)])


@given(data=st.data())
def test_damaged_inspection_files(shipped, data):
    good = GOOD_INSPECTION
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / data.draw(st.sampled_from(["result.xlsx", "result.xls", "result"]), label="name")
        path.write_bytes(data.draw(raw_files(good), label="content"))
        _check_inspection(shipped, path)


def _stock(dealer) -> dict[int, Decimal]:  # type: ignore[no-untyped-def]
    with dealer.db.sessions() as s:
        return dict(s.execute(select(StockLevel.part_id, StockLevel.on_hand)).tuples().all())


def _check_delivery(dealer, path: Path) -> None:  # type: ignore[no-untyped-def]
    before = _stock(dealer)
    received_on = dt.date(2026, 6, 18)
    result, _refused = outcome(dealer.db, lambda: import_delivery(dealer.db, dealer.clerk, path, received_on))
    if result is None:
        return
    # A correct import: stock on hand grew by exactly the pieces on the list, and the list is recorded once.
    after = _stock(dealer)
    grown = sum(after.values(), Decimal(0)) - sum(before.values(), Decimal(0))
    assert grown == result.quantity > 0
    with dealer.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(StockDelivery)
                        .where(StockDelivery.delivery_no == result.delivery_no)) == 1


@given(data=st.data())
def test_random_delivery_lists(dealer, data):
    sheet = data.draw(sheets(DELIVERY, {"part_no": PARTS, "delivery_no": ["XF2026-0312", "XF2026-0313"]}),
                       label="sheet")
    with tempfile.TemporaryDirectory() as folder:
        _check_delivery(dealer, write_workbook(Path(folder) / "delivery.xlsx", sheet))


@given(data=st.data())
def test_damaged_delivery_lists(dealer, data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "delivery.xlsx"
        path.write_bytes(data.draw(raw_files(GOOD_DELIVERY), label="content"))
        _check_delivery(dealer, path)
