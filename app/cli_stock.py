"""`warrantydesk stock …`: dealer stock from the command line (the same services the app uses). Errors end
as one line on stderr through app.cli's _run, like every other command; a refused delivery list prints
one line per bad row first."""
from __future__ import annotations

import argparse
import datetime as dt
import sys

from app.domain.money import format_money

CLASSES = ("warranty", "wear", "other")  # app.domain.enums.PartClass
REASONS = ("quality", "dismantled", "other")  # app.domain.stock.ReturnReason


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from app.cli import _date, _Parser

    stock = commands.add_parser("stock", help="dealer stock: list, adjust, receive deliveries, return to the factory",
                                description="Stock on hand per part. Every change is a stock movement; the "
                                            "movements of a part always add up to its on hand.")
    steps = stock.add_subparsers(dest="step", metavar="STEP", parser_class=_Parser, required=True)

    listing = steps.add_parser("list", help="parts in stock with on hand, on order and minimum",
                               description="One line per part kept in stock, by part number.")
    listing.add_argument("text", metavar="TEXT", nargs="?", default="", help="part number or name contains")
    listing.add_argument("--class", dest="part_class", choices=CLASSES, help="only warranty, wear or other parts")
    listing.add_argument("--below-minimum", action="store_true", help="only parts below their minimum stock")
    listing.set_defaults(handler=cmd_stock_list)

    adjust = steps.add_parser("adjust", help="correct on hand by hand, with a reason",
                              description="Add QTY to the part's stock on hand (a negative QTY takes it off), or "
                                          "with --counted set on hand to the QTY counted. A result below zero is "
                                          "refused.")
    adjust.add_argument("part_no", metavar="PART", help="part number")
    adjust.add_argument("quantity", metavar="QTY", help="change, e.g. 5 or -2 (with --counted: the quantity counted)")
    adjust.add_argument("--reason", required=True, help="why: counted, damaged in store, found …")
    adjust.add_argument("--counted", action="store_true", help="QTY is the quantity counted, not a change")
    adjust.add_argument("--today", type=_date, help="the day of the adjustment (default: today)")
    adjust.set_defaults(handler=cmd_stock_adjust)

    receive = steps.add_parser("receive", help="receive a signed delivery list (销售发货清单) from Excel",
                               description="Book the delivery list workbook into stock: each part is added to on "
                                           "hand and taken off what was on order. All rows or none: if any row is "
                                           "wrong (unknown part, bad quantity, a list received before) nothing is "
                                           "received and every problem is listed on stderr. The format is in "
                                           "resources/stock/README.md.")
    receive.add_argument("file", metavar="FILE.xlsx", help="the delivery list workbook")
    receive.add_argument("--date", dest="day", type=_date, help="the day the goods arrived (default: today)")
    receive.set_defaults(handler=cmd_stock_receive)

    template = steps.add_parser("template", help="write the empty delivery-list workbook",
                                description="Write the delivery-list workbook with titles in Chinese and English "
                                            "and a notes sheet explaining each column.")
    template.add_argument("--out", metavar="FILE.xlsx", required=True, help="where to write it")
    template.set_defaults(handler=cmd_stock_template)

    back = steps.add_parser("return", help="return unsaleable stock to the factory (退回厂家)",
                            description="Take QTY of the part off stock as returned to the factory. Freight: a "
                                        "quality defect is paid by the factory; a part dismantled by the dealer "
                                        "is paid by the dealer, with the restoration labour; anything else by "
                                        "the dealer.")
    back.add_argument("part_no", metavar="PART", help="part number")
    back.add_argument("quantity", metavar="QTY", help="how many (at most what is on hand)")
    back.add_argument("--reason", required=True, choices=REASONS, help="quality defect, dismantled by the dealer, "
                                                                       "or other")
    back.add_argument("--note", default="", help="what is wrong with it (required for 'other')")
    back.add_argument("--labour", default="0", help="restoration labour in yuan (only for 'dismantled')")
    back.add_argument("--date", dest="day", type=_date, help="the day it goes back (default: today)")
    back.set_defaults(handler=cmd_stock_return)

    emergency = steps.add_parser("emergency", help="list emergency orders of claims waiting for parts",
                                 description="Emergency orders (紧急订货), open ones first, with the days waited.")
    emergency.add_argument("--open", action="store_true", help="only orders not received yet")
    emergency.set_defaults(handler=cmd_stock_emergency)


