"""The spare-part reserve plan section (配件储备计划)."""
from __future__ import annotations

from app.ui.plans.view import PlansView

__all__ = ["PlansView"]
