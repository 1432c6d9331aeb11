"""Head office's settlement notice, as a workbook and as JSON, fed random, damaged and mutated files."""
from __future__ import annotations

import json
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.db.models import LedgerEntry, SettlementLine
from app.domain.enums import ClaimStatus
from app.reports.excel.settlement import HEADER, LINES
from app.reports.excel.settlement_json import settlement_document
from app.services.settlements import import_settlement
from tests.properties.strategies import ANY_CELL, raw_files, safe_text, sheets, write_workbook
from tests.properties.support import outcome
from tests.services.claims.conftest import TODAY
from tests.services.settlement_data import claims_in_batch, notice, statuses

BATCH = "D3701-2026-006"
SETTLED = {ClaimStatus.SETTLED_APPROVED, ClaimStatus.SETTLED_PARTIAL, ClaimStatus.REJECTED}


@pytest.fixture
def batch(dealer):  # type: ignore[no-untyped-def]
    """Three approved claims in an exported batch: (claim number, total) of each."""
    return claims_in_batch(dealer, BATCH, 3)


def _good(claims: list[tuple[str, Decimal]]) -> tuple[list[Any], list[list[Any]]]:
    """A notice head office could send: the first claim paid, the second cut by ten yuan, the third rejected."""
    lines = []
    for index, (number, total) in enumerate(claims):
        approved = [total, total - Decimal(10), Decimal("0.00")][index % 3]
        deducted = total - approved
        reason = ["", "R04", "R03"][index % 3]
        lines.append([number, 1, total, approved, deducted, reason or None, "工时超出标准" if reason else None])
    header = ["HX2026-0007", TODAY, BATCH, sum((line[3] for line in lines), Decimal(0)),
              sum((line[4] for line in lines), Decimal(0))]
    return header, lines


def _check(dealer, path: Path) -> None:  # type: ignore[no-untyped-def]
    db = dealer.db
    before = _statuses(dealer)
    result, _refused = outcome(db, lambda: import_settlement(db, dealer.clerk, path, TODAY))
    if result is None:
        return
    # A correct import: each line settled its claim, and the credit is what the lines approved.
    after = _statuses(dealer)
    settled = set(result.approved) | set(result.partial) | set(result.rejected)
    assert settled and all(after[number] in SETTLED for number in settled)
    assert all(before[number] not in SETTLED for number in settled)
    with db.sessions() as s:
        lines = s.scalar(select(func.count()).select_from(SettlementLine))
        credited = s.scalar(select(func.coalesce(func.sum(LedgerEntry.amount), 0)))
    assert lines >= len(settled)
    assert Decimal(credited) >= result.approved_amount


def _statuses(dealer) -> dict[str, ClaimStatus]:  # type: ignore[no-untyped-def]
    return {number: status for (number, _revision), status in statuses(dealer).items()}


# --- mutations of a good notice ------------------------------------------------------------------------


@st.composite
def mutated_rows(draw: st.DrawFn, header: list[Any], lines: list[list[Any]]) -> tuple[list[Any], list[list[Any]]]:
    """The good notice with a few cells replaced by anything, lines dropped or repeated."""
    header, lines = list(header), [list(line) for line in lines]
    for _ in range(draw(st.integers(0, 3))):
        what = draw(st.sampled_from(["header", "line", "drop", "repeat"]))
        if what == "header":
            header[draw(st.integers(0, len(header) - 1))] = draw(ANY_CELL)
        elif what == "line" and lines:
            line = lines[draw(st.integers(0, len(lines) - 1))]
            line[draw(st.integers(0, len(line) - 1))] = draw(ANY_CELL)
        elif what == "drop" and lines:
            lines.pop(draw(st.integers(0, len(lines) - 1)))
        elif lines:
            lines.append(list(lines[draw(st.integers(0, len(lines) - 1))]))
    return header, lines


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20),
              st.sampled_from(["1.0", "2.0", "", "\x00", "SB2026-000101", "1e999", "NaN", "2026-07-15"])),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children,
                                                                                max_size=4)),
    max_leaves=12)


