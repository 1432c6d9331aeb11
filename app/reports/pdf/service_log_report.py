"""The service-log report (售后服务登记表) for a date range: every request received in it and what
became of it, as the dealer files it monthly and head office asks to see it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.reports.pdf.framework import (
    WIDTH,
    DealerHeader,
    StartRecord,
    Title,
    build,
    cell,
    data_table,
    styles,
    write_atomically,
)
from app.reports.pdf.packing_list import narrow
from app.reports.pdf.texts import Texts


@dataclass(frozen=True)
class ServiceLogLine:
    entry_no: str
    channel: str  # ServiceChannel value
    received_at: dt.datetime  # local business time
    customer: str
    serial_no: str
    problem: str
    status: str  # ServiceEntryStatus value
    arranged_at: dt.datetime | None
    closed_at: dt.datetime | None


@dataclass(frozen=True)
class ServiceLogReportData:
    dealer: DealerHeader
    start: dt.date
    end: dt.date
    entries: tuple[ServiceLogLine, ...]


def _moment(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "—"


def write_service_log_report(d: ServiceLogReportData, path: Path | str, lang: str) -> Path:
    """Write the report to `path` (replaced only when complete); an empty range prints an empty table."""
    t = Texts(lang)
    st = styles()
    label = f"{t('service_log')} {d.start.isoformat()} – {d.end.isoformat()}"
    story: list[Flowable] = [
        StartRecord(label, d.dealer), Title(t("service_log")), Spacer(0, 1 * mm),
        cell(t("date_range", start=t.date(d.start), end=t.date(d.end)), st.centred),
        cell(t("entry_count", count=len(d.entries)), st.centred), Spacer(0, 3 * mm)]
    head = [cell(t(k), st.label) for k in ("entry_no", "channel", "received_at", "customer", "serial_no", "problem",
                                           "status", "arranged_closed")]
    rows: list[list[Any]] = [head]
    for e in d.entries:
        rows.append([cell(e.entry_no, st.small), cell(t.status(e.channel, "ch"), st.small),
                     cell(_moment(e.received_at), st.small), cell(e.customer, st.small), cell(e.serial_no, st.small),
                     cell(e.problem, st.small), cell(t.status(e.status), st.small),
                     cell(f"{_moment(e.arranged_at)}\n{_moment(e.closed_at)}", st.small)])
    if not d.entries:
        rows.append([cell(t("none"), st.body), "", "", "", "", "", "", ""])
    widths = [0.125, 0.09, 0.1, 0.09, 0.13, 0.215, 0.07, 0.18]  # wide enough for "Channel", "Customer"
    story.append(narrow(data_table(rows, [w * WIDTH for w in widths])))

    def write(target: Path) -> None:
        build(target, story, t, title=label, author=d.dealer.name)

    return write_atomically(path, write)
