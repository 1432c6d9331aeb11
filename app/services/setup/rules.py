"""The dealer-wide warranty rules and thresholds (app/services/shared_settings.py), changed together from
Settings: one transaction, one audit row per changed value, the service manager role required."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.db.models import SharedSetting
from app.domain.actors import Actor
from app.domain.errors import ValidationError
from app.domain.old_parts import parse_return_windows
from app.services import shared_settings as keys
from app.services.audit_trail import write_audit
from app.services.database import Database
from app.services.shared_settings import SharedKey

# What the Settings page edits, in the order it shows them.
RULE_KEYS: tuple[SharedKey[Any], ...] = (
    keys.CARD_DEADLINE_DAYS, keys.EXTEND_FOR_REPAIRS, keys.ARRANGE_TARGET_HOURS, keys.CLOSE_TARGET_HOURS,
    keys.FOLLOW_UP_AFTER_DAYS, keys.KEY_CUSTOMER_VISIT_MONTHS, keys.PAID_SERVICE_MARKUP_PERCENT,
    keys.RETURN_WINDOWS,
)
# Upper bounds a clerk's typing error would exceed; the lower ones are the keys' own minimums.
MAXIMUM = {keys.CARD_DEADLINE_DAYS.key: 365, keys.ARRANGE_TARGET_HOURS.key: 720, keys.CLOSE_TARGET_HOURS.key: 2160,
           keys.FOLLOW_UP_AFTER_DAYS.key: 90, keys.KEY_CUSTOMER_VISIT_MONTHS.key: 60,
           keys.PAID_SERVICE_MARKUP_PERCENT.key: 100}


def current_rules(db: Database) -> dict[str, Any]:
    """Every rule's value by key (the default where none is stored)."""
    return {key.key: keys.get(db, key) for key in RULE_KEYS}


def format_return_windows(text: str) -> str:
    """"12-31, 6-30" → "06-30,12-31": checked and written the one way the rest of the program reads."""
    return ",".join(f"{month:02d}-{day:02d}" for month, day in parse_return_windows(text))


def save_rules(db: Database, actor: Actor, values: Mapping[SharedKey[Any], Any]) -> dict[str, Any]:
    """Store the changed values; everything is checked before anything is written. Returns the new rules."""
    actor.require_manager("Changing the warranty rules")
    texts: dict[str, str] = {}
    for key, value in values.items():
        if key not in RULE_KEYS:
            raise ValidationError(f"{key.key} is not a warranty rule set here")
        if key is keys.RETURN_WINDOWS:
            value = format_return_windows(str(value))
        limit = MAXIMUM.get(key.key)
        if limit is not None and isinstance(value, int) and not isinstance(value, bool) and value > limit:
            raise ValidationError(f"{key.key} may be at most {limit}")
        texts[key.key] = key.dump(value)
    with db.translated_errors(), db.sessions.begin() as s:
        for name, text in texts.items():
            row = s.get(SharedSetting, name)
            if row is None:
                s.add(SharedSetting(key=name, value=text))
                write_audit(s, actor, "setting", 0, "update", name, None, text)
            elif row.value != text:
                write_audit(s, actor, "setting", 0, "update", name, row.value, text)
                row.value = text
    return current_rules(db)
