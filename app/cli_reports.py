"""Headless reports: `warrantydesk report export --out FILE.xlsx [--from DATE] [--to DATE]`."""
from __future__ import annotations

import argparse
import datetime as dt

EXIT_OK = 0  # as app.cli
LANGUAGES = ("zh_CN", "en")  # as app.services.reports.export



def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from app.cli import _date  # one parser of dates for every command

    report = commands.add_parser("report", help="claim reports and the service scorecard",
                                 description="Reports for a period: claims per month, head office's approval rate, "
                                             "deductions by reason, causal parts, claims by model and the service "
                                             "scorecard.")
    actions = report.add_subparsers(dest="action", metavar="ACTION", required=True)  # the parent's parser class
    export = actions.add_parser(
        "export", help="write every report to one Excel workbook",
        description="Write every report to an .xlsx workbook, one sheet per report and a notes sheet saying what "
                    "each figure counts. The period defaults to the last 12 calendar months up to today.")
    export.add_argument("--out", metavar="FILE.xlsx", required=True, help="where to write the workbook")
    export.add_argument("--from", dest="start", metavar="DATE", type=_date,
                        help="first day, YYYY-MM-DD (default: the first day of the month 11 months ago)")
    export.add_argument("--to", dest="end", metavar="DATE", type=_date, help="last day, YYYY-MM-DD (default: today)")
    export.add_argument("--lang", choices=LANGUAGES, default="zh_CN", help="language of the workbook (default zh_CN)")
    export.add_argument("--today", type=_date, help="the day the scorecard counts to (default: today)")
    export.set_defaults(handler=cmd_report_export)


def cmd_report_export(args: argparse.Namespace) -> int:
    from app.services.database import Database
    from app.services.reports import Period, export_reports

    today = args.today or dt.date.today()
    default = Period.last_months(args.end or today)
    period = Period(args.start or default.start, args.end or today)
    db = Database.open_read_only(args.db)
    try:
        path = export_reports(db, args.out, period, lang=args.lang, today=today)
    finally:
        db.close()
    print(f"reports for {period.label()} written to {path}")
    return EXIT_OK
