"""Passwords are stored as slow salted scrypt hashes, and sign-in decides who acts once it is turned on."""
from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from app.db.models import AuditEntry
from app.domain import passwords
from app.domain.actors import PermissionDenied
from app.domain.enums import Role
from app.domain.errors import ValidationError
from app.services import passwords as sign_in
from app.services.cards import acting_user
from app.services.setup.accounts import all_users


def test_a_hash_carries_its_parameters_and_a_fresh_salt() -> None:
    first, second = passwords.hash_password("麦收前换皮带"), passwords.hash_password("麦收前换皮带")
    scheme, n, r, p, salt, key = first.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
    assert first != second and salt != second.split("$")[4]  # a new salt each time
    assert passwords.verify_password("麦收前换皮带", first) and passwords.verify_password("麦收前换皮带", second)
    assert not passwords.verify_password("麦收前换皮", first)
    assert "麦收" not in first


@pytest.mark.parametrize("stored", [None, "", "plain", "scrypt$16384$8$1$!!$??", "md5$1$1$1$AA==$AA==",
                                    "scrypt$3$8$1$AAAA$AAAA", "scrypt$1073741824$8$1$AAAA$AAAA"])
def test_a_missing_or_malformed_hash_never_matches(stored: str | None) -> None:
    assert not passwords.verify_password("secret", stored)


def test_a_check_is_slow_enough_to_make_guessing_expensive() -> None:
    stored = passwords.hash_password("secret1")
    started = time.perf_counter()
    passwords.verify_password("secret1", stored)
    assert time.perf_counter() - started > 0.02  # about 50–100 ms on an office PC


def test_weaker_parameters_are_recognised_for_rehashing() -> None:
    assert passwords.needs_rehash(passwords.hash_password("secret1", n=2**10))
    assert not passwords.needs_rehash(passwords.hash_password("secret1"))


def test_short_passwords_are_refused() -> None:
    with pytest.raises(ValidationError, match="at least 6"):
        passwords.check_strength("12345")
    with pytest.raises(ValidationError, match="spaces"):
        passwords.check_strength("       ")


def test_own_password_needs_the_old_one_and_a_manager_resets_anyones(database, staff) -> None:
    # GIVEN a clerk who sets a first password (no old one yet)
    sign_in.set_password(database, staff.clerk, staff.clerk.user_id, "first-pass")
    # WHEN she changes it with a wrong old password THEN it is refused and the old one still works
    with pytest.raises(PermissionDenied, match="old password is wrong"):
        sign_in.set_password(database, staff.clerk, staff.clerk.user_id, "second-pass", old_password="nope!!")
    sign_in.set_password(database, staff.clerk, staff.clerk.user_id, "second-pass", old_password="first-pass")
    # AND a clerk cannot set the manager's password, but the manager resets hers without the old one
    with pytest.raises(PermissionDenied):
        sign_in.set_password(database, staff.clerk, staff.manager.user_id, "taken-over")
    sign_in.set_password(database, staff.manager, staff.clerk.user_id, "reset-pass")
    assert {u.login: u.has_password for u in all_users(database)} == {"zhang.wei": False, "li.na": True}
    with database.sessions() as s:
        trail = s.scalars(select(AuditEntry).where(AuditEntry.entity == "user", AuditEntry.field == "password",
                                                   AuditEntry.entity_id == staff.clerk.user_id)).all()
    assert len(trail) == 3 and all("scrypt" not in f"{e.old_value}{e.new_value}" for e in trail)


def test_sign_in_needs_the_managers_own_password_first(database, staff) -> None:
    with pytest.raises(PermissionDenied):
        sign_in.set_sign_in_required(database, staff.clerk, True)
    with pytest.raises(ValidationError, match="your own password first"):
        sign_in.set_sign_in_required(database, staff.manager, True)
    assert not sign_in.sign_in_required(database)
    sign_in.set_password(database, staff.manager, staff.manager.user_id, "manager-pass")
    state = sign_in.set_sign_in_required(database, staff.manager, True)
    assert state.required and state.users_without_password == ("李娜",)
    assert acting_user(database).login == "zhang.wei"  # the manager who turned it on stays signed in here


