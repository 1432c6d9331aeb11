"""Importing the manufacturer's Excel files: models, parts (price list), customers, units sold, stock.

All or nothing: the whole file is read and checked first, every problem collected (row and column
as Excel shows them, the value and the reason); one problem and ImportRefused is raised with the
complete list and the database is left as it was. A clean file is written in one transaction and
recorded as an ImportRun.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.db.models import ImportRun
from app.domain.actors import SYSTEM, Actor
from app.domain.errors import ValidationError
from app.reports.excel import (
    KINDS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    ImportRefused,
    Problem,
    ProblemCode,
    read_sheet,
    spec_for,
    write_template,
)
from app.services import shared_settings
from app.services.database import Database
from app.services.imports import customers, models, parts, stock, units
from app.services.imports.common import Context, Counts

__all__ = [
    "KINDS",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "ImportRefused",
    "ImportResult",
    "Problem",
    "ProblemCode",
    "Progress",
    "import_file",
    "save_template",
]

Progress = Callable[[str, int, int], None]  # stage ("reading", "checking", "writing"), done, expected (0: unknown)


@dataclass(frozen=True)
class ImportResult:
    kind: str
    file_name: str
    rows: int
    created: int
    updated: int
    unchanged: int
    prices_changed: int  # parts whose price changed (history kept)
    movements: int  # stock movements written
    run_id: int
    seconds: float
    warnings: tuple[Any, ...] = ()  # rows imported with a warning (models: models.TermsWarning)

    def summary(self) -> str:
        """One line, for the command line and the log."""
        pieces = [f"{self.created:,} added", f"{self.updated:,} updated"]
        if self.unchanged:
            pieces.append(f"{self.unchanged:,} unchanged")
        if self.prices_changed:
            pieces.append(f"{self.prices_changed:,} prices changed (old prices kept as history)")
        if self.movements:
            pieces.append(f"{self.movements:,} stock movements")
        if self.warnings:
            pieces.append(f"{len(self.warnings):,} models without a product class or below the statutory floor "
                          f"(the floor applies)")
        return (f"{self.file_name}: {self.rows:,} {self.kind} rows imported in {self.seconds:.1f} s "
                f"({', '.join(pieces)})")


def save_template(kind: str, path: str | Path) -> Path:
    """Write the empty template for `kind` to `path` (an .xlsx file)."""
    target = Path(path)
    _check_kind(kind)
    try:
        return write_template(kind, target)
    except OSError as exc:
        raise ValidationError(f"cannot write {target}: {exc.strerror or exc}") from exc


def import_file(db: Database, kind: str, path: str | Path, *, actor: Actor = SYSTEM, today: dt.date | None = None,
                max_bytes: int = MAX_FILE_BYTES, max_rows: int = MAX_ROWS,
                progress: Progress | None = None) -> ImportResult:
    """Import `path` as `kind`, all or nothing. Raises ImportRefused listing every problem."""
    started = time.monotonic()
    _check_kind(kind)
    spec = spec_for(kind)
    report = progress or (lambda stage, done, total: None)
    sheet = read_sheet(path, spec, max_bytes=max_bytes, max_rows=max_rows, progress=report)
    digest = _sha256(Path(path))
    day = today or dt.date.today()
    deadline = shared_settings.get(db, shared_settings.CARD_DEADLINE_DAYS) if kind == "units" else 0
    now = dt.datetime.now(dt.UTC)
    with db.translated_errors(), db.sessions.begin() as s:
        ctx = Context(s, sheet, day, now, actor, lambda stage: report(stage, 0, 0))
        counts = _IMPORTERS[kind](ctx, deadline)
        run = ImportRun(kind=kind, file_name=sheet.file_name[:255], sha256=digest, row_count=len(sheet.rows),
                        imported_at=now, user_name=actor.name[:100])
        s.add(run)
        s.flush()
        run_id = run.id
    return ImportResult(kind=kind, file_name=sheet.file_name, rows=len(sheet.rows), created=counts.created,
                        updated=counts.updated, unchanged=counts.unchanged, prices_changed=counts.prices_changed,
                        movements=counts.movements, run_id=run_id, seconds=time.monotonic() - started,
                        warnings=counts.warnings)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError(f"unknown kind of import {kind!r}; one of {', '.join(KINDS)}")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


_IMPORTERS: dict[str, Callable[[Context, int], Counts]] = {
    "models": lambda ctx, _deadline: models.apply(ctx),
    "parts": lambda ctx, _deadline: parts.apply(ctx),
    "customers": lambda ctx, _deadline: customers.apply(ctx),
    "units": lambda ctx, deadline: units.apply(ctx, deadline_days=deadline),
    "stock": lambda ctx, _deadline: stock.apply(ctx),
}
