"""Paid service orders (有偿服务) through the service layer, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.db.models import AuditEntry, PaidServiceOrder
from app.domain.enums import PaidOrderStatus
from app.domain.errors import TransitionRefused, ValidationError
from app.services import paid_orders, shared_settings
from app.services.paging import PageRequest
from app.services.paid_orders import PaidOrderInput, PaidPartLineInput
from tests.services.claims.conftest import TODAY, dealer  # noqa: F401 - the hand-built dealer fixture

SERVICE_DAY = dt.date(2026, 6, 15)


def _order(**changes) -> PaidOrderInput:  # type: ignore[no-untyped-def]
    base = PaidOrderInput(unit_serial="lf50426000001", service_date=SERVICE_DAY, technician="张海涛",
                          description="更换机油滤清器，清洗油路（非三包：超出保修期的保养）",
                          labour_hours=Decimal("1.5"), travel_amount=Decimal("30"),
                          parts=(PaidPartLineInput("T5-101-22", Decimal(2)),
                                 PaidPartLineInput("T5-112-10", Decimal(1))))
    return base if not changes else PaidOrderInput(**{**base.__dict__, **changes})


def test_wages_plus_travel_and_parts_at_catalogue_price_without_mark_up(dealer):  # noqa: F811
    view = paid_orders.create_paid_order(dealer.db, dealer.clerk, _order(), TODAY)
    assert view.order_no == "YC2026-00001" and view.status == PaidOrderStatus.DRAFT
    assert view.customer_name == "王建国" and view.model_code == "LF-504"
    assert (view.labour_rate, view.labour_amount, view.travel_amount) == (
        Decimal("60.00"), Decimal("90.00"), Decimal("30.00"))  # the model's labour rate by default
    oil_filter, pump = view.parts
    assert oil_filter.unit_price == oil_filter.catalogue_price == Decimal("28.50")
    assert pump.unit_price == Decimal("1680.00")  # the price valid on the service date
    assert view.parts_amount == Decimal("1737.00") and view.total_amount == Decimal("1857.00")
    assert view.markup_percent == 0
    with dealer.db.sessions() as s:
        stored = s.scalars(select(PaidServiceOrder)).one()
        assert stored.total_amount == Decimal("1857.00")


def test_a_configured_mark_up_is_applied_to_parts_only_and_rounded_to_the_fen(dealer):  # noqa: F811
    shared_settings.put(dealer.db, shared_settings.PAID_SERVICE_MARKUP_PERCENT, 15)
    view = paid_orders.create_paid_order(dealer.db, dealer.clerk, _order(), TODAY)
    oil_filter, pump = view.parts
    assert oil_filter.catalogue_price == Decimal("28.50")
    assert oil_filter.unit_price == Decimal("32.78")  # 28.50 × 1.15 = 32.775 → half-up
    assert pump.unit_price == Decimal("1932.00")
    assert view.labour_amount == Decimal("90.00") and view.travel_amount == Decimal("30.00")  # wages: no mark-up
    assert view.parts_amount == Decimal("1997.56") and view.total_amount == Decimal("2117.56")
    assert view.markup_percent == 15


def test_an_older_service_date_takes_the_older_price_and_an_own_rate_wins(dealer):  # noqa: F811
    view = paid_orders.preview_paid_order(dealer.db, _order(service_date=dt.date(2026, 4, 2),
                                                            labour_rate=Decimal("45"), parts=(
                                                                PaidPartLineInput("T5-112-10", Decimal(1)),)))
    assert view.id is None and view.parts[0].unit_price == Decimal("1550.00")
    assert view.labour_amount == Decimal("67.50")
    with dealer.db.sessions() as s:
        assert s.scalars(select(PaidServiceOrder)).all() == []  # a preview saves nothing


def test_bad_input_is_reported_all_at_once_and_nothing_saved(dealer):  # noqa: F811
    bad = _order(labour_hours=Decimal(-1), travel_amount=Decimal(-5), description="长" * 3000,
                 parts=(PaidPartLineInput("NO-SUCH", Decimal(1)), PaidPartLineInput("T5-101-22", Decimal(0))))
    with pytest.raises(ValidationError) as refused:
        paid_orders.create_paid_order(dealer.db, dealer.clerk, bad, TODAY)
    for expected in ("labour hours must not be negative", "travel amount must not be negative",
                     "description is 3,000 characters", "part line 1: part number NO-SUCH",
                     "part line 2: the quantity must be more than zero"):
        assert expected in str(refused.value)
    with pytest.raises(ValidationError, match="no unit with serial number XX"):
        paid_orders.create_paid_order(dealer.db, dealer.clerk, _order(unit_serial="xx"), TODAY)
    with pytest.raises(ValidationError, match="needs labour, travel or at least one part"):
        paid_orders.create_paid_order(dealer.db, dealer.clerk, _order(labour_hours=Decimal(0),
                                                                      travel_amount=Decimal(0), parts=()), TODAY)
    with dealer.db.sessions() as s:
        assert s.scalars(select(PaidServiceOrder)).all() == []


def test_update_audits_changes_and_completed_or_cancelled_orders_are_final(dealer):  # noqa: F811
    view = paid_orders.create_paid_order(dealer.db, dealer.clerk, _order(), TODAY)
    updated = paid_orders.update_paid_order(dealer.db, dealer.manager, view.id,
                                            _order(labour_hours=Decimal(2), parts=()))
    assert updated.parts == () and updated.total_amount == Decimal("150.00")
    with dealer.db.sessions() as s:
        fields = {a.field for a in s.scalars(select(AuditEntry).where(AuditEntry.entity == "paid_order",
                                                                       AuditEntry.action == "update"))}
    assert {"labour_hours", "lines", "total_amount"} <= fields
    with pytest.raises(ValidationError, match="say why"):
        paid_orders.cancel_paid_order(dealer.db, dealer.clerk, view.id, "  ")
    done = paid_orders.complete_paid_order(dealer.db, dealer.clerk, view.id)
    assert done.status == PaidOrderStatus.COMPLETED and done.read_only
    with pytest.raises(TransitionRefused, match="can no longer be changed"):
        paid_orders.update_paid_order(dealer.db, dealer.clerk, view.id, _order())
    with pytest.raises(TransitionRefused):
        paid_orders.cancel_paid_order(dealer.db, dealer.clerk, view.id, "用户不要了")
    assert paid_orders.get_paid_order(dealer.db, view.id).total_amount == Decimal("150.00")


def test_list_pages_sorts_and_searches(dealer):  # noqa: F811
    first = paid_orders.create_paid_order(dealer.db, dealer.clerk, _order(), TODAY)
    second = paid_orders.create_paid_order(dealer.db, dealer.clerk, _order(service_date=dt.date(2026, 6, 18),
                                                                           unit_serial="LF50426000002"), TODAY)
    paid_orders.cancel_paid_order(dealer.db, dealer.clerk, second.id, "用户改约")
    page = paid_orders.list_paid_orders(dealer.db, PageRequest())
    assert page.total == 2 and [r.order_no for r in page.rows] == [second.order_no, first.order_no]
    by_total = paid_orders.list_paid_orders(dealer.db, PageRequest(sort="order_no"))
    assert [r.order_no for r in by_total.rows] == [first.order_no, second.order_no]
    assert [r.id for r in paid_orders.list_paid_orders(dealer.db, PageRequest(text="000002")).rows] == [second.id]
    assert paid_orders.list_paid_orders(dealer.db, PageRequest(text="王建国")).total == 2
    cancelled = paid_orders.list_paid_orders(dealer.db, PageRequest(filters={"status": "cancelled"}))
    assert [r.id for r in cancelled.rows] == [second.id]
