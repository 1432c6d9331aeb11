"""Head office's settlement notices (三包费用核销通知): import, and rework of what it rejected or cut.

The format (workbook and JSON) is documented in resources/settlement/README.md."""
from __future__ import annotations

from app.reports.excel.settlement import (
    HEADER,
    LINES,
    SettlementCode,
    SettlementFile,
    SettlementProblem,
    write_example,
    write_settlement_sheet,
)
from app.reports.excel.settlement_json import SCHEMA_VERSION, write_example_json, write_settlement_json
from app.services.settlements.importing import SettlementResult, import_settlement, outcome, read_settlement
from app.services.settlements.listing import (
    SettlementLineView,
    SettlementRow,
    SettlementView,
    get_settlement,
    settlements_page,
)
from app.services.settlements.rework import rework_claim

__all__ = [
    "HEADER",
    "LINES",
    "SCHEMA_VERSION",
    "SettlementCode",
    "SettlementFile",
    "SettlementLineView",
    "SettlementProblem",
    "SettlementResult",
    "SettlementRow",
    "SettlementView",
    "get_settlement",
    "import_settlement",
    "outcome",
    "read_settlement",
    "rework_claim",
    "settlements_page",
    "write_example",
    "write_example_json",
    "write_settlement_json",
    "write_settlement_sheet",
]
