"""What a support call needs to know about this installation: version, database, folders, components."""
from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy

from app import __version__, paths
from app.db import migrate
from app.services.database import Database


@dataclass(frozen=True)
class SystemInfo:
    version: str
    database_location: str  # a SQLite file's path, or the server URL without its password
    database_backend: str  # "sqlite" or "postgresql"
    schema_revision: str  # the Alembic revision this program brings databases to
    data_folder: Path
    log_folder: Path
    default_backup_folder: Path  # a workstation may choose another one in Settings
    python_version: str
    sqlalchemy_version: str
    operating_system: str
    bundled: bool  # the installed program (a frozen bundle), not a source checkout


def system_info(database: Database) -> SystemInfo:
    """Reads nothing from the database itself: an open Database is always at the program's schema."""
    return SystemInfo(
        version=__version__,
        database_location=database.location,
        database_backend=database.backend,
        schema_revision=migrate.head_revision(),
        data_folder=paths.data_dir(),
        log_folder=paths.log_dir(),
        default_backup_folder=paths.backup_dir(),
        python_version=platform.python_version(),
        sqlalchemy_version=sqlalchemy.__version__,
        operating_system=platform.platform(terse=True),
        bundled=bool(getattr(sys, "frozen", False)),
    )
