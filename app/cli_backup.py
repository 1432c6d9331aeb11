"""Headless backup and restore of the embedded SQLite database: `warrantydesk backup` and `warrantydesk restore`."""
from __future__ import annotations

import argparse
from pathlib import Path

EXIT_OK = 0  # as app.cli


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser(
        "backup", help="write a checked copy of the database (SQLite)",
        description="Write a consistent copy of the SQLite database (SQLite's online backup API, safe while the "
                    "app is running), check it, and keep it under the name given. On PostgreSQL, says how to "
                    "back up with the server's own tools.")
    backup.add_argument("--out", metavar="FILE.sqlite3", required=True, help="where to write the backup")
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser(
        "restore", help="replace the database with a backup, after checking the backup",
        description="Check the backup (a SQLite file, intact, a schema this program knows and not newer), then "
                    "set the current database aside as <name>.replaced-<time>.sqlite3 and put the backup in its "
                    "place. Close the app on every workstation first. Nothing is replaced if the check fails.")
    restore.add_argument("file", metavar="FILE.sqlite3", help="the backup to restore")
    restore.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from app.services.backups import backup_database
    from app.services.database import Database

    out = Path(args.out)
    db = Database.open(args.db)
    try:
        info = backup_database(db, out.parent if str(out.parent) else Path("."), name=out.name)
    finally:
        db.close()
    print(f"backup written to {info.path}: {info.size:,} bytes, schema {info.schema_revision}, "
          f"{info.units:,} units, {info.claims:,} claims")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services.backups import database_file, inspect_backup, restore_database

    target = database_file(args.db)
    info = inspect_backup(args.file)
    aside = restore_database(target, info.path)
    kept = f"; the replaced database is kept as {aside}" if aside else ""
    print(f"restored {info.path.name} ({info.units:,} units, {info.claims:,} claims) to {target}{kept}")
    return EXIT_OK
