"""The Master data section: lists, Excel import and templates, and the part price edit."""
from __future__ import annotations

from app.ui.master_data.page import MasterDataPage

__all__ = ["MasterDataPage"]
