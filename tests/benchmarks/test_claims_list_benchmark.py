"""Claims list on 200,000 claims: first page, a filter change and free-text search, each beside the
same SQL run on the bare driver (the floor)."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import and_, func, select

from app.db.models import WarrantyClaim
from app.services.claims.listing import _conditions, _page_query, list_claims
from app.services.paging import PageRequest
from tests.benchmarks.conftest import median_ms, report

pytestmark = pytest.mark.benchmark

CASES = {
    "claims list, first page": (PageRequest(limit=200), 150),
    "claims list, filter change": (PageRequest(limit=200, filters={
        "statuses": ["approved", "ready"], "date_from": dt.date(2026, 1, 1), "date_to": dt.date(2026, 11, 27)}), 250),
    "claims list, free-text search": (PageRequest(limit=200, text="王"), 250),
    "claims list, claim number search": (PageRequest(limit=200, text="SB2026-0012"), 250),
}


def _raw_sql(db, request: PageRequest) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    where = _conditions(request)
    count = select(func.count()).select_from(WarrantyClaim).where(and_(*where))
    page = _page_query(request, where)
    render = {"literal_binds": True}
    return (str(count.compile(db.engine, compile_kwargs=render)), str(page.compile(db.engine, compile_kwargs=render)))


@pytest.mark.parametrize("name", list(CASES))
def test_claims_list_speed(big_db, name):
    request, target = CASES[name]
    count_sql, page_sql = _raw_sql(big_db, request)
    raw = sqlite3.connect(big_db.location)

    def floor() -> None:
        raw.execute(count_sql).fetchone()
        raw.execute(page_sql).fetchall()

    app_ms = median_ms(lambda: list_claims(big_db, request))
    floor_ms = median_ms(floor)
    raw.close()
    report(name, app_ms, floor_ms, target)
    assert list_claims(big_db, request).total > 0
