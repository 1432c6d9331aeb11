"""The claims list pages, sorts and filters in SQL, on the demo dealer."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db.models import WarrantyClaim
from app.domain.enums import ClaimStatus
from app.services.claims.listing import list_claims
from app.services.demo import build_demo
from app.services.paging import PageRequest

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def demo(database):  # type: ignore[no-untyped-def]
    build_demo(database, units=100, claims=1200, seed=3, today=TODAY)
    return database


def _all(db, **kwargs):  # type: ignore[no-untyped-def]
    return list_claims(db, PageRequest(limit=5000, **kwargs))


def test_first_page_is_newest_first_and_total_counts_all(demo):
    page = list_claims(demo, PageRequest(limit=50))
    assert len(page.rows) == 50
    with demo.sessions() as s:
        current = s.scalar(select(func.count()).where(WarrantyClaim.status != ClaimStatus.REWORKED))
    assert page.total == current
    dates = [r.repair_date for r in page.rows]
    assert dates == sorted(dates, reverse=True)
    second = list_claims(demo, PageRequest(offset=50, limit=50))
    assert not {r.id for r in page.rows} & {r.id for r in second.rows}


def test_filters_combine(demo):
    approved = _all(demo, filters={"statuses": ["approved"], "date_from": dt.date(2026, 10, 1)})
    assert approved.total > 0
    assert all(r.status == ClaimStatus.APPROVED and r.repair_date >= dt.date(2026, 10, 1) for r in approved.rows)
    reworked = _all(demo, filters={"statuses": ["reworked"]})
    assert all(r.status == ClaimStatus.REWORKED for r in reworked.rows)
    blocking = _all(demo, filters={"check_level": "blocking"})
    assert all(r.check_level == "blocking" for r in blocking.rows)


def test_sorting_by_total_and_number(demo):
    by_total = list_claims(demo, PageRequest(limit=20, sort="total", descending=True)).rows
    assert [r.total_amount for r in by_total] == sorted((r.total_amount for r in by_total), reverse=True)
    by_number = list_claims(demo, PageRequest(limit=20, sort="claim_no")).rows
    assert [r.claim_no for r in by_number] == sorted(r.claim_no for r in by_number)


def test_free_text_finds_number_serial_customer_and_3c_text(demo):
    sample = list_claims(demo, PageRequest(limit=1)).rows[0]
    assert sample.id in {r.id for r in _all(demo, text=sample.claim_no.lower()).rows}
    assert sample.id in {r.id for r in _all(demo, text=sample.serial_no[:8]).rows}
    assert sample.id in {r.id for r in _all(demo, text=sample.customer_name).rows}
    hits = _all(demo, text="喷油器")
    assert hits.total > 0
    assert _all(demo, text="100%_no such thing").total == 0  # wildcards typed by the clerk are literal


def test_model_part_and_technician_filters(demo):
    sample = list_claims(demo, PageRequest(limit=1)).rows[0]
    by_model = _all(demo, filters={"model_id": 1})
    assert by_model.total > 0 and all(r.model_code == "LF-504" for r in by_model.rows)
    by_tech = _all(demo, filters={"technician": sample.technician})
    assert by_tech.total > 0 and all(r.technician == sample.technician for r in by_tech.rows)
    with demo.sessions() as s:
        from app.db.models import ClaimPartLine, Part

        part_no = s.scalar(select(Part.part_no).join(ClaimPartLine, ClaimPartLine.part_id == Part.id).limit(1))
    assert _all(demo, filters={"part_no": part_no}).total > 0
