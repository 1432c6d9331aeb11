"""The command line: `warrantydesk` opens the GUI, `warrantydesk COMMAND` runs headless.

A thin layer over the same services the GUI uses. Every error ends as one line on stderr and a
non-zero exit code, never a traceback (the traceback goes to the log file).
"""
from __future__ import annotations

import argparse
import datetime as dt
import errno
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from app import APP_NAME, __version__, cli_actor
from app.domain.actors import Actor
from app.domain.errors import ValidationError, WarrantyDeskError

if TYPE_CHECKING:
    from app.services.database import Database

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_UNEXPECTED = 3

IMPORT_KINDS = ("models", "parts", "customers", "units", "stock")  # as app.services.imports.KINDS
INSPECTION = "inspection"  # head office's verdict on returned old parts (app.services.inspection)
DB_HELP = ("database URL: sqlite:///PATH or postgresql://USER:PASSWORD@HOST/NAME "
           "(default: $WARRANTYDESK_DB, else a SQLite file in your data folder)")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"warrantydesk: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {text}") from exc
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="warrantydesk", description=f"{APP_NAME} (三包服务站). Without a command, opens the app.")
    parser.add_argument("--db", metavar="URL", help=DB_HELP)
    parser.add_argument("--user", metavar="LOGIN", help=cli_actor.USER_HELP)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="fill an empty database with a realistic demo dealer",
                               description="Fill an empty database with a realistic, deterministic demo dealer: "
                                           "models, parts, customers, units, service log, claims in every status, "
                                           "batches, settlements, old parts and stock.")
    demo.add_argument("--units", type=_positive, default=2000, help="units sold (default 2000)")
    demo.add_argument("--claims", type=_positive, default=20000, help="warranty claims (default 20000)")
    demo.add_argument("--seed", type=int, default=1, help="random seed: the same seed gives the same dealer")
    demo.add_argument("--today", type=_date, help="the day the demo is built around (default: today)")
    demo.add_argument("--if-empty", action="store_true", help="do nothing (and succeed) if the database has data")
    demo.set_defaults(handler=cmd_demo)

    check = commands.add_parser("check", help="verify a database without changing it",
                                description="Verify integrity, schema version and foreign keys without changing "
                                            "anything, and print row counts per record kind.")
    check.set_defaults(handler=cmd_check)

    imports = commands.add_parser("import", help="import a manufacturer's Excel file (all rows or none)",
                                  description="Import an .xlsx file of models, parts (price list), customers, "
                                              "units sold, stock on hand, or head office's inspection result of "
                                              "returned old parts. Titles may be in Chinese or English. "
                                              "If any row is wrong nothing is imported and every wrong row is "
                                              "listed on stderr.")
    imports.add_argument("kind", choices=(*IMPORT_KINDS, INSPECTION), help="what the file holds")
    imports.add_argument("file", metavar="FILE.xlsx", help="the Excel workbook")
    imports.add_argument("--today", type=_date, help="the day the import counts as (default: today)")
    imports.set_defaults(handler=cmd_import)

    template = commands.add_parser("template", help="write an empty import template",
                                   description="Write the Excel template for one kind of import, with titles in "
                                               "Chinese and English and a notes sheet explaining each column.")
    template.add_argument("kind", choices=(*IMPORT_KINDS, INSPECTION), help="which template")
    template.add_argument("--out", metavar="FILE.xlsx", required=True, help="where to write it")
    template.set_defaults(handler=cmd_template)

    printing = commands.add_parser("print", help="print forms to a PDF file",
                                   description="Write printed forms to one PDF file, each record from a new page.")
    forms = printing.add_subparsers(dest="form", metavar="FORM", parser_class=_Parser, required=True)
    repair = forms.add_parser("repair-record", help="warranty repair records (三包维修记录) of claims",
                              description="The warranty repair records of the claims, by claim number as printed "
                                          "(e.g. SB2026-000123; the latest revision).")
    repair.add_argument("numbers", metavar="NUMBER", nargs="+", help="claim number")
    repair.add_argument("--out", metavar="FILE.pdf", required=True, help="where to write the PDF")
    repair.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN", help="language of the form (default zh_CN)")
    repair.add_argument("--today", type=_date, help="the day the forms are printed on (default: today)")
    repair.set_defaults(handler=cmd_print_repair_record)
    _print_forms(forms)
    from app import cli_settlement

    cli_settlement.add_commands(commands)
    from app import cli_reports

    cli_reports.add_commands(commands)
    from app import cli_batches

    cli_batches.add_commands(commands)
    from app import cli_backup

    cli_backup.add_commands(commands)
    from app import cli_stock

    cli_stock.add_commands(commands)
    from app import cli_archive

    cli_archive.add_commands(commands)
    from app import cli_plans

    cli_plans.add_commands(commands)
    from app import cli_exchanges

    cli_exchanges.add_commands(commands)
    return parser


