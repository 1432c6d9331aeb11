"""Reports on a hand-built dealer (tests/services/reports_data.py): every count and every fen known."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain.errors import ValidationError
from app.services import shared_settings
from app.services.reports import Period, load_reports
from app.services.reports.scorecard import ARRANGED, CARDS, DAYS, FIRST_TIME, FOLLOW_UPS, HOURS, OLD_PARTS
from tests.services import reports_data
from tests.services.reports_data import NOW, PERIOD, TODAY

D = Decimal


@pytest.fixture
def dealer(database):  # type: ignore[no-untyped-def]
    reports_data.build(database)
    return database


@pytest.fixture
def reports(dealer):  # type: ignore[no-untyped-def]
    return load_reports(dealer, PERIOD, today=TODAY, now=NOW)


def test_claims_per_month_count_current_revisions_by_repair_month(reports):
    # GIVEN claims on the last day of January and the first and last days of February and March, a draft,
    # a cancelled claim, a reworked revision and claims just outside the period
    months = [(m.month, m.claims, m.claimed) for m in reports.claims_by_month]
    # THEN each counts once in its month; cancelled, superseded and outside claims not at all
    assert months == [(dt.date(2026, 1, 1), 1, D("330.50")), (dt.date(2026, 2, 1), 3, D("355.74")),
                      (dt.date(2026, 3, 1), 2, D("500.00"))]
    february = reports.claims_by_month[1]
    assert (february.labour, february.parts, february.travel, february.other) == (
        D("189.99"), D("140.25"), D("15.50"), D("10.00"))
    assert reports.claims == 6


def test_approval_rate_by_month_of_the_notice(reports):
    january, february, march = reports.outcomes_by_month
    assert (january.approved, january.partial, january.rejected) == (2, 0, 0)
    assert (january.claimed, january.paid, january.deducted) == (D("1330.50"), D("1330.50"), D("0.00"))
    assert january.count_rate == 1 and january.amount_rate == 1
    assert (february.approved, february.partial, february.rejected, february.decided) == (0, 1, 2, 3)
    assert (february.claimed, february.paid, february.deducted) == (D("465.75"), D("80.85"), D("384.90"))
    assert february.count_rate == 0
    assert february.amount_rate == D("80.85") / D("465.75")
    # A month without a notice is there, with nothing decided and no rate
    assert (march.month, march.decided, march.claimed, march.count_rate, march.amount_rate) == (
        dt.date(2026, 3, 1), 0, D("0.00"), None, None)


def test_deductions_by_reason_code_largest_first(reports):
    rows = [(r.reason_code, r.reason_text, r.claims, r.rejected, r.partial, r.claimed, r.deducted)
            for r in reports.deductions]
    # Two wordings of R01 show under one of them; the notice of 1 April is outside the period
    assert rows == [("R01", "超出三包期（整机）", 2, 2, 0, D("350.25"), D("350.25")),
                    ("R04", "工时超出标准", 1, 0, 1, D("115.50"), D("34.65"))]


def test_top_causal_parts_count_each_claim_once(reports):
    rows = [(p.part_no, p.claims, p.claimed, p.part_amount) for p in reports.causal_parts]
    # C9 has two lines marked causal: it counts once, with its first causal line's amount
    assert rows == [("P-PUMP", 2, D("630.50"), D("300.50")), ("P-BELT", 2, D("340.25"), D("230.25")),
                    ("P-SEAL", 1, D("115.50"), D("40.00"))]
    assert reports.without_causal_part == 1  # the draft C4 has no part line


def test_claims_by_model(reports):
    rows = [(m.model_code, m.model_name, m.claims, m.claimed, m.average) for m in reports.models]
    assert rows == [("LX904", "东方红 LX904 拖拉机", 5, D("886.24"), D("177.25")),
                    ("4LZ-6", "4LZ-6 谷物联合收割机", 1, D("300.00"), D("300.00"))]


def _figures(reports, key):  # type: ignore[no-untyped-def]
    item = reports.scorecard.item(key)
    return item.met, item.missed, item.not_done, item.pending, item.excused


def test_scorecard_cards_sent_within_the_deadline(reports):
    # U1 on the due date and U8 early: met; U2 late (override: excused but missed), U3 and U6 (no card row,
    # sale + 20 days passed) never sent; U4 and U5 (no card row) not due yet; U7 sold before the period
    assert _figures(reports, CARDS) == (2, 3, 2, 2, 1)
    item = reports.scorecard.item(CARDS)
    assert (item.target, item.unit, item.counted, item.share) == (20, DAYS, 5, D(2) / D(5))


def test_scorecard_service_tasks_arranged_within_the_target(reports):
    # E1 arranged exactly 2 h after, E3 closed within the hour: met; E2 a second late and E4 open for 3 h:
    # missed; E5 received an hour ago: pending; E6 (31 December, Beijing) and the reminder E7 not counted
    assert _figures(reports, ARRANGED) == (2, 2, 1, 1, 0)
    item = reports.scorecard.item(ARRANGED)
    assert (item.target, item.unit) == (2, HOURS)


def test_scorecard_follows_the_arrange_target_setting(dealer):
    shared_settings.put(dealer, shared_settings.ARRANGE_TARGET_HOURS, 3)
    reports = load_reports(dealer, PERIOD, today=TODAY, now=NOW)
    # E2 is now in time; E4, received exactly 3 h ago, has not passed the target yet
    assert _figures(reports, ARRANGED) == (3, 0, 0, 2, 0)
    assert reports.scorecard.item(ARRANGED).target == 3


def test_scorecard_follows_the_card_deadline_for_units_without_a_card(dealer):
    shared_settings.put(dealer, shared_settings.CARD_DEADLINE_DAYS, 40)
    reports = load_reports(dealer, PERIOD, today=TODAY, now=NOW)
    # U6 (sold 10 February, no card row) is now due on 22 March: pending; cards with a row keep their due date
    assert _figures(reports, CARDS) == (2, 2, 1, 3, 1)


def test_scorecard_old_parts_returned_by_their_date(reports):
    # O1 shipped on the due date and O8 (lost on the way) in time: met; O2 shipped late, O3 still here:
    # missed; O4 packed, not due: pending; O5 written off here and O6 left here by head office: set apart
    assert _figures(reports, OLD_PARTS) == (2, 2, 1, 1, 2)


def test_scorecard_claims_approved_first_time(reports):
    # First revisions repaired in the period: C1 approved in full; C2 rejected, C3 partly, C6 reworked;
    # C9 sent and waiting; the draft, the cancelled claim and the second revision of C6 not counted
    assert _figures(reports, FIRST_TIME) == (1, 3, 0, 1, 0)


def test_scorecard_follow_ups_made_by_the_due_day_in_beijing(reports):
    # Made at 23:30 on the due day: met; at 00:30 the day after (still the due day in UTC): late;
    # one not made; one due today: pending; one made early: met
    assert _figures(reports, FOLLOW_UPS) == (2, 2, 1, 1, 0)


def test_an_empty_period_has_every_month_and_no_shares(dealer):
    period = Period(dt.date(2020, 1, 1), dt.date(2020, 2, 29))
    reports = load_reports(dealer, period, today=TODAY, now=NOW)
    assert [(m.month, m.claims, m.claimed) for m in reports.claims_by_month] == [
        (dt.date(2020, 1, 1), 0, D("0.00")), (dt.date(2020, 2, 1), 0, D("0.00"))]
    assert [m.decided for m in reports.outcomes_by_month] == [0, 0]
    assert reports.deductions == reports.causal_parts == reports.models == ()
    assert all(item.counted == 0 and item.share is None for item in reports.scorecard.items)
    assert reports.without_causal_part == 0


def test_a_one_day_period_on_a_month_boundary(dealer):
    reports = load_reports(dealer, Period(dt.date(2026, 2, 1), dt.date(2026, 2, 1)), today=TODAY, now=NOW)
    assert [(m.month, m.claims, m.claimed) for m in reports.claims_by_month] == [(dt.date(2026, 2, 1), 1, D("140.25"))]
    assert [(m.month, m.rejected, m.partial) for m in reports.outcomes_by_month] == [(dt.date(2026, 2, 1), 2, 1)]


def test_the_default_period_is_the_last_twelve_calendar_months():
    assert Period.last_months(dt.date(2026, 11, 27)) == Period(dt.date(2025, 12, 1), dt.date(2026, 11, 27))
    assert Period.last_months(dt.date(2026, 1, 31)) == Period(dt.date(2025, 2, 1), dt.date(2026, 1, 31))
    assert len(Period.last_months(dt.date(2026, 11, 27)).months()) == 12


def test_a_period_ending_before_it_starts_is_refused():
    with pytest.raises(ValidationError, match="ends"):
        Period(dt.date(2026, 3, 1), dt.date(2026, 2, 28))


def test_progress_is_reported_step_by_step(dealer):
    steps: list[tuple[int, int]] = []
    load_reports(dealer, PERIOD, today=TODAY, now=NOW, progress=lambda done, total: steps.append((done, total)))
    assert steps[0] == (0, 6) and steps[-1] == (6, 6)
    assert [done for done, _total in steps] == sorted(done for done, _total in steps)
