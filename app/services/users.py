"""The dealer's users, as the Settings page offers them for "who works at this workstation"."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.db.models import User
from app.domain.enums import Role
from app.services.database import Database


@dataclass(frozen=True)
class UserChoice:
    login: str
    name: str
    role: Role


def list_users(db: Database) -> list[UserChoice]:
    with db.translated_errors(), db.sessions() as s:
        return [UserChoice(u.login, u.display_name, u.role)
                for u in s.scalars(select(User).where(User.active.is_(True)).order_by(User.display_name))]
