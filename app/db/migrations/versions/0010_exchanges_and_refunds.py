"""exchanges and refunds (换货 / 退货): one record a unit given back, reported in the next claim batch

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27 08:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('exchanges_refunds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_no', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.Enum('exchange', 'refund', name='return_kind', native_enum=False, create_constraint=True, length=12), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('new_unit_id', sa.Integer(), nullable=True),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('window_start', sa.Date(), nullable=False),
    sa.Column('fault_date', sa.Date(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('fault_kind', sa.Enum('safety', 'performance', name='return_fault_kind', native_enum=False, create_constraint=True, length=15), nullable=False),
    sa.Column('fault_description', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('refund_amount', sa.BigInteger(), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('recorded_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("(kind = 'exchange' AND new_unit_id IS NOT NULL AND refund_amount IS NULL) OR (kind = 'refund' AND new_unit_id IS NULL AND refund_amount IS NOT NULL AND refund_amount > 0)", name=op.f('ck_exchanges_refunds_kind_matches_unit_or_amount')),
    sa.CheckConstraint("fault_description <> ''", name=op.f('ck_exchanges_refunds_fault_described')),
    sa.CheckConstraint('decided_on >= fault_date', name=op.f('ck_exchanges_refunds_decided_after_fault')),
    sa.CheckConstraint('new_unit_id IS NULL OR new_unit_id <> unit_id', name=op.f('ck_exchanges_refunds_new_unit_is_another')),
    sa.ForeignKeyConstraint(['batch_id'], ['claim_batches.id'], name=op.f('fk_exchanges_refunds_batch_id_claim_batches')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_exchanges_refunds_customer_id_customers')),
    sa.ForeignKeyConstraint(['new_unit_id'], ['units.id'], name=op.f('fk_exchanges_refunds_new_unit_id_units')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_exchanges_refunds_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchanges_refunds')),
    sa.UniqueConstraint('new_unit_id', name=op.f('uq_exchanges_refunds_new_unit_id')),
    sa.UniqueConstraint('record_no', name=op.f('uq_exchanges_refunds_record_no')),
    sa.UniqueConstraint('unit_id', name=op.f('uq_exchanges_refunds_unit_id'))
    )
    with op.batch_alter_table('exchanges_refunds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchanges_refunds_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exchanges_refunds_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exchanges_refunds_decided_on'), ['decided_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('exchanges_refunds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exchanges_refunds_decided_on'))
        batch_op.drop_index(batch_op.f('ix_exchanges_refunds_customer_id'))
        batch_op.drop_index(batch_op.f('ix_exchanges_refunds_batch_id'))
    op.drop_table('exchanges_refunds')
