"""`warrantydesk archive`: copy old, closed warranty claims into a read-only archive database.

Errors end as one line on stderr through app.cli's _run, like every other command.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys

EXIT_OK = 0  # as app.cli


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from app.cli import _date

    archive = commands.add_parser(
        "archive", help="copy old, closed claims into a read-only archive database",
        description="Copy the closed warranty claims (settled, rejected, reworked, cancelled) repaired before DATE "
                    "into a new SQLite archive file, with their lines, attachments, settlement lines, old parts, "
                    "events and every record they refer to. DATE must be at least 5 years back: records are kept "
                    "5 years. Nothing is removed from the working database. Open the archive with "
                    "`warrantydesk --db sqlite:///FILE` (it opens read-only).")
    archive.add_argument("--before", metavar="DATE", type=_date,
                         help="claims repaired before this day, YYYY-MM-DD (default: 5 years before today)")
    archive.add_argument("--out", metavar="FILE.sqlite3", required=True, help="the new archive file")
    archive.set_defaults(handler=cmd_archive)


def cmd_archive(args: argparse.Namespace) -> int:
    from app.cli import _command_line_actor
    from app.services.archive import archive_claims, latest_cutoff
    from app.services.database import Database

    before = args.before or latest_cutoff(dt.date.today())
    db = Database.open(args.db)
    try:
        result = archive_claims(db, _command_line_actor(), before, args.out,
                                progress=lambda text, done, total: _progress(text, done, total))
    finally:
        db.close()
    counts = result.row_counts
    print(f"archive written to {result.path} (read-only): {result.info.claims:,} claims repaired before "
          f"{before.isoformat()}, {counts.get('old_parts', 0):,} old parts, {counts.get('units', 0):,} units; "
          "nothing was removed from the working database")
    return EXIT_OK


_last: list[str] = []


def _progress(text: str, done: int, total: int) -> None:
    if not _last or _last[-1] != text:  # one line per step, not one per chunk
        _last.append(text)
        print(f"archive: {text}…", file=sys.stderr, flush=True)
