"""Roles are enforced by the services themselves, not only by disabled buttons: every task reserved to a
service manager refuses a clerk (PermissionDenied) and changes nothing. Both backends."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from app.domain.actors import Actor, PermissionDenied
from app.domain.checks import RuleSetting
from app.domain.enums import Role
from app.services import batches, paid_orders, plans
from app.services import passwords as sign_in
from app.services import shared_settings as keys
from app.services.archive import archive_claims
from app.services.cards import record_card_override
from app.services.claims import approve, put_rule_setting
from app.services.clocks import save_amber_percent
from app.services.old_parts import write_off
from app.services.setup.accounts import NewUser, all_users, create_user, deactivate_user, update_user
from app.services.setup.dealer import DealerProfileData, save_dealer_profile
from app.services.setup.rules import save_rules
from tests.security.conftest import Staff

TODAY = dt.date(2026, 11, 27)
PROFILE = DealerProfileData(dealer_code="D3701", name="济南鲁丰农机服务站")

# What only a service manager may do: (name, the call as the given actor). Ids that do not exist are fine:
# the role is checked before anything is looked up, so a clerk learns nothing either.
MANAGER_ONLY: list[tuple[str, Callable[[Any, Actor, Staff], object]]] = [
    ("approve claims", lambda db, who, staff: approve(db, who, [1], TODAY)),
    ("change a claim check", lambda db, who, staff: put_rule_setting(db, who, "C01", RuleSetting(enabled=False))),
    ("change the warranty rules", lambda db, who, staff: save_rules(db, who, {keys.CARD_DEADLINE_DAYS: 30})),
    ("change the dealer profile", lambda db, who, staff: save_dealer_profile(db, who, PROFILE)),
    ("approve a reserve plan", lambda db, who, staff: plans.approve_plan(db, who, 1)),
    ("override a late card", lambda db, who, staff: record_card_override(db, who, 1, "总部同意", today=TODAY)),
    ("add a user", lambda db, who, staff: create_user(db, who, NewUser("wang.wu", "王五", Role.MANAGER))),
    ("change a user's role", lambda db, who, staff: update_user(db, who, who.user_id, role=Role.MANAGER)),
    ("deactivate a user", lambda db, who, staff: deactivate_user(db, who, staff.manager.user_id)),
    ("reset another's password", lambda db, who, staff: sign_in.set_password(db, who, staff.manager.user_id,
                                                                             "taken-over")),
    ("turn sign-in on", lambda db, who, staff: sign_in.set_sign_in_required(db, who, True)),
    ("turn sign-in off", lambda db, who, staff: sign_in.set_sign_in_required(db, who, False)),
    ("set the paid-service mark-up", lambda db, who, staff: paid_orders.set_markup_percent(db, who, 30)),
    ("choose the batch template", lambda db, who, staff: batches.use_template(db, who, "compact-en")),
    ("write off an old part", lambda db, who, staff: write_off(db, who, "JJ2026-000001", "丢失")),
    ("change the service-clock warning", lambda db, who, staff: save_amber_percent(db, who, 50)),
    ("archive old claims", lambda db, who, staff: archive_claims(db, who, dt.date(2020, 1, 1), "/nonexistent/a.db",
                                                                 today=TODAY)),
]


@pytest.mark.parametrize("task", [name for name, _call in MANAGER_ONLY])
def test_a_clerk_is_refused_by_the_service(database, staff, task) -> None:  # type: ignore[no-untyped-def]
    call = dict(MANAGER_ONLY)[task]
    with pytest.raises(PermissionDenied, match="service manager role"):
        call(database, staff.clerk, staff)


def test_refusals_change_nothing(database, staff) -> None:  # type: ignore[no-untyped-def]
    users = all_users(database)
    for _name, call in MANAGER_ONLY:
        with pytest.raises(PermissionDenied):
            call(database, staff.clerk, staff)
    assert all_users(database) == users
    assert paid_orders.markup_percent(database) == 0
    assert batches.current_template(database).name == batches.load_template("default").name
    assert keys.get(database, keys.CARD_DEADLINE_DAYS) == 20
    assert not sign_in.sign_in_required(database)


def test_a_manager_may_do_what_the_ui_used_to_guard(database, staff) -> None:  # type: ignore[no-untyped-def]
    paid_orders.set_markup_percent(database, staff.manager, 15)
    assert paid_orders.markup_percent(database) == 15
    chosen = batches.use_template(database, staff.manager, "compact-en")
    assert batches.current_template(database).name == chosen.name
    sign_in.set_password(database, staff.manager, staff.clerk.user_id, "clerk-pass")


def test_a_clerk_still_does_a_clerks_work(database, staff) -> None:  # type: ignore[no-untyped-def]
    # Her own password, without a manager.
    sign_in.set_password(database, staff.clerk, staff.clerk.user_id, "own-pass")
    assert {u.login: u.has_password for u in all_users(database)}["li.na"]
