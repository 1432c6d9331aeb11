"""Head office's verdict on old parts, entered by hand: tag by tag for a shipment it has, or given at the
dealer for parts it leaves there (keep the usable ones, dispose of the scrap) so the bin can be cleared.

The Excel import of head office's inspection result (app.services.inspection) takes the same steps.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import OldPart, OldPartEvent, ReturnShipment
from app.domain.actors import Actor
from app.domain.enums import OldPartStatus, ShipmentStatus
from app.domain.errors import ValidationError
from app.domain.normalize import clean_code, clean_text
from app.domain.old_parts import NOT_RECEIVED_REMARK, require_move
from app.services.audit_trail import write_audit
from app.services.database import Database
from app.services.old_parts import MAX_REASON, load_by_tag

S = OldPartStatus
VERDICTS = (S.USABLE, S.SCRAP)
DONE = frozenset({S.USABLE, S.SCRAP, S.WRITTEN_OFF})


@dataclass(frozen=True)
class Verdict:
    """What head office says of one tag: received or not, and if received, usable / scrap / not yet judged."""

    tag_no: str
    received: bool
    verdict: OldPartStatus | None = None
    remark: str = ""


@dataclass(frozen=True)
class VerdictResult:
    received: tuple[str, ...]
    usable: tuple[str, ...]
    scrap: tuple[str, ...]
    not_received: tuple[str, ...]


def step(s: Session, actor: Actor, part: OldPart, target: OldPartStatus, note: str, at: dt.datetime) -> None:
    """One step of an old part's life with its audit entry and event (who, when, why)."""
    require_move(part.tag_no, part.status, target)
    write_audit(s, actor, "old_part", part.id, "transition", "status", part.status.value, target.value, at=at)
    part.status = target
    s.add(OldPartEvent(old_part_id=part.id, status=target, at=at, by=actor.name, note=note))


def flag_not_received(s: Session, actor: Actor, part: OldPart, source: str, at: dt.datetime) -> None:
    """Head office says it does not have the part: it stays shipped, flagged, for the clerk to chase."""
    part.inspection_remark = NOT_RECEIVED_REMARK
    s.add(OldPartEvent(old_part_id=part.id, status=part.status, at=at, by=actor.name,
                       note=f"{NOT_RECEIVED_REMARK} ({source})"))


def mark_shipment_received(s: Session, actor: Actor, shipment: ReturnShipment, today: dt.date,
                           at: dt.datetime) -> None:
    if shipment.status == ShipmentStatus.SHIPPED:
        write_audit(s, actor, "return_shipment", shipment.id, "transition", "status", shipment.status.value,
                    ShipmentStatus.RECEIVED.value, at=at)
        shipment.status = ShipmentStatus.RECEIVED
        shipment.received_on = today


def record_verdicts(db: Database, actor: Actor, shipment_id: int, verdicts: list[Verdict],
                    today: dt.date) -> VerdictResult:
    """Head office's word on some tags of a shipped shipment, typed in from its letter or phone call.
    All or nothing: every tag must be a part of this shipment not yet judged."""
    if not verdicts:
        raise ValidationError("enter the verdict of at least one tag")
    now = dt.datetime.now(dt.UTC)
    with db.translated_errors(), db.sessions.begin() as s:
        shipment = s.get(ReturnShipment, shipment_id)
        if shipment is None:
            raise ValidationError(f"no shipment with id {shipment_id}")
        if shipment.status == ShipmentStatus.DRAFT:
            raise ValidationError(f"shipment {shipment.shipment_no} has not been shipped yet")
        parts = _checked(s, shipment, verdicts)
        received: list[str] = []
        usable: list[str] = []
        scrap: list[str] = []
        not_received: list[str] = []
        source = f"entered by hand, shipment {shipment.shipment_no}"
        for verdict, part in zip(verdicts, parts, strict=True):
            if not verdict.received:
                flag_not_received(s, actor, part, source, now)
                not_received.append(part.tag_no)
                continue
            if part.status == S.SHIPPED:
                step(s, actor, part, S.RECEIVED, source, now)
                part.inspection_remark = ""
            received.append(part.tag_no)
            if verdict.verdict is not None:
                step(s, actor, part, verdict.verdict, clean_text(verdict.remark) or source, now)
                part.inspection_remark = clean_text(verdict.remark)
                (usable if verdict.verdict == S.USABLE else scrap).append(part.tag_no)
        if received:
            mark_shipment_received(s, actor, shipment, today, now)
        return VerdictResult(tuple(received), tuple(usable), tuple(scrap), tuple(not_received))


def _checked(s: Session, shipment: ReturnShipment, verdicts: list[Verdict]) -> list[OldPart]:
    problems: list[str] = []
    parts: list[OldPart] = []
    seen: set[str] = set()
    for verdict in verdicts:
        tag = clean_code(verdict.tag_no)
        part = s.scalar(select(OldPart).where(OldPart.tag_no == tag))
        if tag in seen:
            problems.append(f"{tag}: entered twice")
        elif part is None or part.shipment_id != shipment.id:
            problems.append(f"{tag}: not in shipment {shipment.shipment_no}")
        elif part.status in DONE:
            problems.append(f"{tag}: already {part.status.value.replace('_', ' ')}")
        elif verdict.verdict is not None and verdict.verdict not in VERDICTS:
            problems.append(f"{tag}: a verdict is usable or scrap")
        elif not verdict.received and verdict.verdict is not None:
            problems.append(f"{tag}: a part head office did not receive cannot have a verdict")
        elif not verdict.received and part.status == S.RECEIVED:
            problems.append(f"{tag}: head office already reported it received")
        seen.add(tag)
        if part is not None:
            parts.append(part)
    if problems:
        raise ValidationError("nothing was recorded: " + "; ".join(problems))
    return parts


def leave_at_dealer(db: Database, actor: Actor, tag: str, verdict: OldPartStatus, instruction: str) -> None:
    """Head office judged a part still on the dealer's shelf and leaves it there: usable (the dealer keeps
    it) or scrap (the dealer disposes of it). The part no longer waits for a return; its bin can be cleared."""
    text = clean_text(instruction)
    if verdict not in VERDICTS:
        raise ValidationError("head office leaves a part as usable (keep) or scrap (dispose of)")
    if not text:
        raise ValidationError("say what head office instructed (who, when, reference)")
    if len(text) > MAX_REASON:
        raise ValidationError(f"the instruction takes at most {MAX_REASON} characters")
    now = dt.datetime.now(dt.UTC)
    with db.translated_errors(), db.sessions.begin() as s:
        part = load_by_tag(s, tag)
        if part.status != S.RETAINED:
            raise ValidationError(f"old part {part.tag_no} is {part.status.value.replace('_', ' ')}; only a part "
                                  "on the shelf and in no shipment can be left at the dealer")
        step(s, actor, part, verdict, f"left at the dealer: {text}", now)
        part.left_at_dealer = True
        part.inspection_remark = text
