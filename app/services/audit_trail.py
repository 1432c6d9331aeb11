"""Rows of the audit trail (who changed what), written inside the changing transaction."""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.db.models import AuditEntry
from app.domain.actors import Actor


def write_audit(s: Session, actor: Actor, entity: str, entity_id: int, action: str, field: str = "",
                old: object = None, new: object = None, *, at: dt.datetime | None = None) -> None:
    """One row: action is create, update (one per changed field) or transition (status changes)."""
    s.add(AuditEntry(at=at or dt.datetime.now(dt.UTC), user_id=actor.user_id, user_name=actor.name, entity=entity,
                     entity_id=entity_id, action=action, field=field, old_value=_text(old), new_value=_text(new)))


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat(timespec="seconds")
    return str(value)
