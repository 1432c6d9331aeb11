"""SIGKILL while claims are saved: created, edited, made ready and approved (old parts tagged, stock
used) in a loop. After each kill the database is whole and every save the app reported is there."""
from __future__ import annotations

import textwrap

from app.db.models import WarrantyClaim
from app.services.database import Database
from tests.faults.children import KILLED
from tests.faults.conftest import TODAY
from tests.faults.consistency import assert_cli_check_passes, assert_consistent

SAVER = textwrap.dedent("""
    import datetime as dt, sys
    from decimal import Decimal
    from sqlalchemy import select
    from app.db.models import Part, Unit
    from app.domain.actors import Actor
    from app.domain.enums import Role
    from app.domain.errors import WarrantyDeskError
    from app.services import claims
    from app.services.claims import ClaimInput, LabourLineInput, PartLineInput

    from app.services.database import Database

    db = Database.open(sys.argv[1])
    today = dt.date.fromisoformat(sys.argv[2])
    manager = Actor(None, "faults", "faults", Role.MANAGER)  # saves, makes ready and approves
    with db.sessions() as s:
        serials = list(s.scalars(select(Unit.serial_no).order_by(Unit.id).limit(10)))
        returned = list(s.scalars(select(Part.part_no).where(Part.must_return).order_by(Part.id).limit(3)))
        others = list(s.scalars(select(Part.part_no).where(~Part.must_return).order_by(Part.id).limit(12)))

    def claim(n):
        parts = [PartLineInput(p, Decimal(1 + (n + i) % 3), is_causal=i == 0) for i, p in enumerate(returned)]
        parts += [PartLineInput(p, Decimal(1 + i % 2)) for i, p in enumerate(others[: 2 + n % 10])]
        return ClaimInput(unit_serial=serials[n % len(serials)], failure_date=today - dt.timedelta(days=3),
                          repair_date=today - dt.timedelta(days=1), complaint=f"故障 {n}", cause="磨损",
                          correction="更换", technician="张海涛", travel_km=Decimal(10 + n % 7),
                          travel_rate=Decimal("1.50"), customer_signed=True,
                          labour=tuple(LabourLineInput(f"L-{k}", Decimal(k + 1)) for k in range(1 + n % 4)),
                          parts=tuple(parts))

    def saved(view):
        print("saved", view.id, view.claim_no, view.version, view.total_amount, flush=True)

    print("started", flush=True)
    n = 0
    while True:
        view = claims.create_claim(db, manager, claim(n), today)
        saved(view)
        view = claims.update_claim(db, manager, view.id, view.version, claim(n + 5), today)
        saved(view)
        try:
            view = claims.mark_ready(db, manager, view.id, view.version, today)
            saved(view)
        except WarrantyDeskError:
            pass
        else:
            claims.approve(db, manager, [view.id], today)
            saved(claims.get_claim(db, view.id, today))
        n += 1
""")
# When to kill: after this many saves were reported, and this many seconds more (early, mid-save, later)
MOMENTS = ((0, 0.0), (1, 0.0), (3, 0.01), (6, 0.05))


def test_killed_claim_saves_leave_whole_claims_and_lose_nothing_committed(demo_url, zygote):
    saved: dict[int, tuple[str, int, str]] = {}  # claim id → number, version, total the app reported saved
    cut_short = 0
    for saves, delay in MOMENTS:
        child = zygote.script(SAVER, demo_url, TODAY.isoformat())
        assert child.wait_until(lambda: len(child.lines) > saves, f"{saves} saves"), child.stderr  # noqa: B023
        cut_short += child.kill_after(delay)
        assert child.returncode == KILLED, child.stderr  # the loop never ends by itself
        for line in child.lines[1:]:
            _word, claim_id, number, version, total = line.split()
            saved[int(claim_id)] = (number, int(version), total)
        assert_consistent(demo_url)
        db = Database.open_read_only(demo_url)
        try:
            with db.sessions() as s:
                found = {c.id: c for c in s.query(WarrantyClaim).filter(WarrantyClaim.id.in_(saved))}
            for claim_id, (number, version, total) in saved.items():
                claim = found.get(claim_id)
                assert claim is not None, f"claim {number} was saved, then lost"
                assert claim.claim_no == number and claim.version >= version
                if claim.version == version:
                    assert str(claim.total_amount) == total
        finally:
            db.close()
    assert cut_short == len(MOMENTS)
    assert_cli_check_passes(zygote, demo_url)
