"""Who runs a command line command that changes data (app.cli._command_line_actor).

`warrantydesk --user LOGIN COMMAND …`: once a service manager has turned sign-in on, commands that change
data need the login and its password, from $WARRANTYDESK_PASSWORD or typed when asked (never an argument:
it would show in the process list and the shell history). While sign-in is off, --user names who acts
without a password (as choosing a user in Settings), and without it the workstation's default user acts.
"""
from __future__ import annotations

import getpass
import os
import sys
from typing import TYPE_CHECKING

from app.domain.actors import Actor
from app.domain.enums import Role
from app.domain.errors import ValidationError

if TYPE_CHECKING:  # the database layer is imported when a command needs it, as in app/cli.py
    from app.services.database import Database

PASSWORD_ENV = "WARRANTYDESK_PASSWORD"
USER_HELP = ("who runs a command that changes data (the audit trail names them; manager-only commands need a "
             "service manager). Once sign-in is turned on it is required, with the password in "
             f"${PASSWORD_ENV} or typed when asked; while it is off the default is the first active service manager")
invocation: dict[str, str | None] = {}  # --db and --user of this run, set by app.cli.main


def command_line_actor(db: Database | None = None) -> Actor:
    from app.services.cards import acting_user
    from app.services.database import Database
    from app.services.passwords import command_line_actor as named_actor

    if db is None and "db" in invocation:  # the command's own connection is not at hand: a short second one
        opened = Database.open(invocation["db"])
        try:
            return command_line_actor(opened)
        finally:
            opened.close()
    if db is not None:
        return named_actor(db, invocation.get("user"), _password) or acting_user(db)
    try:  # not started through app.cli.main(): recorded under the operating-system login
        login = getpass.getuser()
    except (KeyError, OSError):
        login = "command line"
    return Actor(user_id=None, login=login, name=login, role=Role.CLERK)


def _password() -> str:
    if PASSWORD_ENV in os.environ:
        return os.environ[PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise ValidationError(f"sign-in is turned on: put the password in ${PASSWORD_ENV} or run in a terminal")
    return getpass.getpass(f"password for {invocation.get('user')}: ")
