"""Every report of a ReportSet as one Excel workbook, in Chinese or English: one sheet per report and a
notes sheet with the period and what each figure counts."""
from __future__ import annotations

from pathlib import Path

from app.domain.errors import ValidationError
from app.reports.excel.report_workbook import Column, Kind, Table, write_workbook
from app.services.reports import ReportSet
from app.services.reports.period import share
from app.services.reports.scorecard import (
    ARRANGED,
    CARDS,
    FIRST_TIME,
    FIX_CLOCK,
    FOLLOW_UPS,
    OLD_PARTS,
    REPAIR_CLOCK,
    REPLY_CLOCK,
    ScoreItem,
)

LANGUAGES = ("zh_CN", "en")
# key → (简体中文, English)
TEXTS: dict[str, tuple[str, str]] = {
    "workbook": ("三包索赔报表 {period}", "Warranty claim reports {period}"),
    "scorecard": ("服务考核", "Scorecard"),
    "months": ("每月索赔", "Claims per month"),
    "outcomes": ("核销结果", "Approval rate"),
    "reasons": ("扣款原因", "Deductions by reason"),
    "parts": ("故障件", "Causal parts"),
    "models": ("机型", "Claims by model"),
    "notes": ("说明", "Notes"),
    "item": ("考核项目", "Item"),
    "target": ("目标", "Target"),
    "met": ("达标", "Met"),
    "missed": ("未达标", "Missed"),
    "not_done": ("其中尚未完成", "Of which not done"),
    "pending": ("待定", "Pending"),
    "excused": ("另计", "Set apart"),
    "counted": ("计入总数", "Counted"),
    "share_met": ("达标率", "Share met"),
    "month": ("月份", "Month"),
    "claims": ("索赔单数", "Claims"),
    "claimed": ("索赔金额", "Claimed"),
    "labour": ("工时费", "Labour"),
    "parts_cost": ("配件费", "Parts"),
    "travel": ("差旅费", "Travel"),
    "other": ("其他费用", "Other"),
    "decided": ("已核销单数", "Decided"),
    "approved": ("全额通过", "Approved"),
    "partial": ("部分通过", "Partly approved"),
    "rejected": ("拒赔", "Rejected"),
    "count_rate": ("通过率（按单数）", "Approved (by count)"),
    "paid": ("核准金额", "Approved amount"),
    "deducted": ("扣减金额", "Deducted"),
    "amount_rate": ("通过率（按金额）", "Approved (by amount)"),
    "reason_code": ("原因代码", "Reason code"),
    "reason": ("原因", "Reason"),
    "share_deducted": ("占扣减总额", "Share of deductions"),
    "part_no": ("配件编号", "Part no."),
    "part_name": ("配件名称", "Part name"),
    "share_claims": ("占索赔单数", "Share of claims"),
    "part_amount": ("故障件金额", "Causal part amount"),
    "model_code": ("机型代码", "Model code"),
    "model_name": ("机型名称", "Model name"),
    "average": ("平均每单", "Average per claim"),
    "what": ("项目", "Item"),
    "value": ("内容", "Value"),
    "period_from": ("报表期间自", "Period from"),
    "period_to": ("报表期间至", "Period to"),
    "made_on": ("制表日期", "Made on"),
    "no_reason": ("（未注明原因）", "(no reason given)"),
    "no_causal": ("未标明故障件的索赔", "Claims with no causal part marked"),
    CARDS: ("三包回执卡按时寄出", "Registration cards sent in time"),
    ARRANGED: ("服务任务按时安排", "Service tasks arranged in time"),
    OLD_PARTS: ("旧件按时返厂", "Old parts returned in time"),
    FIRST_TIME: ("索赔一次通过", "Claims approved first time"),
    FOLLOW_UPS: ("回访按时完成", "Follow-ups made in time"),
    f"{CARDS}_target": ("售出后 {n} 天内", "within {n} days of the sale"),
    f"{ARRANGED}_target": ("受理后 {n} 小时内", "within {n} hours of receipt"),
    f"{OLD_PARTS}_target": ("返厂日期前", "by the return date"),
    f"{FIRST_TIME}_target": ("首次提交即全额通过", "approved in full at the first submission"),
    f"{FOLLOW_UPS}_target": ("到期日前", "by the due date"),
    REPLY_CLOCK: ("三包请求 7 日内答复", "三包 requests answered within 7 days"),
    FIX_CLOCK: ("农忙季节故障按时排除", "Busy-season faults fixed in time"),
    REPAIR_CLOCK: ("40 日内修复完毕", "Repairs finished within 40 days"),
    f"{REPLY_CLOCK}_target": ("受理后 {n} 日内告知用户", "customer told within {n} days"),
    f"{FIX_CLOCK}_target": ("一般故障 2 日、较大故障 5 日内", "2 days (easy fault) or 5 days (hard)"),
    f"{REPAIR_CLOCK}_target": ("请求后 {n} 日内修复", "repaired within {n} days of the request"),
    f"{REPLY_CLOCK}_notes": ("按受理时间计三包请求（不含服务站自己安排的保养提醒）：7 日内告知用户派谁、何时上门，"
                             "或已办结，为达标。",
                             "Requests received in the period (maintenance reminders left out): met when the customer "
                             "was told who comes and when, or the request was closed, within 7 days."),
    f"{FIX_CLOCK}_notes": ("农忙季节（服务站的季节）内受理的请求：一般故障 2 日内、较大故障 5 日内办结为达标。",
                           "Requests received on a day of one of the dealer's seasons: met when closed within 2 days "
                           "(easy fault) or 5 days (hard fault)."),
    f"{REPAIR_CLOCK}_notes": ("按故障日期计的索赔（不含作废和已被替代的修订）：自请求（无请求时自故障日期）起 "
                              "40 日内修复为达标。",
                              "Claims that failed in the period (cancelled and superseded ones left out): met when "
                              "repaired within 40 days of the request, or of the failure date without one."),
    f"{CARDS}_notes": ("按售出日期计：回执卡在到期日（含）前寄出为达标；逾期寄出或逾期未寄为未达标，"
                       "经理特批的也计为未达标（“另计”列为其中特批数）；未到期未寄为待定。",
                       "Units sold in the period: met when the card was sent by its due date; sent late or not sent "
                       "by then is missed, also when a manager accepted it (those are under “Set apart”); not sent "
                       "and not due yet is pending."),
    f"{ARRANGED}_notes": ("按受理时间计：在目标时间内安排（或当场处理完毕）为达标；超时安排或超时仍未安排为未达标；"
                          "保养提醒不计入。",
                          "Tasks received in the period: met when arranged (or closed at once) within the target; "
                          "arranged later, or still not arranged past it, is missed. Maintenance reminders are left "
                          "out."),
    f"{OLD_PARTS}_notes": ("按返厂日期计：在返厂日期（含）前发运为达标；逾期发运或逾期仍在站内为未达标；"
                           "报损或厂家同意留站的旧件不计入（“另计”）。",
                           "Old parts due in the period: met when shipped by their return date; shipped later or "
                           "still here after it is missed. Parts written off or left here by head office are not "
                           "counted (“Set apart”)."),
    f"{FIRST_TIME}_notes": ("按维修日期计首次提交的索赔：厂家全额通过为达标；部分通过、拒赔或退回重报为未达标；已提交"
                            "未核销为待定；草稿不计入。",
                            "First revisions of claims repaired in the period: met when head office approved them in "
                            "full; partly approved, rejected or reworked is missed; sent and not decided yet is "
                            "pending; drafts are not counted."),
    f"{FOLLOW_UPS}_notes": ("按到期日计：到期日（含）前完成回访为达标；逾期完成或逾期未做为未达标。",
                            "Follow-ups due in the period: met when made by the due date; made later or not made "
                            "after it is missed."),
    "months_notes": ("按维修日期计当前有效的索赔（不含作废和已被新修订替代的索赔）。",
                     "Claims counted by repair date: current revisions, not cancelled."),
    "outcomes_notes": ("按核销通知日期计厂家的每一项核销结论。", "Head office's decisions, by the date of the "
                                                                  "settlement notice."),
}


