"""The warranty registration card (三包回执卡) of a unit: sent, acknowledged by head office, a manager's
override of a late card, and the printed card."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import DealerProfile, RegistrationCard, Unit, User
from app.domain.actors import SYSTEM, Actor, PermissionDenied
from app.domain.cards import CardFacts, CardState, card_due_date
from app.domain.enums import Role
from app.domain.errors import ValidationError
from app.domain.normalize import clean_text
from app.services import passwords
from app.services.audit_trail import write_audit
from app.services.business_time import business_today
from app.services.database import Database
from app.services.warranty import read_context, warranty_in_session

if TYPE_CHECKING:  # the PDF side (reportlab) is imported when a card is printed, not when the app starts
    from app.reports.pdf.card import CardDocument


def acting_user(db: Database) -> Actor:
    """Who is acting: the user chosen for this workstation in Settings (`db.user_login`); while none is
    chosen, the first active service manager, else the system.

    Once a service manager turns sign-in on (app/services/passwords.py), only the user signed in here acts;
    with nobody signed in (or the signed-in user deactivated since) every change is refused.
    """
    with db.translated_errors(), db.sessions() as s:
        if passwords.required_in(s):
            signed_in = passwords.signed_in_user(s, db)
            if signed_in is None:
                raise PermissionDenied("nobody is signed in on this workstation: sign in first")
            return Actor(user_id=signed_in.id, login=signed_in.login, name=signed_in.display_name,
                         role=signed_in.role)
        user = None
        if db.user_login:
            user = s.scalar(select(User).where(User.login == db.user_login, User.active.is_(True)))
        if user is None:
            user = s.scalars(select(User).where(User.active.is_(True), User.role.in_([Role.MANAGER, Role.ADMIN]))
                             .order_by(User.role.desc(), User.id).limit(1)).first()
        if user is None:
            return SYSTEM
        return Actor(user_id=user.id, login=user.login, name=user.display_name, role=user.role)


def _card(s: Session, unit_id: int) -> tuple[Unit, RegistrationCard]:
    unit = s.get(Unit, unit_id)
    if unit is None:
        raise ValidationError(f"no unit with id {unit_id}")
    card = s.scalar(select(RegistrationCard).where(RegistrationCard.unit_id == unit_id))
    if card is None:  # a unit imported without a card: create it with the deadline it always had
        card = RegistrationCard(unit_id=unit_id,
                                due_date=card_due_date(unit.sale_date, read_context(s).deadline_days))
        s.add(card)
        s.flush()
    return unit, card


def _check_day(on_date: dt.date, today: dt.date, what: str) -> None:
    if on_date > today:
        raise ValidationError(f"the date the card was {what} ({on_date.isoformat()}) is in the future")


def mark_card_sent(db: Database, actor: Actor, unit_id: int, on_date: dt.date, *,
                   today: dt.date | None = None) -> CardState:
    """Record the day the card went to head office; returns the card's state then (late if after the due date)."""
    _check_day(on_date, today or business_today(), "sent")
    with db.translated_errors(), db.sessions.begin() as s:
        unit, card = _card(s, unit_id)
        if on_date < unit.sale_date:
            raise ValidationError(f"the card cannot have been sent ({on_date.isoformat()}) before the sale "
                                  f"({unit.sale_date.isoformat()})")
        if card.sent_on is not None:
            raise ValidationError(f"the card of {unit.serial_no} was already sent on {card.sent_on.isoformat()}")
        card.sent_on = on_date
        write_audit(s, actor, "card", card.id, "update", "sent_on", None, on_date.isoformat())
        return CardFacts(card.due_date, card.sent_on, None, card.override_reason).state(on_date)


