"""How a unit's card and warranty read on screen, in one place for the list and the service file.

The domain gives language-neutral facts (dates, limits, states); these functions word them in the
interface language, translated when called so a language switch shows at once.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.cards import CardState
from app.domain.coverage import Coverage, CoverageVerdict
from app.services.warranty import UnitWarranty

RED = QColor("#c62828")
AMBER = QColor("#a15c00")
GREEN = QColor("#2e7d32")
GREY = QColor("#616161")


def day(value: dt.date | None) -> str:
    return value.isoformat() if value else "—"


def hours(value: Decimal | None) -> str:
    return "—" if value is None else QCoreApplication.translate("UnitTexts", "{hours} h").format(
        hours=f"{value:,.0f}")


def limits(cover: Coverage) -> str:
    """'2027-05-07 or 1,500 h' in the interface language."""
    parts = [cover.ends_on.isoformat()]
    if cover.hours_limit is not None:
        parts.append(hours(cover.hours_limit))
    if cover.area_limit is not None:
        parts.append(QCoreApplication.translate("UnitTexts", "{area} mu").format(area=f"{cover.area_limit:,.0f}"))
    return QCoreApplication.translate("UnitTexts", " or ").join(parts)


def card_state(state: CardState) -> str:
    return {
        CardState.DUE: QCoreApplication.translate("UnitTexts", "Due"),
        CardState.SENT: QCoreApplication.translate("UnitTexts", "Sent"),
        CardState.ACKNOWLEDGED: QCoreApplication.translate("UnitTexts", "Acknowledged by head office"),
        CardState.LATE: QCoreApplication.translate("UnitTexts", "Late"),
    }[state]


def card_short(w: UnitWarranty) -> str:
    """The card column of the units list."""
    state = w.card_state
    if state == CardState.DUE:
        return QCoreApplication.translate("UnitTexts", "Due by {date}").format(date=day(w.card.due_date))
    if state == CardState.SENT:
        return QCoreApplication.translate("UnitTexts", "Sent {date}").format(date=day(w.card.sent_on))
    if state == CardState.ACKNOWLEDGED:
        return QCoreApplication.translate("UnitTexts", "Acknowledged {date}").format(
            date=day(w.card.acknowledged_on))
    if state == CardState.LATE and w.recognised:
        return QCoreApplication.translate("UnitTexts", "Late (override)")
    return card_state(state)


def card_samples() -> list[str]:
    """The widest texts the card column shows, to size it."""
    sample = "2026-12-16"
    return [QCoreApplication.translate("UnitTexts", "Due by {date}").format(date=sample),
            QCoreApplication.translate("UnitTexts", "Acknowledged {date}").format(date=sample)]


def card_colour(w: UnitWarranty) -> QColor | None:
    if not w.recognised:
        return RED
    if w.card_state == CardState.LATE or w.card.due_soon(w.on_date):
        return AMBER
    return None


def verdict(w: UnitWarranty) -> str:
    """One line: what the warranty is today, recognition included."""
    cover = w.coverage
    text = {
        CoverageVerdict.IN_WARRANTY: QCoreApplication.translate("UnitTexts", "In warranty until {limits}"),
        CoverageVerdict.EXPIRED_BY_DATE: QCoreApplication.translate("UnitTexts", "Warranty ended on {date}"),
        CoverageVerdict.EXPIRED_BY_USAGE: QCoreApplication.translate(
            "UnitTexts", "Warranty ended: over {limits} ({hours} now)"),
        CoverageVerdict.VOID: QCoreApplication.translate("UnitTexts", "Warranty void: {reason}"),
        CoverageVerdict.NOT_YET_SOLD: QCoreApplication.translate("UnitTexts", "Warranty starts on {start}"),
    }[w.verdict].format(limits=limits(cover), date=day(cover.ends_on), hours=hours(w.hours),
                        reason=cover.void_reason or "", start=day(cover.starts_on))
    if not w.recognised:
        text = QCoreApplication.translate(
            "UnitTexts", "Warranty not recognised: the registration card is late. {verdict}").format(verdict=text)
    return text


def verdict_short(w: UnitWarranty) -> str:
    """The warranty column of the units list."""
    if not w.recognised:
        return QCoreApplication.translate("UnitTexts", "Not recognised (card late)")
    return {
        CoverageVerdict.IN_WARRANTY: QCoreApplication.translate("UnitTexts", "Until {limits}"),
        CoverageVerdict.EXPIRED_BY_DATE: QCoreApplication.translate("UnitTexts", "Ended {date}"),
        CoverageVerdict.EXPIRED_BY_USAGE: QCoreApplication.translate("UnitTexts", "Ended: over {limits}"),
        CoverageVerdict.VOID: QCoreApplication.translate("UnitTexts", "Void"),
        CoverageVerdict.NOT_YET_SOLD: QCoreApplication.translate("UnitTexts", "Starts {start}"),
    }[w.verdict].format(limits=limits(w.coverage), date=day(w.coverage.ends_on), start=day(w.coverage.starts_on))


def verdict_colour(w: UnitWarranty, *, covered: QColor | None = GREEN) -> QColor | None:
    if w.covered:
        return covered
    return RED if not w.recognised or w.verdict == CoverageVerdict.VOID else GREY


def model_text(code: str, name: str) -> str:
    """A model as a choice: the name alone when it already says the code ("LF-504 轮式拖拉机")."""
    return name if code and code in name else f"{code}  {name}".strip()
