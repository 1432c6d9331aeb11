"""Spare-part reserve plans (配件储备计划): seasons, the forecast per part, plans from draft to submission,
last season's plan beside what it really used, and the plan's Excel export."""
from __future__ import annotations

from app.services.plans.compare import compare_lines, comparison
from app.services.plans.forecast import PartForecast, SeasonForecast, consumption, forecast_season
from app.services.plans.lifecycle import (
    accept_suggestions,
    approve_plan,
    create_plan,
    delete_plan,
    record_submission,
    set_note,
    update_line,
)
from app.services.plans.listing import PlanNotFound, get_plan, list_plans, plan_for_season, plan_lines
from app.services.plans.method import Method
from app.services.plans.seasons import (
    PlanDue,
    SeasonView,
    create_season,
    delete_season,
    list_seasons,
    plans_due,
    update_season,
)
from app.services.plans.views import CompareRow, Comparison, PlanChange, PlanLineRow, PlanSummary

__all__ = [
    "CompareRow",
    "Comparison",
    "Method",
    "PartForecast",
    "PlanChange",
    "PlanDue",
    "PlanLineRow",
    "PlanNotFound",
    "PlanSummary",
    "SeasonForecast",
    "SeasonView",
    "accept_suggestions",
    "approve_plan",
    "compare_lines",
    "comparison",
    "consumption",
    "create_plan",
    "create_season",
    "delete_plan",
    "delete_season",
    "forecast_season",
    "get_plan",
    "list_plans",
    "list_seasons",
    "plan_for_season",
    "plan_lines",
    "plans_due",
    "record_submission",
    "set_note",
    "update_line",
    "update_season",
]
