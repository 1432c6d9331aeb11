"""Setting up and configuring a dealer's database: first run, the dealer profile, users and roles, the
warranty rules, and moving the database file."""
from __future__ import annotations

from app.services.setup.accounts import (
    MANAGING_ROLES,
    NewUser,
    UserRecord,
    all_users,
    check_new_user,
    create_user,
    deactivate_user,
    update_user,
)
from app.services.setup.dealer import (
    DealerProfileData,
    check_dealer_profile,
    dealer_profile,
    is_first_run,
    read_logo,
    save_dealer_profile,
)
from app.services.setup.first_run import complete_first_run
from app.services.setup.moving import database_for_start, move_database, sqlite_file
from app.services.setup.rules import RULE_KEYS, current_rules, format_return_windows, save_rules

__all__ = [
    "MANAGING_ROLES",
    "RULE_KEYS",
    "DealerProfileData",
    "NewUser",
    "UserRecord",
    "all_users",
    "check_dealer_profile",
    "check_new_user",
    "complete_first_run",
    "create_user",
    "current_rules",
    "database_for_start",
    "deactivate_user",
    "dealer_profile",
    "format_return_windows",
    "is_first_run",
    "move_database",
    "read_logo",
    "save_dealer_profile",
    "save_rules",
    "sqlite_file",
    "update_user",
]
