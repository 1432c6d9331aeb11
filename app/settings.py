"""Per-workstation settings, each declared once: key, type, default and a translatable title.

Values live in QSettings (organisation ORG_NAME, application APP_NAME). Settings that belong to
the dealer rather than to one workstation are kept in the database, not here. Renaming a key
means adding an upgrade step below and raising SETTINGS_VERSION.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings

from app import APP_NAME, ORG_NAME

T = TypeVar("T", str, bytes, int, bool)

SETTINGS_VERSION = 1
_VERSION_KEY = "settings/version"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    title: str  # source text for QCoreApplication.translate("Settings", title)
    choices: tuple[T, ...] = ()


LANGUAGE: Setting[str] = Setting(
    "ui/language", str, "auto", QT_TRANSLATE_NOOP("Settings", "Interface language"), ("auto", "zh_CN", "en")
)
WINDOW_GEOMETRY: Setting[bytes] = Setting(
    "window/geometry", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Main window position and size")
)
WINDOW_STATE: Setting[bytes] = Setting(
    "window/state", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Main window toolbars")
)
WINDOW_SECTION: Setting[str] = Setting(
    "window/section", str, "dashboard", QT_TRANSLATE_NOOP("Settings", "Section shown at start")
)

USER_LOGIN: Setting[str] = Setting(
    "user/login", str, "", QT_TRANSLATE_NOOP("Settings", "User working at this workstation")
)

BACKUP_FOLDER: Setting[str] = Setting(
    "backup/folder", str, "", QT_TRANSLATE_NOOP("Settings", "Folder for the automatic backups")  # "": the default
)
BACKUP_KEEP: Setting[int] = Setting(
    "backup/keep", int, 14, QT_TRANSLATE_NOOP("Settings", "Automatic backups to keep")
)

DATABASE_LOCATION: Setting[str] = Setting(  # "": the default file; set by Settings → Move database
    "database/location", str, "", QT_TRANSLATE_NOOP("Settings", "Database file this workstation opens")
)

ALL_SETTINGS: tuple[Setting[Any], ...] = (LANGUAGE, WINDOW_GEOMETRY, WINDOW_STATE, WINDOW_SECTION, USER_LOGIN,
                                          BACKUP_FOLDER, BACKUP_KEEP, DATABASE_LOCATION)

# version reached -> step that brings the stored values from the version before up to it
_UPGRADES: dict[int, Callable[[QSettings], None]] = {}


class Settings:
    """Typed access to the declared settings. Pass a QSettings (an INI file in tests) or use the default."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORG_NAME, APP_NAME)
        self._upgrade()

    @property
    def store(self) -> QSettings:
        return self._store

    def get(self, setting: Setting[T]) -> T:
        raw = self._store.value(setting.key)
        value = _coerce(raw, setting)
        if value is None or (setting.choices and value not in setting.choices):
            return setting.default
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        if not isinstance(value, setting.type):
            raise TypeError(f"{setting.key} takes {setting.type.__name__}, not {type(value).__name__}")
        if setting.choices and value not in setting.choices:
            raise ValueError(f"{setting.key} takes one of {setting.choices}, not {value!r}")
        self._store.setValue(setting.key, QByteArray(value) if isinstance(value, bytes) else value)

    def reset(self, setting: Setting[Any]) -> None:
        self._store.remove(setting.key)

    def sync(self) -> None:
        self._store.sync()

    def _upgrade(self) -> None:
        stored = _coerce(self._store.value(_VERSION_KEY), Setting(_VERSION_KEY, int, 0, ""))
        version = stored or 0
        if version >= SETTINGS_VERSION:
            return
        for target in range(version + 1, SETTINGS_VERSION + 1):
            step = _UPGRADES.get(target)
            if step is not None:
                step(self._store)
        self._store.setValue(_VERSION_KEY, SETTINGS_VERSION)


def _coerce(raw: object, setting: Setting[Any]) -> Any:
    """QSettings hands back strings from INI files and native types elsewhere: bring both to the declared type."""
    if raw is None:
        return None
    kind = setting.type
    if kind is bytes:
        if isinstance(raw, QByteArray):
            return bytes(raw.data())
        return raw if isinstance(raw, bytes) else None
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        return str(raw).lower() in ("true", "1", "yes")
    if kind is int:
        try:
            return int(raw)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return None
    return raw if isinstance(raw, str) else str(raw)
