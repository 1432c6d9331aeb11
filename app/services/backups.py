"""Backups of the embedded SQLite database, and restoring one.

A backup is written with SQLite's online backup API (a consistent copy even while the app writes), to a
temporary name in the backup folder, checked (integrity, schema version) and only then given its real
name; the automatic ones rotate, keeping the newest `keep`. A restore first checks the file it is given
— a SQLite database, intact, a WarrantyDesk schema this program knows and not newer — then sets the
current database aside under a "replaced" name and copies the backup into place; nothing is replaced
when the check fails. On PostgreSQL the server's own tools back up; `postgres_advice` says how.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from app import paths
from app.db import migrate
from app.db.engine import resolve_url, sqlite_path
from app.domain.errors import DatabaseError, ValidationError
from app.services.database import Database

PREFIX = "warrantydesk-"
AUTO_NAME = re.compile(r"^warrantydesk-(\d{8}-\d{6})(?:-\d+)?\.sqlite3$")
DEFAULT_KEEP = 14


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    schema_revision: str
    units: int
    claims: int


def _stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).strftime("%Y%m%d-%H%M%S")


def _sqlite_file(db: Database) -> Path:
    path = sqlite_path(db.url)
    if path is None:
        raise ValidationError("this database is on a PostgreSQL server: " + postgres_advice(db.url))
    return path


def postgres_advice(url: URL) -> str:
    """How to back up and restore a PostgreSQL database with the server's own tools."""
    name = url.database or "warrantydesk"
    host = f" -h {url.host}" if url.host else ""
    port = f" -p {url.port}" if url.port else ""
    user = f" -U {url.username}" if url.username else ""
    return (f"back it up with the server's tools, e.g. pg_dump -Fc{host}{port}{user} -f {name}.dump {name} "
            f"(nightly, from the server's scheduler), and restore with pg_restore -c{host}{port}{user} -d {name} "
            f"{name}.dump after stopping every workstation")


