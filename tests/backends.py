"""For tests whose subject exists on one backend only (a SQLite file's backup, restore or move)."""
from __future__ import annotations

import pytest

# Overrides the `backend` fixture of tests/conftest.py: `database` and `db_url` are then SQLite files only.
sqlite_only = pytest.mark.parametrize("backend", ["sqlite"])
