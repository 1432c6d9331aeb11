"""The claim tests' small dealer (a pump T5-112-10 and oil filters T5-101-22 in packs of 10), and helpers
to count stock and to check that every part's movements still add up to its on hand."""
from __future__ import annotations

from decimal import Decimal

from app.services import stock
from app.services.stock.ledger import mismatches
from tests.services.claims.conftest import TODAY, Dealer, dealer, pump_claim  # noqa: F401  (dealer: fixture)

PUMP, FILTER = "T5-112-10", "T5-101-22"


def count(shop: Dealer, part_no: str, quantity: int | str) -> None:
    """A stock count: on hand becomes `quantity`."""
    stock.adjust_stock(shop.db, shop.clerk, part_no, counted=Decimal(quantity), reason="盘点", today=TODAY)


def on_hand(shop: Dealer, part_no: str) -> Decimal:
    return stock.stock_part(shop.db, part_no).on_hand


def on_order(shop: Dealer, part_no: str) -> Decimal:
    return stock.stock_part(shop.db, part_no).on_order


def balanced(shop: Dealer) -> bool:
    """The invariant every stock operation keeps; `warrantydesk check` verifies the same."""
    with shop.db.engine.connect() as conn:
        return mismatches(conn) == []
