"""labour-time table

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 03:35:04.275176
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('labour_operations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('flat_rate_hours', sa.BigInteger(), nullable=False),
    sa.Column('model_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('flat_rate_hours > 0', name=op.f('ck_labour_operations_flat_rate_hours_positive')),
    sa.ForeignKeyConstraint(['model_id'], ['product_models.id'], name=op.f('fk_labour_operations_model_id_product_models'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_labour_operations')),
    sa.UniqueConstraint('model_id', 'code', name='uq_labour_operations_model_code')
    )
    with op.batch_alter_table('labour_operations', schema=None) as batch_op:
        batch_op.create_index('uq_labour_operations_general_code', ['code'], unique=True, sqlite_where=sa.text('model_id IS NULL'), postgresql_where=sa.text('model_id IS NULL'))



def downgrade() -> None:
    with op.batch_alter_table('labour_operations', schema=None) as batch_op:
        batch_op.drop_index('uq_labour_operations_general_code', sqlite_where=sa.text('model_id IS NULL'), postgresql_where=sa.text('model_id IS NULL'))

    op.drop_table('labour_operations')
