"""The workbook of the dealer's account with head office (三包费用往来台账): its sheets and columns.

app/services/ledger/export.py fills the rows; app/reports/excel/report_workbook.py writes them typed.
"""
from __future__ import annotations

from app.domain.enums import BatchStatus, LedgerKind
from app.reports.excel.report_workbook import Column, Kind

T, D, M, N = Kind.TEXT, Kind.DATE, Kind.MONEY, Kind.INT
TITLE = "三包费用往来台账 Account with head office"

KIND_TITLES = {LedgerKind.CREDIT: "核销入账 Credit", LedgerKind.OFFSET: "冲抵货款 Offset"}
STATUS_TITLES = {BatchStatus.OPEN: "未导出 Open", BatchStatus.EXPORTED: "待核销 Exported",
                 BatchStatus.SETTLED: "已核销 Settled"}
BUCKET_TITLES = ("0-30 天 days", "31-60 天 days", "61-90 天 days", ">90 天 days")
TOTAL_TITLE = "合计 Total"

LEDGER_SHEET = "台账 Ledger"
LEDGER = (
    Column("日期 Date", D), Column("类型 Kind"), Column("批次号 Batch no."), Column("核销通知号 Settlement no."),
    Column("凭证号 Reference"), Column("备注 Note"), Column("入账 Credit", M), Column("冲抵 Offset", M),
    Column("未冲抵余额 Balance", M),
)

BATCHES_SHEET = "批次往来 Batches"
BATCHES = (
    Column("批次号 Batch no."), Column("状态 Status"), Column("导出日期 Exported on", D), Column("索赔数 Claims", N),
    Column("索赔金额 Claimed", M), Column("核准金额 Approved", M), Column("扣款金额 Deducted", M),
    Column("待核销 Awaiting settlement", M), Column("待核销索赔数 Claims awaiting", N), Column("已入账 Credited", M),
    Column("已冲抵 Offset", M), Column("未冲抵 Credit not offset", M), Column("总部尚欠 Still owed", M),
    Column("差异 Unexplained", M),
)

DEDUCTIONS_SHEET = "扣款原因 Deductions"
DEDUCTIONS = (
    Column("批次号 Batch no."), Column("扣款原因代码 Reason code"), Column("扣款原因 Reason"),
    Column("索赔数 Claims", N), Column("扣款金额 Deducted", M),
)

AGEING_SHEET = "账龄 Ageing"
AGEING = (
    Column("账龄 Age"), Column("待核销金额 Awaiting settlement", M), Column("未冲抵入账 Credit not offset", M),
    Column("合计 Total", M),
)

AGEING_ITEMS_SHEET = "账龄明细 Ageing detail"
AGEING_ITEMS = (
    Column("类别 What"), Column("批次号 Batch no."), Column("起算日 Since", D), Column("天数 Days", N),
    Column("账龄 Age"), Column("金额 Amount", M),
)
AWAITING_TITLE = "待核销 Awaiting settlement"
OPEN_CREDIT_TITLE = "未冲抵入账 Credit not offset"
