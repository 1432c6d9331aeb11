"""The service scorecard as figures: the share met, how many of how many, the target, the rest — the five
items head office rates the dealer on, then the regulation's three 三包 clocks."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.services.reports import Scorecard, ScoreItem
from app.services.reports.scorecard import (
    ARRANGED,
    CARDS,
    CLOCK_KEYS,
    FIRST_TIME,
    FIX_CLOCK,
    FOLLOW_UPS,
    OLD_PARTS,
    REPAIR_CLOCK,
    REPLY_CLOCK,
    SCORE_KEYS,
)

_CONTEXT = "ScorecardView"
TITLES = {
    CARDS: QT_TRANSLATE_NOOP("ScorecardView", "Registration cards sent in time"),
    ARRANGED: QT_TRANSLATE_NOOP("ScorecardView", "Service tasks arranged in time"),
    OLD_PARTS: QT_TRANSLATE_NOOP("ScorecardView", "Old parts returned in time"),
    FIRST_TIME: QT_TRANSLATE_NOOP("ScorecardView", "Claims approved first time"),
    FOLLOW_UPS: QT_TRANSLATE_NOOP("ScorecardView", "Follow-ups made in time"),
    REPLY_CLOCK: QT_TRANSLATE_NOOP("ScorecardView", "三包 requests answered within 7 days"),
    FIX_CLOCK: QT_TRANSLATE_NOOP("ScorecardView", "Busy-season faults fixed in time"),
    REPAIR_CLOCK: QT_TRANSLATE_NOOP("ScorecardView", "Repairs finished within 40 days"),
}
TARGETS = {
    CARDS: QT_TRANSLATE_NOOP("ScorecardView", "Target: sent within {n} days of the sale"),
    ARRANGED: QT_TRANSLATE_NOOP("ScorecardView", "Target: arranged within {n} hours of receipt"),
    OLD_PARTS: QT_TRANSLATE_NOOP("ScorecardView", "Target: shipped by the return date"),
    FIRST_TIME: QT_TRANSLATE_NOOP("ScorecardView", "Target: approved in full at the first submission"),
    FOLLOW_UPS: QT_TRANSLATE_NOOP("ScorecardView", "Target: made by the due date"),
    REPLY_CLOCK: QT_TRANSLATE_NOOP("ScorecardView", "Target: the customer told within {n} days"),
    FIX_CLOCK: QT_TRANSLATE_NOOP("ScorecardView", "Target: fixed within 2 days (easy) or 5 days (hard)"),
    REPAIR_CLOCK: QT_TRANSLATE_NOOP("ScorecardView", "Target: repaired within {n} days of the request"),
}
EXPLAINED = {
    CARDS: QT_TRANSLATE_NOOP("ScorecardView", "Units sold in the period. A card sent after its due date, or not "
                                              "sent by then, is missed — also when a manager accepted it."),
    ARRANGED: QT_TRANSLATE_NOOP("ScorecardView", "Tasks received in the period, maintenance reminders left out. "
                                                 "Closing a task at once counts as arranging it."),
    OLD_PARTS: QT_TRANSLATE_NOOP("ScorecardView", "Old parts due back in the period. Parts written off before "
                                                  "shipping or left here by head office are not counted."),
    FIRST_TIME: QT_TRANSLATE_NOOP("ScorecardView", "First submissions of claims repaired in the period that head "
                                                   "office has decided. Drafts are not counted."),
    FOLLOW_UPS: QT_TRANSLATE_NOOP("ScorecardView", "Follow-up calls and visits due in the period."),
    REPLY_CLOCK: QT_TRANSLATE_NOOP("ScorecardView", "Requests received in the period (the dealer's own maintenance "
                                                    "reminders left out): answered when the customer was told who "
                                                    "comes and when, or the request was closed."),
    FIX_CLOCK: QT_TRANSLATE_NOOP("ScorecardView", "Requests received on a day of one of the dealer's seasons: "
                                                  "closed within 2 days for an easy fault, 5 for a hard one."),
    REPAIR_CLOCK: QT_TRANSLATE_NOOP("ScorecardView", "Claims that failed in the period: repaired within 40 days "
                                                     "of the request (or the failure date without one)."),
}
EXCUSED = {
    CARDS: QT_TRANSLATE_NOOP("ScorecardView", "{n} of the missed accepted by a manager's override"),
    OLD_PARTS: QT_TRANSLATE_NOOP("ScorecardView", "{n} not counted (written off, or left here by head office)"),
}


def _t(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


class ScoreCard(QFrame):
    def __init__(self, key: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("scoreCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel()
        self.title_label.setObjectName("scoreTitle")
        self.title_label.setWordWrap(True)
        self.share_label = QLabel()
        self.share_label.setObjectName("scoreShare")
        font = self.share_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.share_label.setFont(font)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.count_label = QLabel()
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setObjectName("scoreDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        for widget in (self.title_label, self.share_label, self.bar, self.count_label, self.target_label,
                       self.detail_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.item: ScoreItem | None = None

    def show_item(self, item: ScoreItem | None) -> None:
        self.item = item
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title_label.setText(_t(TITLES[self.key]))
        self.setToolTip(_t(EXPLAINED[self.key]))
        item = self.item
        if item is None:
            for label in (self.share_label, self.count_label, self.target_label, self.detail_label):
                label.setText("")
            self.bar.setValue(0)
            return
        share = item.share
        self.share_label.setText("—" if share is None else f"{float(share):.1%}")
        self.bar.setValue(0 if share is None else round(float(share) * 1000))
        self.count_label.setText(self.tr("{met:,} of {counted:,} met").format(met=item.met, counted=item.counted))
        self.target_label.setText(_t(TARGETS[self.key]).format(n=item.target))
        lines = [self.tr("Missed: {missed:,}").format(missed=item.missed)]
        if item.not_done:
            lines.append(self.tr("of which not done yet: {n:,}").format(n=item.not_done))
        if self.key == FIRST_TIME:
            lines.append(self.tr("Waiting for head office: {n:,}").format(n=item.pending))
        else:
            lines.append(self.tr("Not due yet: {n:,}").format(n=item.pending))
        if item.excused and self.key in EXCUSED:
            lines.append(_t(EXCUSED[self.key]).format(n=item.excused))
        self.detail_label.setText("\n".join(lines))


class ScorecardView(QWidget):
    """The five items of the scorecard and the three clocks, three to a row."""

    COLUMNS = 3

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("QFrame#scoreCard { background: palette(base); border: 1px solid #d0d7de;"
                           " border-radius: 6px; } QLabel#scoreTitle { font-weight: bold; }"
                           " QLabel#scoreShare { color: #1f5f99; } QLabel#scoreDetail { color: #57606a; }")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.cards = {key: ScoreCard(key) for key in (*SCORE_KEYS, *CLOCK_KEYS)}
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, key in enumerate(self.cards):
            grid.addWidget(self.cards[key], index // self.COLUMNS, index % self.COLUMNS)
        for column in range(self.COLUMNS):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.caption)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.retranslate_ui()

    def show_scorecard(self, scorecard: Scorecard | None) -> None:
        for key, card in self.cards.items():
            card.show_item(scorecard.item(key) if scorecard is not None else None)

    def retranslate_ui(self) -> None:
        self.caption.setText(self.tr("What head office rates the dealer on. Only records whose deadline has "
                                     "passed, or that were done, count; the rest are not due yet."))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft)
        for card in self.cards.values():
            card.retranslate_ui()
