"""Translated labels for every value of the domain's enums (app/domain/enums.py).

The source texts are marked with QT_TRANSLATE_NOOP, one translation context per enum, and
translated when asked for, so a language switch shows at once.
"""
from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.enums import (
    AttachmentKind,
    BatchStatus,
    ClaimStatus,
    LedgerKind,
    MachineCategory,
    OldPartStatus,
    PaidOrderStatus,
    PartClass,
    PlanStatus,
    ProductClass,
    Role,
    ServiceChannel,
    ServiceEntryStatus,
    ShipmentStatus,
    StockMovementKind,
    UnitStatus,
)

# Keyed by enum class, then value: members of different enums with the same value ("draft") are
# equal as strings, so one flat dict would mix them up.
_SOURCES: dict[type[StrEnum], dict[str, str]] = {
    Role: {
        Role.CLERK: QT_TRANSLATE_NOOP("Role", "Clerk"),
        Role.MANAGER: QT_TRANSLATE_NOOP("Role", "Service manager"),
        Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
    },
    MachineCategory: {
        MachineCategory.TRACTOR: QT_TRANSLATE_NOOP("MachineCategory", "Tractor"),
        MachineCategory.COMBINE_HARVESTER: QT_TRANSLATE_NOOP("MachineCategory", "Combine harvester"),
        MachineCategory.RICE_TRANSPLANTER: QT_TRANSLATE_NOOP("MachineCategory", "Rice transplanter"),
        MachineCategory.ENGINE: QT_TRANSLATE_NOOP("MachineCategory", "Engine"),
        MachineCategory.OTHER: QT_TRANSLATE_NOOP("MachineCategory", "Other"),
    },
    ProductClass: {
        ProductClass.TRACTOR_OVER_18KW: QT_TRANSLATE_NOOP("ProductClass", "Tractor over 18 kW"),
        ProductClass.TRACTOR_UP_TO_18KW: QT_TRANSLATE_NOOP("ProductClass", "Tractor up to 18 kW"),
        ProductClass.COMBINE_HARVESTER: QT_TRANSLATE_NOOP("ProductClass", "Combine harvester"),
        ProductClass.DIESEL_MULTI_CYLINDER: QT_TRANSLATE_NOOP("ProductClass", "Multi-cylinder diesel engine"),
        ProductClass.DIESEL_SINGLE_CYLINDER: QT_TRANSLATE_NOOP("ProductClass", "Single-cylinder diesel engine"),
        ProductClass.PETROL_TWO_STROKE: QT_TRANSLATE_NOOP("ProductClass", "Two-stroke petrol engine"),
        ProductClass.PETROL_FOUR_STROKE: QT_TRANSLATE_NOOP("ProductClass", "Four-stroke petrol engine"),
        ProductClass.OTHER: QT_TRANSLATE_NOOP("ProductClass", "Other"),
    },
    UnitStatus: {
        UnitStatus.IN_SERVICE: QT_TRANSLATE_NOOP("UnitStatus", "In service"),
        UnitStatus.EXCHANGED: QT_TRANSLATE_NOOP("UnitStatus", "Exchanged"),
        UnitStatus.REFUNDED: QT_TRANSLATE_NOOP("UnitStatus", "Refunded"),
        UnitStatus.IN_STOCK: QT_TRANSLATE_NOOP("UnitStatus", "In stock"),
    },
    ServiceChannel: {
        ServiceChannel.PHONE: QT_TRANSLATE_NOOP("ServiceChannel", "Phone call"),
        ServiceChannel.LETTER: QT_TRANSLATE_NOOP("ServiceChannel", "Letter"),
        ServiceChannel.VISIT: QT_TRANSLATE_NOOP("ServiceChannel", "Visit"),
        ServiceChannel.HEAD_OFFICE: QT_TRANSLATE_NOOP("ServiceChannel", "Forwarded by head office"),
        ServiceChannel.ONLINE: QT_TRANSLATE_NOOP("ServiceChannel", "Online"),
        ServiceChannel.COMPLAINT: QT_TRANSLATE_NOOP("ServiceChannel", "Complaint"),
    },
    ServiceEntryStatus: {
        ServiceEntryStatus.OPEN: QT_TRANSLATE_NOOP("ServiceEntryStatus", "Open"),
        ServiceEntryStatus.ARRANGED: QT_TRANSLATE_NOOP("ServiceEntryStatus", "Arranged"),
        ServiceEntryStatus.CLOSED: QT_TRANSLATE_NOOP("ServiceEntryStatus", "Closed"),
    },
    ClaimStatus: {
        ClaimStatus.DRAFT: QT_TRANSLATE_NOOP("ClaimStatus", "Draft"),
        ClaimStatus.READY: QT_TRANSLATE_NOOP("ClaimStatus", "Awaiting approval"),
        ClaimStatus.APPROVED: QT_TRANSLATE_NOOP("ClaimStatus", "Approved"),
        ClaimStatus.IN_BATCH: QT_TRANSLATE_NOOP("ClaimStatus", "In a batch"),
        ClaimStatus.SETTLED_APPROVED: QT_TRANSLATE_NOOP("ClaimStatus", "Settled in full"),
        ClaimStatus.SETTLED_PARTIAL: QT_TRANSLATE_NOOP("ClaimStatus", "Settled in part"),
        ClaimStatus.REJECTED: QT_TRANSLATE_NOOP("ClaimStatus", "Rejected"),
        ClaimStatus.REWORKED: QT_TRANSLATE_NOOP("ClaimStatus", "Superseded by a revision"),
        ClaimStatus.CANCELLED: QT_TRANSLATE_NOOP("ClaimStatus", "Cancelled"),
    },
    PaidOrderStatus: {
        PaidOrderStatus.DRAFT: QT_TRANSLATE_NOOP("PaidOrderStatus", "Draft"),
        PaidOrderStatus.COMPLETED: QT_TRANSLATE_NOOP("PaidOrderStatus", "Completed"),
        PaidOrderStatus.CANCELLED: QT_TRANSLATE_NOOP("PaidOrderStatus", "Cancelled"),
    },
    AttachmentKind: {
        AttachmentKind.PHOTO: QT_TRANSLATE_NOOP("AttachmentKind", "Photo"),
        AttachmentKind.DOCUMENT: QT_TRANSLATE_NOOP("AttachmentKind", "Document"),
        AttachmentKind.SIGNATURE: QT_TRANSLATE_NOOP("AttachmentKind", "Customer signature"),
        AttachmentKind.SIGNED_SCAN: QT_TRANSLATE_NOOP("AttachmentKind", "Scan of the signed record"),
    },
    OldPartStatus: {
        OldPartStatus.RETAINED: QT_TRANSLATE_NOOP("OldPartStatus", "Kept in store"),
        OldPartStatus.PACKED: QT_TRANSLATE_NOOP("OldPartStatus", "Packed"),
        OldPartStatus.SHIPPED: QT_TRANSLATE_NOOP("OldPartStatus", "Shipped to head office"),
        OldPartStatus.RECEIVED: QT_TRANSLATE_NOOP("OldPartStatus", "Received by head office"),
        OldPartStatus.USABLE: QT_TRANSLATE_NOOP("OldPartStatus", "Usable"),
        OldPartStatus.SCRAP: QT_TRANSLATE_NOOP("OldPartStatus", "Scrap"),
        OldPartStatus.WRITTEN_OFF: QT_TRANSLATE_NOOP("OldPartStatus", "Written off"),
    },
    ShipmentStatus: {
        ShipmentStatus.DRAFT: QT_TRANSLATE_NOOP("ShipmentStatus", "Draft"),
        ShipmentStatus.SHIPPED: QT_TRANSLATE_NOOP("ShipmentStatus", "Shipped"),
        ShipmentStatus.RECEIVED: QT_TRANSLATE_NOOP("ShipmentStatus", "Received by head office"),
    },
    BatchStatus: {
        BatchStatus.OPEN: QT_TRANSLATE_NOOP("BatchStatus", "Open"),
        BatchStatus.EXPORTED: QT_TRANSLATE_NOOP("BatchStatus", "Exported"),
        BatchStatus.SETTLED: QT_TRANSLATE_NOOP("BatchStatus", "Settled"),
    },
    LedgerKind: {
        LedgerKind.CREDIT: QT_TRANSLATE_NOOP("LedgerKind", "Warranty credit"),
        LedgerKind.OFFSET: QT_TRANSLATE_NOOP("LedgerKind", "Offset against payable"),
    },
    StockMovementKind: {
        StockMovementKind.IMPORT: QT_TRANSLATE_NOOP("StockMovementKind", "Imported"),
        StockMovementKind.ADJUSTMENT: QT_TRANSLATE_NOOP("StockMovementKind", "Stock adjustment"),
        StockMovementKind.RECEIPT: QT_TRANSLATE_NOOP("StockMovementKind", "Goods received"),
        StockMovementKind.CLAIM: QT_TRANSLATE_NOOP("StockMovementKind", "Warranty repair"),
        StockMovementKind.PAID_ORDER: QT_TRANSLATE_NOOP("StockMovementKind", "Paid service"),
        StockMovementKind.COUNTER_SALE: QT_TRANSLATE_NOOP("StockMovementKind", "Counter sale"),
        StockMovementKind.FACTORY_RETURN: QT_TRANSLATE_NOOP("StockMovementKind", "Returned to the factory"),
    },
    PlanStatus: {
        PlanStatus.DRAFT: QT_TRANSLATE_NOOP("PlanStatus", "Draft"),
        PlanStatus.APPROVED: QT_TRANSLATE_NOOP("PlanStatus", "Approved"),
        PlanStatus.SUBMITTED: QT_TRANSLATE_NOOP("PlanStatus", "Submitted"),
    },
    PartClass: {
        PartClass.WARRANTY: QT_TRANSLATE_NOOP("PartClass", "Warranty part"),
        PartClass.WEAR: QT_TRANSLATE_NOOP("PartClass", "Wear part"),
        PartClass.OTHER: QT_TRANSLATE_NOOP("PartClass", "Other"),
    },
}


def label(value: StrEnum) -> str:
    """The translated label of one enum value, e.g. label(ClaimStatus.DRAFT) -> "草稿" in Chinese."""
    kind = type(value)
    try:
        source = _SOURCES[kind][value.value]
    except KeyError:
        raise KeyError(f"no label for {kind.__name__}.{value.name}") from None
    return QCoreApplication.translate(kind.__name__, source)


def choices(kind: type[StrEnum]) -> list[tuple[StrEnum, str]]:
    """Every value of an enum with its label, in declaration order: what a combo box lists."""
    return [(member, label(member)) for member in kind]


def labelled_enums() -> tuple[type[StrEnum], ...]:
    return tuple(_SOURCES)
