"""old parts head office judged at the dealer and left there

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 06:00:00
"""
from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('old_parts', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_old_parts_shipped_parts_have_shipment'), type_='check')
        batch_op.create_check_constraint(
            op.f('ck_old_parts_shipped_parts_have_shipment'),
            "status = 'retained' OR status = 'written_off' OR shipment_id IS NOT NULL OR left_at_dealer")
        batch_op.create_check_constraint(op.f('ck_old_parts_left_at_dealer_has_verdict'),
                                         "NOT left_at_dealer OR status IN ('usable', 'scrap')")


def downgrade() -> None:
    with op.batch_alter_table('old_parts', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_old_parts_left_at_dealer_has_verdict'), type_='check')
        batch_op.drop_constraint(op.f('ck_old_parts_shipped_parts_have_shipment'), type_='check')
        batch_op.create_check_constraint(
            op.f('ck_old_parts_shipped_parts_have_shipment'),
            "status = 'retained' OR status = 'written_off' OR shipment_id IS NOT NULL")
