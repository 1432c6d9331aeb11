"""Reports for a period: claims per month, head office's decisions, the reasons money was cut, the
parts that fail, the models that fail, and the service scorecard; and all of them as one workbook.

Every figure is counted and summed in SQL (GROUP BY), exact to the claim and to the fen, so the
reports stay quick on a dealer with 200,000 claims.

    reports = load_reports(db, Period.last_months(today), today=today)
    export_reports(db, "reports.xlsx", reports.period, lang="zh_CN", today=today)
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.services import shared_settings
from app.services.business_time import utc_now
from app.services.database import Database
from app.services.reports.claims import (
    CausalPart,
    ModelClaims,
    MonthClaims,
    causal_parts,
    claims_by_model,
    claims_by_month,
)
from app.services.reports.outcomes import MonthOutcomes, ReasonDeductions, deductions_by_reason, outcomes_by_month
from app.services.reports.period import Period, add_months, share
from app.services.reports.scorecard import SCORE_KEYS, Scorecard, ScoreItem, Targets, load_scorecard

__all__ = [
    "SCORE_KEYS", "CausalPart", "ModelClaims", "MonthClaims", "MonthOutcomes", "Period", "ReasonDeductions",
    "STEPS", "ReportSet", "ScoreItem", "Scorecard", "Targets", "add_months", "export_reports", "load_reports", "share",
    "targets_of",
]

Progress = Callable[[int, int], None]  # (steps done, steps in all)
STEPS = 6


@dataclass(frozen=True)
class ReportSet:
    period: Period
    made_on: dt.date
    claims_by_month: tuple[MonthClaims, ...]
    outcomes_by_month: tuple[MonthOutcomes, ...]
    deductions: tuple[ReasonDeductions, ...]
    causal_parts: tuple[CausalPart, ...]
    models: tuple[ModelClaims, ...]
    scorecard: Scorecard

    @property
    def claims(self) -> int:
        return sum(m.claims for m in self.claims_by_month)

    @property
    def without_causal_part(self) -> int:
        """Claims of the period with no part line marked as the cause."""
        return self.claims - sum(p.claims for p in self.causal_parts)


def targets_of(db: Database) -> Targets:
    return Targets(shared_settings.get(db, shared_settings.CARD_DEADLINE_DAYS),
                   shared_settings.get(db, shared_settings.ARRANGE_TARGET_HOURS))


def load_reports(db: Database, period: Period, *, today: dt.date, now: dt.datetime | None = None,
                 progress: Progress | None = None) -> ReportSet:
    """Every report for `period`; `today` and `now` decide what is still pending on the scorecard."""
    report = progress or (lambda _done, _total: None)
    targets = targets_of(db)
    with db.translated_errors(), db.sessions() as s:
        report(0, STEPS)
        months = claims_by_month(s, period)
        report(1, STEPS)
        outcomes = outcomes_by_month(s, period)
        report(2, STEPS)
        reasons = deductions_by_reason(s, period)
        report(3, STEPS)
        parts = causal_parts(s, period)
        report(4, STEPS)
        models = claims_by_model(s, period)
        report(5, STEPS)
        card = load_scorecard(s, period, today, now or utc_now(), targets)
        report(6, STEPS)
    return ReportSet(period, today, months, outcomes, reasons, parts, models, card)


def export_reports(db: Database, path: Path | str, period: Period, *, lang: str, today: dt.date,
                   now: dt.datetime | None = None, progress: Progress | None = None) -> str:
    """Load every report for `period` and write them to one Excel workbook at `path` (replaced only when
    complete); returns the path written."""
    from app.services.reports.export import write_reports

    report = progress or (lambda _done, _total: None)
    reports = load_reports(db, period, today=today, now=now, progress=lambda done, _total: report(done, STEPS + 1))
    written = write_reports(reports, path, lang)
    report(STEPS + 1, STEPS + 1)
    return str(written)