def mark_card_acknowledged(db: Database, actor: Actor, unit_id: int, on_date: dt.date, *,
                           today: dt.date | None = None) -> None:
    """Head office confirmed it has the card."""
    _check_day(on_date, today or business_today(), "acknowledged")
    with db.translated_errors(), db.sessions.begin() as s:
        unit, card = _card(s, unit_id)
        if card.sent_on is None:
            raise ValidationError(f"the card of {unit.serial_no} has not been sent yet")
        if card.acknowledged_on is not None:
            raise ValidationError(f"head office already acknowledged the card of {unit.serial_no} "
                                  f"on {card.acknowledged_on.isoformat()}")
        if on_date < card.sent_on:
            raise ValidationError(f"head office cannot have acknowledged the card ({on_date.isoformat()}) before "
                                  f"it was sent ({card.sent_on.isoformat()})")
        card.acknowledged_on = on_date
        write_audit(s, actor, "card", card.id, "update", "acknowledged_on", None, on_date.isoformat())


def record_card_override(db: Database, actor: Actor, unit_id: int, reason: str, *,
                         today: dt.date | None = None) -> None:
    """A service manager accepts a late card (head office agreed, …): warranty is recognised again."""
    actor.require_manager("Recording an override of a late registration card")
    reason = clean_text(reason)
    if not reason:
        raise ValidationError("give the reason for the override (who agreed, and why)")
    if actor.user_id is None:
        raise ValidationError("an override must be recorded by a named service manager; add a manager user first")
    today = today or business_today()
    with db.translated_errors(), db.sessions.begin() as s:
        unit, card = _card(s, unit_id)
        if warranty_in_session(s, unit_id, today).card_state != CardState.LATE:
            raise ValidationError(f"the card of {unit.serial_no} is not late: there is nothing to override")
        old = card.override_reason
        card.override_reason = reason
        card.override_by_id = actor.user_id
        card.override_at = dt.datetime.now(dt.UTC)
        write_audit(s, actor, "card", card.id, "update", "override_reason", old, reason)


# --- the printed card ------------------------------------------------------------------------------


def card_document(db: Database, unit_id: int, *, today: dt.date | None = None) -> CardDocument:
    today = today or business_today()
    with db.translated_errors(), db.sessions() as s:
        unit = s.get(Unit, unit_id)
        if unit is None:
            raise ValidationError(f"no unit with id {unit_id}")
        warranty = warranty_in_session(s, unit_id, today)
        dealer = s.get(DealerProfile, 1)
        model, customer = unit.model, unit.customer
        # the terms as counted: the model's, never below the regulation's floor for its product class
        months = warranty.terms.applied.months if warranty.terms else model.warranty_months
        main_months = warranty.terms.applied.main_component_months if warranty.terms else model.main_component_months
        terms = f"整机 {months} 个月，主要部件 {main_months} 个月"
        if model.warranty_hours is not None:
            terms += f"，或 {model.warranty_hours:,.0f} 小时"
        if model.warranty_area is not None:
            terms += f"，或 {model.warranty_area:,.0f} 亩"
        from app.reports.pdf.card import CardDocument

        return CardDocument(
            dealer_name=dealer.name if dealer else "", dealer_code=dealer.dealer_code if dealer else "",
            dealer_phone=(dealer.service_hotline or dealer.phone) if dealer else "",
            manufacturer=dealer.manufacturer if dealer else "",
            customer_name=customer.name, customer_phone=customer.phone, customer_address=customer.address,
            model_code=model.code, model_name=model.name, serial_no=unit.serial_no, engine_no=unit.engine_no,
            sale_date=unit.sale_date, invoice_date=unit.invoice_date, invoice_no=unit.invoice_no,
            due_date=warranty.card.due_date,
            warranty=f"{terms}（至 {warranty.coverage.ends_on.isoformat()}）", printed_on=today,
            warranty_months=months, main_component_months=main_months,
            warranty_hours=model.warranty_hours, warranty_area=model.warranty_area,
            cover_ends_on=warranty.coverage.ends_on,
        )


def print_card(db: Database, unit_id: int, path: Path | str, *, today: dt.date | None = None) -> Path:
    """Write the unit's registration card as a PDF to `path`."""
    document = card_document(db, unit_id, today=today)
    try:
        from app.reports.pdf.card import write_card

        return write_card(document, path)
    except OSError as exc:
        raise ValidationError(f"cannot write {path}: {exc.strerror or exc}") from exc