def cmd_stock_list(args: argparse.Namespace) -> int:
    from app.cli import EXIT_OK
    from app.services import stock
    from app.services.database import Database
    from app.services.paging import PageRequest
    from app.services.stock.ledger import plain

    filters = {"class": args.part_class or "", "below_minimum": args.below_minimum}
    db = Database.open_read_only(args.db)
    try:
        page = stock.list_stock(db, PageRequest(limit=1_000_000, text=args.text, filters=filters))
    finally:
        db.close()
    for row in page.rows:
        flag = "  below minimum" if row.below_minimum else ""
        print(f"{row.part_no:<16} {row.name[:14]:<14} {row.part_class.value:<8} on hand {plain(row.on_hand):>8}  "
              f"on order {plain(row.on_order):>6}  minimum {plain(row.minimum):>6}  {row.bin_location:<8}"
              f"{str(row.last_moved_on or ''):>12}{flag}")
    print(f"{page.total} part(s)")
    return EXIT_OK


def cmd_stock_adjust(args: argparse.Namespace) -> int:
    from app.cli import EXIT_OK, _command_line_actor
    from app.services import stock
    from app.services.database import Database
    from app.services.stock.ledger import plain

    quantity = {"counted" if args.counted else "change": args.quantity}
    db = Database.open(args.db)
    try:
        row = stock.adjust_stock(db, _command_line_actor(), args.part_no, reason=args.reason,
                                 today=args.today or dt.date.today(), **quantity)
    finally:
        db.close()
    print(f"{row.part_no} {row.name}: {plain(row.on_hand)} on hand")
    return EXIT_OK


def cmd_stock_receive(args: argparse.Namespace) -> int:
    from app.cli import EXIT_ERROR, EXIT_OK, _command_line_actor
    from app.reports.excel import ImportRefused
    from app.services import stock
    from app.services.database import Database

    db = Database.open(args.db)
    try:
        result = stock.import_delivery(db, _command_line_actor(), args.file, args.day or dt.date.today())
    except ImportRefused as refused:
        if len(refused.problems) > 1 or refused.problems[0].row is not None:
            for problem in refused.problems:  # one line per problem: file, row, column, reason
                print(problem.line(refused.file_name), file=sys.stderr)
        print(f"warrantydesk: {refused}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        db.close()
    print(result.summary())
    return EXIT_OK


def cmd_stock_template(args: argparse.Namespace) -> int:
    from app.cli import EXIT_OK
    from app.services import stock

    path = stock.save_delivery_sheet(args.out)
    print(f"delivery list workbook written to {path}")
    return EXIT_OK


def cmd_stock_return(args: argparse.Namespace) -> int:
    from app.cli import EXIT_OK, _command_line_actor
    from app.domain.stock import ReturnReason
    from app.services import stock
    from app.services.database import Database
    from app.services.stock.ledger import plain

    data = stock.FactoryReturnInput(args.part_no, args.quantity, ReturnReason(args.reason),
                                    args.day or dt.date.today(), note=args.note, restoration_labour=args.labour)
    db = Database.open(args.db)
    try:
        row = stock.return_to_factory(db, _command_line_actor(), data)
    finally:
        db.close()
    freight = "factory pays the freight" if row.freight_payer == "factory" else "dealer pays the freight"
    if row.dealer_pays_restoration:
        freight += f" and the restoration labour ({format_money(row.restoration_labour)})"
    print(f"{row.return_no}: {row.part_no} {row.part_name} × {plain(row.quantity)} back to the factory; {freight}")
    return EXIT_OK


def cmd_stock_emergency(args: argparse.Namespace) -> int:
    from app.cli import EXIT_OK
    from app.services import stock
    from app.services.database import Database
    from app.services.paging import PageRequest
    from app.services.stock.ledger import plain

    today = dt.date.today()
    db = Database.open_read_only(args.db)
    try:
        page = stock.list_emergency_orders(db, PageRequest(limit=1_000_000, filters={"open": args.open}))
    finally:
        db.close()
    for row in page.rows:
        state = f"received {row.received_on}" if row.received_on else "open"
        print(f"{row.order_no:<14} {row.claim_no:<16} {row.part_no:<16} × {plain(row.quantity):<5} ordered "
              f"{row.ordered_on}  {state:<20} {row.days_waited(today):>4} day(s)")
    print(f"{page.total} emergency order(s)")
    return EXIT_OK
