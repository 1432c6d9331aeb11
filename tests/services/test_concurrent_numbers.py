"""Record numbers stay unique when several workstations (processes) create records at once."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from app.services.database import Database

ROOT = Path(__file__).resolve().parents[2]
WORKER = textwrap.dedent("""
    import sys
    from sqlalchemy import func, select
    from app.db.models import Unit
    from app.services.database import Database
    from app.services.numbers import next_number

    db = Database.open(sys.argv[1])
    for _ in range(int(sys.argv[2])):
        with db.sessions.begin() as s:
            s.scalar(select(func.count()).select_from(Unit))  # read first, as a real save does
            print(next_number(s, "claim", 2026), flush=True)
    db.close()
""")


def test_several_processes_get_distinct_gapless_numbers(db_url):
    Database.open(db_url).close()  # schema first, so the workers only create numbers
    processes, each = 4, 40
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, db_url, str(each)], cwd=ROOT, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(processes)]
    numbers: list[str] = []
    for worker in workers:
        out, err = worker.communicate(timeout=180)
        assert worker.returncode == 0, err
        numbers.extend(out.split())
    assert len(numbers) == processes * each
    assert len(set(numbers)) == len(numbers)
    assert sorted(numbers) == [f"SB2026-{n:06d}" for n in range(1, processes * each + 1)]
