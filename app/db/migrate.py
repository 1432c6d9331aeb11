"""Schema versions: where a database stands against the code, and bringing it up to date."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def script_directory() -> ScriptDirectory:
    """Read once per process: reading compiles every revision file (most of the time of opening a database,
    which asks three times), and the revisions shipped with the program do not change while it runs."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def known_revisions() -> list[str]:
    """Every revision this code knows, oldest first."""
    return [rev.revision for rev in reversed(list(script_directory().walk_revisions()))]


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # None: never stamped
    head: str
    has_tables: bool  # any table at all, ours or not

    @property
    def is_empty(self) -> bool:
        return self.current is None and not self.has_tables

    @property
    def is_foreign(self) -> bool:
        """Tables but no version stamp: some other program's database."""
        return self.current is None and self.has_tables

    @property
    def is_known(self) -> bool:
        return self.current is None or self.current in known_revisions()

    @property
    def needs_upgrade(self) -> bool:
        return self.current != self.head


def schema_state(connection: Connection) -> SchemaState:
    current = MigrationContext.configure(connection).get_current_revision()
    tables = [t for t in inspect(connection).get_table_names() if t != VERSION_TABLE]
    return SchemaState(current=current, head=head_revision(), has_tables=bool(tables))


def upgrade(engine: Engine, target: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), target)
