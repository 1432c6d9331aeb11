"""The fixed vocabularies of the domain. Values are what the database stores: never rename one
without a migration. Translated labels live in app/ui/labels.py."""
from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"
    MANAGER = "manager"  # service manager: approves claims and reserve plans
    ADMIN = "admin"


class MachineCategory(StrEnum):
    TRACTOR = "tractor"
    COMBINE_HARVESTER = "combine_harvester"
    RICE_TRANSPLANTER = "rice_transplanter"
    ENGINE = "engine"
    OTHER = "other"


class ProductClass(StrEnum):
    """Product classes of the national farm-machinery 三包 regulation (2010)."""

    TRACTOR_OVER_18KW = "tractor_gt18kw"
    TRACTOR_UP_TO_18KW = "tractor_le18kw"
    COMBINE_HARVESTER = "combine_harvester"
    DIESEL_MULTI_CYLINDER = "diesel_multi"
    DIESEL_SINGLE_CYLINDER = "diesel_single"
    PETROL_TWO_STROKE = "petrol_2stroke"
    PETROL_FOUR_STROKE = "petrol_4stroke"
    OTHER = "other"


class UnitStatus(StrEnum):
    IN_SERVICE = "in_service"
    EXCHANGED = "exchanged"
    REFUNDED = "refunded"
    IN_STOCK = "in_stock"


class ServiceChannel(StrEnum):
    PHONE = "phone"
    LETTER = "letter"
    VISIT = "visit"
    HEAD_OFFICE = "head_office"  # forwarded by head office
    ONLINE = "online"
    COMPLAINT = "complaint"


class ServiceEntryStatus(StrEnum):
    OPEN = "open"
    ARRANGED = "arranged"
    CLOSED = "closed"


class ClaimStatus(StrEnum):
    DRAFT = "draft"
    READY = "ready"  # no blocking check left
    APPROVED = "approved"  # by the service manager
    IN_BATCH = "in_batch"
    SETTLED_APPROVED = "settled_approved"
    SETTLED_PARTIAL = "settled_partial"
    REJECTED = "rejected"
    REWORKED = "reworked"  # superseded by a newer revision
    CANCELLED = "cancelled"


class PaidOrderStatus(StrEnum):
    DRAFT = "draft"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class AttachmentKind(StrEnum):
    PHOTO = "photo"
    DOCUMENT = "document"
    SIGNATURE = "signature"
    SIGNED_SCAN = "signed_scan"


class OldPartStatus(StrEnum):
    RETAINED = "retained"
    PACKED = "packed"
    SHIPPED = "shipped"
    RECEIVED = "received"
    USABLE = "usable"  # 可利用旧件
    SCRAP = "scrap"  # 废件
    WRITTEN_OFF = "written_off"


class ShipmentStatus(StrEnum):
    DRAFT = "draft"
    SHIPPED = "shipped"
    RECEIVED = "received"


class BatchStatus(StrEnum):
    OPEN = "open"
    EXPORTED = "exported"
    SETTLED = "settled"


class LedgerKind(StrEnum):
    CREDIT = "credit"  # warranty credit from a settlement notice
    OFFSET = "offset"  # offset against the dealer's payable to the manufacturer


class StockMovementKind(StrEnum):
    IMPORT = "import"
    ADJUSTMENT = "adjustment"
    RECEIPT = "receipt"  # against the signed delivery list 销售发货清单
    CLAIM = "claim"
    PAID_ORDER = "paid_order"
    COUNTER_SALE = "counter_sale"
    FACTORY_RETURN = "factory_return"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    SUBMITTED = "submitted"


class PartClass(StrEnum):
    WARRANTY = "warranty"  # 三包件
    WEAR = "wear"  # 易损件
    OTHER = "other"
