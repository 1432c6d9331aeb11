"""WarrantyDesk (三包服务站): the warranty service desk of a machinery dealer."""
from __future__ import annotations

from importlib import metadata

APP_NAME = "WarrantyDesk"
ORG_NAME = "WarrantyDesk"

try:
    __version__ = metadata.version("warrantydesk")
except metadata.PackageNotFoundError:  # running from a checkout that was not installed
    __version__ = "0.0.0+checkout"
