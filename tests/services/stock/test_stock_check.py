"""`warrantydesk check` finds stock whose movements do not add up; the example delivery list receives."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from app.db.models import StockLevel
from app.domain.errors import DatabaseCorrupt
from app.reports.excel import read_sheet
from app.reports.excel.delivery import DELIVERY, EXAMPLE_ROWS
from app.services import stock
from tests.services.stock.conftest import FILTER, PUMP, TODAY, count, on_hand

EXAMPLE = Path(__file__).resolve().parents[3] / "resources/stock/example-delivery.xlsx"


def test_check_reports_parts_whose_movements_do_not_add_up(dealer):
    count(dealer, FILTER, 10)
    count(dealer, PUMP, 1)
    assert dealer.db.check().integrity == "ok"
    with dealer.db.sessions.begin() as s:  # a write that bypassed the stock services
        s.execute(update(StockLevel).values(on_hand=7))
    with pytest.raises(DatabaseCorrupt, match=r"for 2 part\(s\): T5-101-22 \(on hand 7, movements 10\), T5-112-10"):
        dealer.db.check()


def test_the_example_delivery_list_receives(dealer):
    assert load_workbook(EXAMPLE).sheetnames[0] == DELIVERY.zh
    assert not read_sheet(EXAMPLE, DELIVERY).problems
    result = stock.import_delivery(dealer.db, dealer.clerk, EXAMPLE, TODAY)
    assert (result.delivery_no, result.lines) == (EXAMPLE_ROWS[0][0], len(EXAMPLE_ROWS))
    assert (on_hand(dealer, FILTER), on_hand(dealer, PUMP)) == (20, 1)
