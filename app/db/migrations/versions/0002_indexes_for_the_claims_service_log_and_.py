"""indexes for the claims, service-log and old-part lists

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 03:14:37.542923
"""
from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('old_parts', schema=None) as batch_op:
        batch_op.create_index('ix_old_parts_status_due_date', ['status', 'due_date'], unique=False)

    with op.batch_alter_table('service_log', schema=None) as batch_op:
        batch_op.create_index('ix_service_log_status_received_at', ['status', 'received_at'], unique=False)

    with op.batch_alter_table('warranty_claims', schema=None) as batch_op:
        batch_op.create_index('ix_warranty_claims_status_repair_date', ['status', 'repair_date'], unique=False)
        batch_op.create_index('ix_warranty_claims_unit_repair_date', ['unit_id', 'repair_date'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('warranty_claims', schema=None) as batch_op:
        batch_op.drop_index('ix_warranty_claims_unit_repair_date')
        batch_op.drop_index('ix_warranty_claims_status_repair_date')

    with op.batch_alter_table('service_log', schema=None) as batch_op:
        batch_op.drop_index('ix_service_log_status_received_at')

    with op.batch_alter_table('old_parts', schema=None) as batch_op:
        batch_op.drop_index('ix_old_parts_status_due_date')

