"""Units: the searchable list (SQL paging, sorting, card filters), finding a scanned serial number and
recording a sale, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEntry, Customer, DealerProfile, ProductModel, RegistrationCard, Unit, User
from app.domain.actors import SYSTEM, Actor
from app.domain.cards import CardState
from app.domain.enums import MachineCategory, ProductClass, Role
from app.domain.errors import ValidationError
from app.services import shared_settings
from app.services.paging import PageRequest
from app.services.units import SaleInput, find_customers, find_unit, model_choices, record_sale, search_units

TODAY = dt.date(2026, 6, 15)
D = dt.date


def seed_units(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Two models, three customers and six units whose cards are in every state on TODAY (2026-06-15):
    u1 acknowledged · u2 due in 4 days · u3 never sent (late) · u4 sent late with an override ·
    u5 sent in time · u6 no card row at all (due 2026-06-30)."""
    with db.sessions.begin() as s:
        s.add(DealerProfile(id=1, dealer_code="D3701", name="济南鲁丰农机销售服务有限公司", phone="0531-88602218",
                            manufacturer="华北农业装备股份有限公司"))
        manager = User(login="sunwei", display_name="孙伟", role=Role.MANAGER)
        clerk = User(login="liuyan", display_name="刘燕", role=Role.CLERK)
        tractor = ProductModel(code="LF-504", name="东方红 LF504 轮式拖拉机", category=MachineCategory.TRACTOR,
                               product_class=ProductClass.TRACTOR_OVER_18KW, warranty_months=12,
                               main_component_months=24, warranty_hours=Decimal(1500), labour_rate=Decimal("60.00"))
        combine = ProductModel(code="4LZ-6", name="谷神 4LZ-6 联合收割机", category=MachineCategory.COMBINE_HARVESTER,
                               product_class=ProductClass.COMBINE_HARVESTER, warranty_months=12,
                               main_component_months=24, labour_rate=Decimal("80.00"))
        wang = Customer(code="KH2026-000001", name="王建国", phone="13805310001", address="历城区唐王镇王家村")
        li = Customer(code="KH2026-000002", name="李秀英", phone="13905310002", address="章丘区相公庄镇")
        zhang = Customer(code="KH2026-000003", name="张伟", phone="0531-88602218", address="济阳区崔寨镇")
        s.add_all([manager, clerk, tractor, combine, wang, li, zhang])
        s.flush()
        specs = [  # key, serial, model, customer, sale, (due, sent, acknowledged, override) or None
            ("u1", "LF50426000001", tractor, wang, D(2026, 5, 1),
             (D(2026, 5, 21), D(2026, 5, 10), D(2026, 5, 20), None)),
            ("u2", "LF50426000002", tractor, li, D(2026, 5, 30), (D(2026, 6, 19), None, None, None)),
            ("u3", "4LZ626000003", combine, zhang, D(2026, 4, 1), (D(2026, 4, 21), None, None, None)),
            ("u4", "4LZ626000004", combine, wang, D(2026, 3, 1), (D(2026, 3, 21), D(2026, 3, 25), None, "厂家同意")),
            ("u5", "LF50425000005", tractor, li, D(2025, 6, 10), (D(2025, 6, 30), D(2025, 6, 20), None, None)),
            ("u6", "LF50426000006", tractor, zhang, D(2026, 6, 10), None),
        ]
        ids: dict[str, int] = {"manager": 0, "clerk": 0}
        for n, (key, serial, model, customer, sale, card) in enumerate(specs, start=1):
            unit = Unit(serial_no=serial, engine_no=f"YC2600000{n}", model_id=model.id, customer_id=customer.id,
                        sale_date=sale, invoice_date=sale, hour_meter=Decimal(10 * n))
            s.add(unit)
            s.flush()
            if card is not None:
                due, sent, acknowledged, override = card
                s.add(RegistrationCard(unit_id=unit.id, due_date=due, sent_on=sent, acknowledged_on=acknowledged,
                                       override_reason=override, override_by_id=manager.id if override else None))
            ids[key] = unit.id
        ids.update(manager=manager.id, clerk=clerk.id, tractor=tractor.id, combine=combine.id, wang=wang.id)
    return ids


def manager_of(ids: dict[str, int]) -> Actor:
    return Actor(user_id=ids["manager"], login="sunwei", name="孙伟", role=Role.MANAGER)


def clerk_of(ids: dict[str, int]) -> Actor:
    return Actor(user_id=ids["clerk"], login="liuyan", name="刘燕", role=Role.CLERK)


def _serials(db, **request) -> list[str]:  # type: ignore[no-untyped-def]
    return [row.serial_no for row in search_units(db, PageRequest(**request), today=TODAY).rows]


