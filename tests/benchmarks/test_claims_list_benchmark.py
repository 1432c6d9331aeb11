"""Claims list on 200,000 claims, through what the GUI uses: the list's PagedTableModel (with the claims
list's columns) over list_claims. A figure is the model asking again (first page, a filter change, a
search typed) and the first screenful of cells being read, as the view paints them. The floor: the very
statements list_claims sent (count, page of ids, the page's rows), run on the bare sqlite3 driver."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.services.claims.listing import list_claims
from app.services.paging import PageRequest
from app.ui.claims.claims_list import COLUMNS
from app.ui.models.paged import PagedTableModel
from tests.benchmarks.capture import raw_runner, statements_of
from tests.benchmarks.conftest import medians_ms, report_both

pytestmark = pytest.mark.benchmark

SCREENFUL = 40  # rows a maximised window shows
FILTERS = {"statuses": ["approved", "ready"], "date_from": dt.date(2026, 1, 1), "date_to": dt.date(2026, 11, 27)}
# name: (search text, filters, target ms)
CASES: dict[str, tuple[str, dict[str, Any], float]] = {
    "claims list, first page": ("", {}, 150),
    "claims list, filter change": ("", FILTERS, 250),
    "claims list, free-text search (name)": ("王", {}, 250),
    "claims list, free-text search (word)": ("水温", {}, 250),
    "claims list, claim number search": ("SB2026-0012", {}, 250),
    "claims list, serial number search": ("LF704", {}, 250),
}


def _paint_screenful(model: PagedTableModel) -> None:
    for row in range(min(SCREENFUL, model.rowCount())):
        for column in range(model.columnCount()):
            model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


@pytest.mark.parametrize("name", list(CASES))
def test_claims_list_speed(big_db, qapp, name):  # type: ignore[no-untyped-def]
    text, filters, target = CASES[name]
    model = PagedTableModel(lambda request: list_claims(big_db, request), COLUMNS, context="ClaimsListView")

    def app() -> None:
        model.set_query(text=text, filters=filters)
        _paint_screenful(model)

    request = PageRequest(limit=200, text=text, filters=filters)
    raw, floor = raw_runner(big_db, statements_of(big_db, lambda: list_claims(big_db, request)))
    try:
        medians = medians_ms(app, floor)
    finally:
        raw.close()
    report_both(name, medians, target)
    assert model.total() > 0