def test_once_on_only_the_signed_in_user_acts(database, staff) -> None:
    sign_in.set_password(database, staff.manager, staff.manager.user_id, "manager-pass")
    sign_in.set_password(database, staff.manager, staff.clerk.user_id, "clerk-pass")
    sign_in.set_sign_in_required(database, staff.manager, True)
    sign_in.sign_out(database)
    # Another workstation's choice of user in Settings no longer counts: nobody signed in, nobody acts.
    database.user_login = "zhang.wei"
    with pytest.raises(PermissionDenied, match="sign in first"):
        acting_user(database)
    with pytest.raises(sign_in.SignInFailed, match="wrong login or password"):
        sign_in.sign_in(database, "li.na", "manager-pass")
    with pytest.raises(sign_in.SignInFailed, match="wrong login or password"):
        sign_in.sign_in(database, "nobody", "clerk-pass")
    actor = sign_in.sign_in(database, " LI.NA ", "clerk-pass")
    assert (actor.login, actor.role) == ("li.na", Role.CLERK)
    assert acting_user(database) == actor
    sign_in.sign_out(database)
    with pytest.raises(PermissionDenied):
        acting_user(database)
    # Turned off again: behaviour as before sign-in existed.
    sign_in.sign_in(database, "zhang.wei", "manager-pass")
    sign_in.set_sign_in_required(database, staff.manager, False)
    sign_in.sign_out(database)
    assert acting_user(database).login == "zhang.wei"


def test_a_user_without_password_is_told_why(database, staff) -> None:
    sign_in.set_password(database, staff.manager, staff.manager.user_id, "manager-pass")
    sign_in.set_sign_in_required(database, staff.manager, True)
    with pytest.raises(sign_in.SignInFailed, match="李娜 has no password yet"):
        sign_in.sign_in(database, "li.na", "anything")


def test_repeated_failures_lock_the_login_for_a_while(database, staff, monkeypatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(sign_in, "_clock", lambda: now[0])
    monkeypatch.setattr(passwords, "N", 2**10)  # keep the test quick; the lock is what is tested
    sign_in.set_password(database, staff.manager, staff.clerk.user_id, "clerk-pass")
    for _ in range(sign_in.MAX_FAILURES - 1):
        with pytest.raises(sign_in.SignInFailed, match="wrong login"):
            sign_in.sign_in(database, "li.na", "guess-one")
    with pytest.raises(sign_in.SignInFailed, match="try again in 60 seconds"):
        sign_in.sign_in(database, "li.na", "guess-two")
    with pytest.raises(sign_in.SignInFailed, match="too many wrong passwords"):
        sign_in.sign_in(database, "li.na", "clerk-pass")  # even the right one, while locked
    now[0] += sign_in.LOCK_SECONDS + 1
    assert sign_in.sign_in(database, "li.na", "clerk-pass").login == "li.na"


def test_a_deactivated_user_loses_the_session(database, staff) -> None:
    from app.services.setup.accounts import deactivate_user

    sign_in.set_password(database, staff.manager, staff.manager.user_id, "manager-pass")
    sign_in.set_password(database, staff.manager, staff.clerk.user_id, "clerk-pass")
    sign_in.set_sign_in_required(database, staff.manager, True)
    sign_in.sign_in(database, "li.na", "clerk-pass")
    deactivate_user(database, staff.manager, staff.clerk.user_id)
    with pytest.raises(PermissionDenied):
        acting_user(database)
    with pytest.raises(sign_in.SignInFailed):
        sign_in.sign_in(database, "li.na", "clerk-pass")


def test_a_weaker_hash_is_replaced_at_the_next_sign_in(database, staff) -> None:
    from app.db.models import User

    with database.sessions.begin() as s:
        s.get(User, staff.clerk.user_id).password_hash = passwords.hash_password("clerk-pass", n=2**10)
    sign_in.sign_in(database, "li.na", "clerk-pass")
    with database.sessions() as s:
        stored = s.get(User, staff.clerk.user_id).password_hash
    assert stored.startswith(f"scrypt${passwords.N}$") and passwords.verify_password("clerk-pass", stored)
