"""`warrantydesk demo`: a realistic, deterministic dealer to try the app and to measure it.

Everything is generated in memory from one seeded random generator, then written with bulk
inserts in one transaction: a failure leaves the database as it was.
"""
from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from app.db.base import Base
from app.db.bulk import bulk_insert
from app.db.models import NumberSequence, ProductModel, Unit
from app.domain.enums import ClaimStatus
from app.domain.errors import ValidationError
from app.services.claims import run_checks_for
from app.services.database import Database
from app.services.demo import claims as claim_rows
from app.services.demo import downstream, people, seasonal, stock_flow
from app.services.demo.plans import add_submitted_plans
from app.services.demo.returns import add_exchanges
from app.services.demo.rows import CHINA, DemoRows

OPEN = (ClaimStatus.DRAFT, ClaimStatus.READY, ClaimStatus.APPROVED)
RECHECK_LIMIT = 5000  # a bigger demo keeps the generator's estimate: re-checking would take minutes


@dataclass(frozen=True)
class DemoResult:
    row_counts: dict[str, int]
    seconds: float


def is_empty(db: Database) -> bool:
    with db.translated_errors(), db.sessions() as s:
        return not s.scalar(select(func.count()).select_from(Unit)) and not s.scalar(
            select(func.count()).select_from(ProductModel))


def build_demo(db: Database, *, units: int = 2000, claims: int = 20000, seed: int = 1,
               today: dt.date | None = None, progress: Callable[[str], None] | None = None) -> DemoResult:
    if units < 1 or claims < 0:
        raise ValidationError("the demo needs at least one unit and a non-negative number of claims")
    if not is_empty(db):
        raise ValidationError(f"{db.location} already holds data; build the demo into a new database")
    started = time.perf_counter()
    report = progress or (lambda _msg: None)
    today = today or dt.date.today()
    # The end of the demo's working day; built for the real today, never later than the real clock.
    now = dt.datetime.combine(today, dt.time(18, 0), tzinfo=CHINA)
    real_now = dt.datetime.now(CHINA)
    if today >= real_now.date():
        now = min(now, real_now)
    d = DemoRows(rng=random.Random(seed), today=today, now=now)

    report("master data")
    parts_by_family = people.add_master_data(d)
    people.add_customers(d, max(1, int(units * 0.8)))
    unit_infos = people.add_units(d, units, max(1, int(units * 0.8)))
    report("claims")
    claim_infos = claim_rows.add_claims(d, unit_infos, parts_by_family, claims)
    claim_rows.add_extra_service_entries(d, unit_infos, max(1, claims // 10))
    paid_parts = claim_rows.add_paid_orders(d, unit_infos, parts_by_family, max(1, claims // 20))
    report("batches, old parts and stock")
    downstream.add_batches(d, claim_infos)
    downstream.add_reworked_revisions(d, claim_infos)
    downstream.add_old_parts(d, claim_infos)
    all_parts = [p for family in parts_by_family.values() for p in family]
    downstream.add_stock(d, all_parts, claim_infos, paid_parts)
    downstream.add_follow_ups(d)
    seasonal.add_counter_sales(d, unit_infos, parts_by_family)
    stock_flow.add_stock_flow(d, all_parts, claim_infos)
    for (kind, year), value in sorted(d.sequences.items()):
        d.add("number_sequences", {"kind": kind, "year": year, "last_value": value})

    report("writing")
    counts = _write(db, d)
    open_claims = [row["id"] for row in d.tables["warranty_claims"] if row["status"] in OPEN]
    if len(open_claims) <= RECHECK_LIMIT:
        report("checking open claims")
        run_checks_for(db, open_claims, today)
    report("last year's reserve plans")
    add_submitted_plans(db, today)
    report("exchanges and refunds")
    add_exchanges(db, today)
    return DemoResult(row_counts=counts, seconds=time.perf_counter() - started)


def _write(db: Database, d: DemoRows) -> dict[str, int]:
    counts: dict[str, int] = {}
    with db.translated_errors(), db.engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            rows = d.tables.get(table.name, [])
            if table.name == NumberSequence.__tablename__:
                rows = [{k: v for k, v in r.items() if k != "id"} for r in rows]
            counts[table.name] = bulk_insert(conn, table, rows)
        if conn.dialect.name == "postgresql":
            # Ids were given explicitly: move each table's id sequence past them.
            for table in Base.metadata.sorted_tables:
                if "id" in table.c and table.c.id.autoincrement is not False and counts.get(table.name):
                    conn.execute(select(func.setval(func.pg_get_serial_sequence(table.name, "id"),
                                                    select(func.max(table.c.id)).scalar_subquery())))
    with db.translated_errors(), db.engine.connect() as conn:
        # Fresh statistics, so the planner picks the indexes for lists and searches from the first query.
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    return counts
