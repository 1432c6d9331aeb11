"""What changed in the database since the last look, cheaply enough to ask every few seconds.

Several workstations share one database; each polls `change_stamps` and reloads the lists whose area's
stamp moved. One query answers for every area, and every part of it is an index lookup, never a scan:

* the highest id of each watched table (new rows: claims, service-log entries, old-part events,
  stock movements …), and how many rows lie above a floor a little below it: on PostgreSQL a
  transaction may take an id before another's yet commit after it, and after the look that saw the
  higher id — the count above the floor still moves when it lands;
* the row count of the small master-data tables (deletions there: a part or a model removed);
* the recent audit-trail rows by entity, counted above the same kind of floor (edits and status
  changes of existing rows: the services write an audit row in the same transaction as the change).

Every count is a range of the primary key of at most a few thousand rows, so a look costs the same on
an empty database and on one with 200,000 claims.
"""
from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import Connection, String, Table, bindparam, cast, func, select

from app.db.base import Base
from app.services.database import Database

# The areas the GUI reloads (named after what a clerk sees, not after tables).
UNITS = "units"
SERVICE_LOG = "service_log"
CLAIMS = "claims"
OLD_PARTS = "old_parts"
SHIPMENTS = "shipments"
BATCHES = "batches"
STOCK = "stock"
PLANS = "plans"
MASTER_DATA = "master_data"
SETTINGS = "settings"
AREAS = (UNITS, SERVICE_LOG, CLAIMS, OLD_PARTS, SHIPMENTS, BATCHES, STOCK, PLANS, MASTER_DATA, SETTINGS)

# New rows in these tables change these areas (max(id) is one index lookup each).
_NEW_ROWS: Mapping[str, tuple[str, ...]] = {
    "units": (UNITS,),
    "registration_cards": (UNITS,),
    "component_changes": (UNITS,),
    "customers": (UNITS, MASTER_DATA),
    "service_log": (SERVICE_LOG,),
    "follow_ups": (SERVICE_LOG,),
    "maintenance_reminders": (SERVICE_LOG,),
    "warranty_claims": (CLAIMS, UNITS),
    "claim_attachments": (CLAIMS,),
    "paid_service_orders": (CLAIMS, UNITS),
    "old_parts": (OLD_PARTS,),
    "old_part_events": (OLD_PARTS, SHIPMENTS),
    "return_shipments": (SHIPMENTS,),
    "claim_batches": (BATCHES,),
    "settlements": (BATCHES,),
    "ledger_entries": (BATCHES,),
    "stock_movements": (STOCK,),
    "stock_deliveries": (STOCK,),
    "counter_sales": (STOCK,),
    "emergency_orders": (STOCK,),
    "factory_returns": (STOCK,),
    "reserve_plans": (PLANS,),
    "reserve_plan_lines": (PLANS,),
    "part_prices": (MASTER_DATA,),
    "import_runs": (MASTER_DATA,),
    "users": (SETTINGS,),
}
# Small tables whose rows may also be deleted: counted as well.
_COUNTED: Mapping[str, tuple[str, ...]] = {
    "parts": (MASTER_DATA, STOCK),
    "product_models": (MASTER_DATA,),
    "labour_operations": (MASTER_DATA,),
    "model_parts": (MASTER_DATA,),
    "seasons": (PLANS,),
    "shared_settings": (SETTINGS,),
}
# Audit-trail entities (app.services.audit_trail.write_audit) and the areas their edits change.
_AUDITED: Mapping[str, tuple[str, ...]] = {
    "unit": (UNITS,),
    "card": (UNITS,),
    "service_log": (SERVICE_LOG,),
    "follow_ups": (SERVICE_LOG,),
    "maintenance_reminders": (SERVICE_LOG,),
    "claim": (CLAIMS, UNITS, OLD_PARTS),
    "warranty_claims": (CLAIMS, UNITS),
    "paid_order": (CLAIMS,),
    "paid_service_orders": (CLAIMS,),
    "old_part": (OLD_PARTS,),
    "return_shipment": (SHIPMENTS, OLD_PARTS),
    "batch": (BATCHES, CLAIMS),
    "settlement": (BATCHES, CLAIMS),
    "ledger_entry": (BATCHES,),
    "stock": (STOCK,),
    "counter_sale": (STOCK,),
    "stock_delivery": (STOCK,),
    "factory_return": (STOCK,),
    "reserve_plan": (PLANS,),
    "reserve_plan_line": (PLANS,),
    "season": (PLANS,),
    "setting": (SETTINGS,),
    "user": (SETTINGS,),
    "dealer_profile": (SETTINGS,),
}
_AUDIT = "audit_trail"
KEEP = 200  # rows counted below the newest one, for late commits of lower ids
SPAN = 2000  # how far the newest may run ahead of the floor before the floor moves up
_NO_FLOOR = 2**31 - 1  # the first look has no floor yet (the largest id a column holds): it only sets positions


@dataclass(frozen=True)
class Source:
    """One table as one look saw it."""

    floor: int
    top: int = 0  # the highest id
    recent: int = 0  # rows with an id above `floor`
    total: int = 0  # all rows (small tables only)


@dataclass(frozen=True)
class ChangeStamps:
    """One look at the database: compare two with `changed_areas`."""

    tables: Mapping[str, Source] = field(default_factory=dict)
    marker: str | None = None  # PostgreSQL's snapshot of running transactions when the look began
    audit_floor: int = _NO_FLOOR
    audit_top: int = 0
    audit: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # entity → (rows above the floor, top)


