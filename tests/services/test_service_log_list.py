"""Finding the caller (by phone, name or a scanned serial) and the service-log list: filters, search,
sorting and paging done in SQL, overdue entries flagged."""
from __future__ import annotations

import datetime as dt

import pytest

from app.domain.enums import ServiceChannel, ServiceEntryStatus
from app.domain.errors import ValidationError
from app.services.paging import PageRequest
from app.services.service_log import EntryInput, arrange_entry, close_entry, create_entry
from app.services.service_log_list import list_entries
from app.services.service_lookup import find_customers_and_units
from tests.services.service_log_data import CLERK, NOW, TODAY, at, build


def test_the_caller_is_found_by_phone_name_or_serial(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    by_phone = find_customers_and_units(database, "1390000")
    assert [c.name for c in by_phone.customers] == ["李秀英"]
    assert [u.serial_no for u in by_phone.units] == ["LX904-0002"]  # the customer's units come along
    by_name = find_customers_and_units(database, "王建")
    assert [(c.id, c.key_customer) for c in by_name.customers] == [(dealer.wang, True)]
    assert [u.serial_no for u in by_name.units] == ["LX904-0001"]
    # A serial typed with a full-width IME, in lower case and with spaces
    scanned = find_customers_and_units(database, "ｌｘ９０４－０００３ ")
    unit = scanned.exact_unit()
    assert unit is not None and unit.id == dealer.unit_late
    assert (unit.model_code, unit.customer_name, unit.customer_phone) == ("LX904", "张伟", "13700000003")
    assert [c.name for c in scanned.customers] == ["张伟"]  # the owner is listed with the unit
    # Part of a serial lists every unit that has it; one character is too little to search
    assert len(find_customers_and_units(database, "LX904").units) == 3
    assert find_customers_and_units(database, "L").is_empty
    assert find_customers_and_units(database, "无此人").is_empty
    # Engine numbers are exact matches
    assert [u.serial_no for u in find_customers_and_units(database, "e0002").units] == ["LX904-0002"]


def _seed(db, dealer):  # type: ignore[no-untyped-def]
    """Six entries whose state at NOW is known:
    a  phone,     received 30 min ago, open                       (nothing overdue)
    b  phone,     received 3 h ago, open                          (arrange overdue)
    c  visit,     received 80 h ago, arranged in time             (close overdue)
    d  complaint, received 100 h ago, open                        (arrange and close overdue)
    e  letter,    received 5 days ago, closed                     (nothing overdue)
    f  online,    received 20 days ago, no unit, caller only      (closed)
    """
    def entry(hours, channel, problem, **who):  # type: ignore[no-untyped-def]
        return create_entry(db, CLERK, EntryInput(channel, at(hours), problem, **who), now=NOW)

    a = entry(0.5, ServiceChannel.PHONE, "液压提升无力", unit_id=dealer.unit_wang)
    b = entry(3, ServiceChannel.PHONE, "发动机冒黑烟", unit_id=dealer.unit_li)
    c = entry(80, ServiceChannel.VISIT, "离合器打滑", unit_id=dealer.unit_late)
    arrange_entry(db, CLERK, c.id, technician="刘师傅", arranged_at=at(79), now=NOW)
    d = entry(100, ServiceChannel.COMPLAINT, "服务人员到场慢 100%_", customer_id=dealer.li)
    e = entry(120, ServiceChannel.LETTER, "询问配件价格", unit_id=dealer.unit_wang)
    close_entry(db, CLERK, e.id, result="已回信", closed_at=at(100), now=NOW)
    f = entry(480, ServiceChannel.ONLINE, "咨询保养周期", caller_name="刘先生", caller_phone="13512345678")
    close_entry(db, CLERK, f.id, result="已答复", closed_at=at(470), now=NOW)
    return {"a": a.id, "b": b.id, "c": c.id, "d": d.id, "e": e.id, "f": f.id}


def _ids(db, ids, **request) -> list[str]:  # type: ignore[no-untyped-def]
    names = {v: k for k, v in ids.items()}
    page = list_entries(db, PageRequest(**request), NOW)
    assert page.total >= len(page.rows)
    return [names[row.id] for row in page.rows]


def test_the_list_filters_searches_and_flags_overdue_entries(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    ids = _seed(database, dealer)
    assert _ids(database, ids) == ["a", "b", "c", "d", "e", "f"]  # newest received first
    assert _ids(database, ids, filters={"status": "open"}) == ["a", "b", "d"]
    assert _ids(database, ids, filters={"status": "arranged"}) == ["c"]
    assert _ids(database, ids, filters={"status": "closed"}) == ["e", "f"]
    assert _ids(database, ids, filters={"status": "not_closed"}) == ["a", "b", "c", "d"]
    assert _ids(database, ids, filters={"channel": "complaint"}) == ["d"]
    assert _ids(database, ids, filters={"overdue": "arrange"}) == ["b", "d"]
    assert _ids(database, ids, filters={"overdue": "close"}) == ["c", "d"]
    assert _ids(database, ids, filters={"overdue": "any"}) == ["b", "c", "d"]
    assert _ids(database, ids, filters={"since": TODAY - dt.timedelta(days=5), "until": TODAY - dt.timedelta(days=4)}) \
        == ["d", "e"]
    assert _ids(database, ids, filters={"unit_id": dealer.unit_wang}) == ["a", "e"]
    # Text: number, customer name, phone (customer's or caller's), serial, problem; wildcards are literal
    assert _ids(database, ids, text="FW2026-000003") == ["c"]
    assert _ids(database, ids, text="fw2026-00000") == ["a", "b", "c", "d", "e", "f"]
    assert _ids(database, ids, text="李秀英") == ["b", "d"]
    assert _ids(database, ids, text="13800000001") == ["a", "e"]
    assert _ids(database, ids, text="1351234") == ["f"]
    assert _ids(database, ids, text="ｌｘ９０４－０００３") == ["c"]
    assert _ids(database, ids, text="黑烟") == ["b"]
    assert _ids(database, ids, text="100%_") == ["d"]
    assert _ids(database, ids, text="%") == ["d"]
    # The rows carry the flags the list paints
    rows = {row.id: row for row in list_entries(database, PageRequest(), NOW).rows}
    assert rows[ids["b"]].arrange_overdue and not rows[ids["b"]].close_overdue
    assert rows[ids["c"]].close_overdue and not rows[ids["c"]].arrange_overdue
    assert rows[ids["d"]].overdue and rows[ids["d"]].status == ServiceEntryStatus.OPEN
    assert not rows[ids["a"]].overdue and not rows[ids["e"]].overdue
    assert (rows[ids["f"]].customer_name, rows[ids["f"]].phone, rows[ids["f"]].serial_no) == \
        ("刘先生", "13512345678", "")
    assert (rows[ids["a"]].customer_name, rows[ids["a"]].phone, rows[ids["a"]].serial_no) == \
        ("王建国", "13800000001", "LX904-0001")


def test_the_list_sorts_and_pages_in_sql(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    ids = _seed(database, dealer)
    assert _ids(database, ids, sort="received") == ["f", "e", "d", "c", "b", "a"]
    assert _ids(database, ids, sort="number", descending=True) == ["f", "e", "d", "c", "b", "a"]
    assert _ids(database, ids, sort="channel")[0] == "d"  # complaint sorts first by its stored value
    first = list_entries(database, PageRequest(offset=0, limit=4), NOW)
    second = list_entries(database, PageRequest(offset=4, limit=4), NOW)
    assert (first.total, second.total) == (6, 6)
    assert [len(first.rows), len(second.rows)] == [4, 2]
    assert {r.id for r in first.rows} | {r.id for r in second.rows} == set(ids.values())
    with pytest.raises(ValidationError):
        list_entries(database, PageRequest(sort="nonsense"), NOW)
    with pytest.raises(ValidationError):
        list_entries(database, PageRequest(filters={"overdue": "nonsense"}), NOW)


def test_the_service_log_module_offers_the_whole_api(database) -> None:  # type: ignore[no-untyped-def]
    from app.services import service_log

    dealer = build(database)
    ids = _seed(database, dealer)
    assert service_log.list_entries(database, PageRequest(filters={"overdue": "any"}), NOW).total == 3
    assert service_log.find_customers_and_units(database, "李秀英").customers[0].id == dealer.li
    assert service_log.create_claim_from_entry(database, CLERK, ids["a"], now=NOW).number == "SB2026-000001"
    assert service_log.create_paid_order_from_entry(database, CLERK, ids["a"], now=NOW).number == "YC2026-00001"
