"""Old parts (旧件): retained when a claim is approved, kept track of until head office has them.

Each step of a part's life is an OldPartEvent (who and when), so nothing retained is lost track of.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import (
    ClaimPartLine,
    OldPart,
    OldPartEvent,
    Part,
    ReturnShipment,
    SharedSetting,
    Unit,
    WarrantyClaim,
)
from app.domain.actors import Actor
from app.domain.enums import OldPartStatus
from app.domain.errors import TransitionRefused, ValidationError
from app.domain.normalize import clean_code, clean_text
from app.domain.old_parts import (
    DUE_SOON_DAYS,
    IN_STORE,
    NOT_RECEIVED_REMARK,
    DueState,
    due_date,
    due_state,
    parse_return_windows,
    require_move,
)
from app.services.database import Database
from app.services.numbers import next_number
from app.services.paging import Page, PageRequest, count_of, like_pattern
from app.services.shared_settings import RETURN_WINDOWS

MAX_PLACE = 60  # the storage_place column
MAX_REASON = 200  # the write_off_reason column


@dataclass(frozen=True)
class OldPartRow:
    id: int
    tag_no: str
    claim_id: int
    claim_no: str
    part_no: str
    part_name: str
    quantity: Decimal
    status: OldPartStatus
    storage_place: str
    due_date: dt.date
    due_state: DueState
    shipment_no: str
    write_off_reason: str
    left_at_dealer: bool = False
    inspection_remark: str = ""

    @property
    def note(self) -> str:
        """What the list shows beside the status: why written off, head office's remark."""
        return self.write_off_reason or self.inspection_remark


@dataclass(frozen=True)
class OldPartEventView:
    status: OldPartStatus
    at: dt.datetime
    by: str
    note: str


@dataclass(frozen=True)
class OldPartDetail:
    row: OldPartRow
    condition_notes: str
    repair_date: dt.date
    serial_no: str
    events: tuple[OldPartEventView, ...]


def record_event(s: Session, actor: Actor, part: OldPart, status: OldPartStatus, note: str = "") -> None:
    s.add(OldPartEvent(old_part_id=part.id, status=status, at=dt.datetime.now(dt.UTC), by=actor.name, note=note))


def move(s: Session, actor: Actor, part: OldPart, target: OldPartStatus, note: str = "") -> None:
    require_move(part.tag_no, part.status, target)
    part.status = target
    record_event(s, actor, part, target, note)


def _windows(s: Session) -> tuple[tuple[int, int], ...]:
    raw = s.scalar(select(SharedSetting.value).where(SharedSetting.key == RETURN_WINDOWS.key))
    return parse_return_windows(RETURN_WINDOWS.default if raw is None else raw)


def _earlier_old_part(s: Session, claim: WarrantyClaim, line: ClaimPartLine) -> OldPart | None:
    """The old part an earlier revision of this claim already retained for the same line and part."""
    previous_id = claim.previous_revision_id
    while previous_id is not None:
        found = s.scalar(select(OldPart).join(ClaimPartLine, ClaimPartLine.id == OldPart.part_line_id).where(
            ClaimPartLine.claim_id == previous_id, ClaimPartLine.line_no == line.line_no,
            ClaimPartLine.part_id == line.part_id))
        if found is not None:
            return found
        previous_id = s.scalar(select(WarrantyClaim.previous_revision_id).where(WarrantyClaim.id == previous_id))
    return None


def retain_parts(s: Session, actor: Actor, claim: WarrantyClaim, today: dt.date) -> list[str]:
    """Give every retained part line of an approved claim its old part; returns the new tag numbers.
    Idempotent: a line that has its old part keeps it, and a reworked revision takes over the old part of
    the revision it replaces (the tag already on the shelf), so nothing is retained twice."""
    s.flush()  # the lines need their ids
    windows = _windows(s)
    tags: list[str] = []
    for line in claim.part_lines:
        if not line.retain:
            continue
        if s.scalar(select(OldPart.id).where(OldPart.part_line_id == line.id)) is not None:
            continue
        earlier = _earlier_old_part(s, claim, line)
        if earlier is not None:
            earlier.claim_id, earlier.part_line_id = claim.id, line.id
            continue
        part = OldPart(tag_no=next_number(s, "tag", today.year), claim_id=claim.id, part_line_id=line.id,
                       part_id=line.part_id, quantity=line.quantity, status=OldPartStatus.RETAINED,
                       due_date=due_date(claim.repair_date, windows))
        s.add(part)
        s.flush()
        record_event(s, actor, part, OldPartStatus.RETAINED, claim.claim_no)
        tags.append(part.tag_no)
    return tags


