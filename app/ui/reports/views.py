"""The five claim reports on screen, each a chart over its table, filled from a ReportSet."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from app.domain.money import ZERO
from app.services.reports import CausalPart, ModelClaims, ReportSet, share
from app.ui.reports.report_view import (
    NUMBER,
    Cell,
    Chart,
    ReportView,
    axis_money,
    count_text,
    money_text,
    percent_text,
)
from app.ui.widgets.charts import PALETTE, Series

TOP = 15  # bars in a ranking chart; the table lists them all
APPROVED_COLOR, PARTIAL_COLOR, REJECTED_COLOR = PALETTE[1], PALETTE[2], PALETTE[3]
# One context for all the views: they share base classes, and self.tr() would look a string up under the
# subclass's name while lupdate files it under the class that holds the call.
translate = QCoreApplication.translate


def _count(value: float) -> str:
    return f"{value:,.0f}"


def _money(value: float) -> str:
    return f"{value:,.2f}"


def _n(value: int) -> Cell:
    return Cell(count_text(value), NUMBER)


def _m(value: Decimal) -> Cell:
    return Cell(money_text(value), NUMBER)


def _p(value: Decimal | None) -> Cell:
    return Cell(percent_text(value), NUMBER)


def _chart_choices() -> tuple[str, list[str]]:
    return (translate("ReportViews", "Chart:"),
            [translate("ReportViews", "Number of claims"), translate("ReportViews", "Claimed amount")])


class _View(ReportView):
    def __init__(self, *, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(horizontal=horizontal, parent=parent)
        self.reports: ReportSet | None = None

    def show_reports(self, reports: ReportSet | None) -> None:
        self.reports = reports
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.chart.set_empty_text(translate("ReportViews", "Nothing to show for this period."))
        self.fill()

    def fill(self) -> None:
        raise NotImplementedError

    def bold_last_row(self) -> None:
        """The totals row."""
        row = self.table.rowCount() - 1
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            if item is not None:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)


class MonthsView(_View):
    """Claims per month: how many, and what they claimed."""

    def fill(self) -> None:
        months = self.reports.claims_by_month if self.reports else ()
        labels = tuple(f"{m.month:%Y-%m}" for m in months)
        tip = translate("ReportViews", "{month}<br>Claims: {n}<br>Claimed: {amount}")
        tips = tuple(tip.format(month=label, n=count_text(m.claims), amount=money_text(m.claimed))
                     for label, m in zip(labels, months, strict=True))
        claims, claimed = translate("ReportViews", "Claims"), translate("ReportViews", "Claimed")

        def chart(index: int) -> Chart:
            if index == 1:
                return Chart(labels, (Series(claimed, tuple(float(m.claimed) for m in months)),), _money,
                             translate("ReportViews", "Claimed amount (yuan)"), axis_money, tips)
            return Chart(labels, (Series(claims, tuple(float(m.claims) for m in months)),), _count,
                         translate("ReportViews", "Number of claims"), None, tips)

        self.note.setText(translate("ReportViews", "Claims by repair date: current revisions, cancelled claims "
                                                   "left out."))
        self.set_choices(*_chart_choices(), chart)
        rows = [[Cell(label), _n(m.claims), _m(m.claimed), _m(m.labour), _m(m.parts), _m(m.travel), _m(m.other)]
                for label, m in zip(labels, months, strict=True)]
        sums = [_m(sum((getattr(m, f) for m in months), ZERO)) for f in ("claimed", "labour", "parts", "travel",
                                                                           "other")]
        rows.append([Cell(translate("ReportViews", "Total")), _n(sum(m.claims for m in months)), *sums])
        self.set_table([translate("ReportViews", "Month"), claims, claimed, translate("ReportViews", "Labour"),
                        translate("ReportViews", "Parts"), translate("ReportViews", "Travel"),
                        translate("ReportViews", "Other")], rows)
        self.bold_last_row()


class OutcomesView(_View):
    """Head office's decisions per month: approved in full, partly, rejected."""

    def fill(self) -> None:
        months = self.reports.outcomes_by_month if self.reports else ()
        labels = tuple(f"{m.month:%Y-%m}" for m in months)
        tip = translate("ReportViews", "{month}<br>Approved: {a}<br>Partly approved: {p}<br>Rejected: {r}<br>"
                                       "Approved by count: {rate}<br>Approved by amount: {amount_rate}")
        tips = tuple(tip.format(month=label, a=m.approved, p=m.partial, r=m.rejected, rate=percent_text(m.count_rate),
                                amount_rate=percent_text(m.amount_rate))
                     for label, m in zip(labels, months, strict=True))
        approved_name, partial_name = translate("ReportViews", "Approved"), translate("ReportViews", "Partly approved")
        rejected_name, paid_name = translate("ReportViews", "Rejected"), translate("ReportViews", "Approved amount")
        deducted_name, decided_name = translate("ReportViews", "Deducted"), translate("ReportViews", "Claims decided")

        def chart(index: int) -> Chart:
            if index == 1:
                return Chart(labels, (
                    Series(paid_name, tuple(float(m.paid) for m in months), APPROVED_COLOR),
                    Series(deducted_name, tuple(float(m.deducted) for m in months), REJECTED_COLOR)),
                    _money, translate("ReportViews", "Yuan"), axis_money, tips)
            return Chart(labels, (
                Series(approved_name, tuple(float(m.approved) for m in months), APPROVED_COLOR),
                Series(partial_name, tuple(float(m.partial) for m in months), PARTIAL_COLOR),
                Series(rejected_name, tuple(float(m.rejected) for m in months), REJECTED_COLOR)),
                _count, decided_name, None, tips)

        self.note.setText(translate("ReportViews", "Head office's decisions, by the month of the settlement notice."))
        self.set_choices(translate("ReportViews", "Chart:"), [decided_name, translate("ReportViews", "Amounts")], chart)
        rows = [[Cell(label), _n(m.decided), _n(m.approved), _n(m.partial), _n(m.rejected), _p(m.count_rate),
                 _m(m.claimed), _m(m.paid), _m(m.deducted), _p(m.amount_rate)]
                for label, m in zip(labels, months, strict=True)]
        approved, decided = sum(m.approved for m in months), sum(m.decided for m in months)
        claimed, paid = sum((m.claimed for m in months), ZERO), sum((m.paid for m in months), ZERO)
        rows.append([Cell(translate("ReportViews", "Total")), _n(decided), _n(approved),
                     _n(sum(m.partial for m in months)), _n(sum(m.rejected for m in months)),
                     _p(share(approved, decided)), _m(claimed), _m(paid), _m(sum((m.deducted for m in months), ZERO)),
                     _p(share(paid, claimed))])
        self.set_table([translate("ReportViews", "Month"), translate("ReportViews", "Decided"), approved_name,
                        partial_name, rejected_name, translate("ReportViews", "Approved (by count)"),
                        translate("ReportViews", "Claimed"), paid_name, deducted_name,
                        translate("ReportViews", "Approved (by amount)")], rows)
        self.bold_last_row()


