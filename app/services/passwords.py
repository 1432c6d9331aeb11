"""Sign-in: passwords, the dealer-wide switch, and who is signed in on this workstation.

While sign-in is off (the default) nothing changes: the workstation's chosen user acts
(app/services/cards.acting_user). Once a service manager turns it on, every workstation asks for a login and
password at start, and the signed-in user is the only one who acts there until they sign out.
"""
from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import SharedSetting, User
from app.domain import passwords
from app.domain.actors import Actor, PermissionDenied
from app.domain.enums import Role
from app.domain.errors import ValidationError, WarrantyDeskError
from app.services.audit_trail import write_audit
from app.services.database import Database
from app.services.shared_settings import SIGN_IN_REQUIRED

log = logging.getLogger(__name__)

MAX_FAILURES = 5  # wrong passwords in a row before the login is locked for a while
LOCK_SECONDS = 60.0
_KEY = SIGN_IN_REQUIRED.key


class SignInFailed(PermissionDenied):
    """Wrong login or password, a locked login, or a user who cannot sign in; the message says which, and
    `reason` ("wrong", "locked", "no_password") with `seconds` or `name` lets the UI say it in its language."""

    def __init__(self, message: str, reason: str, *, seconds: int = 0, name: str = "") -> None:
        super().__init__(message)
        self.reason, self.seconds, self.name = reason, seconds, name


@dataclass(frozen=True)
class SignInState:
    required: bool
    users_without_password: tuple[str, ...]  # active users who could not sign in yet (their names)


@dataclass
class _Failures:
    count: int = 0
    locked_until: float = 0.0


# Per open database (weakly: a closed and dropped Database forgets it): the login signed in on this
# workstation, and wrong-password counts per login. Kept in memory: a restart needs a new sign-in anyway.
_signed_in: weakref.WeakKeyDictionary[Database, str] = weakref.WeakKeyDictionary()
_failures: weakref.WeakKeyDictionary[Database, dict[str, _Failures]] = weakref.WeakKeyDictionary()
_clock: Callable[[], float] = time.monotonic


def sign_in_required(db: Database) -> bool:
    with db.translated_errors(), db.sessions() as s:
        return required_in(s)


def required_in(s: Session) -> bool:
    """Inside a caller's session: whether sign-in is turned on for the dealer."""
    return s.scalar(select(SharedSetting.value).where(SharedSetting.key == _KEY)) == "1"


def sign_in_state(db: Database) -> SignInState:
    with db.translated_errors(), db.sessions() as s:
        missing = s.scalars(select(User.display_name).where(User.active.is_(True), User.password_hash.is_(None))
                            .order_by(User.display_name)).all()
        return SignInState(required=required_in(s), users_without_password=tuple(missing))


def signed_in_login(db: Database) -> str | None:
    """The login signed in on this workstation (None: nobody)."""
    return _signed_in.get(db)


def signed_in_user(s: Session, db: Database) -> User | None:
    """Inside a caller's session: the signed-in user, if still active."""
    login = _signed_in.get(db)
    if login is None:
        return None
    return s.scalar(select(User).where(User.login == login, User.active.is_(True)))


def sign_in(db: Database, login: str, password: str) -> Actor:
    """Check the login and password and make that user the one acting on this workstation.

    Every refusal is SignInFailed. After MAX_FAILURES wrong passwords in a row the login is refused for
    LOCK_SECONDS, even with the right password, so guessing is slow."""
    key = login.strip().lower()
    failures = _failures.setdefault(db, {}).setdefault(key, _Failures())
    wait = failures.locked_until - _clock()
    if wait > 0:
        raise SignInFailed(f"too many wrong passwords for {key}: try again in {int(wait) + 1} seconds", "locked",
                           seconds=int(wait) + 1)
    # Only read: an archive (a read-only database) can be signed in to as well.
    with db.translated_errors(), db.sessions() as s:
        user = s.scalar(select(User).where(func.lower(User.login) == key, User.active.is_(True)))
        stored = user.password_hash if user is not None else None
        actor = _actor(user) if user is not None else None
    if not passwords.verify_password(password, stored):  # as slow for an unknown login as a known one
        if actor is not None and stored is None:
            raise SignInFailed(f"{actor.name} has no password yet: a service manager sets one in Settings > Users",
                               "no_password", name=actor.name)
        failures.count += 1
        log.warning("wrong login or password for %r (%d in a row)", key, failures.count)
        if failures.count >= MAX_FAILURES:
            failures.locked_until = _clock() + LOCK_SECONDS
            failures.count = 0
            raise SignInFailed(f"too many wrong passwords for {key}: try again in {int(LOCK_SECONDS)} seconds",
                               "locked", seconds=int(LOCK_SECONDS))
        raise SignInFailed("wrong login or password", "wrong")
    assert actor is not None and stored is not None
    if passwords.needs_rehash(stored):  # made with weaker parameters: store today's while we have the password
        _rehash(db, actor, stored, password)
    failures.count = 0
    _signed_in[db] = actor.login
    log.info("%s signed in", actor.login)
    return actor