def test_search_by_serial_engine_customer_phone_and_model(database) -> None:  # type: ignore[no-untyped-def]
    seed_units(database)
    # a serial-number prefix, as typed or scanned in lower case or full width
    assert sorted(_serials(database, text="LF504")) == ["LF50425000005", "LF50426000001", "LF50426000002",
                                                        "LF50426000006"]
    assert sorted(_serials(database, text=" lf504 26 ")) == ["LF50426000001", "LF50426000002", "LF50426000006"]
    assert _serials(database, text="ＬＦ５０４２６０００００１") == ["LF50426000001"]
    assert _serials(database, text="YC26000003") == ["4LZ626000003"]  # engine number
    assert sorted(_serials(database, text="王建国")) == ["4LZ626000004", "LF50426000001"]
    assert sorted(_serials(database, text="建国")) == ["4LZ626000004", "LF50426000001"]
    assert sorted(_serials(database, text="1390531")) == ["LF50425000005", "LF50426000002"]  # phone
    assert sorted(_serials(database, text="4lz-6")) == ["4LZ626000003", "4LZ626000004"]  # model code
    assert sorted(_serials(database, text="谷神")) == ["4LZ626000003", "4LZ626000004"]  # model name
    # part of a serial, engine or phone number: every kind of match at once
    assert sorted(_serials(database, text="0002")) == ["LF50425000005", "LF50426000002"]
    assert _serials(database, text="100%_") == []  # wildcards are matched literally
    assert _serials(database, text="赵") == []


def test_paging_total_and_sorting(database) -> None:  # type: ignore[no-untyped-def]
    ids = seed_units(database)
    page = search_units(database, PageRequest(offset=2, limit=2), today=TODAY)
    assert page.total == 6
    assert [row.serial_no for row in page.rows] == ["LF50426000001", "4LZ626000003"]  # newest sales first
    assert _serials(database) == ["LF50426000006", "LF50426000002", "LF50426000001", "4LZ626000003",
                                  "4LZ626000004", "LF50425000005"]
    assert _serials(database, sort="serial") == ["4LZ626000003", "4LZ626000004", "LF50425000005",
                                                 "LF50426000001", "LF50426000002", "LF50426000006"]
    assert _serials(database, sort="serial", descending=True)[0] == "LF50426000006"
    assert _serials(database, sort="sale_date")[0] == "LF50425000005"
    # 张 < 李 < 王 in code-point order, ties by id
    assert _serials(database, sort="customer") == ["4LZ626000003", "LF50426000006", "LF50426000002",
                                                   "LF50425000005", "LF50426000001", "4LZ626000004"]
    assert _serials(database, sort="model")[:2] == ["4LZ626000003", "4LZ626000004"]
    # the unit without a card sorts by the due date it would have (2026-06-30)
    assert _serials(database, sort="card_due") == ["LF50425000005", "4LZ626000004", "4LZ626000003",
                                                   "LF50426000001", "LF50426000002", "LF50426000006"]
    assert _serials(database, filters={"model_id": ids["combine"]}) == ["4LZ626000003", "4LZ626000004"]
    assert _serials(database, filters={"customer_id": ids["wang"]}) == ["LF50426000001", "4LZ626000004"]
    assert _serials(database, filters={"sold_from": D(2026, 5, 1), "sold_to": D(2026, 5, 31)}) == [
        "LF50426000002", "LF50426000001"]
    with pytest.raises(ValueError):
        search_units(database, PageRequest(sort="colour"), today=TODAY)


def test_rows_carry_card_state_and_warranty(database) -> None:  # type: ignore[no-untyped-def]
    seed_units(database)
    rows = {row.serial_no: row for row in search_units(database, PageRequest(), today=TODAY).rows}
    assert rows["LF50426000001"].card_state == CardState.ACKNOWLEDGED
    assert rows["LF50426000001"].coverage.summary() == "2027-04-30 or 1,500 h"
    assert rows["LF50426000001"].customer_name == "王建国"
    assert rows["LF50426000001"].model_code == "LF-504"
    assert rows["LF50426000001"].claim_count == 0
    assert rows["4LZ626000003"].card_state == CardState.LATE and not rows["4LZ626000003"].warranty.recognised
    assert rows["4LZ626000004"].card_state == CardState.LATE and rows["4LZ626000004"].warranty.recognised
    assert rows["LF50426000006"].card_state == CardState.DUE and not rows["LF50426000006"].warranty.card_recorded


@pytest.mark.parametrize(("card", "expected"), [
    ("due", ["LF50426000006", "LF50426000002"]),
    ("due_soon", ["LF50426000002"]),
    ("late", ["4LZ626000003", "4LZ626000004"]),
    ("not_recognised", ["4LZ626000003"]),
    ("sent", ["LF50425000005"]),
    ("acknowledged", ["LF50426000001"]),
])
def test_card_state_filters_agree_with_the_card_rules(database, card, expected) -> None:  # type: ignore[no-untyped-def]
    seed_units(database)
    page = search_units(database, PageRequest(filters={"card": card}), today=TODAY)
    assert [row.serial_no for row in page.rows] == expected
    assert page.total == len(expected)
    for row in page.rows:  # the SQL filter and the domain rule say the same
        state = row.card_state
        assert {"due": state == CardState.DUE, "due_soon": row.warranty.card.due_soon(TODAY),
                "late": state == CardState.LATE, "not_recognised": not row.warranty.recognised,
                "sent": state == CardState.SENT, "acknowledged": state == CardState.ACKNOWLEDGED}[card]


