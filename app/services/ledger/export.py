"""The account with head office as an Excel workbook: the ledger, what is owed per batch, the
deductions by reason and the ageing, each on its own sheet."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.domain.errors import ValidationError
from app.reports.excel import ledger as layout
from app.reports.excel.report_workbook import Table, write_workbook
from app.services.database import Database
from app.services.ledger.accounts import ZERO, Accounts, Ageing, BatchAccount, ageing, batch_accounts
from app.services.ledger.entries import LedgerRow, all_entries


def export_ledger(db: Database, path: str | Path, today: dt.date) -> Path:
    """Write the workbook to `path` (atomically: an existing file survives any failure)."""
    with db.translated_errors(), db.sessions() as s:
        entries = all_entries(s)
        books = batch_accounts(s)
    aged = ageing(db, today)
    try:
        return write_workbook(ledger_tables(entries, books, aged), path, title=layout.TITLE)
    except OSError as exc:
        raise ValidationError(f"cannot write {path}: {exc.strerror or exc}") from exc


def ledger_tables(entries: list[LedgerRow], books: Accounts, aged: Ageing) -> list[Table]:
    return [_ledger(entries), _batches(books), _deductions(books), _ageing(aged), _ageing_items(aged)]


def _ledger(entries: list[LedgerRow]) -> Table:
    rows = [(e.entry_date, layout.KIND_TITLES[e.kind], e.batch_no, e.settlement_no, e.reference, e.note,
             e.amount if e.signed > 0 else None, e.amount if e.signed < 0 else None, e.balance) for e in entries]
    credited = sum((e.amount for e in entries if e.signed > 0), ZERO)
    offset = sum((e.amount for e in entries if e.signed < 0), ZERO)
    totals = (None, layout.TOTAL_TITLE, None, None, None, None, credited, offset, credited - offset)
    return Table(layout.LEDGER_SHEET, layout.LEDGER, (*rows, totals))


def _batch_row(a: BatchAccount, title: str | None = None) -> tuple[object, ...]:
    return (title or a.batch_no, None if title else layout.STATUS_TITLES[a.status], a.exported_on, a.claims,
            a.claimed, a.approved, a.deducted, a.awaiting, a.awaiting_claims, a.credited, a.offset, a.open_credit,
            a.owed, a.unexplained)


def _batches(books: Accounts) -> Table:
    return Table(layout.BATCHES_SHEET, layout.BATCHES,
                 (*(_batch_row(a) for a in books.batches), _batch_row(books.total, layout.TOTAL_TITLE)))


def _deductions(books: Accounts) -> Table:
    rows = [(a.batch_no, d.reason_code, d.reason_text, d.claims, d.amount) for a in books.batches
            for d in a.deductions]
    totals = (layout.TOTAL_TITLE, None, None, sum(d.claims for d in books.total.deductions), books.total.deducted)
    return Table(layout.DEDUCTIONS_SHEET, layout.DEDUCTIONS, (*rows, totals))


def _ageing(aged: Ageing) -> Table:
    rows = [(title, waiting, credit, waiting + credit)
            for title, waiting, credit in zip(layout.BUCKET_TITLES, aged.awaiting, aged.open_credit, strict=True)]
    waiting, credit = sum(aged.awaiting, ZERO), sum(aged.open_credit, ZERO)
    return Table(layout.AGEING_SHEET, layout.AGEING, (*rows, (layout.TOTAL_TITLE, waiting, credit, waiting + credit)))


def _ageing_items(aged: Ageing) -> Table:
    rows = [(what, item.batch_no, item.since, item.days, layout.BUCKET_TITLES[item.bucket], item.amount)
            for what, items in ((layout.AWAITING_TITLE, aged.awaiting_items),
                                (layout.OPEN_CREDIT_TITLE, aged.open_credit_items)) for item in items]
    return Table(layout.AGEING_ITEMS_SHEET, layout.AGEING_ITEMS, tuple(rows))
