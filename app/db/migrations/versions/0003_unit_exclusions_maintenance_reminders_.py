"""unit exclusions, maintenance reminders, import runs

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 03:31:36.536749
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('import_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('row_count', sa.Integer(), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_name', sa.String(length=100), nullable=False),
    sa.CheckConstraint('row_count >= 0', name=op.f('ck_import_runs_row_count_not_negative')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_runs'))
    )
    with op.batch_alter_table('import_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_runs_sha256'), ['sha256'], unique=False)

    op.create_table('maintenance_reminders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('due_hours', sa.BigInteger(), nullable=True),
    sa.Column('service_entry_id', sa.Integer(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.CheckConstraint('due_hours IS NULL OR due_hours > 0', name=op.f('ck_maintenance_reminders_due_hours_positive')),
    sa.ForeignKeyConstraint(['service_entry_id'], ['service_log.id'], name=op.f('fk_maintenance_reminders_service_entry_id_service_log')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_maintenance_reminders_unit_id_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_maintenance_reminders')),
    sa.UniqueConstraint('unit_id', 'kind', 'due_date', name='uq_maintenance_reminders_unit_kind_due')
    )
    with op.batch_alter_table('maintenance_reminders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_maintenance_reminders_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_maintenance_reminders_unit_id'), ['unit_id'], unique=False)

    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.add_column(sa.Column('warranty_void_reason', sa.String(length=200), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_column('warranty_void_reason')

    with op.batch_alter_table('maintenance_reminders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_maintenance_reminders_unit_id'))
        batch_op.drop_index(batch_op.f('ix_maintenance_reminders_due_date'))

    op.drop_table('maintenance_reminders')
    with op.batch_alter_table('import_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_runs_sha256'))

    op.drop_table('import_runs')