@st.composite
def mutated_document(draw: st.DrawFn, document: dict[str, Any]) -> Any:
    """The good JSON document with fields replaced, removed or added, at the top or in a line."""
    document = json.loads(json.dumps(document))
    for _ in range(draw(st.integers(0, 3))):
        target = document
        lines = document.get("lines") if isinstance(document, dict) else None
        if isinstance(lines, list) and lines and draw(st.booleans()):
            target = lines[draw(st.integers(0, len(lines) - 1))]
        if not isinstance(target, dict):
            continue
        keys = sorted(target) + ["extra"]
        key = draw(st.sampled_from(keys))
        if draw(st.integers(0, 3)) == 0:
            target.pop(key, None)
        else:
            target[key] = draw(JSON_VALUES)
    return document


# --- the tests -------------------------------------------------------------------------------------------


@given(data=st.data())
def test_random_settlement_workbooks(dealer, batch, data):
    header, lines = _good(batch)
    with tempfile.TemporaryDirectory() as folder:
        if data.draw(st.booleans(), label="mutate the good notice"):
            header, lines = data.draw(mutated_rows(header, lines), label="rows")
            path = notice(Path(folder) / "notice.xlsx", header, lines)
        else:
            pools = {"claim_no": [number for number, _ in batch], "batch_no": [BATCH]}
            path = write_workbook(Path(folder) / "notice.xlsx", data.draw(sheets(HEADER, pools, max_rows=2)),
                                  data.draw(sheets(LINES, pools)))
        _check(dealer, path)


@given(data=st.data())
def test_random_settlement_json(dealer, batch, data):
    document = settlement_document(*_good(batch))
    how = data.draw(st.sampled_from(["mutated", "random", "text"]), label="how")
    if how == "mutated":
        text = json.dumps(data.draw(mutated_document(document), label="document"), ensure_ascii=False)
    elif how == "random":
        text = json.dumps(data.draw(JSON_VALUES, label="value"))
    else:
        text = data.draw(safe_text(200), label="text")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notice.json"
        path.write_text(text, encoding="utf-8")
        _check(dealer, path)


ABSURD_JSON = {
    "nested beyond sense": '{"schema_version": "1.0", "lines": ' + "[" * 5000 + "]" * 5000 + "}",
    "an integer of 5,000 digits": '{"schema_version": "1.0", "lines": [{"revision": ' + "9" * 5000 + "}]}",
    "a NUL in a claim number": None,  # built from the good notice below
    "NaN and Infinity": '{"schema_version": "1.0", "totalApproved": NaN, "lines": [{"claimedAmount": Infinity}]}',
    "UTF-16": None,
}


@pytest.mark.parametrize("case", list(ABSURD_JSON))
def test_absurd_settlement_json(dealer, batch, case, tmp_path):
    document = settlement_document(*_good(batch))
    path = tmp_path / "notice.json"
    if case == "a NUL in a claim number":
        document["lines"][0]["claimNumber"] += "\x00"
        document["lines"][1]["reasonText"] = "\x00"
        path.write_text(json.dumps(document), encoding="utf-8")
    elif case == "UTF-16":
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-16")
    else:
        path.write_text(ABSURD_JSON[case], encoding="utf-8")
    _check(dealer, path)


@pytest.mark.parametrize("suffix", [".xlsx", ".json"])
@given(data=st.data())
def test_damaged_settlement_files(dealer, batch, suffix, data, good_files):
    if suffix not in good_files:  # the same bytes for every example: a file saved again has other time stamps
        good_files[suffix] = _saved_notice(batch, suffix)
    good = good_files[suffix]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"notice{suffix}"
        path.write_bytes(data.draw(raw_files(good), label="content"))
        _check(dealer, path)


@pytest.fixture
def good_files() -> dict[str, bytes]:
    return {}


def _saved_notice(batch: list[tuple[str, Decimal]], suffix: str) -> bytes:
    header, lines = _good(batch)
    with tempfile.TemporaryDirectory() as folder:
        return notice(Path(folder) / f"good{suffix}", header, lines).read_bytes()
