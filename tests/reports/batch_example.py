"""A small batch built by hand: the published example (resources/schemas/example-claim-batch.json) is
exactly what the exporter writes for it, and the workbook tests draw it."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from app.reports.batch.data import (
    AttachmentData,
    BatchData,
    BatchHeader,
    ClaimData,
    LabourData,
    OldPartData,
    PartData,
    ReturnData,
)


def claim(number: str = "SB2026-000123", **changes: object) -> ClaimData:
    base = ClaimData(
        claim_id=123, claim_no=number, revision=1, failure_date=dt.date(2026, 10, 8),
        repair_date=dt.date(2026, 10, 9), approval_date=dt.date(2026, 10, 12), serial_no="LF50426000187",
        engine_no="YC26A001873", model_code="LF-504", model_name="LF-504 轮式拖拉机", sale_date=dt.date(2026, 3, 18),
        customer_name="王建国", customer_phone="13805310001", customer_address="山东省章丘市绣惠镇王家村",
        hour_meter=D("412.5"), area_worked=None, complaint="发动机启动困难，冒黑烟", cause="喷油泵柱塞磨损",
        correction="更换喷油泵，调整供油提前角", fault_code="E101", technician="张海涛", travel_km=D("23"),
        travel_rate=D("1.50"), labour_amount=D("150.00"), parts_amount=D("1737.00"), travel_amount=D("34.50"),
        other_amount=D("0.00"), other_note="", total_amount=D("1921.50"), customer_signed=True,
        labour=(LabourData(1, "L-E01", "发动机供油系统检修", D("2.5"), D("2.5"), D("60.00"), D("150.00")),),
        parts=(PartData(1, "T5-112-10", "喷油泵", D("1"), D("1680.00"), D("1680.00"), True, True, "BP-0001",
                        "BP-0002"),
               PartData(2, "T5-101-22", "机油滤清器", D("2"), D("28.50"), D("57.00"), False, False, "", "")),
        old_parts=(OldPartData("JJ2026-000412", 1, "T5-112-10", "喷油泵", D("1"), dt.date(2026, 12, 31)),),
        attachments=(AttachmentData(7, "photo", "泵柱塞.jpg", f"attachments/{number}/泵柱塞.jpg", "image/jpeg",
                                    "6f1ed002ab5595859014ebf0951522d9" "bc6e1e3f0e5d06e5d0b4c5a4b3c2d1e0", 245_812),),
    )
    return base if not changes else ClaimData(**{**base.__dict__, **changes})


def example_batch() -> BatchData:
    second = claim("SB2026-000131", claim_id=131, revision=2, failure_date=dt.date(2026, 10, 20),
                   repair_date=dt.date(2026, 10, 21), approval_date=dt.date(2026, 10, 23), serial_no="HV40026000035",
                   engine_no="", model_code="HV-400", model_name="4LZ-4.0 自走式谷物联合收割机",
                   sale_date=dt.date(2025, 9, 2), customer_name="李桂芳", customer_phone="13905317788",
                   customer_address="山东省济阳区回河镇", hour_meter=None, area_worked=D("1260"),
                   complaint="割台搅龙异响", cause="搅龙轴承损坏", correction="更换轴承", fault_code="",
                   technician="刘强", travel_km=None, travel_rate=None, labour_amount=D("90.00"),
                   parts_amount=D("46.80"), travel_amount=D("80.00"), other_amount=D("12.34"), other_note="拖车费",
                   total_amount=D("229.14"), customer_signed=True,
                   labour=(LabourData(1, "L-H12", "割台搅龙检修", None, D("1.5"), D("60.00"), D("90.00")),),
                   parts=(PartData(1, "HV-330-06", "轴承 6206", D("2"), D("23.40"), D("46.80"), True, False, "", ""),),
                   old_parts=(), attachments=())
    header = BatchHeader(batch_no="D3701-2026-011", dealer_code="D3701", dealer_name="济南鲁丰农机销售服务有限公司",
                         manufacturer="华北农业装备股份有限公司", period_from=dt.date(2026, 10, 1),
                         period_to=dt.date(2026, 10, 31), created_on=dt.date(2026, 11, 3), claim_count=2,
                         labour_amount=D("240.00"), parts_amount=D("1783.80"), travel_amount=D("114.50"),
                         other_amount=D("12.34"), total_amount=D("2150.64"))
    returns = (
        ReturnData("HH2026-0003", "exchange", dt.date(2026, 10, 14), dt.date(2026, 10, 12), dt.date(2026, 10, 2),
                   "safety", "转向失灵，行驶中方向盘卡滞", "用户选择换货；旧机退回服务站库存待厂家检验",
                   "LF50426000201",
                   "YC26A002011", "LF-504", "LF-504 轮式拖拉机", "赵春生", "13605318821", "山东省章丘市官庄镇",
                   "LF50426000244", "YC26A002440", "LF-504", None),
        ReturnData("TK2026-0001", "refund", dt.date(2026, 10, 28), dt.date(2026, 10, 27), dt.date(2026, 10, 16),
                   "performance", "换货后发动机仍无法启动", "用户选择退货，按发票金额退款", "HV40026000052", "",
                   "HV-400", "4LZ-4.0 自走式谷物联合收割机", "孙立民", "13805319930", "山东省济阳区太平街道", "", "",
                   "", D("186500.00")),
    )
    return BatchData(header, (claim(), second), returns)
