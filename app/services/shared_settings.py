"""Settings every workstation of a dealer shares, kept in the database (per-workstation ones are in
app/settings.py). Each is declared once with its type and default."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import select

from app.db.models import SharedSetting
from app.domain.errors import ValidationError
from app.services.database import Database

T = TypeVar("T", int, bool, str)


@dataclass(frozen=True)
class SharedKey(Generic[T]):
    key: str
    default: T
    minimum: int | None = None

    def parse(self, raw: str) -> T:
        kind = type(self.default)
        if kind is bool:
            return raw == "1"  # type: ignore[return-value]
        if kind is int:
            return int(raw)  # type: ignore[return-value]
        return raw  # type: ignore[return-value]

    def dump(self, value: T) -> str:
        if not isinstance(value, type(self.default)):
            raise ValidationError(f"{self.key} takes a {type(self.default).__name__}")
        if isinstance(value, bool):
            return "1" if value else "0"
        if isinstance(value, int) and self.minimum is not None and value < self.minimum:
            raise ValidationError(f"{self.key} must be at least {self.minimum}")
        return str(value)


CARD_DEADLINE_DAYS = SharedKey("cards/deadline_days", 20, minimum=1)
EXTEND_FOR_REPAIRS = SharedKey("warranty/extend_for_repairs", True)
ARRANGE_TARGET_HOURS = SharedKey("service/arrange_target_hours", 2, minimum=1)
CLOSE_TARGET_HOURS = SharedKey("service/close_target_hours", 72, minimum=1)
FOLLOW_UP_AFTER_DAYS = SharedKey("service/follow_up_after_days", 3, minimum=0)
KEY_CUSTOMER_VISIT_MONTHS = SharedKey("service/key_customer_visit_months", 6, minimum=1)
# The 三包 clocks (reply 7 d, busy-season fix 2/5 d, repair 40 d) turn amber when this share of them is left.
CLOCK_AMBER_PERCENT = SharedKey("service/clock_amber_percent", 25, minimum=1)
RETURN_WINDOWS = SharedKey("old_parts/return_windows", "06-30,12-31")
# Paid service charges parts at catalogue price ("严禁漫天要价"); a dealer may configure a mark-up in percent.
PAID_SERVICE_MARKUP_PERCENT = SharedKey("paid_service/markup_percent", 0, minimum=0)
# Users sign in with a password on every workstation (app/services/passwords.py turns it on and off).
SIGN_IN_REQUIRED = SharedKey("security/sign_in_required", False)


def get(db: Database, key: SharedKey[T]) -> T:
    with db.translated_errors(), db.sessions() as s:
        raw = s.scalar(select(SharedSetting.value).where(SharedSetting.key == key.key))
    return key.default if raw is None else key.parse(raw)


def put(db: Database, key: SharedKey[T], value: T) -> None:
    text = key.dump(value)
    with db.translated_errors(), db.sessions.begin() as s:
        row = s.get(SharedSetting, key.key)
        if row is None:
            s.add(SharedSetting(key=key.key, value=text))
        else:
            row.value = text
