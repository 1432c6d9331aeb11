"""Head office's verdict on returned old parts: import its inspection result (旧件鉴定结果).

All or nothing, like the master-data imports: every row is checked against the file and the database
first and every problem is listed (row, column, reason); only a clean file changes anything, in one
transaction. Each part steps shipped → received → usable / scrap with an event (who, when, remark).
Parts of the file's shipment that head office did not receive (received = no, or missing from the
file) keep their status shipped and are flagged, so the clerk can chase them.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import ImportRun, OldPart, ReturnShipment
from app.domain.actors import Actor
from app.domain.enums import OldPartStatus
from app.domain.errors import ValidationError
from app.reports.excel import ImportRefused, Problem, Row, SheetData, read_sheet
from app.reports.excel.columns import cell_text
from app.reports.excel.inspection import INSPECTION, write_example, write_inspection_sheet
from app.reports.excel.problems import params, shown
from app.services.database import Database
from app.services.imports.common import chunks
from app.services.verdicts import DONE, NOT_RECEIVED_REMARK, flag_not_received, mark_shipment_received, step

__all__ = ["INSPECTION", "NOT_RECEIVED_REMARK", "InspectionCode", "InspectionProblem", "InspectionResult",
           "import_inspection", "save_inspection_sheet", "write_example", "write_inspection_sheet"]

S = OldPartStatus


class InspectionCode(StrEnum):
    UNKNOWN_TAG = "unknown_tag"
    ALREADY_INSPECTED = "already_inspected"
    NOT_SHIPPED = "not_shipped"
    OTHER_SHIPMENT = "other_shipment"
    VERDICT_NOT_RECEIVED = "verdict_not_received"
    ALREADY_RECEIVED = "already_received"


# English reasons, like app/reports/excel/problems.py REASONS; {names} come from the problem's params.
REASONS: dict[InspectionCode, str] = {
    InspectionCode.UNKNOWN_TAG: "no old part has this tag number",
    InspectionCode.ALREADY_INSPECTED: "this old part is already {status}; it cannot be inspected again",
    InspectionCode.NOT_SHIPPED: "this old part is {status}, not shipped to head office",
    InspectionCode.OTHER_SHIPMENT: "this old part is in shipment {shipment}, the rest of the file in {main}; "
                                   "one file per shipment",
    InspectionCode.VERDICT_NOT_RECEIVED: "a part head office did not receive cannot have a verdict; leave it empty",
    InspectionCode.ALREADY_RECEIVED: "head office already reported this part received",
}


@dataclass(frozen=True)
class InspectionProblem(Problem):
    """A problem of the inspection file against the old parts on record; reads like any other Problem."""

    @property
    def reason(self) -> str:
        if isinstance(self.code, InspectionCode):
            return REASONS[self.code].format(**dict(self.params))
        return super().reason


@dataclass(frozen=True)
class InspectionResult:
    file_name: str
    shipment_nos: tuple[str, ...]
    received: tuple[str, ...]  # tags head office received (the usable and scrap ones among them)
    usable: tuple[str, ...]
    scrap: tuple[str, ...]
    not_received: tuple[str, ...]  # flagged: received = no, or shipped but missing from the file

    def summary(self) -> str:
        """One line, for the command line and the log."""
        shipments = ", ".join(self.shipment_nos)
        return (f"{self.file_name}: shipment {shipments}: {len(self.received)} received "
                f"({len(self.usable)} usable, {len(self.scrap)} scrap), "
                f"{len(self.not_received)} not received by head office")


def save_inspection_sheet(path: str | Path) -> Path:
    """The empty inspection form (header and notes) for head office to fill in."""
    try:
        return write_inspection_sheet(path)
    except OSError as exc:
        raise ValidationError(f"cannot write {path}: {exc.strerror or exc}") from exc


def import_inspection(db: Database, actor: Actor, path: str | Path, today: dt.date) -> InspectionResult:
    """Record head office's inspection result from `path`, or raise ImportRefused listing every problem."""
    data = read_sheet(path, INSPECTION)
    now = dt.datetime.now(dt.UTC)
    with db.translated_errors(), db.sessions.begin() as s:
        parts = _parts_by_tag(s, [row.values["tag_no"] for row in data.rows if row.usable("tag_no")])
        shipment_id = _check(s, data, parts)
        if data.problems:
            raise ImportRefused(data.file_name, data.problems)
        return _write(s, data, parts, shipment_id, actor, now, today, Path(path))


def _parts_by_tag(s: Session, tags: list[str]) -> dict[str, OldPart]:
    found: dict[str, OldPart] = {}
    for part in chunks(list(dict.fromkeys(tags))):
        found.update({old.tag_no: old for old in s.scalars(select(OldPart).where(OldPart.tag_no.in_(part)))})
    return found


