"""service clocks: how hard a service-log entry's fault is (the busy-season 2-day / 5-day clock)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 08:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

CHECK = "fault_difficulty IN ('easy', 'hard')"


def upgrade() -> None:
    # Entries already logged count as easy faults: the regulation's general rule, the stricter clock.
    if op.get_bind().dialect.name == 'sqlite':
        # A batch rebuild would drop service_log, which follow-ups, claims and paid orders point at (the
        # foreign keys refuse it); SQLite adds the column with its CHECK in place instead.
        op.execute("ALTER TABLE service_log ADD COLUMN fault_difficulty VARCHAR(10) DEFAULT 'easy' NOT NULL "
                   f"CONSTRAINT ck_service_log_fault_difficulty_known CHECK ({CHECK})")
        return
    op.add_column('service_log', sa.Column('fault_difficulty', sa.String(length=10), nullable=False,
                                           server_default='easy'))
    op.create_check_constraint(op.f('ck_service_log_fault_difficulty_known'), 'service_log', CHECK)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("ALTER TABLE service_log DROP COLUMN fault_difficulty")
        return
    op.drop_constraint(op.f('ck_service_log_fault_difficulty_known'), 'service_log', type_='check')
    op.drop_column('service_log', 'fault_difficulty')