class _Texts:
    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValidationError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
        self.index = LANGUAGES.index(lang)

    def __call__(self, key: str, **values: object) -> str:
        return TEXTS[key][self.index].format(**values)


def _target(t: _Texts, item: ScoreItem) -> str:
    return t(f"{item.key}_target", n=item.target)


def tables(reports: ReportSet, lang: str) -> list[Table]:
    """The sheets of the workbook, in order."""
    t = _Texts(lang)
    c = Column
    money, count, rate, month = Kind.MONEY, Kind.INT, Kind.PERCENT, Kind.MONTH
    items = reports.scorecard.items + reports.scorecard.clocks
    score = Table(t("scorecard"), (
        c(t("item")), c(t("target")), c(t("met"), count), c(t("missed"), count), c(t("not_done"), count),
        c(t("pending"), count), c(t("excused"), count), c(t("counted"), count), c(t("share_met"), rate)),
        tuple((t(i.key), _target(t, i), i.met, i.missed, i.not_done, i.pending, i.excused, i.counted, i.share)
              for i in items))
    months = Table(t("months"), (
        c(t("month"), month), c(t("claims"), count), c(t("claimed"), money), c(t("labour"), money),
        c(t("parts_cost"), money), c(t("travel"), money), c(t("other"), money)),
        tuple((m.month, m.claims, m.claimed, m.labour, m.parts, m.travel, m.other) for m in reports.claims_by_month))
    outcomes = Table(t("outcomes"), (
        c(t("month"), month), c(t("decided"), count), c(t("approved"), count), c(t("partial"), count),
        c(t("rejected"), count), c(t("count_rate"), rate), c(t("claimed"), money), c(t("paid"), money),
        c(t("deducted"), money), c(t("amount_rate"), rate)),
        tuple((m.month, m.decided, m.approved, m.partial, m.rejected, m.count_rate, m.claimed, m.paid, m.deducted,
               m.amount_rate) for m in reports.outcomes_by_month))
    cut = sum((r.deducted for r in reports.deductions), start=0)
    reasons = Table(t("reasons"), (
        c(t("reason_code")), c(t("reason")), c(t("claims"), count), c(t("rejected"), count), c(t("partial"), count),
        c(t("claimed"), money), c(t("deducted"), money), c(t("share_deducted"), rate)),
        tuple((r.reason_code, r.reason_text or t("no_reason"), r.claims, r.rejected, r.partial, r.claimed, r.deducted,
               share(r.deducted, cut)) for r in reports.deductions))
    total = reports.claims
    parts = Table(t("parts"), (
        c(t("part_no")), c(t("part_name")), c(t("claims"), count), c(t("share_claims"), rate), c(t("claimed"), money),
        c(t("part_amount"), money)),
        tuple((p.part_no, p.part_name, p.claims, share(p.claims, total), p.claimed, p.part_amount)
              for p in reports.causal_parts))
    models = Table(t("models"), (
        c(t("model_code")), c(t("model_name")), c(t("claims"), count), c(t("share_claims"), rate),
        c(t("claimed"), money), c(t("average"), money)),
        tuple((m.model_code, m.model_name, m.claims, share(m.claims, total), m.claimed, m.average)
              for m in reports.models))
    notes_rows: list[tuple[object, ...]] = [
        (t("period_from"), reports.period.start), (t("period_to"), reports.period.end),
        (t("made_on"), reports.made_on), (t("months"), t("months_notes")), (t("outcomes"), t("outcomes_notes")),
        (t("no_causal"), reports.without_causal_part),
        *((t(i.key), t(f"{i.key}_notes")) for i in items)]
    notes = Table(t("notes"), (c(t("what")), c(t("value"))), tuple(notes_rows))
    return [score, months, outcomes, reasons, parts, models, notes]


def write_reports(reports: ReportSet, path: Path | str, lang: str) -> Path:
    """Write the workbook to `path`; the file is replaced only when complete."""
    t = _Texts(lang)
    try:
        return write_workbook(tables(reports, lang), path, title=t("workbook", period=reports.period.label()))
    except OSError as exc:
        raise ValidationError(f"cannot write {path}: {exc.strerror or exc}") from exc
