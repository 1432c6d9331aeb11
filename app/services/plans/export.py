"""The reserve plan as an Excel workbook for the manufacturer, in the default layout or the manufacturer's
own template (the same template mechanism as the claim batch export; format in resources/templates/README.md).

The workbook is written to a temporary file beside the target and renamed into place: a failed export
leaves any earlier file as it was. The same plan exported twice gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import DealerProfile, ModelPart, ProductModel, ReservePlan, Season, SharedSetting
from app.domain.actors import Actor
from app.domain.errors import WarrantyDeskError
from app.reports.batch.template import Template
from app.reports.pdf.framework import write_atomically
from app.reports.plan_reason_text import reason_text
from app.reports.plan_workbook import PlanData, PlanHeader, PlanLineData, parse_plan_template, write_plan_workbook
from app.services import shared_settings
from app.services.audit_trail import write_audit
from app.services.batches.templates import shipped_templates, template_text
from app.services.business_time import BUSINESS_TZ
from app.services.database import Database
from app.services.paging import PageRequest
from app.services.plans.listing import find_plan, plan_lines, summary_of
from app.services.plans.views import PlanSummary
from app.services.shared_settings import SharedKey

DEFAULT = "default"
KIND = "plan"  # resources/templates/plan
PLAN_TEMPLATE = SharedKey("plans/excel_template", "")  # "": the shipped default


class ExportFailed(WarrantyDeskError):
    """The workbook could not be written (folder missing or not writable, disk full); nothing was left behind."""


@dataclass(frozen=True)
class PlanExport:
    path: Path
    plan_no: str
    lines: int
    template: str


def shipped_plan_templates() -> dict[str, Path]:
    return shipped_templates(KIND)


def load_plan_template(source: Path | str) -> Template:
    """A shipped template by name (default, manufacturer-order …) or a template file."""
    text, name = template_text(source, KIND)
    return parse_plan_template(text, name)


def current_plan_template(db: Database) -> Template:
    stored = shared_settings.get(db, PLAN_TEMPLATE)
    if not stored.strip():
        return load_plan_template(DEFAULT)
    return parse_plan_template(stored, "the dealer's reserve plan template")


def use_plan_template(db: Database, actor: Actor, source: Path | str | None) -> Template:
    """Make `source` the template every workstation exports plans with (None or "default": the shipped one).
    A template that does not check is refused and the old choice kept."""
    if source is None or source == DEFAULT:
        text, template = "", load_plan_template(DEFAULT)
    else:
        text, name = template_text(source, KIND)
        template = parse_plan_template(text, name)
    old = current_plan_template(db).name
    with db.translated_errors(), db.sessions.begin() as s:
        row = s.get(SharedSetting, PLAN_TEMPLATE.key)
        if row is None:
            s.add(SharedSetting(key=PLAN_TEMPLATE.key, value=text))
        else:
            row.value = text
        write_audit(s, actor, "setting", 0, "update", PLAN_TEMPLATE.key, old, template.name)
    return template


def plan_data(db: Database, plan_no_or_id: str | int) -> PlanData:
    """Everything the workbook shows, lines in the plan's order (warranty parts, wear parts, others)."""
    with db.translated_errors(), db.sessions() as s:
        plan = find_plan(s, plan_no_or_id)
        summary = summary_of(s, plan.id)
        header = _header(s, plan, summary)
    rows = plan_lines(db, summary.id, PageRequest(limit=max(summary.line_count, 1))).rows
    models = _models_of(db, [x.part_id for x in rows])
    lines = []
    for number, x in enumerate(rows, start=1):
        facts = x.reason_facts
        lines.append(PlanLineData(
            line_no=number, part_no=x.part_no, part_name=x.part_name, unit=x.unit, part_class=x.part_class.value,
            models=", ".join(models.get(x.part_id, ())), pack_size=x.pack_size, forecast=x.forecast_qty,
            safety=facts.safety if facts else None, minimum=facts.minimum if facts else None,
            on_hand=x.on_hand_qty, on_order=x.on_order_qty,
            last_year=facts.last_year[1] if facts and facts.last_year else None, suggested=x.suggested_qty,
            chosen=x.chosen_qty, unit_price=x.unit_price, amount=x.amount, reason_zh=reason_text(x.reason, "zh_CN"),
            reason_en=reason_text(x.reason, "en"), note=x.note))
    return PlanData(header, tuple(lines))


def _header(s: Session, plan: ReservePlan, summary: PlanSummary) -> PlanHeader:
    dealer = s.get(DealerProfile, 1)
    season = s.get(Season, plan.season_id)
    start = summary.season_start
    last_day = start + dt.timedelta(days=(season.length_days if season else 1) - 1)
    return PlanHeader(
        plan_no=plan.plan_no, revision=plan.revision, dealer_code=dealer.dealer_code if dealer else "",
        dealer_name=dealer.name if dealer else "", manufacturer=dealer.manufacturer if dealer else "",
        season_code=summary.season_code, season_name=summary.season_name, season_year=plan.season_year,
        season_start=start, season_last_day=last_day, due_date=plan.due_date, status=plan.status.value,
        approved_by=summary.approved_by,
        approval_date=plan.approved_at.astimezone(BUSINESS_TZ).date() if plan.approved_at else None,
        submitted_on=plan.submitted_on, total_amount=plan.total_amount, note=plan.note,
        created_on=plan.created_at.astimezone(BUSINESS_TZ).date())


def _models_of(db: Database, part_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    wanted = set(part_ids)
    with db.translated_errors(), db.sessions() as s:
        for part_id, code in s.execute(select(ModelPart.part_id, ProductModel.code)
                                       .join(ProductModel, ProductModel.id == ModelPart.model_id)
                                       .order_by(ProductModel.code)):
            if part_id in wanted:
                found[part_id].append(code)
    return found


def export_plan(db: Database, plan_no_or_id: str | int, out: Path | str, *,
                template: Template | Path | str | None = None) -> PlanExport:
    """Write the plan's workbook to `out` (a .xlsx file), replacing it only once complete.
    `template`: a Template, a template file or a shipped template's name; None: the dealer's template."""
    if isinstance(template, Template):
        layout = template
    elif template is None:
        layout = current_plan_template(db)
    else:
        layout = load_plan_template(template)
    data = plan_data(db, plan_no_or_id)
    target = Path(out)
    if target.is_dir():
        target = target / f"{data.header.plan_no}.xlsx"
    try:
        write_atomically(target, lambda path: write_plan_workbook(data, layout, path) and None)
    except OSError as exc:
        raise ExportFailed(f"cannot write {target}: {exc.strerror or exc}") from exc
    return PlanExport(target, data.header.plan_no, len(data.lines), layout.name)


__all__ = ["DEFAULT", "ExportFailed", "PlanExport", "current_plan_template", "export_plan", "load_plan_template",
           "plan_data", "shipped_plan_templates", "use_plan_template"]
