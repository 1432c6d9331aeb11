"""Exchange and refund end to end on SQLite and PostgreSQL: the old unit back in stock, the customer on a new
unit whose periods restart, the refund closing the warranty, and every refusal leaving nothing behind."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEntry, ExchangeRefund, RegistrationCard, Unit
from app.domain.actors import Actor, PermissionDenied
from app.domain.coverage import CoverageVerdict
from app.domain.enums import Role, UnitStatus
from app.domain.errors import ValidationError
from app.domain.exchanges import FaultKind, ReturnKind
from app.services import exchanges
from app.services.exchanges import ReturnInput
from app.services.warranty import warranty_for_unit
from tests.services.exchanges_data import SOLD, seed_sold_unit

MANAGER = Actor(user_id=None, login="sunwei", name="孙伟", role=Role.MANAGER)
CLERK = Actor(user_id=None, login="liuyan", name="刘燕", role=Role.CLERK)


@pytest.fixture
def unit_id(database) -> int:  # type: ignore[no-untyped-def]
    return seed_sold_unit(database)


def exchange_input(unit_id: int, **changes) -> ReturnInput:  # type: ignore[no-untyped-def]
    values = dict(unit_id=unit_id, fault_date=dt.date(2026, 5, 10), decided_on=dt.date(2026, 5, 12),
                  fault_kind=FaultKind.SAFETY, fault_description="转向失灵，行驶中方向盘卡滞",
                  reason="用户选择换货；旧机退回库存待厂家检验", new_serial_no="LF50426000099",
                  new_engine_no="YC26000099")
    values.update(changes)
    return ReturnInput(**values)


def refund_input(unit_id: int, **changes) -> ReturnInput:  # type: ignore[no-untyped-def]
    values = dict(unit_id=unit_id, fault_date=dt.date(2026, 5, 20), decided_on=dt.date(2026, 5, 21),
                  fault_kind=FaultKind.PERFORMANCE, fault_description="换货后发动机仍无法启动",
                  reason="用户选择退货，按发票金额退款", refund_amount=Decimal("86500.00"))
    values.update(changes)
    return ReturnInput(**values)


def counts(database) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    with database.sessions() as s:
        return tuple(s.scalar(select(func.count()).select_from(table))  # type: ignore[return-value]
                     for table in (Unit, ExchangeRefund, RegistrationCard, AuditEntry))


def test_an_exchange_moves_the_customer_to_a_new_unit_whose_periods_restart(database, unit_id):
    record = exchanges.record_exchange(database, MANAGER, exchange_input(unit_id), today=dt.date(2026, 5, 12))
    assert record.kind is ReturnKind.EXCHANGE and record.record_no == "HH2026-0001"
    assert (record.serial_no, record.new_serial_no, record.customer_name) == ("LF50426000001", "LF50426000099",
                                                                              "王建国")
    assert record.sold_on == SOLD and record.days_after_start == 9
    with database.sessions() as s:
        old, new = s.get(Unit, unit_id), s.get(Unit, record.new_unit_id)
        assert old.status is UnitStatus.EXCHANGED and old.replaced_by_id == new.id
        assert old.warranty_void_reason == "已换货（HH2026-0001），换为 LF50426000099；旧机退回库存"
        assert new.warranty_void_reason is None
        assert new.status is UnitStatus.IN_SERVICE and new.customer_id == old.customer_id
        # the periods of the new unit run from the exchange date: its sale and invoice are the exchange
        assert (new.sale_date, new.invoice_date, new.invoice_no) == (dt.date(2026, 5, 12), dt.date(2026, 5, 12),
                                                                     "FP-0001")
        assert s.scalar(select(RegistrationCard.due_date).where(RegistrationCard.unit_id == new.id)) == \
            dt.date(2026, 6, 1)
    assert [r.record_no for r in exchanges.records_of_unit(database, unit_id)] == ["HH2026-0001"]
    assert [r.record_no for r in exchanges.records_of_unit(database, record.new_unit_id)] == ["HH2026-0001"]


def test_the_replacement_may_be_refunded_within_15_days_of_the_exchange_and_that_closes_it(database, unit_id):
    exchanged = exchanges.record_exchange(database, MANAGER, exchange_input(unit_id), today=dt.date(2026, 5, 12))
    new_id = exchanged.new_unit_id
    assert exchanges.window_for(database, new_id, dt.date(2026, 5, 26)).kind is ReturnKind.REFUND  # 14 days on
    record = exchanges.record_refund(database, MANAGER, refund_input(new_id), today=dt.date(2026, 5, 21))
    assert (record.kind, record.record_no, record.refund_amount) == (ReturnKind.REFUND, "TK2026-0001",
                                                                     Decimal("86500.00"))
    assert record.sold_on == dt.date(2026, 5, 12)
    with database.sessions() as s:
        assert s.get(Unit, new_id).status is UnitStatus.REFUNDED
    verdict = warranty_for_unit(database, new_id, dt.date(2026, 5, 21)).coverage
    assert verdict.verdict(dt.date(2026, 5, 21)) is CoverageVerdict.VOID
    assert verdict.void_reason == "已退货（TK2026-0001）：三包责任终止"
    assert exchanges.window_for(database, new_id, dt.date(2026, 5, 22)).reason.endswith("its warranty is closed")
    assert exchanges.get_record(database, "tk2026-0001").refund_amount == Decimal("86500.00")


@pytest.mark.parametrize(("make", "changes", "message"), [
    ("exchange", {"fault_date": dt.date(2026, 5, 16), "decided_on": dt.date(2026, 5, 16)}, "15 days after the sale"),
    ("exchange", {"new_serial_no": "  "}, "serial number of the new unit"),
    ("exchange", {"new_serial_no": "lf50426000001"}, "another serial number"),
    ("exchange", {"fault_description": " "}, "describe the fault"),
    ("exchange", {"reason": ""}, "say why"),
    ("exchange", {"decided_on": dt.date(2026, 5, 31)}, "in the future"),
    ("exchange", {"fault_date": dt.date(2026, 5, 12), "decided_on": dt.date(2026, 5, 11)}, "after the date"),
    ("refund", {}, "within 15 days of an exchange"),
    ("refund", {"refund_amount": Decimal(0)}, "more than 0"),
    ("refund", {"refund_amount": None}, "amount refunded"),
])
def test_bad_input_is_refused_with_a_clear_message_and_nothing_saved(database, unit_id, make, changes, message):
    before = counts(database)
    data = (exchange_input if make == "exchange" else refund_input)(unit_id, **changes)
    record = exchanges.record_exchange if make == "exchange" else exchanges.record_refund
    with pytest.raises(ValidationError, match=message):
        record(database, MANAGER, data, today=dt.date(2026, 5, 30))
    assert counts(database) == before
    with database.sessions() as s:
        assert s.get(Unit, unit_id).status is UnitStatus.IN_SERVICE


def test_a_unit_is_exchanged_once_and_a_taken_serial_is_refused(database, unit_id):
    exchanges.record_exchange(database, MANAGER, exchange_input(unit_id), today=dt.date(2026, 5, 12))
    before = counts(database)
    with pytest.raises(ValidationError, match="already exchanged"):
        exchanges.record_exchange(database, MANAGER, exchange_input(unit_id, new_serial_no="LF50426000100"),
                                  today=dt.date(2026, 5, 12))
    with pytest.raises(ValidationError, match="already exchanged"):
        exchanges.record_refund(database, MANAGER, refund_input(unit_id), today=dt.date(2026, 5, 21))
    assert counts(database) == before


def test_a_serial_already_registered_cannot_be_the_new_unit(database, unit_id):
    with database.sessions.begin() as s:
        other = s.get(Unit, unit_id)
        s.add(Unit(serial_no="LF50426000099", model_id=other.model_id, customer_id=other.customer_id, sale_date=SOLD))
    before = counts(database)
    with pytest.raises(ValidationError, match="already registered"):
        exchanges.record_exchange(database, MANAGER, exchange_input(unit_id), today=dt.date(2026, 5, 12))
    assert counts(database) == before


def test_only_a_service_manager_may_exchange_or_refund(database, unit_id):
    with pytest.raises(PermissionDenied):
        exchanges.record_exchange(database, CLERK, exchange_input(unit_id), today=dt.date(2026, 5, 12))
    with pytest.raises(PermissionDenied):
        exchanges.record_refund(database, CLERK, refund_input(unit_id), today=dt.date(2026, 5, 21))
