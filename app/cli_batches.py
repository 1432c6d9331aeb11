"""`warrantydesk batch …`: claim batches to head office from the command line (the same services the
app uses). Errors end as one line on stderr through app.cli's _run, like every other command."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.domain.money import format_money

STATUSES = ("open", "exported", "settled")  # app.domain.enums.BatchStatus


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from app.cli import _date, _Parser

    batch = commands.add_parser("batch", help="claim batches to head office (索赔批次): create, export, list",
                                description="Build claim batches from approved claims and export them for head "
                                            "office as one folder or .zip: workbook, JSON, repair-record PDFs, "
                                            "attachments and a manifest of SHA-256 checksums.")
    steps = batch.add_subparsers(dest="step", metavar="STEP", parser_class=_Parser, required=True)

    create = steps.add_parser("create", help="gather approved claims into a new batch",
                              description="Gather approved claims not yet in a batch: those repaired from FROM to "
                                          "TO (either may be left out), or the claims named with --claims. Prints "
                                          "the batch number and its totals.")
    create.add_argument("--from", dest="start", metavar="DATE", type=_date, help="first repair date, YYYY-MM-DD")
    create.add_argument("--to", dest="end", metavar="DATE", type=_date, help="last repair date, YYYY-MM-DD")
    create.add_argument("--claims", metavar="NO", nargs="+", help="claim numbers as printed (their latest revision)")
    create.add_argument("--today", type=_date, help="the day the batch is made (default: today); its year numbers it")
    create.set_defaults(handler=cmd_batch_create)

    export = steps.add_parser("export", help="write a batch's package for head office and lock the batch",
                              description="Write the package of batch BATCH into the folder PATH (a folder "
                                          "named after the batch, or with --zip BATCH.zip; a PATH ending in .zip "
                                          "names the zip itself). The batch and its claims are locked once the "
                                          "package is complete; exporting an exported batch again writes the "
                                          "same data files and changes nothing.")
    export.add_argument("batch_no", metavar="BATCH", help="batch number, e.g. D3701-2026-011")
    export.add_argument("--out", metavar="PATH", required=True, help="folder to write the package in")
    export.add_argument("--zip", action="store_true", help="one .zip file instead of a folder")
    export.add_argument("--template", metavar="FILE", help="workbook template file (or a shipped template's name); "
                                                           "default: the dealer's template")
    export.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN", help="language of the repair records")
    export.add_argument("--today", type=_date, help="the day printed on the repair records (default: today)")
    export.set_defaults(handler=cmd_batch_export)

    listing = steps.add_parser("list", help="list batches, newest first",
                               description="One line per batch: number, status, period, claims and total.")
    listing.add_argument("--status", choices=STATUSES, help="only batches in this status")
    listing.set_defaults(handler=cmd_batch_list)

    template = steps.add_parser("template", help="show or choose the workbook template",
                                description="Without FILE, show the dealer's workbook template and the shipped ones. "
                                            "With FILE (a template file, or a shipped template's name, or "
                                            "'default'), check it and make it the template every workstation uses.")
    template.add_argument("file", metavar="FILE", nargs="?", help="template file or shipped template name")
    template.set_defaults(handler=cmd_batch_template)


def cmd_batch_create(args: argparse.Namespace) -> int:
    import datetime as dt

    from app.cli import EXIT_OK, _command_line_actor
    from app.services import batches
    from app.services.database import Database

    db = Database.open(args.db)
    try:
        ids = batches.latest_claim_ids(db, args.claims) if args.claims else None
        view = batches.create_batch(db, _command_line_actor(), period_from=args.start, period_to=args.end,
                                    claim_ids=ids, today=args.today or dt.date.today())
    finally:
        db.close()
    t = view.totals
    print(f"batch {view.batch_no}: {t.claim_count} claim(s); labour {format_money(t.labour_amount)}, "
          f"parts {format_money(t.parts_amount)}, travel {format_money(t.travel_amount)}, "
          f"other {format_money(t.other_amount)}, total {format_money(t.total_amount)}")
    return EXIT_OK


def cmd_batch_export(args: argparse.Namespace) -> int:
    from app.cli import EXIT_OK, _command_line_actor
    from app.services import batches
    from app.services.database import Database

    db = Database.open(args.db)
    try:
        result = batches.export_batch(db, _command_line_actor(), args.batch_no, Path(args.out), as_zip=args.zip,
                                      template=args.template, lang=args.lang, today=args.today,
                                      progress=_progress if sys.stderr.isatty() else None)
    finally:
        db.close()
    state = "batch locked" if result.locked else "batch was already exported and is unchanged"
    print(f"{result.batch_no} exported to {result.path}: {result.files} files, {result.bytes / 1024 / 1024:.1f} MB, "
          f"manifest SHA-256 {result.package_sha256}; {state}")
    return EXIT_OK


def cmd_batch_list(args: argparse.Namespace) -> int:
    from app.cli import EXIT_OK
    from app.services import batches
    from app.services.database import Database
    from app.services.paging import PageRequest

    db = Database.open_read_only(args.db)
    try:
        page = batches.list_batches(db, PageRequest(limit=100_000, filters={"status": args.status or ""}))
    finally:
        db.close()
    for row in page.rows:
        period = f"{row.period_from or '…'} – {row.period_to or '…'}" if row.period_from or row.period_to else "picked"
        print(f"{row.batch_no:<18} {row.status.value:<9} {period:<25} {row.totals.claim_count:>6} claims  "
              f"{format_money(row.totals.total_amount):>16}")
    print(f"{page.total} batch(es)")
    return EXIT_OK


def cmd_batch_template(args: argparse.Namespace) -> int:
    from app.cli import EXIT_OK, _command_line_actor
    from app.services import batches
    from app.services.database import Database

    db = Database.open(args.db)
    try:
        if args.file:
            chosen = batches.use_template(db, _command_line_actor(), args.file)
            print(f"batch workbooks now use the template “{chosen.name}” "
                  f"({', '.join(sheet.title for sheet in chosen.sheets)})")
        else:
            current = batches.current_template(db)
            print(f"current template: {current.name} ({', '.join(sheet.title for sheet in current.sheets)})")
            print(f"shipped templates: {', '.join(batches.shipped_templates())}")
    finally:
        db.close()
    return EXIT_OK


def _progress(stage: str, done: int, total: int) -> None:
    if stage in ("pdf", "attachments") and total and (done == total or done % 100 == 0):
        print(f"\rexport: {stage} {done}/{total}", end="\n" if done == total else "", file=sys.stderr, flush=True)