def release_for_edit(s: Session, claim: WarrantyClaim) -> None:
    """The claim's lines are about to be replaced by an edit: its old parts still on the shelf are let go
    (approving again retains them afresh); once one is packed or further, the lines can no longer change."""
    parts = s.scalars(select(OldPart).join(ClaimPartLine, ClaimPartLine.id == OldPart.part_line_id)
                      .where(ClaimPartLine.claim_id == claim.id)).all()
    moved = [p.tag_no for p in parts if p.status != OldPartStatus.RETAINED]
    if moved:
        raise TransitionRefused(f"old parts {', '.join(moved)} have left the shelf; the claim's parts cannot change")
    for part in parts:
        s.delete(part)
    s.flush()


def load_by_tag(s: Session, tag: str) -> OldPart:
    code = clean_code(tag)
    part = s.scalar(select(OldPart).where(OldPart.tag_no == code)) if code else None
    if part is None:
        raise ValidationError(f"no old part with tag {code or tag!r}")
    return part


def set_storage_place(db: Database, actor: Actor, tag: str, place: str) -> None:
    update_old_part(db, actor, tag, place=place)


def update_old_part(db: Database, actor: Actor, tag: str, *, place: str | None = None,
                    condition_notes: str | None = None) -> None:
    """Where the part is kept (bin / shelf) and what state it came off the machine in."""
    text = clean_text(place) if place is not None else None
    if text is not None and len(text) > MAX_PLACE:
        raise ValidationError(f"the storage place takes at most {MAX_PLACE} characters")
    with db.translated_errors(), db.sessions.begin() as s:
        part = load_by_tag(s, tag)
        if text is not None and part.storage_place != text:
            record_event(s, actor, part, part.status, f"storage place: {text}")
            part.storage_place = text
        notes = (condition_notes or "").strip()
        if condition_notes is not None and part.condition_notes != notes:
            record_event(s, actor, part, part.status, "condition notes changed")
            part.condition_notes = notes


def storage_places(db: Database, limit: int = 40) -> list[str]:
    """The places parts are kept in, most used first: the suggestions when a clerk types one."""
    with db.translated_errors(), db.sessions() as s:
        used = func.count(OldPart.id)
        rows = s.execute(select(OldPart.storage_place, used).where(OldPart.storage_place != "")
                         .group_by(OldPart.storage_place).order_by(used.desc(), OldPart.storage_place).limit(limit))
        return [place for place, _count in rows]


def find_tag(db: Database, text: str) -> str | None:
    """The tag number a scan or typed text names, if an old part has it (the global search asks first)."""
    code = clean_code(text)
    if not code:
        return None
    with db.translated_errors(), db.sessions() as s:
        return s.scalar(select(OldPart.tag_no).where(OldPart.tag_no == code))


def get_old_part(db: Database, tag: str, today: dt.date) -> OldPartDetail:
    with db.translated_errors(), db.sessions() as s:
        part = load_by_tag(s, tag)
        found = s.execute(_base().add_columns(WarrantyClaim.repair_date, Unit.serial_no)
                          .join(Unit, Unit.id == WarrantyClaim.unit_id).where(OldPart.id == part.id)).one()
        events = s.scalars(select(OldPartEvent).where(OldPartEvent.old_part_id == part.id)
                           .order_by(OldPartEvent.at, OldPartEvent.id))
        return OldPartDetail(_row(found, today), part.condition_notes, found[5], found[6],
                             tuple(OldPartEventView(e.status, e.at, e.by, e.note) for e in events))


def old_parts_of_claim(db: Database, claim_id: int, today: dt.date) -> list[OldPartRow]:
    """The old parts a claim retained (a reworked revision takes over those of the one it replaces)."""
    with db.translated_errors(), db.sessions() as s:
        return [_row(r, today) for r in s.execute(_base().where(OldPart.claim_id == claim_id)
                                                  .order_by(OldPart.tag_no))]


