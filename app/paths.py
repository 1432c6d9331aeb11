"""Where resources, data and logs live — in a checkout and in a frozen bundle."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from app import APP_NAME, ORG_NAME


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside the bundle when frozen."""
    override = os.environ.get("WARRANTYDESK_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, ORG_NAME))


def default_database_path() -> Path:
    return data_dir() / "warrantydesk.sqlite3"


def backup_dir() -> Path:
    return data_dir() / "backups"