def backup_database(db: Database, folder: Path | str, *, now: dt.datetime | None = None,
                    name: str | None = None) -> BackupInfo:
    """Write a checked copy of the SQLite database into `folder` (created if missing); returns what it holds."""
    source_path = _sqlite_file(db)
    target_dir = Path(folder)
    stamp = _stamp(now or dt.datetime.now(dt.UTC))
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        final = target_dir / (name or f"{PREFIX}{stamp}.sqlite3")
        counter = 1
        while final.exists() and name is None:  # two backups in one second: both kept
            final = target_dir / f"{PREFIX}{stamp}-{counter}.sqlite3"
            counter += 1
        partial = final.with_name(f".{final.name}.partial")
        _copy(source_path, partial)
        try:
            info = inspect_backup(partial)
            os.replace(partial, final)
        finally:
            partial.unlink(missing_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot write the backup in {target_dir}: {exc.strerror or exc}") from exc
    return BackupInfo(final, info.size, info.schema_revision, info.units, info.claims)


def _copy(source: Path, target: Path) -> None:
    """SQLite's online backup API: a consistent snapshot even while another connection writes."""
    target.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        dest = sqlite3.connect(str(target))
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file, no -wal beside it
        finally:
            dest.close()
    except sqlite3.Error as exc:
        raise DatabaseError(f"the backup could not be written: {exc}") from exc
    finally:
        src.close()


def inspect_backup(path: Path | str) -> BackupInfo:
    """Check a backup file without changing it: a SQLite database, intact, with a schema this program knows
    and not newer than its own. Raises DatabaseError saying what is wrong."""
    file = Path(path)
    if not file.is_file():
        raise DatabaseError(f"no backup file at {file}")
    with file.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise DatabaseError(f"{file.name} is not a SQLite database file")
    try:
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{file.name} cannot be opened: {exc}") from exc
    # A damaged file's text (the integrity check quotes it) need not be UTF-8: read it, do not trip on it.
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()
        if not result or result[0] != "ok":
            raise DatabaseError(f"{file.name} is damaged: {result[0] if result else 'no answer'}")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if migrate.VERSION_TABLE not in tables or "warranty_claims" not in tables:
            raise DatabaseError(f"{file.name} is not a WarrantyDesk database")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()  # migrate.VERSION_TABLE
        revision = row[0] if row else ""
        known = migrate.known_revisions()
        if revision not in known:
            raise DatabaseError(f"{file.name} was written by a newer WarrantyDesk (schema {revision}); "
                                "update the program before restoring it")
        units = int(conn.execute("SELECT count(*) FROM units").fetchone()[0])
        claims = int(conn.execute("SELECT count(*) FROM warranty_claims").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{file.name} is damaged: {exc}") from exc
    finally:
        conn.close()
    return BackupInfo(file, file.stat().st_size, revision, units, claims)


def automatic_backups(folder: Path | str) -> list[Path]:
    """The automatic backups in `folder`, newest first."""
    directory = Path(folder)
    if not directory.is_dir():
        return []
    found = [p for p in directory.iterdir() if AUTO_NAME.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def rotate(folder: Path | str, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete the oldest automatic backups beyond `keep`; returns those deleted. Other files are left alone."""
    if keep < 1:
        raise ValidationError("keep at least one backup")
    removed = automatic_backups(folder)[keep:]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_due(folder: Path | str, now: dt.datetime, every: dt.timedelta = dt.timedelta(days=1)) -> bool:
    """Whether the newest automatic backup is older than `every` (or there is none)."""
    newest = automatic_backups(folder)
    if not newest:
        return True
    stamp = AUTO_NAME.match(newest[0].name)
    assert stamp is not None
    taken = dt.datetime.strptime(stamp.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)
    return now - taken >= every


def automatic_backup(db: Database, folder: Path | str, *, keep: int = DEFAULT_KEEP,
                     now: dt.datetime | None = None, force: bool = False) -> BackupInfo | None:
    """At start and daily while running: a backup when the last one is a day old (or `force`), then rotate.
    PostgreSQL databases are skipped (None): the server's tools back them up."""
    if sqlite_path(db.url) is None:
        return None
    moment = now or dt.datetime.now(dt.UTC)
    if not force and not backup_due(folder, moment):
        return None
    info = backup_database(db, folder, now=moment)
    rotate(folder, keep)
    return info


def database_file(db_option: str | None) -> Path:
    """The SQLite file a --db option (or the default) names; PostgreSQL is refused with the advice."""
    url = resolve_url(db_option, paths.default_database_path())
    path = sqlite_path(url)
    if path is None:
        raise ValidationError("this database is on a PostgreSQL server: " + postgres_advice(url))
    return path


def restore_database(target: Path | str, backup: Path | str, *, now: dt.datetime | None = None) -> Path | None:
    """Replace the SQLite database at `target` with `backup` after checking it. The database must not be
    open (the app closes it first). Returns where the replaced database was set aside (None if there was
    none). When the check fails nothing is touched."""
    info = inspect_backup(backup)
    current = Path(target)
    aside: Path | None = None
    stamp = _stamp(now or dt.datetime.now(dt.UTC))
    incoming = current.with_name(f".{current.name}.restoring")
    try:
        shutil.copyfile(info.path, incoming)
        with open(incoming, "rb+") as handle:
            os.fsync(handle.fileno())
        if current.exists():
            aside = current.with_name(f"{current.stem}.replaced-{stamp}{current.suffix}")
            _copy(current, aside)  # a consistent copy, -wal included
            for suffix in ("-wal", "-shm"):
                Path(f"{current}{suffix}").unlink(missing_ok=True)
        os.replace(incoming, current)
    except OSError as exc:
        raise DatabaseError(f"the database could not be restored: {exc.strerror or exc}") from exc
    finally:
        incoming.unlink(missing_ok=True)
    return aside
