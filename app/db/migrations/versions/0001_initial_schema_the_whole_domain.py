"""initial schema: the whole domain

Revision ID: 0001
Revises: 
Create Date: 2026-11-27 03:08:43.194213
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('claim_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_no', sa.String(length=40), nullable=False),
    sa.Column('dealer_code', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('open', 'exported', 'settled', name='batch_status', native_enum=False, create_constraint=True, length=12), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=True),
    sa.Column('period_to', sa.Date(), nullable=True),
    sa.Column('claim_count', sa.Integer(), nullable=False),
    sa.Column('labour_amount', sa.BigInteger(), nullable=False),
    sa.Column('parts_amount', sa.BigInteger(), nullable=False),
    sa.Column('travel_amount', sa.BigInteger(), nullable=False),
    sa.Column('other_amount', sa.BigInteger(), nullable=False),
    sa.Column('total_amount', sa.BigInteger(), nullable=False),
    sa.Column('exported_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('package_name', sa.String(length=255), nullable=False),
    sa.Column('package_sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status = 'open' OR exported_at IS NOT NULL", name=op.f('ck_claim_batches_exported_has_time')),
    sa.CheckConstraint('claim_count >= 0', name=op.f('ck_claim_batches_claim_count_not_negative')),
    sa.CheckConstraint('period_to IS NULL OR period_from IS NULL OR period_to >= period_from', name=op.f('ck_claim_batches_period_order')),
    sa.CheckConstraint('total_amount = labour_amount + parts_amount + travel_amount + other_amount', name=op.f('ck_claim_batches_total_adds_up')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_batches')),
    sa.UniqueConstraint('batch_no', name=op.f('uq_claim_batches_batch_no')),
    sa.UniqueConstraint('dealer_code', 'year', 'sequence', name='uq_claim_batches_dealer_year_seq')
    )
    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=False),
    sa.Column('key_customer', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers')),
    sa.UniqueConstraint('code', name=op.f('uq_customers_code'))
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customers_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_phone'), ['phone'], unique=False)

    op.create_table('dealer_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dealer_code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('service_hotline', sa.String(length=40), nullable=False),
    sa.Column('manufacturer', sa.String(length=200), nullable=False),
    sa.Column('logo_png', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_dealer_profile_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dealer_profile'))
    )
    op.create_table('number_sequences',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.CheckConstraint('last_value >= 0', name=op.f('ck_number_sequences_last_value_not_negative')),
    sa.PrimaryKeyConstraint('kind', 'year', name=op.f('pk_number_sequences'))
    )
    op.create_table('parts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('part_no', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.String(length=10), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('is_warranty_part', sa.Boolean(), nullable=False),
    sa.Column('is_wear_part', sa.Boolean(), nullable=False),
    sa.Column('is_main_component', sa.Boolean(), nullable=False),
    sa.Column('must_return', sa.Boolean(), nullable=False),
    sa.Column('photo_required', sa.Boolean(), nullable=False),
    sa.Column('wear_life_months', sa.Integer(), nullable=True),
    sa.Column('pack_size', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('pack_size > 0', name=op.f('ck_parts_pack_size_positive')),
    sa.CheckConstraint('unit_price >= 0', name=op.f('ck_parts_unit_price_not_negative')),
    sa.CheckConstraint('wear_life_months IS NULL OR wear_life_months > 0', name=op.f('ck_parts_wear_life_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parts')),
    sa.UniqueConstraint('part_no', name=op.f('uq_parts_part_no'))
    )
    op.create_table('product_models',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.Enum('tractor', 'combine_harvester', 'rice_transplanter', 'engine', 'other', name='machine_category', native_enum=False, create_constraint=True, length=21), nullable=False),
    sa.Column('product_class', sa.Enum('tractor_gt18kw', 'tractor_le18kw', 'combine_harvester', 'diesel_multi', 'diesel_single', 'petrol_2stroke', 'petrol_4stroke', 'other', name='product_class', native_enum=False, create_constraint=True, length=21), nullable=True),
    sa.Column('power_kw', sa.BigInteger(), nullable=True),
    sa.Column('warranty_months', sa.Integer(), nullable=False),
    sa.Column('main_component_months', sa.Integer(), nullable=False),
    sa.Column('warranty_hours', sa.BigInteger(), nullable=True),
    sa.Column('warranty_area', sa.BigInteger(), nullable=True),
    sa.Column('labour_rate', sa.BigInteger(), nullable=False),
    sa.Column('first_service_hours', sa.Integer(), nullable=True),
    sa.Column('first_service_months', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('labour_rate >= 0', name=op.f('ck_product_models_labour_rate_not_negative')),
    sa.CheckConstraint('main_component_months >= warranty_months', name=op.f('ck_product_models_main_component_not_shorter')),
    sa.CheckConstraint('warranty_area IS NULL OR warranty_area > 0', name=op.f('ck_product_models_warranty_area_positive')),
    sa.CheckConstraint('warranty_hours IS NULL OR warranty_hours > 0', name=op.f('ck_product_models_warranty_hours_positive')),
    sa.CheckConstraint('warranty_months > 0', name=op.f('ck_product_models_warranty_months_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_models')),
    sa.UniqueConstraint('code', name=op.f('uq_product_models_code'))
    )
    op.create_table('return_shipments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shipment_no', sa.String(length=40), nullable=False),
    sa.Column('status', sa.Enum('draft', 'shipped', 'received', name='shipment_status', native_enum=False, create_constraint=True, length=12), nullable=False),
    sa.Column('carrier', sa.String(length=100), nullable=False),
    sa.Column('waybill_no', sa.String(length=60), nullable=False),
    sa.Column('by_delivery_truck', sa.Boolean(), nullable=False),
    sa.Column('shipped_on', sa.Date(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('packages', sa.Integer(), nullable=True),
    sa.Column('weight_kg', sa.BigInteger(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("by_delivery_truck OR status = 'draft' OR waybill_no <> ''", name=op.f('ck_return_shipments_waybill_or_truck')),
    sa.CheckConstraint("status = 'draft' OR shipped_on IS NOT NULL", name=op.f('ck_return_shipments_shipped_has_date')),
    sa.CheckConstraint('packages IS NULL OR packages > 0', name=op.f('ck_return_shipments_packages_positive')),
    sa.CheckConstraint('weight_kg IS NULL OR weight_kg > 0', name=op.f('ck_return_shipments_weight_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_shipments')),
    sa.UniqueConstraint('shipment_no', name=op.f('uq_return_shipments_shipment_no'))
    )
    op.create_table('seasons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('start_month', sa.Integer(), nullable=False),
    sa.Column('start_day', sa.Integer(), nullable=False),
    sa.Column('length_days', sa.Integer(), nullable=False),
    sa.CheckConstraint('length_days > 0', name=op.f('ck_seasons_length_positive')),
    sa.CheckConstraint('start_day BETWEEN 1 AND 31', name=op.f('ck_seasons_start_day_valid')),
    sa.CheckConstraint('start_month BETWEEN 1 AND 12', name=op.f('ck_seasons_start_month_valid')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seasons')),
    sa.UniqueConstraint('code', name=op.f('uq_seasons_code'))
    )
    op.create_table('shared_settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_shared_settings'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=60), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('clerk', 'manager', 'admin', name='user_role', native_enum=False, create_constraint=True, length=11), nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('login', name=op.f('uq_users_login'))
    )
    op.create_table('audit_trail',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('user_name', sa.String(length=100), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_audit_trail_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_trail'))
    )
    with op.batch_alter_table('audit_trail', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_trail_at'), ['at'], unique=False)

    op.create_table('factory_returns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('return_no', sa.String(length=40), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('freight_payer', sa.String(length=10), nullable=False),
    sa.Column('restoration_labour', sa.BigInteger(), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("freight_payer IN ('factory', 'dealer')", name=op.f('ck_factory_returns_freight_payer_known')),
    sa.CheckConstraint("reason IN ('quality', 'dismantled', 'other')", name=op.f('ck_factory_returns_reason_known')),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_factory_returns_quantity_positive')),
    sa.CheckConstraint('restoration_labour >= 0', name=op.f('ck_factory_returns_restoration_not_negative')),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_factory_returns_part_id_parts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_factory_returns')),
    sa.UniqueConstraint('return_no', name=op.f('uq_factory_returns_return_no'))
    )
    op.create_table('model_parts',
    sa.Column('model_id', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('main_component', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['product_models.id'], name=op.f('fk_model_parts_model_id_product_models'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_model_parts_part_id_parts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('model_id', 'part_id', name=op.f('pk_model_parts'))
    )
    op.create_table('part_prices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.CheckConstraint('unit_price >= 0', name=op.f('ck_part_prices_unit_price_not_negative')),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_part_prices_part_id_parts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_part_prices')),
    sa.UniqueConstraint('part_id', 'valid_from', name='uq_part_prices_part_from')
    )
    with op.batch_alter_table('part_prices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_part_prices_part_id'), ['part_id'], unique=False)

    op.create_table('reserve_plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_no', sa.String(length=40), nullable=False),
    sa.Column('season_id', sa.Integer(), nullable=False),
    sa.Column('season_year', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'approved', 'submitted', name='plan_status', native_enum=False, create_constraint=True, length=13), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('total_amount', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status <> 'submitted' OR submitted_on IS NOT NULL", name=op.f('ck_reserve_plans_submitted_has_date')),
    sa.CheckConstraint("status = 'draft' OR approved_at IS NOT NULL", name=op.f('ck_reserve_plans_approved_has_time')),
    sa.ForeignKeyConstraint(['approved_by_id'], ['users.id'], name=op.f('fk_reserve_plans_approved_by_id_users')),
    sa.ForeignKeyConstraint(['season_id'], ['seasons.id'], name=op.f('fk_reserve_plans_season_id_seasons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reserve_plans')),
    sa.UniqueConstraint('plan_no', name=op.f('uq_reserve_plans_plan_no')),
    sa.UniqueConstraint('season_id', 'season_year', 'revision', name='uq_reserve_plans_season_year_rev')
    )
    op.create_table('settlements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('settlement_no', sa.String(length=40), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('notice_date', sa.Date(), nullable=False),
    sa.Column('approved_amount', sa.BigInteger(), nullable=False),
    sa.Column('deducted_amount', sa.BigInteger(), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('confirmed_on', sa.Date(), nullable=True),
    sa.Column('source_sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('approved_amount >= 0', name=op.f('ck_settlements_approved_not_negative')),
    sa.CheckConstraint('deducted_amount >= 0', name=op.f('ck_settlements_deducted_not_negative')),
    sa.ForeignKeyConstraint(['batch_id'], ['claim_batches.id'], name=op.f('fk_settlements_batch_id_claim_batches')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settlements')),
    sa.UniqueConstraint('settlement_no', name=op.f('uq_settlements_settlement_no'))
    )
    with op.batch_alter_table('settlements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_settlements_batch_id'), ['batch_id'], unique=False)

    op.create_table('stock_levels',
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('on_hand', sa.BigInteger(), nullable=False),
    sa.Column('on_order', sa.BigInteger(), nullable=False),
    sa.Column('bin_location', sa.String(length=60), nullable=False),
    sa.CheckConstraint('on_hand >= 0', name=op.f('ck_stock_levels_on_hand_not_negative')),
    sa.CheckConstraint('on_order >= 0', name=op.f('ck_stock_levels_on_order_not_negative')),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_stock_levels_part_id_parts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('part_id', name=op.f('pk_stock_levels'))
    )
    op.create_table('units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('serial_no', sa.String(length=40), nullable=False),
    sa.Column('engine_no', sa.String(length=40), nullable=False),
    sa.Column('model_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('sale_date', sa.Date(), nullable=False),
    sa.Column('invoice_date', sa.Date(), nullable=True),
    sa.Column('invoice_no', sa.String(length=40), nullable=False),
    sa.Column('hour_meter', sa.BigInteger(), nullable=True),
    sa.Column('status', sa.Enum('in_service', 'exchanged', 'refunded', 'in_stock', name='unit_status', native_enum=False, create_constraint=True, length=14), nullable=False),
    sa.Column('replaced_by_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('hour_meter IS NULL OR hour_meter >= 0', name=op.f('ck_units_hour_meter_not_negative')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_units_customer_id_customers')),
    sa.ForeignKeyConstraint(['model_id'], ['product_models.id'], name=op.f('fk_units_model_id_product_models')),
    sa.ForeignKeyConstraint(['replaced_by_id'], ['units.id'], name=op.f('fk_units_replaced_by_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units')),
    sa.UniqueConstraint('serial_no', name=op.f('uq_units_serial_no'))
    )
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_units_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_engine_no'), ['engine_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_model_id'), ['model_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_sale_date'), ['sale_date'], unique=False)

    op.create_table('ledger_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('credit', 'offset', name='ledger_kind', native_enum=False, create_constraint=True, length=10), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('settlement_id', sa.Integer(), nullable=True),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_ledger_entries_amount_positive')),
    sa.ForeignKeyConstraint(['batch_id'], ['claim_batches.id'], name=op.f('fk_ledger_entries_batch_id_claim_batches')),
    sa.ForeignKeyConstraint(['settlement_id'], ['settlements.id'], name=op.f('fk_ledger_entries_settlement_id_settlements')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entries'))
    )
    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_entries_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_entries_entry_date'), ['entry_date'], unique=False)

    op.create_table('registration_cards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('acknowledged_on', sa.Date(), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.Column('override_by_id', sa.Integer(), nullable=True),
    sa.Column('override_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('(override_reason IS NULL) = (override_by_id IS NULL)', name=op.f('ck_registration_cards_override_has_reason_and_manager')),
    sa.CheckConstraint('acknowledged_on IS NULL OR sent_on IS NOT NULL', name=op.f('ck_registration_cards_acknowledged_after_sent')),
    sa.ForeignKeyConstraint(['override_by_id'], ['users.id'], name=op.f('fk_registration_cards_override_by_id_users')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_registration_cards_unit_id_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registration_cards')),
    sa.UniqueConstraint('unit_id', name=op.f('uq_registration_cards_unit_id'))
    )
    with op.batch_alter_table('registration_cards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registration_cards_due_date'), ['due_date'], unique=False)

    op.create_table('reserve_plan_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('part_class', sa.Enum('warranty', 'wear', 'other', name='part_class', native_enum=False, create_constraint=True, length=12), nullable=False),
    sa.Column('forecast_qty', sa.BigInteger(), nullable=False),
    sa.Column('suggested_qty', sa.BigInteger(), nullable=False),
    sa.Column('chosen_qty', sa.BigInteger(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('chosen_qty >= 0', name=op.f('ck_reserve_plan_lines_chosen_not_negative')),
    sa.CheckConstraint('suggested_qty >= 0', name=op.f('ck_reserve_plan_lines_suggested_not_negative')),
    sa.CheckConstraint('unit_price >= 0', name=op.f('ck_reserve_plan_lines_unit_price_not_negative')),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_reserve_plan_lines_part_id_parts')),
    sa.ForeignKeyConstraint(['plan_id'], ['reserve_plans.id'], name=op.f('fk_reserve_plan_lines_plan_id_reserve_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reserve_plan_lines')),
    sa.UniqueConstraint('plan_id', 'part_id', name='uq_reserve_plan_lines_plan_part')
    )
    with op.batch_alter_table('reserve_plan_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reserve_plan_lines_plan_id'), ['plan_id'], unique=False)

    op.create_table('service_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_no', sa.String(length=40), nullable=False),
    sa.Column('channel', sa.Enum('phone', 'letter', 'visit', 'head_office', 'online', 'complaint', name='service_channel', native_enum=False, create_constraint=True, length=15), nullable=False),
    sa.Column('status', sa.Enum('open', 'arranged', 'closed', name='service_entry_status', native_enum=False, create_constraint=True, length=12), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('caller_name', sa.String(length=100), nullable=False),
    sa.Column('caller_phone', sa.String(length=40), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('arranged_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('arranged_for', sa.DateTime(timezone=True), nullable=True),
    sa.Column('technician', sa.String(length=100), nullable=False),
    sa.Column('customer_informed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('is_maintenance_reminder', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('arranged_at IS NULL OR arranged_at >= received_at', name=op.f('ck_service_log_arranged_after_received')),
    sa.CheckConstraint('closed_at IS NULL OR closed_at >= received_at', name=op.f('ck_service_log_closed_after_received')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_service_log_customer_id_customers')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_service_log_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_log')),
    sa.UniqueConstraint('entry_no', name=op.f('uq_service_log_entry_no'))
    )
    with op.batch_alter_table('service_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_log_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_log_received_at'), ['received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_log_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_log_unit_id'), ['unit_id'], unique=False)

    op.create_table('paid_service_orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_no', sa.String(length=40), nullable=False),
    sa.Column('status', sa.Enum('draft', 'completed', 'cancelled', name='paid_order_status', native_enum=False, create_constraint=True, length=13), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('service_entry_id', sa.Integer(), nullable=True),
    sa.Column('service_date', sa.Date(), nullable=False),
    sa.Column('technician', sa.String(length=100), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('labour_hours', sa.BigInteger(), nullable=False),
    sa.Column('labour_rate', sa.BigInteger(), nullable=False),
    sa.Column('labour_amount', sa.BigInteger(), nullable=False),
    sa.Column('travel_amount', sa.BigInteger(), nullable=False),
    sa.Column('parts_amount', sa.BigInteger(), nullable=False),
    sa.Column('total_amount', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('labour_hours >= 0', name=op.f('ck_paid_service_orders_labour_hours_not_negative')),
    sa.CheckConstraint('labour_rate >= 0', name=op.f('ck_paid_service_orders_labour_rate_not_negative')),
    sa.CheckConstraint('parts_amount >= 0', name=op.f('ck_paid_service_orders_parts_not_negative')),
    sa.CheckConstraint('total_amount = labour_amount + parts_amount + travel_amount', name=op.f('ck_paid_service_orders_total_adds_up')),
    sa.CheckConstraint('travel_amount >= 0', name=op.f('ck_paid_service_orders_travel_not_negative')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_paid_service_orders_customer_id_customers')),
    sa.ForeignKeyConstraint(['service_entry_id'], ['service_log.id'], name=op.f('fk_paid_service_orders_service_entry_id_service_log')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_paid_service_orders_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_paid_service_orders')),
    sa.UniqueConstraint('order_no', name=op.f('uq_paid_service_orders_order_no'))
    )
    with op.batch_alter_table('paid_service_orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_paid_service_orders_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_paid_service_orders_service_date'), ['service_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_paid_service_orders_unit_id'), ['unit_id'], unique=False)

    op.create_table('warranty_claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_no', sa.String(length=40), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('previous_revision_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'ready', 'approved', 'in_batch', 'settled_approved', 'settled_partial', 'rejected', 'reworked', 'cancelled', name='claim_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('service_entry_id', sa.Integer(), nullable=True),
    sa.Column('failure_date', sa.Date(), nullable=False),
    sa.Column('repair_date', sa.Date(), nullable=False),
    sa.Column('hour_meter', sa.BigInteger(), nullable=True),
    sa.Column('area_worked', sa.BigInteger(), nullable=True),
    sa.Column('complaint', sa.Text(), nullable=False),
    sa.Column('cause', sa.Text(), nullable=False),
    sa.Column('correction', sa.Text(), nullable=False),
    sa.Column('fault_code', sa.String(length=40), nullable=False),
    sa.Column('exclusion', sa.String(length=40), nullable=True),
    sa.Column('technician', sa.String(length=100), nullable=False),
    sa.Column('travel_km', sa.BigInteger(), nullable=True),
    sa.Column('travel_rate', sa.BigInteger(), nullable=True),
    sa.Column('labour_amount', sa.BigInteger(), nullable=False),
    sa.Column('parts_amount', sa.BigInteger(), nullable=False),
    sa.Column('travel_amount', sa.BigInteger(), nullable=False),
    sa.Column('other_amount', sa.BigInteger(), nullable=False),
    sa.Column('other_note', sa.String(length=200), nullable=False),
    sa.Column('total_amount', sa.BigInteger(), nullable=False),
    sa.Column('parts_wait_days', sa.Integer(), nullable=False),
    sa.Column('customer_signed', sa.Boolean(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('check_level', sa.String(length=10), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("check_level IN ('ok', 'warning', 'blocking')", name=op.f('ck_warranty_claims_check_level_known')),
    sa.CheckConstraint("status <> 'in_batch' OR batch_id IS NOT NULL", name=op.f('ck_warranty_claims_batched_claims_have_batch')),
    sa.CheckConstraint("status NOT IN ('approved', 'in_batch', 'settled_approved', 'settled_partial', 'rejected') OR approved_at IS NOT NULL", name=op.f('ck_warranty_claims_approved_claims_have_approval')),
    sa.CheckConstraint('hour_meter IS NULL OR hour_meter >= 0', name=op.f('ck_warranty_claims_hour_meter_not_negative')),
    sa.CheckConstraint('labour_amount >= 0', name=op.f('ck_warranty_claims_labour_not_negative')),
    sa.CheckConstraint('other_amount >= 0', name=op.f('ck_warranty_claims_other_not_negative')),
    sa.CheckConstraint('parts_amount >= 0', name=op.f('ck_warranty_claims_parts_not_negative')),
    sa.CheckConstraint('parts_wait_days >= 0', name=op.f('ck_warranty_claims_parts_wait_not_negative')),
    sa.CheckConstraint('revision >= 1', name=op.f('ck_warranty_claims_revision_positive')),
    sa.CheckConstraint('total_amount = labour_amount + parts_amount + travel_amount + other_amount', name=op.f('ck_warranty_claims_total_adds_up')),
    sa.CheckConstraint('travel_amount >= 0', name=op.f('ck_warranty_claims_travel_not_negative')),
    sa.CheckConstraint('travel_km IS NULL OR travel_km >= 0', name=op.f('ck_warranty_claims_travel_km_not_negative')),
    sa.ForeignKeyConstraint(['approved_by_id'], ['users.id'], name=op.f('fk_warranty_claims_approved_by_id_users')),
    sa.ForeignKeyConstraint(['batch_id'], ['claim_batches.id'], name=op.f('fk_warranty_claims_batch_id_claim_batches')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_warranty_claims_created_by_id_users')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_warranty_claims_customer_id_customers')),
    sa.ForeignKeyConstraint(['previous_revision_id'], ['warranty_claims.id'], name=op.f('fk_warranty_claims_previous_revision_id_warranty_claims')),
    sa.ForeignKeyConstraint(['service_entry_id'], ['service_log.id'], name=op.f('fk_warranty_claims_service_entry_id_service_log')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_warranty_claims_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warranty_claims')),
    sa.UniqueConstraint('claim_no', 'revision', name='uq_warranty_claims_no_revision')
    )
    with op.batch_alter_table('warranty_claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_warranty_claims_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_warranty_claims_check_level'), ['check_level'], unique=False)
        batch_op.create_index(batch_op.f('ix_warranty_claims_claim_no'), ['claim_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_warranty_claims_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_warranty_claims_repair_date'), ['repair_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_warranty_claims_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_warranty_claims_technician'), ['technician'], unique=False)
        batch_op.create_index(batch_op.f('ix_warranty_claims_unit_id'), ['unit_id'], unique=False)

    op.create_table('claim_attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('photo', 'document', 'signature', 'signed_scan', name='attachment_kind', native_enum=False, create_constraint=True, length=15), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('mime_type', sa.String(length=100), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('size_bytes >= 0', name=op.f('ck_claim_attachments_size_not_negative')),
    sa.ForeignKeyConstraint(['claim_id'], ['warranty_claims.id'], name=op.f('fk_claim_attachments_claim_id_warranty_claims'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_attachments')),
    sa.UniqueConstraint('claim_id', 'sha256', name='uq_claim_attachments_claim_hash')
    )
    with op.batch_alter_table('claim_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_attachments_claim_id'), ['claim_id'], unique=False)

    op.create_table('claim_labour_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('operation_code', sa.String(length=40), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('flat_rate_hours', sa.BigInteger(), nullable=True),
    sa.Column('actual_hours', sa.BigInteger(), nullable=False),
    sa.Column('hourly_rate', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('actual_hours > 0', name=op.f('ck_claim_labour_lines_actual_hours_positive')),
    sa.CheckConstraint('amount >= 0', name=op.f('ck_claim_labour_lines_amount_not_negative')),
    sa.CheckConstraint('flat_rate_hours IS NULL OR flat_rate_hours > 0', name=op.f('ck_claim_labour_lines_flat_rate_hours_positive')),
    sa.CheckConstraint('hourly_rate > 0', name=op.f('ck_claim_labour_lines_hourly_rate_positive')),
    sa.ForeignKeyConstraint(['claim_id'], ['warranty_claims.id'], name=op.f('fk_claim_labour_lines_claim_id_warranty_claims'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_labour_lines')),
    sa.UniqueConstraint('claim_id', 'line_no', name='uq_claim_labour_lines_claim_line')
    )
    with op.batch_alter_table('claim_labour_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_labour_lines_claim_id'), ['claim_id'], unique=False)

    op.create_table('claim_part_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('is_causal', sa.Boolean(), nullable=False),
    sa.Column('retain', sa.Boolean(), nullable=False),
    sa.Column('old_serial_no', sa.String(length=40), nullable=False),
    sa.Column('new_serial_no', sa.String(length=40), nullable=False),
    sa.CheckConstraint('amount >= 0', name=op.f('ck_claim_part_lines_amount_not_negative')),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_claim_part_lines_quantity_positive')),
    sa.CheckConstraint('unit_price >= 0', name=op.f('ck_claim_part_lines_unit_price_not_negative')),
    sa.ForeignKeyConstraint(['claim_id'], ['warranty_claims.id'], name=op.f('fk_claim_part_lines_claim_id_warranty_claims'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_claim_part_lines_part_id_parts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_part_lines')),
    sa.UniqueConstraint('claim_id', 'line_no', name='uq_claim_part_lines_claim_line')
    )
    with op.batch_alter_table('claim_part_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_part_lines_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_part_lines_part_id'), ['part_id'], unique=False)

    op.create_table('component_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('old_serial_no', sa.String(length=40), nullable=False),
    sa.Column('new_serial_no', sa.String(length=40), nullable=False),
    sa.Column('hour_meter', sa.BigInteger(), nullable=True),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['warranty_claims.id'], name=op.f('fk_component_changes_claim_id_warranty_claims')),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_component_changes_part_id_parts')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_component_changes_unit_id_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_component_changes'))
    )
    with op.batch_alter_table('component_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_component_changes_unit_id'), ['unit_id'], unique=False)

    op.create_table('follow_ups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('service_entry_id', sa.Integer(), nullable=True),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('done_by', sa.String(length=100), nullable=False),
    sa.Column('satisfaction', sa.Integer(), nullable=True),
    sa.Column('remarks', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('satisfaction IS NULL OR (satisfaction BETWEEN 1 AND 5)', name=op.f('ck_follow_ups_satisfaction_1_to_5')),
    sa.ForeignKeyConstraint(['claim_id'], ['warranty_claims.id'], name=op.f('fk_follow_ups_claim_id_warranty_claims')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_follow_ups_customer_id_customers')),
    sa.ForeignKeyConstraint(['service_entry_id'], ['service_log.id'], name=op.f('fk_follow_ups_service_entry_id_service_log')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_follow_ups_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_ups'))
    )
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_ups_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_ups_due_date'), ['due_date'], unique=False)

    op.create_table('paid_service_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_paid_service_lines_quantity_positive')),
    sa.CheckConstraint('unit_price >= 0', name=op.f('ck_paid_service_lines_unit_price_not_negative')),
    sa.ForeignKeyConstraint(['order_id'], ['paid_service_orders.id'], name=op.f('fk_paid_service_lines_order_id_paid_service_orders'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_paid_service_lines_part_id_parts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_paid_service_lines')),
    sa.UniqueConstraint('order_id', 'line_no', name='uq_paid_service_lines_order_line')
    )
    with op.batch_alter_table('paid_service_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_paid_service_lines_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_paid_service_lines_part_id'), ['part_id'], unique=False)

    op.create_table('settlement_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('settlement_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('claimed_amount', sa.BigInteger(), nullable=False),
    sa.Column('approved_amount', sa.BigInteger(), nullable=False),
    sa.Column('deducted_amount', sa.BigInteger(), nullable=False),
    sa.Column('reason_code', sa.String(length=20), nullable=False),
    sa.Column('reason_text', sa.Text(), nullable=False),
    sa.CheckConstraint('approved_amount + deducted_amount = claimed_amount', name=op.f('ck_settlement_lines_amounts_add_up')),
    sa.CheckConstraint('approved_amount >= 0', name=op.f('ck_settlement_lines_approved_not_negative')),
    sa.CheckConstraint('deducted_amount >= 0', name=op.f('ck_settlement_lines_deducted_not_negative')),
    sa.ForeignKeyConstraint(['claim_id'], ['warranty_claims.id'], name=op.f('fk_settlement_lines_claim_id_warranty_claims')),
    sa.ForeignKeyConstraint(['settlement_id'], ['settlements.id'], name=op.f('fk_settlement_lines_settlement_id_settlements'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settlement_lines')),
    sa.UniqueConstraint('settlement_id', 'claim_id', name='uq_settlement_lines_settlement_claim')
    )
    with op.batch_alter_table('settlement_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_settlement_lines_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_settlement_lines_settlement_id'), ['settlement_id'], unique=False)

    op.create_table('stock_movements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('moved_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('import', 'adjustment', 'receipt', 'claim', 'paid_order', 'counter_sale', 'factory_return', name='stock_movement_kind', native_enum=False, create_constraint=True, length=18), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('recorded_by', sa.String(length=60), nullable=False),
    sa.CheckConstraint("kind <> 'adjustment' OR reason <> ''", name=op.f('ck_stock_movements_adjustment_has_reason')),
    sa.CheckConstraint('quantity <> 0', name=op.f('ck_stock_movements_quantity_not_zero')),
    sa.ForeignKeyConstraint(['claim_id'], ['warranty_claims.id'], name=op.f('fk_stock_movements_claim_id_warranty_claims')),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_stock_movements_part_id_parts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_movements'))
    )
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stock_movements_moved_on'), ['moved_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_movements_part_id'), ['part_id'], unique=False)

    op.create_table('old_parts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tag_no', sa.String(length=40), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('part_line_id', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.Enum('retained', 'packed', 'shipped', 'received', 'usable', 'scrap', 'written_off', name='old_part_status', native_enum=False, create_constraint=True, length=15), nullable=False),
    sa.Column('storage_place', sa.String(length=60), nullable=False),
    sa.Column('condition_notes', sa.Text(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('shipment_id', sa.Integer(), nullable=True),
    sa.Column('inspection_remark', sa.Text(), nullable=False),
    sa.Column('write_off_reason', sa.String(length=200), nullable=False),
    sa.Column('left_at_dealer', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status <> 'written_off' OR write_off_reason <> ''", name=op.f('ck_old_parts_write_off_has_reason')),
    sa.CheckConstraint("status = 'retained' OR status = 'written_off' OR shipment_id IS NOT NULL", name=op.f('ck_old_parts_shipped_parts_have_shipment')),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_old_parts_quantity_positive')),
    sa.ForeignKeyConstraint(['claim_id'], ['warranty_claims.id'], name=op.f('fk_old_parts_claim_id_warranty_claims')),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_old_parts_part_id_parts')),
    sa.ForeignKeyConstraint(['part_line_id'], ['claim_part_lines.id'], name=op.f('fk_old_parts_part_line_id_claim_part_lines')),
    sa.ForeignKeyConstraint(['shipment_id'], ['return_shipments.id'], name=op.f('fk_old_parts_shipment_id_return_shipments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_old_parts')),
    sa.UniqueConstraint('part_line_id', name=op.f('uq_old_parts_part_line_id')),
    sa.UniqueConstraint('tag_no', name=op.f('uq_old_parts_tag_no'))
    )
    with op.batch_alter_table('old_parts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_old_parts_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_old_parts_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_old_parts_part_id'), ['part_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_old_parts_shipment_id'), ['shipment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_old_parts_status'), ['status'], unique=False)

    op.create_table('old_part_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('old_part_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('retained', 'packed', 'shipped', 'received', 'usable', 'scrap', 'written_off', name='old_part_event_status', native_enum=False, create_constraint=True, length=15), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['old_part_id'], ['old_parts.id'], name=op.f('fk_old_part_events_old_part_id_old_parts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_old_part_events'))
    )
    with op.batch_alter_table('old_part_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_old_part_events_old_part_id'), ['old_part_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('old_part_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_old_part_events_old_part_id'))

    op.drop_table('old_part_events')
    with op.batch_alter_table('old_parts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_old_parts_status'))
        batch_op.drop_index(batch_op.f('ix_old_parts_shipment_id'))
        batch_op.drop_index(batch_op.f('ix_old_parts_part_id'))
        batch_op.drop_index(batch_op.f('ix_old_parts_due_date'))
        batch_op.drop_index(batch_op.f('ix_old_parts_claim_id'))

    op.drop_table('old_parts')
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stock_movements_part_id'))
        batch_op.drop_index(batch_op.f('ix_stock_movements_moved_on'))

    op.drop_table('stock_movements')
    with op.batch_alter_table('settlement_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_settlement_lines_settlement_id'))
        batch_op.drop_index(batch_op.f('ix_settlement_lines_claim_id'))

    op.drop_table('settlement_lines')
    with op.batch_alter_table('paid_service_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_paid_service_lines_part_id'))
        batch_op.drop_index(batch_op.f('ix_paid_service_lines_order_id'))

    op.drop_table('paid_service_lines')
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_ups_due_date'))
        batch_op.drop_index(batch_op.f('ix_follow_ups_customer_id'))

    op.drop_table('follow_ups')
    with op.batch_alter_table('component_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_component_changes_unit_id'))

    op.drop_table('component_changes')
    with op.batch_alter_table('claim_part_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_part_lines_part_id'))
        batch_op.drop_index(batch_op.f('ix_claim_part_lines_claim_id'))

    op.drop_table('claim_part_lines')
    with op.batch_alter_table('claim_labour_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_labour_lines_claim_id'))

    op.drop_table('claim_labour_lines')
    with op.batch_alter_table('claim_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_attachments_claim_id'))

    op.drop_table('claim_attachments')
    with op.batch_alter_table('warranty_claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_warranty_claims_unit_id'))
        batch_op.drop_index(batch_op.f('ix_warranty_claims_technician'))
        batch_op.drop_index(batch_op.f('ix_warranty_claims_status'))
        batch_op.drop_index(batch_op.f('ix_warranty_claims_repair_date'))
        batch_op.drop_index(batch_op.f('ix_warranty_claims_customer_id'))
        batch_op.drop_index(batch_op.f('ix_warranty_claims_claim_no'))
        batch_op.drop_index(batch_op.f('ix_warranty_claims_check_level'))
        batch_op.drop_index(batch_op.f('ix_warranty_claims_batch_id'))

    op.drop_table('warranty_claims')
    with op.batch_alter_table('paid_service_orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_paid_service_orders_unit_id'))
        batch_op.drop_index(batch_op.f('ix_paid_service_orders_service_date'))
        batch_op.drop_index(batch_op.f('ix_paid_service_orders_customer_id'))

    op.drop_table('paid_service_orders')
    with op.batch_alter_table('service_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_log_unit_id'))
        batch_op.drop_index(batch_op.f('ix_service_log_status'))
        batch_op.drop_index(batch_op.f('ix_service_log_received_at'))
        batch_op.drop_index(batch_op.f('ix_service_log_customer_id'))

    op.drop_table('service_log')
    with op.batch_alter_table('reserve_plan_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reserve_plan_lines_plan_id'))

    op.drop_table('reserve_plan_lines')
    with op.batch_alter_table('registration_cards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registration_cards_due_date'))

    op.drop_table('registration_cards')
    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_entries_entry_date'))
        batch_op.drop_index(batch_op.f('ix_ledger_entries_batch_id'))

    op.drop_table('ledger_entries')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_units_sale_date'))
        batch_op.drop_index(batch_op.f('ix_units_model_id'))
        batch_op.drop_index(batch_op.f('ix_units_engine_no'))
        batch_op.drop_index(batch_op.f('ix_units_customer_id'))

    op.drop_table('units')
    op.drop_table('stock_levels')
    with op.batch_alter_table('settlements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_settlements_batch_id'))

    op.drop_table('settlements')
    op.drop_table('reserve_plans')
    with op.batch_alter_table('part_prices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_part_prices_part_id'))

    op.drop_table('part_prices')
    op.drop_table('model_parts')
    op.drop_table('factory_returns')
    with op.batch_alter_table('audit_trail', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_trail_at'))

    op.drop_table('audit_trail')
    op.drop_table('users')
    op.drop_table('shared_settings')
    op.drop_table('seasons')
    op.drop_table('return_shipments')
    op.drop_table('product_models')
    op.drop_table('parts')
    op.drop_table('number_sequences')
    op.drop_table('dealer_profile')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_phone'))
        batch_op.drop_index(batch_op.f('ix_customers_name'))

    op.drop_table('customers')
    op.drop_table('claim_batches')
