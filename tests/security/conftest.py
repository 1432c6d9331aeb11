"""A dealer's users for the security tests: a service manager and a clerk, on both backends."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.domain.actors import SYSTEM, Actor
from app.domain.enums import Role
from app.services.setup.accounts import NewUser, create_user


@dataclass(frozen=True)
class Staff:
    manager: Actor
    clerk: Actor


def actor_of(record) -> Actor:  # type: ignore[no-untyped-def]
    return Actor(user_id=record.id, login=record.login, name=record.name, role=record.role)


@pytest.fixture
def staff(database) -> Staff:  # type: ignore[no-untyped-def]
    manager = create_user(database, SYSTEM, NewUser("zhang.wei", "张伟", Role.MANAGER))
    clerk = create_user(database, actor_of(manager), NewUser("li.na", "李娜", Role.CLERK))
    return Staff(manager=actor_of(manager), clerk=actor_of(clerk))
