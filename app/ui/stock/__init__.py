"""The stock section (配件库存) and the emergency-order dialog the claim editor opens."""
from __future__ import annotations

from app.ui.stock.emergency_dialog import EmergencyOrderDialog
from app.ui.stock.page import StockView

__all__ = ["EmergencyOrderDialog", "StockView"]