class ReasonsView(_View):
    """Money head office cut or refused, by its reason code."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(horizontal=True, parent=parent)

    def fill(self) -> None:
        reasons = self.reports.deductions if self.reports else ()
        cut = sum((r.deducted for r in reasons), ZERO)
        texts = [r.reason_text or translate("ReportViews", "(no reason given)") for r in reasons]
        labels = [f"{r.reason_code} {text}".strip() for r, text in zip(reasons, texts, strict=True)]
        tip = translate("ReportViews", "{reason}<br>Claims: {n} (rejected {r})<br>Deducted: {amount}")
        claims_name, deducted_name = translate("ReportViews", "Claims"), translate("ReportViews", "Deducted")

        def chart(index: int) -> Chart:
            order = sorted(range(len(reasons)), key=lambda i: -reasons[i].claims) if index == 1 \
                else list(range(len(reasons)))
            picked = order[:TOP]
            tips = tuple(tip.format(reason=labels[i], n=reasons[i].claims, r=reasons[i].rejected,
                                    amount=money_text(reasons[i].deducted)) for i in picked)
            names = tuple(labels[i] for i in picked)
            if index == 1:
                return Chart(names, (Series(claims_name, tuple(float(reasons[i].claims) for i in picked), PALETTE[3]),),
                             _count, translate("ReportViews", "Claims with money cut"), None, tips)
            return Chart(names, (Series(deducted_name, tuple(float(reasons[i].deducted) for i in picked),
                                        PALETTE[3]),), _money, translate("ReportViews", "Deducted (yuan)"), axis_money,
                         tips)

        self.note.setText(translate("ReportViews", "Rejected claims and cuts in partly approved ones, by head "
                                                   "office's reason code."))
        self.set_choices(translate("ReportViews", "Chart:"), [translate("ReportViews", "Deducted amount"),
                                                              translate("ReportViews", "Number of claims")], chart)
        rows = [[Cell(r.reason_code), Cell(text, tooltip=text), _n(r.claims), _n(r.rejected), _n(r.partial),
                 _m(r.claimed), _m(r.deducted), _p(share(r.deducted, cut))]
                for r, text in zip(reasons, texts, strict=True)]
        self.set_table([translate("ReportViews", "Code"), translate("ReportViews", "Reason"), claims_name,
                        translate("ReportViews", "Rejected"), translate("ReportViews", "Partly approved"),
                        translate("ReportViews", "Claimed"), deducted_name,
                        translate("ReportViews", "Share of deductions")], rows)


class _RankingView(_View):
    """Parts or models ranked by claims, or by the amount claimed."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(horizontal=True, parent=parent)

    def ranking_chart(self, index: int, rows: Sequence[CausalPart | ModelClaims], labels: Sequence[str]) -> Chart:
        order = sorted(range(len(rows)), key=lambda i: (-rows[i].claimed, -rows[i].claims)) if index == 1 \
            else list(range(len(rows)))
        picked = order[:TOP]
        total = self.reports.claims if self.reports else 0
        tip = translate("ReportViews", "{name}<br>Claims: {n} ({share} of all)<br>Claimed: {amount}")
        tips = tuple(tip.format(name=labels[i], n=rows[i].claims, share=percent_text(share(rows[i].claims, total)),
                                amount=money_text(rows[i].claimed)) for i in picked)
        names = tuple(labels[i] for i in picked)
        if index == 1:
            return Chart(names, (Series(translate("ReportViews", "Claimed"),
                                        tuple(float(rows[i].claimed) for i in picked)),),
                         _money, translate("ReportViews", "Claimed amount (yuan)"), axis_money, tips)
        return Chart(names, (Series(translate("ReportViews", "Claims"), tuple(float(rows[i].claims) for i in picked)),),
                     _count, translate("ReportViews", "Number of claims"), None, tips)


