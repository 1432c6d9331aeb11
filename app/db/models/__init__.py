"""All models, imported here so that Base.metadata knows every table."""
from __future__ import annotations

from app.db.models.admin import AuditEntry, ImportRun, NumberSequence, SharedSetting
from app.db.models.batches import ClaimBatch, LedgerEntry, Settlement, SettlementLine
from app.db.models.claims import ClaimAttachment, ClaimLabourLine, ClaimPartLine, LabourOperation, WarrantyClaim
from app.db.models.exchanges import ExchangeRefund
from app.db.models.master import Customer, DealerProfile, ModelPart, Part, PartPrice, ProductModel, User
from app.db.models.old_parts import OldPart, OldPartEvent, ReturnShipment
from app.db.models.service import (
    FollowUp,
    MaintenanceReminder,
    PaidServiceLine,
    PaidServiceOrder,
    ServiceLogEntry,
)
from app.db.models.stock import FactoryReturn, ReservePlan, ReservePlanLine, Season, StockLevel, StockMovement
from app.db.models.stock_records import CounterSale, EmergencyOrder, StockDelivery
from app.db.models.units import ComponentChange, RegistrationCard, Unit

__all__ = [
    "AuditEntry",
    "ClaimAttachment",
    "ClaimBatch",
    "ClaimLabourLine",
    "ClaimPartLine",
    "ComponentChange",
    "CounterSale",
    "Customer",
    "DealerProfile",
    "EmergencyOrder",
    "ExchangeRefund",
    "FactoryReturn",
    "FollowUp",
    "ImportRun",
    "LabourOperation",
    "LedgerEntry",
    "MaintenanceReminder",
    "ModelPart",
    "NumberSequence",
    "OldPart",
    "OldPartEvent",
    "PaidServiceLine",
    "PaidServiceOrder",
    "Part",
    "PartPrice",
    "ProductModel",
    "RegistrationCard",
    "ReservePlan",
    "ReservePlanLine",
    "ReturnShipment",
    "Season",
    "ServiceLogEntry",
    "Settlement",
    "SettlementLine",
    "SharedSetting",
    "StockDelivery",
    "StockLevel",
    "StockMovement",
    "Unit",
    "User",
    "WarrantyClaim",
]
