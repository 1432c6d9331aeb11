"""Revision 0009 (service clocks) on a database with service-log entries that other tables point at: the
entries keep their rows and their links, and count as easy faults; down and up again works."""
from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.db import migrate
from app.db.engine import make_engine, resolve_url


def test_entries_linked_from_other_tables_get_a_fault_difficulty(db_url: str) -> None:
    # GIVEN a database at 0008 with an entry a follow-up call points at
    engine = make_engine(resolve_url(db_url, Path("unused")))
    try:
        migrate.upgrade(engine, "0008")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO customers (code, name, phone, address, region, key_customer, note, created_at, updated_at)"
                " VALUES ('KH1', '李志强', '13900000000', '', '', false, '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
            conn.execute(text(
                "INSERT INTO service_log (entry_no, channel, status, received_at, customer_id, caller_name,"
                " caller_phone, problem, technician, result, is_maintenance_reminder, created_at, updated_at)"
                " VALUES ('FW2026-000001', 'phone', 'open', CURRENT_TIMESTAMP, 1, '', '', '发动机冒黑烟', '', '',"
                " false, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
            conn.execute(text(
                "INSERT INTO follow_ups (customer_id, service_entry_id, kind, due_date, done_by, remarks, created_at,"
                " updated_at) VALUES (1, 1, 'call', '2026-03-01', '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        # WHEN 0009 is applied
        migrate.upgrade(engine, "0009")
        # THEN the entry is there, linked, and an easy fault; a third value is refused
        with engine.connect() as conn:
            assert conn.execute(text("SELECT fault_difficulty FROM service_log")).scalar_one() == "easy"
            assert conn.execute(text("SELECT service_entry_id FROM follow_ups")).scalar_one() == 1
        with engine.begin() as conn:
            conn.execute(text("UPDATE service_log SET fault_difficulty = 'hard'"))
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(text("UPDATE service_log SET fault_difficulty = 'medium'"))
        # AND down and up again keeps the entry
        with engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0008")
        migrate.upgrade(engine, "0009")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT entry_no, fault_difficulty FROM service_log")).one() == (
                "FW2026-000001", "easy")
    finally:
        engine.dispose()
