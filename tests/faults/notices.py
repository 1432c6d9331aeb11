"""Head office's settlement notices for the demo dealer's exported batches, as JSON files."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.db.models import ClaimBatch, WarrantyClaim
from app.domain.enums import BatchStatus, ClaimStatus
from app.services.database import Database
from app.services.settlements import write_settlement_json
from tests.faults.conftest import TODAY

CUT = Decimal("10.00")


def settlement_notices(url: str, folder: Path) -> dict[str, tuple[Path, str, int]]:
    """A notice for each exported batch: settlement number → (file, batch number, claims); every third
    claim is cut by 10.00."""
    db = Database.open_read_only(url)
    notices = {}
    try:
        with db.sessions() as s:
            exported = s.execute(select(ClaimBatch.id, ClaimBatch.batch_no)
                                 .where(ClaimBatch.status == BatchStatus.EXPORTED).order_by(ClaimBatch.id)).all()
            for n, (batch_id, batch_no) in enumerate(exported, start=1):
                claims = s.execute(select(WarrantyClaim.claim_no, WarrantyClaim.revision, WarrantyClaim.total_amount)
                                   .where(WarrantyClaim.batch_id == batch_id,
                                          WarrantyClaim.status == ClaimStatus.IN_BATCH)
                                   .order_by(WarrantyClaim.claim_no)).all()
                lines = [(no, rev, total, total - CUT, CUT, "R04", "工时超出标准") if i % 3 == 0 and total > CUT
                         else (no, rev, total, total, Decimal(0), "", "") for i, (no, rev, total) in enumerate(claims)]
                number = f"HX{TODAY.year}-{9000 + n}"
                header = (number, TODAY, batch_no, sum((x[3] for x in lines), Decimal(0)),
                          sum((x[4] for x in lines), Decimal(0)))
                notices[number] = (write_settlement_json(folder / f"{number}.json", header, lines), batch_no,
                                   len(lines))
    finally:
        db.close()
    return notices
