"""`warrantydesk exchange …` and `warrantydesk refund …`: a unit given back within the regulation's 15 days
(the same services the app uses), and `warrantydesk print exchange-record NO` for the customer to sign."""
from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal, InvalidOperation

FAULTS = ("safety", "performance")  # app.domain.exchanges.FaultKind


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from app.cli import _date

    exchange = commands.add_parser(
        "exchange", help="exchange a unit (换货) within 15 days of its sale",
        description="The customer takes a new unit (new serial number) for one that had a safety or performance "
                    "fault less than 15 days after its sale; the unit given back returns to the dealer's stock and "
                    "the new unit's warranty periods start on the exchange date. Needs the service manager role.")
    refund = commands.add_parser(
        "refund", help="refund a unit (退货) within 15 days of its exchange",
        description="Refund a replacement unit that had a safety or performance fault less than 15 days after "
                    "the exchange; its warranty ends. Needs the service manager role.")
    for parser in (exchange, refund):
        parser.add_argument("serial", metavar="SERIAL", help="serial number of the unit given back")
        parser.add_argument("--fault", required=True, choices=FAULTS, help="the kind of fault (安全性能 / 使用性能)")
        parser.add_argument("--fault-text", required=True, help="what the fault is")
        parser.add_argument("--reason", required=True, help="what was agreed with the customer, and why")
        parser.add_argument("--fault-date", type=_date, help="the day the fault appeared (default: the date)")
        parser.add_argument("--date", dest="day", type=_date, help="the day of the exchange or refund (default: today)")
        parser.add_argument("--print", dest="pdf", metavar="FILE.pdf", help="also write the record for signature")
        parser.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN", help="language of the printed record")
    exchange.add_argument("--new-serial", required=True, help="serial number of the new unit")
    exchange.add_argument("--new-engine", default="", help="engine number of the new unit")
    exchange.add_argument("--new-model", metavar="CODE", help="model code of the new unit (default: the same model)")
    exchange.set_defaults(handler=cmd_exchange)
    refund.add_argument("--amount", required=True, help="the amount refunded in yuan, e.g. 86500.00")
    refund.set_defaults(handler=cmd_refund)


def cmd_exchange(args: argparse.Namespace) -> int:
    return _give_back(args, refund=False)


def cmd_refund(args: argparse.Namespace) -> int:
    return _give_back(args, refund=True)


def cmd_print_exchange_record(args: argparse.Namespace) -> int:
    from app.cli import _print_with
    from app.services.forms import write_exchange_record_forms

    return _print_with(args, lambda db: write_exchange_record_forms(db, args.numbers, args.out, args.lang),
                       f"{len(args.numbers)} exchange or refund record(s)")


def _give_back(args: argparse.Namespace, *, refund: bool) -> int:
    from app.cli import EXIT_OK, _command_line_actor
    from app.domain.errors import ValidationError
    from app.domain.exchanges import FaultKind
    from app.services import exchanges
    from app.services.database import Database
    from app.services.forms import write_exchange_record_forms
    from app.services.units import find_unit, model_choices

    day = args.day or dt.date.today()
    db = Database.open(args.db)
    try:
        unit_id = find_unit(db, args.serial)
        if unit_id is None:
            raise ValidationError(f"no unit with serial number {args.serial}")
        model_id = None
        if not refund and args.new_model:
            found = [m.id for m in model_choices(db) if m.code.upper() == args.new_model.strip().upper()]
            if not found:
                raise ValidationError(f"no active model with code {args.new_model}")
            model_id = found[0]
        data = exchanges.ReturnInput(
            unit_id=unit_id, fault_date=args.fault_date or day, decided_on=day, fault_kind=FaultKind(args.fault),
            fault_description=args.fault_text, reason=args.reason, new_model_id=model_id,
            new_serial_no="" if refund else args.new_serial, new_engine_no="" if refund else args.new_engine,
            refund_amount=_amount(args.amount) if refund else None)
        actor = _command_line_actor(db)
        record = (exchanges.record_refund if refund else exchanges.record_exchange)(db, actor, data, today=day)
        if args.pdf:
            write_exchange_record_forms(db, [record.record_no], args.pdf, args.lang)
    finally:
        db.close()
    if refund:
        print(f"{record.record_no}: {record.serial_no} refunded {record.refund_amount}; its warranty is closed")
    else:
        print(f"{record.record_no}: {record.serial_no} exchanged for {record.new_serial_no}; its periods start on "
              f"{record.decided_on.isoformat()}")
    if args.pdf:
        print(f"record for signature written to {args.pdf}")
    return EXIT_OK


def _amount(text: str) -> Decimal:
    from app.domain.errors import ValidationError

    try:
        return Decimal(text.strip().replace(",", "").replace("¥", ""))
    except InvalidOperation as exc:
        raise ValidationError(f"the refund amount {text!r} is not a number") from exc