def _problem(data: SheetData, row: Row, key: str, code: InspectionCode, **values: object) -> None:
    row.bad.add(key)
    column = data.spec.column(key)
    data.problems.append(InspectionProblem(code, row.number, data.letters.get(key, ""),  # type: ignore[arg-type]
                                           column.header, shown(cell_text(row.raw.get(key))), params(**values)))


def _check(s: Session, data: SheetData, parts: dict[str, OldPart]) -> int | None:
    """Adds every problem to data.problems; returns the shipment the file reports on."""
    rows = [row for row in data.rows if row.usable("tag_no")]
    for row in data.rows:
        if row.usable("received") and not row.values["received"] and row.values.get("verdict"):
            _problem(data, row, "verdict", InspectionCode.VERDICT_NOT_RECEIVED)
    checked: list[tuple[Row, OldPart]] = []
    for row in rows:
        part = parts.get(row.values["tag_no"])
        if part is None:
            _problem(data, row, "tag_no", InspectionCode.UNKNOWN_TAG)
        elif part.status in DONE:
            _problem(data, row, "tag_no", InspectionCode.ALREADY_INSPECTED, status=_said(part.status))
        elif part.status not in (S.SHIPPED, S.RECEIVED):
            _problem(data, row, "tag_no", InspectionCode.NOT_SHIPPED, status=_said(part.status))
        else:
            if part.status == S.RECEIVED and row.usable("received") and not row.values["received"]:
                _problem(data, row, "received", InspectionCode.ALREADY_RECEIVED)
            checked.append((row, part))
    if not checked:
        return None
    # The shipment most rows belong to is the file's; on a tie the first row's wins (Counter keeps order).
    main_id = Counter(part.shipment_id for _, part in checked).most_common(1)[0][0]
    strays = [(row, part) for row, part in checked if part.shipment_id != main_id]
    if strays:
        numbers = _shipment_numbers(s, {main_id, *(part.shipment_id for _, part in strays)})
        for row, part in strays:
            _problem(data, row, "tag_no", InspectionCode.OTHER_SHIPMENT, shipment=numbers[part.shipment_id],
                     main=numbers[main_id])
    return main_id


def _shipment_numbers(s: Session, ids: set[int | None]) -> dict[int | None, str]:
    found: dict[int | None, str] = {None: "(none)"}
    rows = s.execute(select(ReturnShipment.id, ReturnShipment.shipment_no)
                     .where(ReturnShipment.id.in_([i for i in ids if i is not None])))
    found.update({shipment_id: number for shipment_id, number in rows})
    return found


def _said(status: OldPartStatus) -> str:
    return status.value.replace("_", " ")


def _write(s: Session, data: SheetData, parts: dict[str, OldPart], shipment_id: int | None, actor: Actor,
           now: dt.datetime, today: dt.date, path: Path) -> InspectionResult:
    source = f"inspection {data.file_name}"
    received: list[str] = []
    usable: list[str] = []
    scrap: list[str] = []
    not_received: list[str] = []

    def flag(part: OldPart) -> None:
        flag_not_received(s, actor, part, source, now)
        not_received.append(part.tag_no)

    for row in data.rows:
        part = parts[row.values["tag_no"]]
        remark: str = row.values.get("remark") or ""
        if not row.values["received"]:
            flag(part)
            continue
        if part.status == S.SHIPPED:
            step(s, actor, part, S.RECEIVED, source, now)
        received.append(part.tag_no)
        verdict = row.values.get("verdict")
        if verdict is not None:
            step(s, actor, part, S(verdict), remark or source, now)
            part.inspection_remark = remark
            (usable if verdict == S.USABLE else scrap).append(part.tag_no)
    in_file = {row.values["tag_no"] for row in data.rows}
    missing = s.scalars(select(OldPart).where(OldPart.shipment_id == shipment_id, OldPart.status == S.SHIPPED,
                                              OldPart.tag_no.not_in(in_file)).order_by(OldPart.tag_no))
    for part in missing:
        flag(part)
    shipment = s.get(ReturnShipment, shipment_id)
    assert shipment is not None  # a shipped part always has its shipment (a check constraint)
    if received:
        mark_shipment_received(s, actor, shipment, today, now)
    s.add(ImportRun(kind="inspection", file_name=data.file_name, sha256=_sha256(path), row_count=len(data.rows),
                    imported_at=now, user_name=actor.name))
    return InspectionResult(data.file_name, (shipment.shipment_no,), tuple(received), tuple(usable), tuple(scrap),
                            tuple(not_received))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()
