"""Setting up a new database: the dealer profile and the first service manager, together."""
from __future__ import annotations

from sqlalchemy import func, select

from app.db.models import DealerProfile, User
from app.domain.actors import Actor
from app.domain.enums import Role
from app.domain.errors import ValidationError
from app.services.database import Database
from app.services.setup.accounts import MANAGING_ROLES, NewUser, add_user, check_new_user
from app.services.setup.dealer import DealerProfileData, check_dealer_profile, write_profile


def complete_first_run(db: Database, profile: DealerProfileData, first_user: NewUser) -> Actor:
    """Save the dealer profile and the first user (a service manager or administrator) in one transaction,
    recorded under that user's name; returns the user as the actor for what the wizard does next.

    Refused once the database has a profile or users: a second workstation finishing its wizard late must
    not overwrite what the first one set up.
    """
    checked_profile = check_dealer_profile(profile)
    user = check_new_user(first_user)
    if user.role not in MANAGING_ROLES:
        raise ValidationError("the first user must be a service manager, who can then add the others")
    with db.translated_errors(), db.sessions.begin() as s:
        if s.get(DealerProfile, 1) is not None or s.scalar(select(func.count()).select_from(User)):
            raise ValidationError("this database was set up meanwhile (from another workstation); "
                                  "restart WarrantyDesk to use it")
        placeholder = Actor(user_id=None, login=user.login, name=user.name, role=Role(user.role))
        row = add_user(s, placeholder, user)
        actor = Actor(user_id=row.id, login=row.login, name=row.display_name, role=Role(row.role))
        write_profile(s, actor, checked_profile)
    return actor
