"""How record numbers look. The sequence behind each comes from the database (number_sequences)."""
from __future__ import annotations

# kind → (prefix, digits); numbers restart each year: SB2026-000123
FORMATS: dict[str, tuple[str, int]] = {
    "claim": ("SB", 6),  # 三包维修记录
    "service": ("FW", 6),  # 售后服务登记
    "paid_order": ("YC", 5),  # 有偿服务单
    "tag": ("JJ", 6),  # 旧件标签
    "shipment": ("FC", 4),  # 旧件返厂单
    "plan": ("CB", 3),  # 配件储备计划
    "settlement": ("HX", 4),  # 核销通知 (head office's number is kept when it has one)
    "factory_return": ("TH", 4),  # 退回厂家
    "counter_sale": ("LS", 5),  # 配件零售
    "emergency_order": ("JD", 4),  # 紧急订货
    "exchange": ("HH", 4),  # 换货记录
    "refund": ("TK", 4),  # 退货记录 (退款)
    "customer": ("KH", 6),
}


def format_number(kind: str, year: int, sequence: int) -> str:
    prefix, digits = FORMATS[kind]
    return f"{prefix}{year}-{sequence:0{digits}d}"


def batch_number(dealer_code: str, year: int, sequence: int) -> str:
    """Claim batch numbers are dealer code + year + sequence, as head office files them."""
    return f"{dealer_code}-{year}-{sequence:03d}"