def test_a_card_filter_follows_today(database) -> None:  # type: ignore[no-untyped-def]
    seed_units(database)
    later = D(2026, 7, 1)  # u2 and u6 have passed their due dates by then
    late = search_units(database, PageRequest(filters={"card": "late"}), today=later)
    assert sorted(row.serial_no for row in late.rows) == ["4LZ626000003", "4LZ626000004", "LF50426000002",
                                                          "LF50426000006"]


def test_find_unit_by_scanned_serial_or_engine_number(database) -> None:  # type: ignore[no-untyped-def]
    ids = seed_units(database)
    assert find_unit(database, "LF50426000001") == ids["u1"]
    assert find_unit(database, " ｌｆ５０４２６０００００１\n") == ids["u1"]
    assert find_unit(database, "yc26000003") == ids["u3"]
    assert find_unit(database, "LF504") is None  # a prefix is a search, not a unit
    assert find_unit(database, "   ") is None


def test_record_sale_creates_unit_customer_and_card(database) -> None:  # type: ignore[no-untyped-def]
    ids = seed_units(database)
    # GIVEN a dealer whose head office wants cards within 30 days
    shared_settings.put(database, shared_settings.CARD_DEADLINE_DAYS, 30)
    # WHEN a sale to a new customer is recorded with the serial number typed in full width
    unit_id = record_sale(database, manager_of(ids), SaleInput(
        serial_no="ｌｆ５０４ 26000777", engine_no="yc26 000777", model_id=ids["tractor"], sale_date=D(2026, 6, 14),
        invoice_date=D(2026, 6, 14), invoice_no=" 37001234 ", customer_name="  赵  四海 ", customer_phone="13705310007",
        customer_address="历城区港沟街道"), today=TODAY)
    # THEN the unit, its customer and its card are there, and the audit trail says who did it
    with database.sessions() as s:
        unit = s.get(Unit, unit_id)
        assert (unit.serial_no, unit.engine_no, unit.invoice_no) == ("LF50426000777", "YC26000777", "37001234")
        assert unit.customer.name == "赵 四海" and unit.customer.code.startswith("KH2026-")
        card = s.scalar(select(RegistrationCard).where(RegistrationCard.unit_id == unit_id))
        assert card.due_date == D(2026, 7, 14) and card.sent_on is None
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "unit", AuditEntry.entity_id == unit_id))
        assert (entry.action, entry.new_value, entry.user_name) == ("create", "LF50426000777", "孙伟")
    assert find_unit(database, "LF50426000777") == unit_id
    # AND a sale to an existing customer adds no customer
    before = _count(database, Customer)
    second = record_sale(database, SYSTEM, SaleInput(serial_no="4LZ626000888", model_id=ids["combine"],
                                                    sale_date=TODAY, customer_id=ids["wang"]), today=TODAY)
    assert _count(database, Customer) == before
    assert [row.id for row in search_units(database, PageRequest(text="4LZ626000888"), today=TODAY).rows] == [second]


def _count(db, table) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


@pytest.mark.parametrize(("changes", "message"), [
    ({"serial_no": "LF50426000001"}, "LF50426000001 is already registered"),
    ({"serial_no": "ＬＦ５０４２６０００００１"}, "LF50426000001 is already registered"),  # typed full width
    ({"serial_no": " "}, "serial number is required"),
    ({"sale_date": D(2026, 6, 16)}, "2026-06-16 is in the future"),
    ({"invoice_date": D(2026, 6, 9)}, "invoice date 2026-06-09 is before the sale date 2026-06-10"),
    ({"model_id": 9999}, "no model with id 9999"),
    ({"model_id": None}, "choose the model"),
    ({"customer_name": ""}, "new customer's name"),
    ({"customer_name": "", "customer_id": 9999}, "no customer with id 9999"),
])
def test_record_sale_refusals_leave_the_database_unchanged(database, changes, message) -> None:  # type: ignore[no-untyped-def]
    ids = seed_units(database)
    fields = {"serial_no": "LF50426000999", "model_id": ids["tractor"], "sale_date": D(2026, 6, 10),
              "customer_name": "赵四海", **changes}
    counts = (_count(database, Unit), _count(database, Customer), _count(database, RegistrationCard))
    with pytest.raises(ValidationError, match=message):
        record_sale(database, SYSTEM, SaleInput(**fields), today=TODAY)
    assert (_count(database, Unit), _count(database, Customer), _count(database, RegistrationCard)) == counts


def test_choices_for_the_sale_dialog(database) -> None:  # type: ignore[no-untyped-def]
    seed_units(database)
    assert [m.code for m in model_choices(database)] == ["4LZ-6", "LF-504"]
    assert [c.name for c in find_customers(database, "王")] == ["王建国"]
    assert [c.name for c in find_customers(database, "13905310002")] == ["李秀英"]
    assert find_customers(database, "  ") == []
