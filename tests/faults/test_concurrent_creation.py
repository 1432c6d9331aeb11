"""Several workstations (processes) creating records at the same moment through the services: claims,
their old-part tags (retained when a claim is approved), claim batches and return shipments. Every
number is issued once, and with no gaps, on SQLite and PostgreSQL."""
from __future__ import annotations

import textwrap
from collections import defaultdict

from sqlalchemy import select

from app.db.models import ClaimBatch, OldPart, ReturnShipment, WarrantyClaim
from tests.faults.children import TIMEOUT
from tests.services.batches.batch_data import with_dealer_code
from tests.services.claims.conftest import TODAY, dealer  # noqa: F401 — the fixture

WORKER = textwrap.dedent("""
    import os, sys, time
    from app.domain.actors import Actor
    from app.domain.enums import Role
    from app.services import batches, claims, old_parts, shipments
    from app.services.database import Database
    from tests.services.claims.conftest import TODAY, pump_claim

    url, clerk_id, manager_id, count, go = sys.argv[1], *map(int, sys.argv[2:5]), sys.argv[5]
    clerk = Actor(clerk_id, "liuyan", "刘燕", Role.CLERK)
    manager = Actor(manager_id, "sunwei", "孙伟", Role.MANAGER)
    db = Database.open(url)
    print("ready", flush=True)
    while not os.path.exists(go):  # every workstation starts at the same moment
        time.sleep(0.005)
    for _ in range(count):
        view = claims.create_claim(db, clerk, pump_claim(), TODAY)
        print("claim", view.claim_no, flush=True)
        view = claims.mark_ready(db, clerk, view.id, view.version, TODAY)
        result = claims.approve(db, manager, [view.id], TODAY)
        assert result.refused == (), result.refused
        (tag,) = [part.tag_no for part in old_parts.old_parts_of_claim(db, view.id, TODAY)]
        print("tag", tag, flush=True)
        batch = batches.create_batch(db, manager, claim_ids=[view.id], today=TODAY)
        print("batch", batch.batch_no, view.claim_no, flush=True)
        shipment = shipments.create_shipment(db, clerk, TODAY)
        shipments.add_tag(db, clerk, shipment.id, tag)
        print("shipment", shipment.shipment_no, tag, flush=True)
    db.close()
""")
PROCESSES, EACH = 4, 5


def _sequence_numbers(numbers: list[str]) -> list[int]:
    return sorted(int(number.rsplit("-", 1)[1]) for number in numbers)


def test_several_workstations_create_claims_tags_batches_shipments_with_unique_gapless_numbers(
        dealer, zygote, tmp_path):  # noqa: F811
    with_dealer_code(dealer)
    url = dealer.db.url.render_as_string(hide_password=False)
    go = tmp_path / "go"
    workers = [zygote.script(WORKER, url, str(dealer.clerk.user_id), str(dealer.manager.user_id), str(EACH), str(go))
               for _ in range(PROCESSES)]
    for worker in workers:
        assert worker.wait_line("ready"), worker.stderr
    go.touch()
    made: dict[str, list[list[str]]] = defaultdict(list)
    for worker in workers:
        assert worker.finish(TIMEOUT) == 0, worker.stderr
        for line in worker.lines[1:]:
            kind, *values = line.split()
            made[kind].append(values)
    total = PROCESSES * EACH
    for kind in ("claim", "tag", "batch", "shipment"):  # distinct, and 1 … total: nothing issued twice or skipped
        assert _sequence_numbers([values[0] for values in made[kind]]) == list(range(1, total + 1)), kind
    with dealer.db.sessions() as s:
        in_batch = dict(s.execute(select(ClaimBatch.batch_no, WarrantyClaim.claim_no)
                                  .join(WarrantyClaim, WarrantyClaim.batch_id == ClaimBatch.id)).tuples().all())
        packed = dict(s.execute(select(ReturnShipment.shipment_no, OldPart.tag_no)
                                .join(OldPart, OldPart.shipment_id == ReturnShipment.id)).tuples().all())
    assert in_batch == {batch_no: claim_no for batch_no, claim_no in made["batch"]}  # each batch holds its claim
    assert packed == {shipment_no: tag for shipment_no, tag in made["shipment"]}
