"""Dealer stock: on hand, on order and every movement (import, adjustment, receipt, claim, paid order,
counter sale, return to the factory), and the emergency orders of claims waiting for parts.

Every change of on hand is one StockMovement written by app.services.stock.ledger.move in the changing
transaction, so a part's movements always add up to its on hand; `warrantydesk check` verifies it.
Consumption by claims and paid orders is recorded by app.services.stock.consumption, called from the
claim and paid-order services (this package never imports app.services.claims).
"""
from __future__ import annotations

from app.services.stock.emergency import (
    ClaimOrders,
    ClaimPartNeed,
    EmergencyOrderInput,
    EmergencyOrderRow,
    EmergencyReceipt,
    claim_orders,
    list_emergency_orders,
    raise_emergency_order,
    receive_emergency_order,
)
from app.services.stock.factory_returns import (
    FactoryReturnInput,
    FactoryReturnRow,
    list_factory_returns,
    return_to_factory,
)
from app.services.stock.listing import MovementRow, StockRow, list_movements, list_stock, stock_part
from app.services.stock.operations import (
    CounterSaleInput,
    CounterSaleView,
    adjust_stock,
    record_counter_sale,
    record_order_placed,
    set_stock_details,
)

__all__ = [
    "DELIVERY",
    "ClaimOrders",
    "ClaimPartNeed",
    "CounterSaleInput",
    "CounterSaleView",
    "DeliveryCode",
    "DeliveryLineInput",
    "DeliveryProblem",
    "DeliveryResult",
    "EmergencyOrderInput",
    "EmergencyOrderRow",
    "EmergencyReceipt",
    "FactoryReturnInput",
    "FactoryReturnRow",
    "MovementRow",
    "StockRow",
    "adjust_stock",
    "claim_orders",
    "import_delivery",
    "list_emergency_orders",
    "list_factory_returns",
    "list_movements",
    "list_stock",
    "raise_emergency_order",
    "receive_delivery",
    "receive_emergency_order",
    "record_counter_sale",
    "record_order_placed",
    "return_to_factory",
    "save_delivery_sheet",
    "set_stock_details",
    "stock_part",
]

# Delivery lists need the Excel reader (openpyxl): loaded on first use, not with every claim service that
# takes parts off stock.
_DELIVERIES = ("DELIVERY", "DeliveryCode", "DeliveryLineInput", "DeliveryProblem", "DeliveryResult", "import_delivery",
               "receive_delivery", "save_delivery_sheet")


def __getattr__(name: str) -> object:
    if name in _DELIVERIES:
        from app.services.stock import deliveries

        return getattr(deliveries, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