def change_stamps(db: Database, since: ChangeStamps | None = None) -> ChangeStamps:
    """Look once (one query, one row). `since`: the previous look, whose positions set this one's floors."""
    with_ids = _tables_with_ids()
    floors = {name: _next_floor(since.tables.get(name) if since else None) for name in with_ids}
    audit_floor = _next_floor(Source(since.audit_floor, since.audit_top) if since else None)
    params = {f"f{i}": floors[name] for i, name in enumerate(with_ids)} | {"audit_floor": audit_floor}
    with db.translated_errors(), db.engine.connect() as conn:
        marker = _snapshot(conn)
        if since is not None and marker is not None and marker == since.marker:
            return since  # nothing committed on the server since the last look: nothing to count
        values = iter(conn.execute(_query(), params).one())
    tops = {name: int(next(values) or 0) for name in with_ids}
    recents = {name: int(next(values) or 0) for name in with_ids}
    totals = {name: int(next(values) or 0) for name in _counted_tables()}
    audit_top = int(next(values) or 0)
    audit: dict[str, tuple[int, int]] = {}
    for item in filter(None, str(next(values) or "").split(",")):
        entity, count, top = item.rsplit(":", 2)
        audit[entity] = (int(count), int(top))
    tables = {name: Source(floors.get(name, _NO_FLOOR), top=tops.get(name, 0), recent=recents.get(name, 0),
                           total=totals.get(name, 0)) for name in (*with_ids, *totals)}
    return ChangeStamps(tables=tables, marker=marker, audit_floor=audit_floor, audit_top=audit_top, audit=audit)


def changed_areas(before: ChangeStamps | None, after: ChangeStamps) -> frozenset[str]:
    """The areas that changed between two looks (none for the first look: there is nothing to compare)."""
    if before is None:
        return frozenset()
    if after.audit_top < before.audit_top:
        return frozenset(AREAS)  # the audit trail went back: another database, or a backup restored
    moved: set[str] = set()
    for name, now in after.tables.items():
        then = before.tables.get(name)
        if then is None or (then.top, then.total) != (now.top, now.total) or \
                (then.floor == now.floor and then.recent != now.recent):
            moved.update(_NEW_ROWS.get(name, ()) + _COUNTED.get(name, ()))
    if before.audit_floor == after.audit_floor:
        entities = {e for e in set(before.audit) | set(after.audit) if before.audit.get(e) != after.audit.get(e)}
    else:  # the floor moved up: only rows above the last look's newest can be told apart
        entities = {e for e, (_count, top) in after.audit.items() if top > before.audit_top}
    for entity in entities:
        moved.update(_AUDITED.get(entity, ()))
    return frozenset(moved)


def _snapshot(conn: Connection) -> str | None:
    """PostgreSQL: the server's transaction snapshot ("xmin:xmax:running ids"). It stays the same while no
    transaction that writes starts or ends anywhere on the server, so an idle dealer costs one tiny query
    (planning the full look's sixty subqueries takes PostgreSQL some 10 ms). SQLite answers the full look
    in about a millisecond and has no such marker."""
    if conn.dialect.name != "postgresql":
        return None
    return str(conn.execute(select(cast(func.txid_current_snapshot(), String))).scalar_one())


def _next_floor(last: Source | None) -> int:
    if last is None:
        return _NO_FLOOR
    if last.floor <= last.top and last.top - last.floor <= SPAN:
        return last.floor
    return max(0, last.top - KEEP)


@functools.cache
def _tables_with_ids() -> tuple[str, ...]:
    return tuple(name for name in sorted(set(_NEW_ROWS) | set(_COUNTED))
                 if (table := _table(name)) is not None and "id" in table.c)


@functools.cache
def _counted_tables() -> tuple[str, ...]:
    return tuple(name for name in sorted(_COUNTED) if _table(name) is not None)


@functools.cache
def _query():  # type: ignore[no-untyped-def]
    """One row of scalar subqueries, each an index lookup or a short index range: the highest ids, the rows
    above the floors, the small tables' counts, the audit trail's top and its recent rows by entity
    ("entity:count:top,…"). Built once, so SQLAlchemy's compiled cache answers at once."""
    columns = []
    with_ids = _tables_with_ids()
    for name in with_ids:
        table = _table(name)
        assert table is not None
        columns.append(select(func.max(table.c.id)).scalar_subquery())
    for i, name in enumerate(with_ids):
        table = _table(name)
        assert table is not None
        columns.append(select(func.count()).select_from(table).where(table.c.id > bindparam(f"f{i}"))
                       .scalar_subquery())
    for name in _counted_tables():
        columns.append(select(func.count()).select_from(_table(name)).scalar_subquery())
    audit = _table(_AUDIT)
    assert audit is not None
    columns.append(select(func.max(audit.c.id)).scalar_subquery())
    recent = (select(audit.c.entity, func.count().label("n"), func.max(audit.c.id).label("top"))
              .where(audit.c.id > bindparam("audit_floor")).group_by(audit.c.entity).subquery())
    described = recent.c.entity + ":" + cast(recent.c.n, String) + ":" + cast(recent.c.top, String)
    columns.append(select(func.aggregate_strings(described, ",")).scalar_subquery())
    return select(*columns)


def _table(name: str) -> Table | None:
    return Base.metadata.tables.get(name)
