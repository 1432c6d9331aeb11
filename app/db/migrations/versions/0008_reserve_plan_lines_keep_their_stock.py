"""reserve plan lines keep the stock on hand and on order they were planned from

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 07:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reserve_plan_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('on_hand_qty', sa.BigInteger(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('on_order_qty', sa.BigInteger(), nullable=False, server_default='0'))
        batch_op.create_check_constraint(op.f('ck_reserve_plan_lines_on_hand_not_negative'), 'on_hand_qty >= 0')
        batch_op.create_check_constraint(op.f('ck_reserve_plan_lines_on_order_not_negative'), 'on_order_qty >= 0')


def downgrade() -> None:
    with op.batch_alter_table('reserve_plan_lines', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_reserve_plan_lines_on_order_not_negative'), type_='check')
        batch_op.drop_constraint(op.f('ck_reserve_plan_lines_on_hand_not_negative'), type_='check')
        batch_op.drop_column('on_order_qty')
        batch_op.drop_column('on_hand_qty')
