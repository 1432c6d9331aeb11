"""Moving the SQLite database to another folder (a bigger disk, a folder that is backed up).

The copy is written with the backup machinery (SQLite's online backup API, then an integrity and schema
check, then the final name), so it is consistent even while this workstation keeps writing. The old file
is left where it was: the clerk restarts, works on the new one, and removes the old one when satisfied.
Which file a workstation opens is a per-workstation setting (app.settings.DATABASE_LOCATION), read at
start; --db and $WARRANTYDESK_DB still win over it.
"""
from __future__ import annotations

import os
from pathlib import Path

from app.db.engine import ENV_VAR, sqlite_path
from app.domain.errors import DatabaseUnreachable, ValidationError
from app.services.backups import BackupInfo, backup_database, postgres_advice
from app.services.database import Database


def move_database(db: Database, target: Path | str) -> BackupInfo:
    """Copy the open SQLite database to `target` (a new file) and check the copy; returns what it holds."""
    source = sqlite_path(db.url)
    if source is None:
        raise ValidationError("this database is on a PostgreSQL server, which keeps it: " + postgres_advice(db.url))
    destination = Path(target).expanduser()
    if destination.is_dir():  # a folder was chosen: the file keeps its name there
        destination = destination / source.name
    destination = destination.resolve()
    if destination == source.resolve():
        raise ValidationError("the database is already there")
    if destination.exists():
        raise ValidationError(f"{destination} already exists; choose a new file name (nothing is overwritten)")
    if not destination.parent.is_dir():
        raise ValidationError(f"the folder {destination.parent} does not exist")
    if not os.access(destination.parent, os.W_OK | os.X_OK):
        raise ValidationError(f"you may not write in the folder {destination.parent}")
    return backup_database(db, destination.parent, name=destination.name)


def sqlite_file(db: Database) -> Path | None:
    """The file of an embedded database, or None on a PostgreSQL server."""
    return sqlite_path(db.url)


def database_for_start(explicit: str | None, stored_location: str) -> str | None:
    """The database the app opens: --db, else $WARRANTYDESK_DB, else the file chosen in Settings (after a
    move), else None (the default file). A chosen file that has gone missing is reported, not silently
    replaced by a new empty database."""
    if explicit or os.environ.get(ENV_VAR) or not stored_location:
        return explicit
    path = Path(stored_location)
    if not path.is_file():
        raise DatabaseUnreachable(
            f"the database chosen in Settings, {path}, is missing: put the file back (or its disk), or start "
            "WarrantyDesk with --db sqlite:///PATH to open another one")
    return f"sqlite:///{path}"
