"""indexes for service-log links and pending follow-ups

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 04:05:33.276179
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index('ix_follow_ups_pending_due_date', ['due_date'], unique=False, sqlite_where=sa.text('done_at IS NULL'), postgresql_where=sa.text('done_at IS NULL'))
        batch_op.create_index(batch_op.f('ix_follow_ups_service_entry_id'), ['service_entry_id'], unique=False)

    with op.batch_alter_table('paid_service_orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_paid_service_orders_service_entry_id'), ['service_entry_id'], unique=False)

    with op.batch_alter_table('warranty_claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_warranty_claims_service_entry_id'), ['service_entry_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('warranty_claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_warranty_claims_service_entry_id'))

    with op.batch_alter_table('paid_service_orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_paid_service_orders_service_entry_id'))

    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_ups_service_entry_id'))
        batch_op.drop_index('ix_follow_ups_pending_due_date', sqlite_where=sa.text('done_at IS NULL'), postgresql_where=sa.text('done_at IS NULL'))