def _print_form(forms: argparse._SubParsersAction, name: str, help_text: str, number: str,  # type: ignore[type-arg]
                handler: Callable[[argparse.Namespace], int], *, many: bool = True) -> argparse.ArgumentParser:
    form = forms.add_parser(name, help=help_text, description=f"Write the {help_text} to one PDF file.")
    form.add_argument("numbers", metavar=number, nargs="+" if many else 1, help=f"{number.lower()} as printed")
    form.add_argument("--out", metavar="FILE.pdf", required=True, help="where to write the PDF")
    form.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN", help="language of the form (default zh_CN)")
    form.set_defaults(handler=handler)
    return form


def _print_forms(forms: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    tags = _print_form(forms, "tags", "old-part tags (旧件标签)", "TAG", cmd_print_tags)
    tags.add_argument("--sheet", action="store_true", help="2 × 5 labels of 100 × 55 mm on A4 (default: one "
                                                           "100 × 60 mm label a page)")
    _print_form(forms, "packing-list", "return packing lists (旧件返厂清单)", "SHIPMENT_NO", cmd_print_packing_list)
    _print_form(forms, "batch", "claim batch summaries (索赔批次汇总)", "BATCH_NO", cmd_print_batch)
    card = _print_form(forms, "card", "warranty registration cards (三包回执卡)", "SERIAL", cmd_print_card)
    card.add_argument("--today", type=_date, help="the day the cards are filled in (default: today)")
    order = _print_form(forms, "paid-order", "paid service orders (有偿服务单)", "ORDER_NO", cmd_print_paid_order)
    order.add_argument("--today", type=_date, help="the day the orders are printed on (default: today)")
    _print_form(forms, "plan", "spare-part reserve plan (配件储备计划)", "PLAN_NO", cmd_print_plan, many=False)
    from app.cli_exchanges import cmd_print_exchange_record

    _print_form(forms, "exchange-record", "exchange and refund records (换货/退货记录)", "RECORD_NO",
                cmd_print_exchange_record)
    log_form = forms.add_parser("service-log", help="service-log report (售后服务登记表) for a date range",
                                description="Every service-log entry received from FROM to TO (inclusive).")
    log_form.add_argument("start", metavar="FROM", type=_date, help="first day, YYYY-MM-DD")
    log_form.add_argument("end", metavar="TO", type=_date, help="last day, YYYY-MM-DD")
    log_form.add_argument("--out", metavar="FILE.pdf", required=True, help="where to write the PDF")
    log_form.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN", help="language of the form")
    log_form.set_defaults(handler=cmd_print_service_log)


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services import demo
    from app.services.database import Database

    db = Database.open(args.db)
    try:
        if args.if_empty and not demo.is_empty(db):
            print(f"{db.location} already holds data; demo not built")
            return EXIT_OK
        result = demo.build_demo(db, units=args.units, claims=args.claims, seed=args.seed, today=args.today,
                                 progress=lambda step: print(f"demo: {step}…", file=sys.stderr, flush=True))
    finally:
        db.close()
    counts = result.row_counts
    print(f"demo dealer written to {db.location} in {result.seconds:.1f} s: {counts['units']} units, "
          f"{counts['warranty_claims']} claims, {counts['customers']} customers, {counts['parts']} parts, "
          f"{counts['old_parts']} old parts, {counts['claim_batches']} batches")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from app.services.database import Database

    db = Database.open_read_only(args.db)
    try:
        report = db.check()
    finally:
        db.close()
    print(f"database:  {report.location} ({report.backend})")
    print(f"schema:    {report.schema_revision} (current)")
    print(f"integrity: {report.integrity}, foreign keys ok")
    print("rows:")
    width = max(len(name) for name in report.row_counts)
    for name, count in sorted(report.row_counts.items()):
        print(f"  {name:<{width}}  {count:>9,}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from app.services.database import Database
    from app.services.imports import ImportRefused, import_file

    db = Database.open(args.db)
    try:
        if args.kind == INSPECTION:
            from app.services.inspection import import_inspection

            result = import_inspection(db, _command_line_actor(db), args.file, args.today or dt.date.today())
        else:
            result = import_file(db, args.kind, args.file, actor=_command_line_actor(db), today=args.today)
    except ImportRefused as refused:
        if len(refused.problems) > 1 or refused.problems[0].row is not None:
            for problem in refused.problems:  # one line per problem, like a compiler: file, row, column
                print(problem.line(refused.file_name), file=sys.stderr)
        print(f"warrantydesk: {refused}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        db.close()
    print(result.summary())
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from app.services.imports import save_template

    if args.kind == INSPECTION:
        from app.services.inspection import save_inspection_sheet

        path = save_inspection_sheet(args.out)
    else:
        path = save_template(args.kind, args.out)
    print(f"{args.kind} template written to {path}")
    return EXIT_OK


def cmd_print_repair_record(args: argparse.Namespace) -> int:
    from app.services.database import Database
    from app.services.forms import write_repair_records

    db = Database.open_read_only(args.db)
    try:
        path = write_repair_records(db, args.numbers, args.out, args.lang, today=args.today)
    finally:
        db.close()
    print(f"{len(args.numbers)} repair record(s) written to {path}")
    return EXIT_OK


def _print_with(args: argparse.Namespace, write: Callable[..., object], what: str) -> int:
    from app.services.database import Database

    db = Database.open_read_only(args.db)
    try:
        path = write(db)
    except OSError as exc:
        print(f"warrantydesk: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        db.close()
    print(f"{what} written to {path}")
    return EXIT_OK


def cmd_print_tags(args: argparse.Namespace) -> int:
    from app.services.forms import write_tags

    return _print_with(args, lambda db: write_tags(db, args.numbers, args.out, args.lang, sheet=args.sheet),
                       f"{len(args.numbers)} old-part tag(s)")


def cmd_print_packing_list(args: argparse.Namespace) -> int:
    from app.services.forms import write_packing_list

    return _print_with(args, lambda db: write_packing_list(db, args.numbers, args.out, args.lang),
                       f"{len(args.numbers)} packing list(s)")


def cmd_print_batch(args: argparse.Namespace) -> int:
    from app.services.forms import write_batch_summary

    return _print_with(args, lambda db: write_batch_summary(db, args.numbers, args.out, args.lang),
                       f"{len(args.numbers)} batch summary(ies)")


def cmd_print_card(args: argparse.Namespace) -> int:
    from app.services.forms import write_card_forms

    return _print_with(args, lambda db: write_card_forms(db, args.numbers, args.out, args.lang, today=args.today),
                       f"{len(args.numbers)} registration card(s)")


def cmd_print_paid_order(args: argparse.Namespace) -> int:
    from app.services.forms import write_paid_order_forms

    return _print_with(args, lambda db: write_paid_order_forms(db, args.numbers, args.out, args.lang,
                                                               today=args.today),
                       f"{len(args.numbers)} paid service order(s)")


def cmd_print_plan(args: argparse.Namespace) -> int:
    from app.services.forms import write_reserve_plan_form

    return _print_with(args, lambda db: write_reserve_plan_form(db, args.numbers[0], args.out, args.lang),
                       "reserve plan")


def cmd_print_service_log(args: argparse.Namespace) -> int:
    from app.services.forms import write_service_log

    return _print_with(args, lambda db: write_service_log(db, args.start, args.end, args.out, args.lang),
                       "service-log report")


def _command_line_actor(db: Database | None = None) -> Actor:
    """Who runs a command that changes data: --user (with its password once sign-in is on), else the default
    user; see app/cli_actor.py. Pass the command's open database when at hand."""
    from app.cli_actor import command_line_actor

    return command_line_actor(db)


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except WarrantyDeskError as exc:
        print(f"warrantydesk: {exc}", file=sys.stderr)
        return EXIT_ERROR if not isinstance(exc, ValidationError) else EXIT_USAGE
    except KeyboardInterrupt:
        print("warrantydesk: interrupted; nothing was written", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:  # a file that cannot be written or read (a full disk, no permission): the clerk's to fix
        full = exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
        reason = "the disk is full, or the file too big for it" if full else exc.strerror or str(exc)
        print(f"warrantydesk: cannot write or read {exc.filename or 'a file'}: {reason}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # the last line of defence: one line out, the traceback to the log
        log.exception("unexpected error in %s", args.command)
        print(f"warrantydesk: unexpected error ({type(exc).__name__}: {exc}); see the log in "
              f"{_log_location()}", file=sys.stderr)
        return EXIT_UNEXPECTED


def _log_location() -> str:
    from app import paths

    return str(paths.log_dir())


def setup_logging() -> None:
    from logging.handlers import RotatingFileHandler

    from app import paths

    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    try:
        paths.log_dir().mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(paths.log_dir() / "warrantydesk.log", maxBytes=2_000_000, backupCount=5,
                                      encoding="utf-8")
    except OSError:
        return  # no log folder: the app still works, it just cannot keep a log
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.raiseExceptions = False  # a log a full disk cannot take must not bury the message under tracebacks
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def main(argv: Sequence[str]) -> int:
    setup_logging()
    args = build_parser().parse_args(list(argv))
    cli_actor.invocation.update(db=args.db, user=args.user)
    if args.command is None:
        from app import bootstrap

        return bootstrap.run_gui(args.db, [sys.argv[0], *argv])
    return _run(args.handler, args)
