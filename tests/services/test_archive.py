"""Data retention: closed claims at least five years old copied into a read-only archive database that
holds everything they refer to; the working database keeps all its records."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db.models import (
    AuditEntry,
    ClaimPartLine,
    OldPart,
    OldPartEvent,
    SettlementLine,
    Unit,
    WarrantyClaim,
)
from app.domain.actors import SYSTEM
from app.domain.errors import DatabaseReadOnly, ValidationError
from app.services import archive
from app.services.demo import build_demo

DEMO_DAY = dt.date(2019, 6, 30)  # the demo dealer's "today": its claims are years old now
TODAY = dt.date(2026, 11, 27)
BEFORE = dt.date(2019, 1, 1)


@pytest.fixture
def old_dealer(database):  # type: ignore[no-untyped-def]
    build_demo(database, units=60, claims=400, seed=3, today=DEMO_DAY)
    return database


def _count(db, model, *where) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)))


def test_an_archive_holds_the_old_closed_claims_with_everything_they_refer_to(old_dealer, tmp_path):
    # GIVEN a dealer with claims from before 2019
    expected = archive.claims_to_archive(old_dealer, BEFORE)
    assert expected > 0
    claims_before = _count(old_dealer, WarrantyClaim)
    # WHEN the archive is written
    steps: list[str] = []
    result = archive.archive_claims(old_dealer, SYSTEM, BEFORE, tmp_path / "archive.sqlite3", today=TODAY,
                                    progress=lambda text, _done, _total: steps.append(text))
    # THEN it holds exactly those claims and their lines, old parts and settlement lines
    assert result.info.claims == expected == result.row_counts["warranty_claims"]
    assert steps and not (tmp_path / ".archive.sqlite3.partial").exists()
    chosen = (WarrantyClaim.status.in_(archive.CLOSED), WarrantyClaim.repair_date < BEFORE)
    with old_dealer.sessions() as s:
        ids = list(s.scalars(select(WarrantyClaim.id).where(*chosen)))
    assert len(ids) == expected
    opened = archive.open_database(f"sqlite:///{result.path}")
    try:
        assert opened.check().integrity == "ok"  # foreign keys resolve
        info = archive.database_archive_info(opened)
        assert info is not None and info.claims_before == BEFORE and info.claims == expected
        for model, column in ((ClaimPartLine, ClaimPartLine.claim_id), (OldPart, OldPart.claim_id),
                              (SettlementLine, SettlementLine.claim_id)):
            assert _count(opened, model) == _count(old_dealer, model, column.in_(ids)), model.__name__
        with opened.sessions() as s:
            assert set(s.scalars(select(WarrantyClaim.status))) <= set(archive.CLOSED)
            assert max(s.scalars(select(WarrantyClaim.repair_date))) < BEFORE
            old_part_ids = list(s.scalars(select(OldPart.id)))
        assert _count(opened, OldPartEvent) == _count(old_dealer, OldPartEvent, OldPartEvent.old_part_id.in_(
            old_part_ids))
        assert 0 < _count(opened, Unit) <= _count(old_dealer, Unit)
        # and it is read-only
        with pytest.raises(DatabaseReadOnly), opened.translated_errors(), opened.sessions.begin() as s:
            s.add(AuditEntry(at=dt.datetime.now(dt.UTC), entity="x", entity_id=1, action="create"))
    finally:
        opened.close()
    assert archive.archive_info(result.path) == result.info
    # AND nothing was removed from the working database; the archive is recorded in its audit trail
    assert _count(old_dealer, WarrantyClaim) == claims_before
    assert _count(old_dealer, AuditEntry, AuditEntry.entity == "archive") == 1


def test_records_younger_than_five_years_stay_out_of_any_archive(old_dealer, tmp_path):
    with pytest.raises(ValidationError, match="at least 5 years"):
        archive.archive_claims(old_dealer, SYSTEM, dt.date(2022, 1, 1), tmp_path / "a.sqlite3", today=TODAY)
    assert archive.latest_cutoff(TODAY) == dt.date(2021, 11, 27)
    assert archive.latest_cutoff(dt.date(2028, 2, 29)) == dt.date(2023, 2, 28)
    assert not (tmp_path / "a.sqlite3").exists()


def test_an_archive_is_never_written_over_a_file_or_empty(old_dealer, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    existing = out / "kept.sqlite3"
    existing.write_bytes(b"somebody's file")
    with pytest.raises(ValidationError, match="already exists"):
        archive.archive_claims(old_dealer, SYSTEM, BEFORE, existing, today=TODAY)
    assert existing.read_bytes() == b"somebody's file"
    with pytest.raises(ValidationError, match="nothing to archive"):
        archive.archive_claims(old_dealer, SYSTEM, dt.date(2010, 1, 1), out / "none.sqlite3", today=TODAY)
    assert sorted(p.name for p in out.iterdir()) == ["kept.sqlite3"]  # no half-written file left


def test_a_working_database_is_no_archive(old_dealer):
    assert archive.database_archive_info(old_dealer) is None