def _rehash(db: Database, actor: Actor, stored: str, password: str) -> None:
    new_hash = passwords.hash_password(password)
    try:
        with db.translated_errors(), db.sessions.begin() as s:
            user = s.get(User, actor.user_id)
            if user is not None and user.password_hash == stored:  # not changed meanwhile elsewhere
                user.password_hash = new_hash
    except WarrantyDeskError as exc:  # a read-only database keeps the old hash; it still checks
        log.info("password of %s not rehashed: %s", actor.login, exc)


def sign_out(db: Database) -> None:
    _signed_in.pop(db, None)


def set_password(db: Database, actor: Actor, user_id: int, new_password: str, *,
                 old_password: str | None = None) -> None:
    """A user's own password (the old one is needed when one is set), or another's, reset by a service
    manager (no old password needed)."""
    passwords.check_strength(new_password)
    own = actor.user_id is not None and actor.user_id == user_id
    if not own:
        actor.require_manager("Setting another user's password")
    new_hash = passwords.hash_password(new_password)  # slow: before the transaction, not inside it
    with db.translated_errors(), db.sessions.begin() as s:
        user = s.scalar(select(User).where(User.id == user_id).with_for_update())
        if user is None:
            raise ValidationError(f"no user with id {user_id}")
        if own and user.password_hash is not None and not passwords.verify_password(old_password or "",
                                                                                   user.password_hash):
            raise PermissionDenied("the old password is wrong; the password was not changed")
        had = user.password_hash is not None
        user.password_hash = new_hash
        # The audit row says that it changed and by whom, never the hash.
        write_audit(s, actor, "user", user.id, "update", "password", "set" if had else None, "changed")


def set_sign_in_required(db: Database, actor: Actor, required: bool) -> SignInState:
    """Turn sign-in on or off for every workstation of the dealer (a service manager's decision).

    Turning it on needs the manager's own password set first, or nobody could sign in to turn it off again;
    the manager stays signed in here. Users without a password are listed: they cannot sign in until one is set.
    """
    actor.require_manager("Turning sign-in on or off")
    with db.translated_errors(), db.sessions.begin() as s:
        if required:
            me = s.get(User, actor.user_id) if actor.user_id is not None else None
            if me is None or not me.active:
                raise ValidationError("sign-in can be turned on only by a service manager who is a user here")
            if me.password_hash is None:
                raise ValidationError("set your own password first (Settings > Users), then turn sign-in on")
        row = s.get(SharedSetting, _KEY)
        old = row is not None and row.value == "1"
        if old != required:
            if row is None:
                s.add(SharedSetting(key=_KEY, value=SIGN_IN_REQUIRED.dump(required)))
            else:
                row.value = SIGN_IN_REQUIRED.dump(required)
            write_audit(s, actor, "setting", 0, "update", _KEY, old, required)
    if required:
        _signed_in[db] = actor.login
    return sign_in_state(db)


def command_line_actor(db: Database, login: str | None, password: Callable[[], str]) -> Actor | None:
    """Who runs a command: with sign-in on, `login` and its password (asked only then) are required;
    with it off, the named active user without a password (as choosing a user in Settings), or None when no
    login is given (the caller then uses the workstation's default user)."""
    if sign_in_required(db):
        if not login:
            raise PermissionDenied("sign-in is turned on: give --user LOGIN, and the password in "
                                   "$WARRANTYDESK_PASSWORD or when asked")
        return sign_in(db, login, password())
    if not login:
        return None
    with db.translated_errors(), db.sessions() as s:
        user = s.scalar(select(User).where(func.lower(User.login) == login.strip().lower(), User.active.is_(True)))
        if user is None:
            raise ValidationError(f"no active user with the login {login}")
        return _actor(user)


def _actor(user: User) -> Actor:
    return Actor(user_id=user.id, login=user.login, name=user.display_name, role=Role(user.role))