class PartsView(_RankingView):
    def fill(self) -> None:
        parts = self.reports.causal_parts if self.reports else ()
        total = self.reports.claims if self.reports else 0
        labels = [f"{p.part_no} {p.part_name}" for p in parts]
        note = translate("ReportViews", "The part marked as the cause of each claim. The chart shows the {top} "
                                        "largest; the table lists all.").format(top=TOP)
        missing = self.reports.without_causal_part if self.reports else 0
        if missing:
            note += " " + translate("ReportViews", "{n} claims have no causal part marked.").format(
                n=count_text(missing))
        self.note.setText(note)
        self.set_choices(*_chart_choices(), lambda index: self.ranking_chart(index, parts, labels))
        rows = [[Cell(p.part_no), Cell(p.part_name, tooltip=p.part_name), _n(p.claims), _p(share(p.claims, total)),
                 _m(p.claimed), _m(p.part_amount)] for p in parts]
        self.set_table([translate("ReportViews", "Part no."), translate("ReportViews", "Part name"),
                        translate("ReportViews", "Claims"), translate("ReportViews", "Share of claims"),
                        translate("ReportViews", "Claimed"), translate("ReportViews", "Causal part amount")], rows)


class ModelsView(_RankingView):
    def fill(self) -> None:
        models = self.reports.models if self.reports else ()
        total = self.reports.claims if self.reports else 0
        labels = [m.model_name or m.model_code for m in models]
        self.note.setText(translate("ReportViews", "Claims by the model of the unit repaired."))
        self.set_choices(*_chart_choices(), lambda index: self.ranking_chart(index, models, labels))
        rows = [[Cell(m.model_code), Cell(m.model_name, tooltip=m.model_name), _n(m.claims),
                 _p(share(m.claims, total)), _m(m.claimed), _m(m.average)] for m in models]
        self.set_table([translate("ReportViews", "Model code"), translate("ReportViews", "Model name"),
                        translate("ReportViews", "Claims"), translate("ReportViews", "Share of claims"),
                        translate("ReportViews", "Claimed"), translate("ReportViews", "Average per claim")], rows)
