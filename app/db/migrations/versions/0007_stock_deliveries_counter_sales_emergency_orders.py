"""stock: minimum per part, delivery lists received, counter sales, emergency orders

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 06:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('stock_levels', schema=None) as batch_op:
        batch_op.add_column(sa.Column('minimum', sa.BigInteger(), nullable=False, server_default='0'))
        batch_op.create_check_constraint(op.f('ck_stock_levels_minimum_not_negative'), 'minimum >= 0')

    op.create_table('stock_deliveries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('delivery_no', sa.String(length=40), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('line_count', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('recorded_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('line_count > 0', name=op.f('ck_stock_deliveries_line_count_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_deliveries')),
    sa.UniqueConstraint('delivery_no', name=op.f('uq_stock_deliveries_delivery_no'))
    )
    with op.batch_alter_table('stock_deliveries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stock_deliveries_received_on'), ['received_on'], unique=False)

    op.create_table('counter_sales',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sale_no', sa.String(length=40), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('customer', sa.String(length=200), nullable=False),
    sa.Column('sold_on', sa.Date(), nullable=False),
    sa.Column('recorded_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('amount >= 0', name=op.f('ck_counter_sales_amount_not_negative')),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_counter_sales_quantity_positive')),
    sa.CheckConstraint('unit_price >= 0', name=op.f('ck_counter_sales_unit_price_not_negative')),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_counter_sales_part_id_parts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_counter_sales')),
    sa.UniqueConstraint('sale_no', name=op.f('uq_counter_sales_sale_no'))
    )
    with op.batch_alter_table('counter_sales', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_counter_sales_part_id'), ['part_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_counter_sales_sold_on'), ['sold_on'], unique=False)

    op.create_table('emergency_orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_no', sa.String(length=40), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('ordered_on', sa.Date(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_emergency_orders_quantity_positive')),
    sa.CheckConstraint('received_on IS NULL OR received_on >= ordered_on',
                       name=op.f('ck_emergency_orders_received_after_ordered')),
    sa.ForeignKeyConstraint(['claim_id'], ['warranty_claims.id'], name=op.f('fk_emergency_orders_claim_id_warranty_claims')),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_emergency_orders_part_id_parts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_emergency_orders')),
    sa.UniqueConstraint('order_no', name=op.f('uq_emergency_orders_order_no'))
    )
    with op.batch_alter_table('emergency_orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_emergency_orders_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_emergency_orders_part_id'), ['part_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_emergency_orders_received_on'), ['received_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('emergency_orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_emergency_orders_received_on'))
        batch_op.drop_index(batch_op.f('ix_emergency_orders_part_id'))
        batch_op.drop_index(batch_op.f('ix_emergency_orders_claim_id'))
    op.drop_table('emergency_orders')
    with op.batch_alter_table('counter_sales', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_counter_sales_sold_on'))
        batch_op.drop_index(batch_op.f('ix_counter_sales_part_id'))
    op.drop_table('counter_sales')
    with op.batch_alter_table('stock_deliveries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stock_deliveries_received_on'))
    op.drop_table('stock_deliveries')
    with op.batch_alter_table('stock_levels', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_stock_levels_minimum_not_negative'), type_='check')
        batch_op.drop_column('minimum')
