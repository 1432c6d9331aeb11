"""Users and their roles. Service managers and administrators change them; at least one active user with
the service manager's rights (a manager or an administrator) always remains, or nobody could approve
claims or change users again."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import User
from app.domain.actors import Actor
from app.domain.enums import Role
from app.domain.errors import ValidationError
from app.domain.normalize import clean_text
from app.services.audit_trail import write_audit
from app.services.database import Database

MANAGING_ROLES = (Role.MANAGER, Role.ADMIN)
_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")


@dataclass(frozen=True)
class UserRecord:
    id: int
    login: str
    name: str
    role: Role
    active: bool
    has_password: bool = False  # can sign in once sign-in is turned on (app/services/passwords.py)


@dataclass(frozen=True)
class NewUser:
    login: str
    name: str
    role: Role = Role.CLERK


def all_users(db: Database) -> list[UserRecord]:
    """Every user, the inactive ones too (they stay: the audit trail and old claims name them)."""
    with db.translated_errors(), db.sessions() as s:
        return [_record(u) for u in s.scalars(select(User).order_by(User.active.desc(), User.display_name))]


def check_new_user(user: NewUser) -> NewUser:
    """The user as it will be saved (login lower case, name trimmed), or ValidationError."""
    login = clean_text(user.login).lower()
    name = clean_text(user.name)
    if not login:
        raise ValidationError("the login is required")
    if not _LOGIN.match(login):
        raise ValidationError(f"the login {login!r} may hold only letters a–z, digits, '.', '_' and '-' "
                              "(2 to 60, e.g. wang.li)")
    if not name:
        raise ValidationError("the user's name is required")
    if len(name) > 200:
        raise ValidationError("the name is too long (at most 200 characters)")
    return NewUser(login=login, name=name, role=Role(user.role))


def create_user(db: Database, actor: Actor, user: NewUser) -> UserRecord:
    """Add a user. Needs the service manager role, except for the very first user of a new database."""
    checked = check_new_user(user)
    with db.translated_errors(), db.sessions.begin() as s:
        if s.scalar(select(func.count()).select_from(User)):
            actor.require_manager("Adding users")
        row = add_user(s, actor, checked)
        return _record(row)


def add_user(s: Session, actor: Actor, user: NewUser) -> User:
    """Inside the caller's transaction: a checked new user, refused when the login is taken."""
    if s.scalar(select(User.id).where(func.lower(User.login) == user.login)) is not None:
        raise ValidationError(f"the login {user.login} is already taken; choose another")
    row = User(login=user.login, display_name=user.name, role=user.role, active=True)
    s.add(row)
    s.flush()
    write_audit(s, actor, "user", row.id, "create", "", None, f"{user.login} {user.name} ({user.role.value})")
    return row


def update_user(db: Database, actor: Actor, user_id: int, *, name: str | None = None, role: Role | None = None,
                active: bool | None = None) -> UserRecord:
    """Change a user's name, role or whether they are active (None: unchanged)."""
    actor.require_manager("Changing users")
    with db.translated_errors(), db.sessions.begin() as s:
        row = _locked_user(s, user_id)
        changes: dict[str, object] = {}
        if name is not None:
            cleaned = clean_text(name)
            if not cleaned:
                raise ValidationError("the user's name is required")
            if len(cleaned) > 200:
                raise ValidationError("the name is too long (at most 200 characters)")
            changes["display_name"] = cleaned
        if role is not None:
            changes["role"] = Role(role)
        if active is not None:
            changes["active"] = bool(active)
        changes = {k: v for k, v in changes.items() if getattr(row, k) != v}
        if not changes:
            return _record(row)
        still_managing = changes.get("active", row.active) and changes.get("role", row.role) in MANAGING_ROLES
        if row.active and row.role in MANAGING_ROLES and not still_managing:
            _refuse_last_manager(s, row)
        for column, value in changes.items():
            old = getattr(row, column)
            setattr(row, column, value)
            write_audit(s, actor, "user", row.id, "update", column, _plain(old), _plain(value))
        s.flush()
        return _record(row)


def deactivate_user(db: Database, actor: Actor, user_id: int) -> UserRecord:
    """A user who left: kept (old records name them) but no longer offered; the last manager is refused."""
    return update_user(db, actor, user_id, active=False)


def _locked_user(s: Session, user_id: int) -> User:
    row = s.scalar(select(User).where(User.id == user_id).with_for_update())
    if row is None:
        raise ValidationError(f"no user with id {user_id}")
    return row


def _refuse_last_manager(s: Session, leaving: User) -> None:
    # Lock the managers' rows (PostgreSQL; SQLite writes one at a time anyway): two workstations each
    # removing a different manager at the same moment must not leave none.
    others = s.scalars(select(User.id).where(User.active.is_(True), User.role.in_(MANAGING_ROLES),
                                             User.id != leaving.id).with_for_update()).all()
    if not others:
        raise ValidationError(f"{leaving.display_name} is the last active service manager: make another user a "
                              "service manager first, or nobody could approve claims or change users")


def _plain(value: object) -> object:
    return value.value if isinstance(value, Role) else value


def _record(row: User) -> UserRecord:
    return UserRecord(id=row.id, login=row.login, name=row.display_name, role=Role(row.role), active=row.active,
                      has_password=row.password_hash is not None)
