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
    # old-part tags and the return packing list
    "tag": ("旧件标签", "Old-part tag"),
    "tag_no": ("标签号", "Tag no."),
    "dealer": ("服务站", "Dealer"),
    "packing_list": ("旧件返厂清单", "Old-part return packing list"),
    "shipment_no": ("发运单号", "Shipment no."),
    "carrier": ("承运方", "Carrier"),
    "waybill_no": ("运单号", "Waybill no."),
    "delivery_truck": ("厂家送货车带回", "manufacturer's delivery truck"),
    "shipped_on": ("发运日期", "Shipped on"),
    "received_on": ("厂家收货日期", "Received on"),
    "packages": ("件数（箱）", "Packages"),
    "weight": ("重量（公斤）", "Weight (kg)"),
    "note": ("备注", "Note"),
    "condition": ("旧件状况", "Condition"),
    "line_no": ("序号", "No."),
    "total": ("合计", "Total"),
    "parts_count": ("共 {count} 件旧件，数量合计 {qty}", "{count} old parts, total quantity {qty}"),
    "shipper_signature": ("发货人签字", "Shipped by"),
    "carrier_signature": ("承运人签字", "Carrier"),
    "receiver_signature": ("收货人签字", "Received by"),
    # the claim batch summary
    "batch_summary": ("索赔批次汇总", "Claim batch summary"),
    "batch_no": ("批次号", "Batch no."),
    "period": ("索赔期间", "Period"),
    "claim_count": ("索赔单数", "Claims"),
    "status": ("状态", "Status"),
    "serial_short": ("出厂编号", "Serial no."),
    # the service-log report
    "service_log": ("售后服务登记表", "Service log"),
    "date_range": ("登记日期 {start} 至 {end}", "Received {start} to {end}"),
    "entry_no": ("登记号", "No."),
    "channel": ("来源", "Channel"),
    "received_at": ("登记时间", "Received"),
    "problem": ("故障 / 诉求", "Problem"),
    "arranged_closed": ("安排 / 结案", "Arranged / closed"),
    "entry_count": ("共 {count} 条登记", "{count} entries"),
    "ch_phone": ("电话", "phone"),
    "ch_letter": ("信函", "letter"),
    "ch_visit": ("来访", "visit"),
    "ch_head_office": ("厂家转来", "head office"),
    "ch_online": ("网络", "online"),
    "ch_complaint": ("投诉", "complaint"),
    "st_open": ("待安排", "open"),
    "st_arranged": ("已安排", "arranged"),
    "st_closed": ("已结案", "closed"),
    # the registration card and the paid service order
    "card": ("三包回执卡", "Warranty registration card"),
    "certificate": ("{maker} 产品三包凭证", "{maker} product warranty certificate"),
    "engine_no": ("发动机号", "Engine no."),
    "invoice_no": ("发票号码", "Invoice no."),
    "invoice_date": ("发票日期", "Invoice date"),
    "dealer_code": ("经销商代码", "Dealer code"),
    "dealer_phone": ("经销商电话", "Dealer tel."),
    "card_due": ("回执卡寄回期限", "Return card by"),
    "card_notice": ("请于 {date} 前将本卡寄回厂家；逾期未寄回的，厂家不予承认该机的三包服务。",
                    "Return this card to the manufacturer by {date}; a card returned late may void the warranty."),
    "dealer_stamp": ("经销商（盖章）", "Dealer (stamp)"),
    "station_stamp": ("服务站（盖章）", "Service station (stamp)"),
    "paid_order": ("有偿服务单", "Paid service order"),
    "order_no": ("单号", "Order no."),
    "service_date": ("服务日期", "Service date"),
    "service_content": ("服务内容", "Work done"),
    "catalogue_price": ("目录价", "List price"),
    "labour_line": ("工时费（{hours} 小时 × {rate} 元）", "Labour ({hours} h × {rate} yuan)"),
    "paid_notice": ("本单为三包范围以外的有偿服务，收费为维修人员工时费加差旅费；",
                    "This is paid service outside the warranty: labour and travel are charged; "),
    "markup_none": ("配件按厂家目录价收费，不加价。", "parts are charged at the manufacturer's list price, no markup."),
    "markup": ("配件按厂家目录价加 {percent}% 收费。", "parts are charged at list price plus {percent}%."),
    # the spare-part reserve plan
    "reserve_plan": ("配件储备计划", "Spare-part reserve plan"),
    "plan_no": ("计划号", "Plan no."),
    "season": ("作业季节", "Season"),
    "due_date": ("报送期限", "Due"),
    "submitted_on": ("报送日期", "Submitted on"),
    "part_class": ("类别", "Class"),
    "forecast_qty": ("预测用量", "Forecast"),
    "suggested_qty": ("建议储备", "Suggested"),
    "chosen_qty": ("储备数量", "Reserve"),
    "reason": ("依据", "Reason"),
    "plan_total": ("计划金额合计（元）", "Plan total (yuan)"),
    "approved_signature": ("服务经理审批", "Approved by"),
    "pc_warranty": ("三包件", "warranty"),
    "pc_wear": ("易损件", "wear"),
    "pc_other": ("其他", "other"),
    "st_approved": ("已审批", "approved"),
    "st_submitted": ("已报送", "submitted"),
    "batch_open": ("未上报", "open"),
    "st_exported": ("已上报", "exported"),
    "st_settled": ("已结算", "settled"),
    "st_draft": ("草稿", "draft"),
    "paid_draft": ("草稿", "Draft"),
    "paid_completed": ("已完成", "Completed"),
    "paid_cancelled": ("已作废", "Cancelled"),
    "st_shipped": ("已发运", "shipped"),
    "st_received": ("厂家已收", "received"),
    "st_retained": ("留存", "retained"),
    "st_packed": ("已装箱", "packed"),
    "st_usable": ("可利用", "usable"),
    "st_scrap": ("废件", "scrap"),
    "st_written_off": ("已核销", "written off"),
    # exchange and refund records (换货 / 退货)
    "exchange_record": ("三包换货记录", "Warranty exchange record"),
    "refund_record": ("三包退货记录", "Warranty refund record"),
    "record_no": ("记录编号", "Record no."),
    "unit_returned": ("退回的机器", "Machine given back"),
    "new_unit": ("更换的新机", "New machine"),
    "exchanged_on": ("换货日期", "Exchange date"),
    "fault": ("故障", "Fault"),
    "fault_kind": ("故障类别", "Kind of fault"),
    "fault_safety": ("安全性能故障", "safety fault"),
    "fault_performance": ("使用性能故障", "performance fault"),
    "fault_description": ("故障描述", "Description"),
    "days_after": ("距{what}天数", "Days after the {what}"),
    "what_sale": ("售出", "sale"),
    "what_exchange": ("换货", "exchange"),
    "days_value": ("第 {days} 天（15 日内）", "{days} days (within 15 days)"),
    "decided_on": ("处理日期", "Date"),
    "agreement": ("处理说明", "What was agreed"),
    "refund_amount": ("退款金额", "Refunded"),
    "refund": ("退款", "Refund"),
    "exchange_effect": ("新机三包有效期自 {date} 起重新计算；退回的机器返回服务站库存。",
                        "The new machine's warranty periods start again on {date}; the machine given back returns "
                        "to the dealer's stock."),
    "refund_effect": ("退货后，该机的三包责任终止。", "With the refund, the warranty of this machine ends."),
    "return_basis": ("依据《农业机械产品修理、更换、退货责任规定》：农机产品自售出之日起 15 日内出现安全性能故障"
                     "或使用性能故障的，用户可以选择换货或者修理；换货后 15 日内再次出现上述故障的，用户可以选择退货。",
                     "Under the farm-machinery 三包 regulation (农业机械产品修理、更换、退货责任规定): a safety or "
                     "performance fault within 15 days of the sale lets the customer choose an exchange or a repair; "
                     "such a fault within 15 days after an exchange lets the customer choose a refund."),
    "manager_signature": ("服务经理", "Service manager"),
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

    def status(self, value: str, kind: str = "st") -> str:
        """An enum value's printed word (`st_closed`, `ch_phone`, `batch_open` …); unknown values print as they are."""
        for key in (f"{kind}_{value}", f"st_{value}"):
            if key in TEXTS:
                return self(key)
        return value

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
