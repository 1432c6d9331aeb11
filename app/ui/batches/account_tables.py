"""The tables of the account with head office: per-batch accounts, deductions by reason, the ledger's
columns and the ageing grid (0-30, 31-60, 61-90, over 90 days)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.domain.enums import LedgerKind
from app.services.ledger import BUCKETS, Ageing, BatchAccount, Deduction, LedgerRow
from app.ui.batches.common import day
from app.ui.claims.common import money
from app.ui.labels import label
from app.ui.models.paged import ALIGN_RIGHT, Column

ZERO = Decimal("0.00")
_RED = QColor("#b71c1c")


_AWAITING_TIP = QT_TRANSLATE_NOOP("AccountView", "{count:,} claims head office has not settled yet")

_UNEXPLAINED = QT_TRANSLATE_NOOP("AccountView", "Claimed minus approved, deducted and awaiting leaves {amount} "
                                                "unexplained")


def _owed_colour(account: BatchAccount) -> QColor | None:
    return _RED if account.unexplained != 0 else None


ACCOUNT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("AccountView", "Batch no."), lambda a: a.batch_no, tooltip=lambda a: label(a.status)),
    Column(QT_TRANSLATE_NOOP("AccountView", "Exported"), lambda a: day(a.exported_on)),
    Column(QT_TRANSLATE_NOOP("AccountView", "Claims"), lambda a: f"{a.claims:,}", align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("AccountView", "Claimed"), lambda a: money(a.claimed), align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("AccountView", "Approved"), lambda a: money(a.approved), align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("AccountView", "Deducted"), lambda a: money(a.deducted), align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("AccountView", "Awaiting"), lambda a: money(a.awaiting), align=ALIGN_RIGHT,
           tooltip=lambda a: QCoreApplication.translate("AccountView", _AWAITING_TIP).format(count=a.awaiting_claims)),
    Column(QT_TRANSLATE_NOOP("AccountView", "Credited"), lambda a: money(a.credited), align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("AccountView", "Offset"), lambda a: money(a.offset), align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("AccountView", "Still owed"), lambda a: money(a.owed), align=ALIGN_RIGHT,
           foreground=_owed_colour, tooltip=lambda a: QCoreApplication.translate("AccountView", _UNEXPLAINED).format(
               amount=money(a.unexplained)) if a.unexplained else ""),
]
ACCOUNT_SORTS = [lambda a: a.batch_no, lambda a: a.exported_on or dt.date.min, lambda a: a.claims,
                 lambda a: a.claimed, lambda a: a.approved, lambda a: a.deducted, lambda a: a.awaiting,
                 lambda a: a.credited, lambda a: a.offset, lambda a: a.owed]
ACCOUNT_WIDTHS = (15, 10, 6, 12, 12, 11, 11, 12, 12, 11)

DEDUCTION_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("AccountView", "Reason code"), lambda d: d.reason_code),
    Column(QT_TRANSLATE_NOOP("AccountView", "Reason"), lambda d: d.reason_text, tooltip=lambda d: d.reason_text),
    Column(QT_TRANSLATE_NOOP("AccountView", "Claims"), lambda d: f"{d.claims:,}", align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("AccountView", "Deducted"), lambda d: money(d.amount), align=ALIGN_RIGHT),
]
DEDUCTION_SORTS = [lambda d: d.reason_code, lambda d: d.reason_text, lambda d: d.claims, lambda d: d.amount]
DEDUCTION_WIDTHS = (7, 18, 5, 11)


def _credit(row: LedgerRow) -> str:
    return money(row.amount) if row.kind == LedgerKind.CREDIT else ""


def _offset(row: LedgerRow) -> str:
    return money(row.amount) if row.kind == LedgerKind.OFFSET else ""


LEDGER_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("AccountView", "Date"), lambda r: r.entry_date.isoformat(), "date"),
    Column(QT_TRANSLATE_NOOP("AccountView", "Kind"), lambda r: label(r.kind), "kind"),
    Column(QT_TRANSLATE_NOOP("AccountView", "Batch no."), lambda r: r.batch_no, "batch"),
    Column(QT_TRANSLATE_NOOP("AccountView", "Settlement no."), lambda r: r.settlement_no, "settlement"),
    Column(QT_TRANSLATE_NOOP("AccountView", "Reference"), lambda r: r.reference, "reference"),
    Column(QT_TRANSLATE_NOOP("AccountView", "Note"), lambda r: r.note, tooltip=lambda r: r.note),
    Column(QT_TRANSLATE_NOOP("AccountView", "Credit"), _credit, "amount", ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("AccountView", "Offset"), _offset, "amount", ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("AccountView", "Balance"), lambda r: money(r.balance), "balance", ALIGN_RIGHT),
]
LEDGER_WIDTHS = (11, 24, 15, 14, 15, 24, 13, 13, 13)


def deductions_of(accounts: tuple[BatchAccount, ...], total: BatchAccount, batch_no: str) -> tuple[Deduction, ...]:
    for account in accounts:
        if account.batch_no == batch_no:
            return account.deductions
    return total.deductions


class AgeingTable(QTableWidget):
    """Rows: the four age buckets and their total; columns: awaiting settlement, credit not offset, both."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(BUCKETS) + 1, 3, parent)
        self.setObjectName("ageingTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)  # five rows, no blank
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ageing: Ageing | None = None
        for row in range(self.rowCount()):
            for column in range(3):
                item = QTableWidgetItem("")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row == len(BUCKETS):
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, column, item)
        self.retranslate_ui()

    def show_ageing(self, ageing: Ageing | None) -> None:
        self.ageing = ageing
        awaiting = ageing.awaiting if ageing else (ZERO,) * len(BUCKETS)
        credit = ageing.open_credit if ageing else (ZERO,) * len(BUCKETS)
        rows = [*zip(awaiting, credit, strict=True), (sum(awaiting, ZERO), sum(credit, ZERO))]
        for row, (waiting, open_credit) in enumerate(rows):
            for column, amount in enumerate((waiting, open_credit, waiting + open_credit)):
                item = self.item(row, column)
                item.setText(money(amount))
                # Old money stands out: head office has sat on it for more than 60 days.
                old = row in (2, 3) and amount > 0
                item.setForeground(_RED if old else self.palette().text().color())

    def amounts(self, column: int) -> list[str]:
        return [self.item(row, column).text() for row in range(self.rowCount())]

    def retranslate_ui(self) -> None:
        # Short titles, so the grid fits beside the batches; the tooltips say them in full.
        titles = [(self.tr("Awaiting"), self.tr("Exported claims head office has not settled yet")),
                  (self.tr("Not offset"), self.tr("Credited by head office, not yet offset against the payable")),
                  (self.tr("Total"), "")]
        for column, (title, tip) in enumerate(titles):
            item = QTableWidgetItem(title)
            item.setToolTip(tip)
            self.setHorizontalHeaderItem(column, item)
        self.setVerticalHeaderLabels([self.tr("0–30 days"), self.tr("31–60 days"), self.tr("61–90 days"),
                                      self.tr("Over 90 days"), self.tr("Total")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
