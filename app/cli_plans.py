"""`warrantydesk plan …`: spare-part reserve plans (配件储备计划) from the command line, over the same services
the app uses. Errors end as one line on stderr through app.cli's _run, like every other command."""
from __future__ import annotations

import argparse
import datetime as dt

from app.domain.money import format_money

STATUSES = ("draft", "approved", "submitted")  # app.domain.enums.PlanStatus


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from app.cli import _date, _Parser

    plan = commands.add_parser("plan", help="spare-part reserve plans (配件储备计划): create, export, list",
                               description="Forecast what a season will use, make the draft reserve plan, and "
                                           "export a plan to Excel for the manufacturer.")
    steps = plan.add_subparsers(dest="step", metavar="STEP", parser_class=_Parser, required=True)

    create = steps.add_parser("create", help="forecast a season and save its draft plan",
                              description="Forecast every part for the season SEASON (its code, e.g. SPRING) "
                                          "and save a draft plan of the parts it may need, with the suggested "
                                          "quantities and the reason for each. Prints the plan number.")
    create.add_argument("season", metavar="SEASON", help="season code, e.g. SPRING")
    create.add_argument("--year", type=int, help="the year the season starts in (default: its next start)")
    create.add_argument("--today", type=_date, help="the planning day (default: today); only what was "
                                                    "recorded before it is used")
    create.set_defaults(handler=cmd_plan_create)

    export = steps.add_parser("export", help="write a plan's Excel workbook",
                              description="Write plan PLAN to FILE.xlsx in the dealer's plan template (default: "
                                          "the shipped default layout), or in the template given with "
                                          "--template. An existing file is replaced only once the new one is "
                                          "complete.")
    export.add_argument("plan_no", metavar="PLAN", help="plan number, e.g. CB2026-001")
    export.add_argument("--out", metavar="FILE.xlsx", required=True, help="where to write the workbook")
    export.add_argument("--template", metavar="FILE", help="template file, or a shipped template's name "
                                                           "(default, manufacturer-order)")
    export.set_defaults(handler=cmd_plan_export)

    listing = steps.add_parser("list", help="list plans, the latest season first",
                               description="One line per plan: number, season, status, due date, lines, total.")
    listing.add_argument("--status", choices=STATUSES, help="only plans in this status")
    listing.set_defaults(handler=cmd_plan_list)

    template = steps.add_parser("template", help="show or choose the plan workbook template",
                                description="Without FILE, show the dealer's plan template and the shipped ones. "
                                            "With FILE (a template file, a shipped template's name, or "
                                            "'default'), check it and make it the template every workstation uses.")
    template.add_argument("file", metavar="FILE", nargs="?", help="template file or shipped template name")
    template.set_defaults(handler=cmd_plan_template)

    backtest = steps.add_parser("backtest", help="how the forecast would have done in past seasons",
                                description="For every past season with a season before it on record, plan on "
                                            "its due date from the records of that day and count the parts whose "
                                            "use stayed within the plan, beside last year's same-season quantity.")
    backtest.add_argument("--today", type=_date, help="seasons over by this day (default: today)")
    backtest.add_argument("--season", metavar="SEASON", action="append", help="only this season (repeatable)")
    backtest.set_defaults(handler=cmd_plan_backtest)


def cmd_plan_create(args: argparse.Namespace) -> int:
    from app.cli import EXIT_OK, _command_line_actor
    from app.services import plans
    from app.services.database import Database

    db = Database.open(args.db)
    try:
        made = plans.create_plan(db, _command_line_actor(), args.season, args.year, args.today or dt.date.today())
    finally:
        db.close()
    print(f"plan {made.plan_no}: {made.season_label} ({made.season_code}), due {made.due_date}; "
          f"{made.line_count} lines, total {format_money(made.total_amount)} (draft)")
    return EXIT_OK


def cmd_plan_export(args: argparse.Namespace) -> int:
    from app.cli import EXIT_OK
    from app.services.database import Database
    from app.services.plans.export import export_plan

    db = Database.open_read_only(args.db)
    try:
        result = export_plan(db, args.plan_no, args.out, template=args.template)
    finally:
        db.close()
    print(f"{result.plan_no} written to {result.path}: {result.lines} lines, template “{result.template}”")
    return EXIT_OK


def cmd_plan_list(args: argparse.Namespace) -> int:
    from app.cli import EXIT_OK
    from app.services import plans
    from app.services.database import Database
    from app.services.paging import PageRequest

    db = Database.open_read_only(args.db)
    try:
        page = plans.list_plans(db, PageRequest(limit=100_000, filters={"status": args.status or ""}))
    finally:
        db.close()
    for row in page.rows:
        revision = f" rev {row.revision}" if row.revision > 1 else ""
        print(f"{row.plan_no:<12}{revision:<7} {row.season_code:<10} {row.season_year}  {row.status.value:<9} "
              f"due {row.due_date}  {row.line_count:>5} lines  {format_money(row.total_amount):>14}")
    print(f"{page.total} plan(s)")
    return EXIT_OK


def cmd_plan_template(args: argparse.Namespace) -> int:
    from app.cli import EXIT_OK, _command_line_actor
    from app.services.database import Database
    from app.services.plans import export

    db = Database.open(args.db)
    try:
        if args.file:
            chosen = export.use_plan_template(db, _command_line_actor(), args.file)
            print(f"plan workbooks now use the template “{chosen.name}” "
                  f"({', '.join(sheet.title for sheet in chosen.sheets)})")
        else:
            current = export.current_plan_template(db)
            print(f"current template: {current.name} ({', '.join(sheet.title for sheet in current.sheets)})")
            print(f"shipped templates: {', '.join(export.shipped_plan_templates())}")
    finally:
        db.close()
    return EXIT_OK


def cmd_plan_backtest(args: argparse.Namespace) -> int:
    from app.cli import EXIT_OK
    from app.services.database import Database
    from app.services.plans.backtest import backtest

    db = Database.open_read_only(args.db)
    try:
        result = backtest(db, args.today or dt.date.today(), seasons=[s.upper() for s in args.season or []] or None)
    finally:
        db.close()
    print("season     year  parts used  forecast+safety  forecast  last year  last year+safety")
    for x in result.seasons:
        print(f"{x.season_code:<10} {x.year}  {x.parts_used:>10}  {_share(x.covered_target, x.parts_used):>15}  "
              f"{_share(x.covered_forecast, x.parts_used):>8}  {_share(x.covered_last_year, x.parts_used):>9}  "
              f"{_share(x.covered_last_year_safety, x.parts_used):>16}")
    used = sum(x.parts_used for x in result.seasons)
    print(f"{'all':<10} {'':4}  {used:>10}  {_share(_sum(result, 'covered_target'), used):>15}  "
          f"{_share(_sum(result, 'covered_forecast'), used):>8}  {_share(_sum(result, 'covered_last_year'), used):>9}  "
          f"{_share(_sum(result, 'covered_last_year_safety'), used):>16}")
    print(f"quantity stocked: forecast+safety {result.total('stock_target'):,.0f}, last year "
          f"{result.total('stock_last_year'):,.0f}, last year+safety {result.total('stock_last_year_safety'):,.0f}; "
          f"used {result.total('used_qty'):,.0f}")
    print(f"absolute error of the point forecast: forecast {result.total('error_forecast'):,.0f}, last year "
          f"{result.total('error_last_year'):,.0f}")
    return EXIT_OK


def _sum(result, field: str) -> int:  # type: ignore[no-untyped-def]
    return sum(getattr(x, field) for x in result.seasons)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "—"
