"""The Dashboard's counts and action lists against a small dealer where every number is known."""
from __future__ import annotations

import datetime as dt

import pytest

from app.domain.enums import ServiceChannel
from app.domain.errors import ValidationError
from app.services import overview as ov
from app.services.paging import PageRequest
from tests.services.service_log_data import NOW, TODAY, action_dealer, at


def test_every_count_on_the_dashboard(database) -> None:  # type: ignore[no-untyped-def]
    action_dealer(database)
    o = ov.overview(database, TODAY, NOW)
    assert (o.units, o.customers, o.claims) == (10, 3, 0)
    assert o.cards_due_soon == 2
    assert o.cards_late == 2
    assert o.open_service_entries == 4  # a, b, c, d
    assert o.arrange_overdue == 2  # b (3 h), d (100 h)
    assert o.close_overdue == 2  # c (80 h, arranged), d
    assert o.follow_ups_due == 1  # e's
    assert o.maintenance_due == 1  # M-SOON
    assert (o.arrange_target_hours, o.close_target_hours) == (2, 72)
    assert [o.action_count(key) for key in ov.ACTION_LISTS] == [2, 2, 2, 2, 1, 1]
    # Tomorrow f's call is not due yet, but on the 13th it is; and an hour from now a is still fine
    assert ov.overview(database, dt.date(2026, 3, 13), NOW).follow_ups_due == 2
    assert ov.overview(database, TODAY, NOW + dt.timedelta(hours=1)).arrange_overdue == 2
    assert ov.overview(database, TODAY, NOW + dt.timedelta(hours=2)).arrange_overdue == 3


def test_each_action_list_shows_its_rows_most_pressing_first(database) -> None:  # type: ignore[no-untyped-def]
    dealer, ids = action_dealer(database)

    def rows(key: str, **request):  # type: ignore[no-untyped-def]
        page = ov.action_rows(database, key, PageRequest(**request), today=TODAY, now=NOW)
        return page

    due_soon = rows(ov.CARDS_DUE_SOON)
    assert [(r.serial_no, r.due_date, r.days_late(TODAY)) for r in due_soon.rows] == [
        ("C-TODAY", TODAY, 0), ("C-SOON", TODAY + dt.timedelta(days=3), -3)]
    assert due_soon.rows[0].customer_name == "李秀英" and due_soon.rows[0].phone == "13900000002"
    late = rows(ov.CARDS_LATE)
    assert [(r.serial_no, r.days_late(TODAY)) for r in late.rows] == [("C-LATE2", 1), ("LX904-0003", 140)]
    assert late.rows[1].unit_id == dealer.unit_late and late.rows[1].model_name == "东方红 LX904"

    arrange = rows(ov.ARRANGE_OVERDUE)
    assert [r.entry_id for r in arrange.rows] == [ids["d"], ids["b"]]  # longest waiting first
    assert arrange.rows[1].due_at == at(1) and arrange.rows[1].number == "FW2026-000002"
    assert arrange.rows[0].kind == ServiceChannel.COMPLAINT
    close = rows(ov.CLOSE_OVERDUE)
    assert [r.entry_id for r in close.rows] == [ids["d"], ids["c"]]
    assert close.rows[1].due_at == at(8)  # received 80 h ago, target 72 h

    calls = rows(ov.FOLLOW_UPS_DUE)
    assert [(r.entry_id, r.due_date, r.kind, r.customer_name) for r in calls.rows] == [
        (ids["e"], dt.date(2026, 3, 9), "call", "王建国")]
    assert calls.rows[0].follow_up_id is not None
    service = rows(ov.MAINTENANCE_DUE)
    assert [(r.serial_no, r.due_date, r.by_hours) for r in service.rows] == [("M-SOON", dt.date(2026, 3, 14), False)]

    # Paged in SQL: the total stays, the rows are the asked slice
    second = rows(ov.CLOSE_OVERDUE, offset=1, limit=1)
    assert (second.total, [r.entry_id for r in second.rows]) == (2, [ids["c"]])
    with pytest.raises(ValidationError):
        rows("nonsense")


def test_an_empty_database_has_nothing_to_do(database) -> None:  # type: ignore[no-untyped-def]
    o = ov.overview(database, TODAY, NOW)
    assert [o.action_count(key) for key in ov.ACTION_LISTS] == [0] * 6
    assert o.dealer_name == "" and o.units == 0
    for key in ov.ACTION_LISTS:
        assert ov.action_rows(database, key, PageRequest(), today=TODAY, now=NOW).total == 0
