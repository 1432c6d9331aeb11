"""Which workbook template a batch export uses: one shipped with the app, or the manufacturer's own.

The dealer's choice is a shared setting holding the template's JSON text itself, not a path: every
workstation then exports the same layout, whether or not it can see the file it was chosen from.
"""
from __future__ import annotations

from pathlib import Path

from app.db.models import SharedSetting
from app.domain.actors import Actor
from app.domain.errors import ValidationError
from app.paths import resource
from app.reports.batch.template import MAX_TEMPLATE_BYTES, Template, parse_template
from app.services import shared_settings
from app.services.audit_trail import write_audit
from app.services.database import Database
from app.services.shared_settings import SharedKey

DEFAULT = "default"
BATCH_TEMPLATE = SharedKey("batches/excel_template", "")  # "": the shipped default


def shipped_dir(kind: str = "batch") -> Path:
    """Where the shipped templates of a kind of workbook live: resources/templates/batch, …/plan."""
    return resource("templates", kind)


def shipped_templates(kind: str = "batch") -> dict[str, Path]:
    """Templates shipped with the app, by name (the file name without .json)."""
    return {path.stem: path for path in sorted(shipped_dir(kind).glob("*.json"))}


def template_text(source: Path | str, kind: str = "batch") -> tuple[str, str]:
    """(JSON text, name) of a shipped template given by name, or of a template file given by path."""
    shipped = shipped_templates(kind)
    if isinstance(source, str) and source in shipped:
        path = shipped[source]
    else:
        path = Path(source)
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise ValidationError(f"{path.name} is too big for a template (at most 1 MB)")
        return path.read_text(encoding="utf-8-sig"), path.name
    except FileNotFoundError:
        names = ", ".join(shipped)
        raise ValidationError(f"no template file {source} (shipped templates: {names})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"cannot read the template {path}: {getattr(exc, 'strerror', None) or exc}") from exc


def load_template(source: Path | str) -> Template:
    text, name = template_text(source)
    return parse_template(text, name)


def current_template(db: Database) -> Template:
    """The dealer's chosen template, or the shipped default."""
    stored = shared_settings.get(db, BATCH_TEMPLATE)
    if not stored.strip():
        return load_template(DEFAULT)
    return parse_template(stored, "the dealer's batch template")


def resolve_template(db: Database, override: Path | str | None) -> Template:
    """The template for one export: `override` (a file or a shipped name) when given, else the dealer's."""
    return load_template(override) if override is not None else current_template(db)


def use_template(db: Database, actor: Actor, source: Path | str | None) -> Template:
    """Make `source` (a template file, or a shipped template's name; None: the default) the dealer's template.
    The file is checked first: a template with unknown fields is refused and the old choice kept."""
    actor.require_manager("Choosing the batch template")
    if source is None or source == DEFAULT:
        text, template = "", load_template(DEFAULT)
    else:
        text, name = template_text(source)
        template = parse_template(text, name)
    old = current_template(db).name
    with db.translated_errors(), db.sessions.begin() as s:  # the setting and its audit row in one transaction
        row = s.get(SharedSetting, BATCH_TEMPLATE.key)
        if row is None:
            s.add(SharedSetting(key=BATCH_TEMPLATE.key, value=text))
        else:
            row.value = text
        write_audit(s, actor, "setting", 0, "update", BATCH_TEMPLATE.key, old, template.name)
    return template
