"""The words printed on the forms, in Chinese and English, chosen per print by the caller.

The reports layer has no Qt (it must run headless and in the command line), so the forms carry their
own small text table instead of Qt's catalogues.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.domain.errors import ValidationError
from app.domain.money import format_money

LANGUAGES = ("zh_CN", "en")

# key → (简体中文, English)
TEXTS: dict[str, tuple[str, str]] = {
    "page_of": ("第 {n} 页 共 {m} 页", "Page {n} of {m}"),
    "address": ("地址", "Address"),
    "phone": ("电话", "Phone"),
    "hotline": ("服务热线", "Service hotline"),
    "repair_record": ("三包维修记录", "Warranty repair record"),
    "claim_no": ("索赔单号", "Claim no."),
    "revision": ("修订", "Revision"),
    "technician": ("维修技师", "Technician"),
    "unit": ("机器", "Machine"),
    "model": ("机型", "Model"),
    "serial_no": ("出厂编号", "Serial no."),
    "sale_date": ("购机日期", "Sale date"),
    "coverage": ("三包期", "Warranty cover"),
    "cover_whole": ("整机至 {date}", "machine until {date}"),
    "cover_main": ("主要部件至 {date}", "main components until {date}"),
    "cover_hours": ("或 {hours} 小时", "or {hours} h"),
    "cover_area": ("或 {area} 亩", "or {area} mu"),
    "customer": ("用户", "Customer"),
    "customer_name": ("用户姓名", "Name"),
    "customer_phone": ("联系电话", "Phone"),
    "customer_address": ("用户地址", "Address"),
    "repair": ("维修", "Repair"),
    "failure_date": ("故障日期", "Failure date"),
    "repair_date": ("修复日期", "Repair date"),
    "hour_meter": ("工作小时", "Hour meter"),
    "fault_code": ("故障代码", "Fault code"),
    "complaint": ("故障现象", "Complaint"),
    "cause": ("故障原因", "Cause"),
    "correction": ("处理措施", "Correction"),
    "labour": ("工时", "Labour"),
    "operation": ("作业代码", "Operation"),
    "description": ("作业内容", "Description"),
    "flat_hours": ("定额工时", "Flat-rate h"),
    "actual_hours": ("实际工时", "Actual h"),
    "rate": ("工时单价", "Rate"),
    "amount": ("金额", "Amount"),
    "parts": ("配件", "Parts"),
    "part_no": ("配件编号", "Part no."),
    "part_name": ("配件名称", "Part name"),
    "quantity": ("数量", "Qty"),
    "unit_price": ("单价", "Unit price"),
    "causal": ("主因", "Causal"),
    "old_part": ("旧件", "Old part"),
    "retained": ("留存", "kept"),
    "parts_legend": ("★ 主因件（引起故障的配件）；“留存”：旧件留存待返厂。",
                     "★ causal part (the part that caused the failure); \"kept\": old part retained for return."),
    "none": ("无", "none"),
    "totals": ("费用合计", "Totals"),
    "labour_amount": ("工时费", "Labour"),
    "parts_amount": ("配件费", "Parts"),
    "travel_amount": ("外出服务费", "Travel"),
    "travel_detail": ("{km} 公里 × {rate} 元/公里", "{km} km × {rate} yuan/km"),
    "other_amount": ("其他费用", "Other"),
    "total_amount": ("合计（元）", "Total (yuan)"),
    "terms_title": ("三包说明", "Warranty terms"),
    "terms": ("本机在三包有效期内因质量问题发生故障，由本服务站按国家农业机械产品修理、更换、退货责任规定"
              "免费修理，所换旧件归生产者所有。因使用、维护、保管不当或擅自改装造成的损坏不属三包范围。"
              "用户签字即确认上述维修已完成、机器已验收。",
              "Failures caused by defects within the warranty period are repaired free of charge by this service "
              "station under the national rules for the repair, replacement and return of agricultural machinery; "
              "replaced parts belong to the manufacturer. Damage from improper use, maintenance or storage, or from "
              "modifications, is not covered. By signing, the customer confirms the repair was done and the machine "
              "accepted."),
    "customer_signature": ("用户签字", "Customer signature"),
    "technician_signature": ("维修技师签字", "Technician signature"),
    "date": ("日期", "Date"),
}


class Texts:
    """The form words in one language: `t("model")`, `t("page_of", n=1, m=3)`, `t.date(d)`."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValidationError(f"forms print in {' or '.join(LANGUAGES)}, not {lang!r}")
        self.lang = lang
        self._index = LANGUAGES.index(lang)

    @property
    def chinese(self) -> bool:
        return self.lang == "zh_CN"

    def __call__(self, key: str, **values: object) -> str:
        text = TEXTS[key][self._index]
        return text.format(**values) if values else text

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        return f"{value.year}年{value.month}月{value.day}日" if self.chinese else value.isoformat()

    @staticmethod
    def money(value: Decimal) -> str:
        return format_money(value)

    @staticmethod
    def number(value: Decimal | None) -> str:
        """1.50 → '1.5', 2.00 → '2': quantities and hours without trailing zeros."""
        if value is None:
            return ""
        text = f"{value:,f}"
        return text.rstrip("0").rstrip(".") if "." in text else text
