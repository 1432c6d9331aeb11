"""Headless commands for head office's settlement notices and the account with head office:
`warrantydesk settle FILE` and `warrantydesk ledger export|offset|balance`."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from decimal import Decimal, InvalidOperation

from app.domain.money import format_money

EXIT_OK = 0
EXIT_ERROR = 1  # as app.cli



def _amount(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation as exc:
        raise argparse.ArgumentTypeError(f"not an amount: {text}") from exc
    if not value.is_finite() or value <= 0:
        raise argparse.ArgumentTypeError(f"must be greater than zero: {text}")
    return value


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from app.cli import _date  # one parser of dates for every command

    settle = commands.add_parser(
        "settle", help="import head office's settlement notice (三包费用核销通知), all or nothing",
        description="Import a settlement notice (.xlsx or .json, format in resources/settlement/README.md): claims "
                    "become settled (approved, partly approved or rejected), batches whose claims are all settled "
                    "become settled, and the approved amount is credited to the account with head office. If "
                    "anything is wrong nothing is imported and every problem is listed on stderr.")
    settle.add_argument("file", metavar="FILE", help="the settlement notice, .xlsx or .json")
    settle.add_argument("--today", type=_date, help="the day the import counts as (default: today)")
    settle.set_defaults(handler=cmd_settle)

    ledger = commands.add_parser("ledger", help="the account with head office: export, offsets, balance",
                                 description="The dealer's account with head office: warranty credits from "
                                             "settlement notices and offsets against the dealer's payable.")
    actions = ledger.add_subparsers(dest="action", metavar="ACTION", required=True)  # the parent's parser class
    export = actions.add_parser("export", help="write the ledger, what is owed per batch and its ageing to Excel",
                                description="Write the account with head office to an .xlsx workbook: the ledger, "
                                            "what is owed per batch, deductions by reason and the ageing.")
    export.add_argument("--out", metavar="FILE.xlsx", required=True, help="where to write the workbook")
    export.add_argument("--today", type=_date, help="the day the ageing is counted to (default: today)")
    export.set_defaults(handler=cmd_ledger_export)

    offset = actions.add_parser("offset", help="record credit offset against the dealer's payable",
                                description="Record that warranty credit was offset against what the dealer owes "
                                            "head office. The amount cannot exceed the credit not yet offset; it "
                                            "uses the oldest credits first unless --batch names one batch.")
    offset.add_argument("amount", type=_amount, metavar="AMOUNT", help="yuan, e.g. 12000.50")
    offset.add_argument("--reference", required=True, help="head office's voucher or statement number")
    offset.add_argument("--date", type=_date, help="the day of the offset (default: today)")
    offset.add_argument("--batch", metavar="BATCH_NO", help="offset only credit of this batch")
    offset.add_argument("--note", default="", help="a note kept with the entry")
    offset.set_defaults(handler=cmd_ledger_offset)

    balance = actions.add_parser("balance", help="print what head office still owes, per batch and in total",
                                 description="Print the credit not yet offset, and per exported batch what was "
                                             "claimed, approved, deducted and is still awaiting settlement.")
    balance.add_argument("--today", type=_date, help="the day the ageing is counted to (default: today)")
    balance.set_defaults(handler=cmd_ledger_balance)


def cmd_settle(args: argparse.Namespace) -> int:
    from app.cli import _command_line_actor
    from app.reports.excel import ImportRefused
    from app.services.database import Database
    from app.services.settlements import import_settlement

    db = Database.open(args.db)
    try:
        result = import_settlement(db, _command_line_actor(), args.file, args.today or dt.date.today())
    except ImportRefused as refused:
        for problem in refused.problems:  # one line per problem, like a compiler: file, row, column
            print(problem.line(refused.file_name), file=sys.stderr)
        print(f"warrantydesk: {refused}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        db.close()
    print(f"settlement {result.settlement_no} of {result.notice_date.isoformat()} imported from {result.file_name}")
    print(f"  batches:           {', '.join(result.batch_nos)}")
    print(f"  approved in full:  {len(result.approved)}")
    print(f"  partly approved:   {len(result.partial)}")
    print(f"  rejected:          {len(result.rejected)}")
    print(f"  claimed:           {format_money(result.claimed_amount)}")
    print(f"  approved:          {format_money(result.approved_amount)} (credited)")
    print(f"  deducted:          {format_money(result.deducted_amount)}")
    if result.batches_settled:
        print(f"  batches settled:   {', '.join(result.batches_settled)}")
    if result.still_in_batch:
        print(f"  still awaiting settlement in these batches: {result.still_in_batch} claim(s)")
    return EXIT_OK


def cmd_ledger_export(args: argparse.Namespace) -> int:
    from app.services.database import Database
    from app.services.ledger import export_ledger

    db = Database.open_read_only(args.db)
    try:
        path = export_ledger(db, args.out, args.today or dt.date.today())
    finally:
        db.close()
    print(f"account with head office written to {path}")
    return EXIT_OK


def cmd_ledger_offset(args: argparse.Namespace) -> int:
    from app.cli import _command_line_actor
    from app.services.database import Database
    from app.services.ledger import record_offset

    today = dt.date.today()
    db = Database.open(args.db)
    try:
        result = record_offset(db, _command_line_actor(), entry_date=args.date or today, amount=args.amount,
                               reference=args.reference, note=args.note, batch_no=args.batch, today=today)
    finally:
        db.close()
    for entry in result.entries:
        print(f"offset {format_money(entry.amount)} against batch {entry.batch_no or '(none)'} "
              f"on {entry.entry_date.isoformat()}, reference {entry.reference}")
    print(f"credit not yet offset: {format_money(result.balance.open_credit)}")
    return EXIT_OK


def cmd_ledger_balance(args: argparse.Namespace) -> int:
    from app.services.database import Database
    from app.services.ledger import BUCKETS, accounts, ageing

    db = Database.open_read_only(args.db)
    try:
        books = accounts(db)
        aged = ageing(db, args.today or dt.date.today())
    finally:
        db.close()
    print(f"{'batch':<16} {'claimed':>14} {'approved':>14} {'deducted':>14} {'awaiting':>14} {'not offset':>14}")
    for row in (*books.batches, books.total):
        print(f"{row.batch_no or 'total':<16} {format_money(row.claimed):>14} {format_money(row.approved):>14} "
              f"{format_money(row.deducted):>14} {format_money(row.awaiting):>14} {format_money(row.open_credit):>14}")
    for reason in books.total.deductions:
        print(f"  deducted {reason.reason_code or '-'} {reason.reason_text}: {format_money(reason.amount)} "
              f"({reason.claims} claim(s))")
    for (low, high), waiting, credit in zip(BUCKETS, aged.awaiting, aged.open_credit, strict=True):
        span = f"{low}-{high} days" if high is not None else f"over {low - 1} days"
        print(f"  {span:<13} awaiting settlement {format_money(waiting):>14}   credit not offset "
              f"{format_money(credit):>14}")
    return EXIT_OK
