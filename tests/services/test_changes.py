"""Change stamps: what another workstation changed is seen by one cheap look, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest

from app.db.models import ImportRun, Part, WarrantyClaim
from app.domain.enums import ClaimStatus, ServiceChannel
from app.services import changes
from app.services.changes import change_stamps, changed_areas
from app.services.database import Database
from app.services.service_log import EntryInput, arrange_entry, create_entry
from tests.services.service_log_data import CLERK, NOW, at, build


@pytest.fixture
def other(database: Database) -> Iterator[Database]:
    """A second workstation on the same database: its own engine and connections."""
    second = Database.open(database.url.render_as_string(hide_password=False))
    yield second
    second.close()


def test_nothing_changed_between_two_looks(database: Database) -> None:
    first = change_stamps(database)
    second = change_stamps(database, first)
    assert changed_areas(None, first) == frozenset()  # the first look is only a baseline
    assert changed_areas(first, second) == frozenset()


def test_a_claim_added_elsewhere_changes_claims_and_units(database: Database, other: Database) -> None:
    dealer = build(other)
    before = change_stamps(database)
    with other.sessions.begin() as s:
        s.add(WarrantyClaim(claim_no="WC00001", status=ClaimStatus.DRAFT, unit_id=dealer.unit_wang,
                            customer_id=dealer.wang, failure_date=dt.date(2026, 3, 1),
                            repair_date=dt.date(2026, 3, 2)))
    after = change_stamps(database, before)
    assert {changes.CLAIMS, changes.UNITS} <= changed_areas(before, after)
    assert changes.STOCK not in changed_areas(before, after)


def test_an_edit_of_an_existing_row_is_seen_through_the_audit_trail(database: Database, other: Database) -> None:
    # GIVEN a service-log entry another workstation logged
    dealer = build(other)
    entry = create_entry(other, CLERK, EntryInput(ServiceChannel.PHONE, at(2), "不启动", unit_id=dealer.unit_wang),
                         now=NOW)
    before = change_stamps(database)
    # WHEN that workstation arranges it (an update: no new row in service_log)
    arrange_entry(other, CLERK, entry.id, technician="刘师傅", arranged_at=at(1), now=NOW)
    after = change_stamps(database, before)
    # THEN this workstation sees the service log changed, and only once
    assert changes.SERVICE_LOG in changed_areas(before, after)
    assert changes.SERVICE_LOG not in changed_areas(after, change_stamps(database, after))


def test_a_deleted_master_data_row_is_seen(database: Database, other: Database) -> None:
    with other.sessions.begin() as s:
        s.add_all([Part(part_no="P-1", name="机油滤清器", unit_price=Decimal("28.50")),
                   Part(part_no="P-2", name="空气滤清器", unit_price=Decimal("35.00"))])
    before = change_stamps(database)
    with other.sessions.begin() as s:
        s.delete(s.query(Part).filter_by(part_no="P-1").one())  # not the newest row: only the count shows it
    assert changes.MASTER_DATA in changed_areas(before, change_stamps(database, before))


def test_an_audit_trail_that_went_back_means_everything_changed(database: Database) -> None:
    first = change_stamps(database)
    later = changes.ChangeStamps(tables=first.tables, audit_floor=first.audit_floor, audit_top=first.audit_top + 5)
    assert changed_areas(later, first) == frozenset(changes.AREAS)  # a backup was restored, say


def test_a_row_committed_after_a_higher_one_is_still_seen(database: Database, other: Database) -> None:
    if database.backend == "sqlite":
        pytest.skip("SQLite writes one transaction at a time: ids are committed in order")
    # GIVEN two looks, so the floors are set
    looks = [change_stamps(database)]
    looks.append(change_stamps(database, looks[-1]))
    # WHEN one workstation takes an id, another takes the next one and commits, and a look comes between
    slow = other.sessions.writer()
    slow.add(_run("slow.xlsx"))
    slow.flush()
    with other.sessions.begin() as fast:
        fast.add(_run("fast.xlsx"))
    looks.append(change_stamps(database, looks[-1]))
    assert changes.MASTER_DATA in changed_areas(looks[-2], looks[-1])
    slow.commit()
    slow.close()
    # THEN the lower id committed last still moves the stamps (the highest id did not change)
    looks.append(change_stamps(database, looks[-1]))
    assert looks[-1].tables["import_runs"].top == looks[-2].tables["import_runs"].top
    assert changes.MASTER_DATA in changed_areas(looks[-2], looks[-1])


def test_the_floor_moves_up_as_a_table_grows(database: Database) -> None:
    first = changes.Source(floor=0, top=changes.SPAN + 1)
    assert changes._next_floor(first) == changes.SPAN + 1 - changes.KEEP
    assert changes._next_floor(changes.Source(floor=10, top=20)) == 10
    assert changes._next_floor(None) == 2**31 - 1  # the first look counts nothing


def _run(name: str) -> ImportRun:
    return ImportRun(kind="parts", file_name=name, sha256="0" * 64, row_count=1, imported_at=dt.datetime.now(dt.UTC))


def test_every_watched_table_exists() -> None:
    from app.db.base import Base

    named = set(changes._NEW_ROWS) | set(changes._COUNTED) | {changes._AUDIT}
    assert named <= set(Base.metadata.tables)
