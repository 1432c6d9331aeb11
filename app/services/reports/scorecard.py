"""The service scorecard: how the dealer does on what head office rates it on (cards within 20 days,
tasks arranged within 2 hours, old parts back by their return date, claims approved first time, follow-ups).

Each item sorts the records of the period into met (done within the target), missed (done late, or
not done and past the target) and pending (not done, target not passed yet: no verdict so far). The
share met counts only met + missed.

- cards: units sold in the period; met when the card was sent on or before its due date (the sale
  plus CARD_DEADLINE_DAYS). A manager's override restores warranty on a late card but the card was
  still late: it stays missed, and is shown as excused.
- arranged: service-log tasks received in the period (maintenance reminders the dealer books itself
  are not tasks received); met when arranged — or closed without a visit — within
  ARRANGE_TARGET_HOURS of being received.
- old parts: old parts due back in the period; met when shipped on or before the due date. Parts
  written off before shipping, or left at the dealer by head office's verdict, are not counted
  (shown as excused).
- first time: claims repaired in the period, first revision, decided by head office; met when
  approved in full. Sent claims not decided yet are pending; drafts are not counted.
- follow-ups: calls and visits due in the period; met when made on or before the due date
  (Beijing day).
- the 三包 clocks (app.services.clocks), kept apart from the five items above in `Scorecard.clocks`:
  reply within 7 days and busy-season fix within 2 / 5 days for requests received in the period,
  repair within 40 days for claims that failed in the period (cancelled and superseded ones left out).
  Missed counts late stops and clocks that ran out with the thing still not done (not_done).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import (
    FollowUp,
    OldPart,
    RegistrationCard,
    ReturnShipment,
    ServiceLogEntry,
    Unit,
    WarrantyClaim,
)
from app.domain.enums import ClaimStatus, OldPartStatus
from app.services.business_time import business_day_start
from app.services.reports import clock_scores
from app.services.reports.clock_scores import CLOCK_KEYS, FIX_CLOCK, REPAIR_CLOCK, REPLY_CLOCK  # noqa: F401 - keys
from app.services.reports.period import Period, share
from app.services.reports.sql import business_day_end, days_after, within_hours

CARDS, ARRANGED, OLD_PARTS, FIRST_TIME, FOLLOW_UPS = "cards", "arranged", "old_parts", "first_time", "follow_ups"
SCORE_KEYS = (CARDS, ARRANGED, OLD_PARTS, FIRST_TIME, FOLLOW_UPS)
DAYS, HOURS = "days", "hours"
DECIDED = (ClaimStatus.SETTLED_APPROVED, ClaimStatus.SETTLED_PARTIAL, ClaimStatus.REJECTED, ClaimStatus.REWORKED)
AWAITING = (ClaimStatus.APPROVED, ClaimStatus.IN_BATCH)  # approved by the manager, not decided by head office


@dataclass(frozen=True)
class Targets:
    card_days: int
    arrange_hours: int


@dataclass(frozen=True)
class ScoreItem:
    key: str  # one of SCORE_KEYS
    met: int
    missed: int  # done late, or not done past the target
    pending: int  # not done, target not passed yet
    not_done: int = 0  # of missed: still not done (card not sent, task not arranged, part still here, call not made)
    excused: int = 0  # cards: of missed, accepted by an override; old parts: not counted (written off, left here)
    target: int = 0  # days or hours, as `unit` says; 0 when the item has no deadline
    unit: str = ""

    @property
    def counted(self) -> int:
        return self.met + self.missed

    @property
    def share(self) -> Decimal | None:
        return share(self.met, self.counted)


@dataclass(frozen=True)
class Scorecard:
    items: tuple[ScoreItem, ...]
    clocks: tuple[ScoreItem, ...] = ()  # one per CLOCK_KEYS

    def item(self, key: str) -> ScoreItem:
        return next(i for i in self.items + self.clocks if i.key == key)


def _count(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def card_statement(period: Period, today: dt.date, deadline_days: int) -> Select[Any]:
    card = RegistrationCard
    # A unit imported without a card row has the card it always had: due the deadline after the sale.
    due = func.coalesce(card.due_date, days_after(Unit.sale_date, deadline_days))
    sent, unsent = card.sent_on.is_not(None), card.sent_on.is_(None)
    late = or_(card.sent_on > due, and_(unsent, due < today))
    return (select(_count(and_(sent, card.sent_on <= due)), _count(late), _count(and_(unsent, due >= today)),
                   _count(and_(unsent, due < today)), _count(and_(late, card.override_reason.is_not(None))))
            .select_from(Unit).outerjoin(card, card.unit_id == Unit.id)
            .where(Unit.sale_date >= period.start, Unit.sale_date <= period.end))


def arrange_statement(period: Period, now: dt.datetime, arrange_hours: int) -> Select[Any]:
    entry = ServiceLogEntry
    handled = func.coalesce(entry.arranged_at, entry.closed_at)  # closed at once: handled without a visit
    in_time = within_hours(entry.received_at, handled, arrange_hours)
    passed = now - dt.timedelta(hours=arrange_hours)
    waiting = handled.is_(None)
    overdue = and_(waiting, entry.received_at < passed)
    return (select(_count(in_time), _count(or_(and_(~waiting, ~in_time), overdue)),
                   _count(and_(waiting, entry.received_at >= passed)), _count(overdue))
            .where(entry.received_at >= business_day_start(period.start),
                   entry.received_at < business_day_start(period.after_end),
                   entry.is_maintenance_reminder.is_(False)))


def old_part_statement(period: Period, today: dt.date) -> Select[Any]:
    part, shipment = OldPart, ReturnShipment
    shipped_on = shipment.shipped_on
    excused = and_(shipped_on.is_(None),
                   or_(part.status == OldPartStatus.WRITTEN_OFF, part.left_at_dealer.is_(True)))
    here = and_(shipped_on.is_(None), ~excused)
    return (select(_count(shipped_on <= part.due_date),
                   _count(or_(shipped_on > part.due_date, and_(here, part.due_date < today))),
                   _count(and_(here, part.due_date >= today)), _count(and_(here, part.due_date < today)),
                   _count(excused))
            .select_from(part).outerjoin(shipment, shipment.id == part.shipment_id)
            .where(part.due_date >= period.start, part.due_date <= period.end))


def first_time_statement(period: Period) -> Select[Any]:
    claim = WarrantyClaim
    return (select(_count(claim.status == ClaimStatus.SETTLED_APPROVED),
                   _count(claim.status.in_(DECIDED[1:])), _count(claim.status.in_(AWAITING)))
            .where(claim.previous_revision_id.is_(None), claim.repair_date >= period.start,
                   claim.repair_date <= period.end))


def follow_up_statement(period: Period, today: dt.date) -> Select[Any]:
    follow_up = FollowUp
    done, open_ = follow_up.done_at.is_not(None), follow_up.done_at.is_(None)
    day_ends = business_day_end(follow_up.due_date)  # made before the due day ended in Beijing: in time
    return (select(_count(and_(done, follow_up.done_at < day_ends)),
                   _count(or_(and_(done, follow_up.done_at >= day_ends), and_(open_, follow_up.due_date < today))),
                   _count(and_(open_, follow_up.due_date >= today)), _count(and_(open_, follow_up.due_date < today)))
            .where(follow_up.due_date >= period.start, follow_up.due_date <= period.end))


def statements(period: Period, today: dt.date, now: dt.datetime, targets: Targets) -> dict[str, Select[Any]]:
    return {CARDS: card_statement(period, today, targets.card_days),
            ARRANGED: arrange_statement(period, now, targets.arrange_hours),
            OLD_PARTS: old_part_statement(period, today),
            FIRST_TIME: first_time_statement(period),
            FOLLOW_UPS: follow_up_statement(period, today)}


def load_scorecard(s: Session, period: Period, today: dt.date, now: dt.datetime, targets: Targets) -> Scorecard:
    found = {key: [int(x) for x in s.execute(query).one()]
             for key, query in statements(period, today, now, targets).items()}
    met, missed, pending, not_sent, overridden = found[CARDS]
    cards = ScoreItem(CARDS, met, missed, pending, not_sent, overridden, targets.card_days, DAYS)
    met, missed, pending, waiting = found[ARRANGED]
    arranged = ScoreItem(ARRANGED, met, missed, pending, waiting, 0, targets.arrange_hours, HOURS)
    met, missed, pending, here, excused = found[OLD_PARTS]
    old_parts = ScoreItem(OLD_PARTS, met, missed, pending, here, excused)
    met, missed, pending = found[FIRST_TIME]
    first_time = ScoreItem(FIRST_TIME, met, missed, pending)
    met, missed, pending, not_made = found[FOLLOW_UPS]
    follow_ups = ScoreItem(FOLLOW_UPS, met, missed, pending, not_made)
    return Scorecard((cards, arranged, old_parts, first_time, follow_ups), clock_items(s, period, now))


def clock_items(s: Session, period: Period, now: dt.datetime) -> tuple[ScoreItem, ...]:
    """The 三包 clocks of the period's requests and repairs (app.services.reports.clock_scores)."""
    found = clock_scores.clock_counts(s, period, now)
    return tuple(ScoreItem(key, met, missed, pending, not_done, target=clock_scores.CLOCK_DAYS[key], unit=DAYS)
                 for key, (met, missed, pending, not_done) in found.items())