def write_off(db: Database, actor: Actor, tag: str, reason: str) -> None:
    """Lost, or released by head office: the part leaves the list of parts to return, with the reason.
    A service manager's decision: a warranty part that is not returned may cost the claim's payment."""
    actor.require_manager("Writing off an old part")
    text = clean_text(reason)
    if not text:
        raise ValidationError("say why the old part is written off (lost, released by head office …)")
    if len(text) > MAX_REASON:
        raise ValidationError(f"the reason takes at most {MAX_REASON} characters")
    with db.translated_errors(), db.sessions.begin() as s:
        part = load_by_tag(s, tag)
        if part.status == OldPartStatus.PACKED:  # it is not in the box: out of the shipment it goes
            part.shipment_id = None
        move(s, actor, part, OldPartStatus.WRITTEN_OFF, text)
        part.write_off_reason = text


def list_old_parts(db: Database, request: PageRequest, today: dt.date) -> Page[OldPartRow]:
    """Filters: "status" (a status or several), "due" ("overdue" or "due_soon"), "not_received" (flagged by
    head office's inspection); text: tag, claim or part number."""
    with db.translated_errors(), db.sessions() as s:
        query = _filtered(_base(), request, today)
        total = count_of(s, query)
        query = _ordered(query, request).offset(request.offset).limit(request.limit)
        return Page(tuple(_row(r, today) for r in s.execute(query)), total)


def _base() -> Select:  # type: ignore[type-arg]
    return (select(OldPart, WarrantyClaim.claim_no, Part.part_no, Part.name, ReturnShipment.shipment_no)
            .join(WarrantyClaim, WarrantyClaim.id == OldPart.claim_id)
            .join(Part, Part.id == OldPart.part_id)
            .outerjoin(ReturnShipment, ReturnShipment.id == OldPart.shipment_id))


def _filtered(query: Select, request: PageRequest, today: dt.date) -> Select:  # type: ignore[type-arg]
    status = request.filters.get("status")
    if status:
        statuses = [status] if isinstance(status, str) else list(status)
        query = query.where(OldPart.status.in_([OldPartStatus(x) for x in statuses]))
    due = request.filters.get("due")
    if due:
        query = query.where(OldPart.status.in_(IN_STORE))
        if DueState(due) == DueState.OVERDUE:
            query = query.where(OldPart.due_date < today)
        elif DueState(due) == DueState.DUE_SOON:
            query = query.where(OldPart.due_date >= today,
                                OldPart.due_date <= today + dt.timedelta(days=DUE_SOON_DAYS))
        else:
            raise ValidationError(f"unknown due filter: {due}")
    if request.filters.get("not_received"):  # shipped, and head office says it does not have them
        query = query.where(OldPart.status == OldPartStatus.SHIPPED, OldPart.inspection_remark == NOT_RECEIVED_REMARK)
    text = request.text.strip()
    if text:
        pattern = like_pattern(clean_code(text))
        query = query.where(or_(OldPart.tag_no.like(pattern, escape="\\"),
                                WarrantyClaim.claim_no.like(pattern, escape="\\"),
                                Part.part_no.like(pattern, escape="\\")))
    return query


SORTS = {"tag": OldPart.tag_no, "claim": WarrantyClaim.claim_no, "part": Part.part_no, "status": OldPart.status,
         "due_date": OldPart.due_date, "place": OldPart.storage_place}


def _ordered(query: Select, request: PageRequest) -> Select:  # type: ignore[type-arg]
    key = SORTS.get(request.sort or "due_date")
    if key is None:
        raise ValidationError(f"cannot sort old parts by {request.sort}")
    return query.order_by(key.desc() if request.descending else key, OldPart.tag_no)


def _row(r, today: dt.date) -> OldPartRow:  # type: ignore[no-untyped-def]
    part: OldPart = r[0]
    return OldPartRow(part.id, part.tag_no, part.claim_id, r[1], r[2], r[3], part.quantity, part.status,
                      part.storage_place, part.due_date, due_state(part.status, part.due_date, today),
                      r[4] or "", part.write_off_reason, part.left_at_dealer, part.inspection_remark)
