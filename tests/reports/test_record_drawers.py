"""Repair records drawn by worker processes: each to its own PDF, handed back in the order given, and a
record that cannot be drawn fails the caller."""
from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.errors import ValidationError
from app.reports.pdf.record_drawers import CHUNK, MIN_RECORDS, RecordDrawers
from tests.reports.test_repair_record import _record


def _draw(drawers: RecordDrawers, folder: Path, count: int) -> tuple[list[str], list[str]]:
    given, drawn = [], []
    for n in range(count):
        path = str(folder / f"SB2026-{n:06d}.pdf")
        given.append(path)
        drawn += drawers.add(_record(claim_no=f"SB2026-{n:06d}"), path)
    drawn += drawers.rest()
    return given, drawn


def test_workers_draw_every_record_and_hand_them_back_in_order(tmp_path: Path) -> None:
    # GIVEN more records than a worker draws at once, and two workers
    count = 2 * CHUNK + 5
    with RecordDrawers(MIN_RECORDS, "zh_CN", workers=2) as drawers:
        assert drawers.workers == 2
        # WHEN they are all added
        given, drawn = _draw(drawers, tmp_path, count)
    # THEN each is drawn to its own PDF, reported in the order it was added
    assert drawn == given
    for path in given:
        pages = PdfReader(path).pages
        assert len(pages) == 1
        assert Path(path).stem in pages[0].extract_text()


def test_a_record_that_cannot_be_drawn_fails_the_caller(tmp_path: Path) -> None:
    with pytest.raises(ValidationError), RecordDrawers(MIN_RECORDS, "fr", workers=2) as drawers:  # no such language
        _draw(drawers, tmp_path, CHUNK + 1)
    assert not list(tmp_path.glob("*.pdf"))


def test_a_few_records_are_drawn_in_the_caller(tmp_path: Path) -> None:
    with RecordDrawers(MIN_RECORDS - 1, "zh_CN") as drawers:
        assert drawers.workers == 1
        given, drawn = _draw(drawers, tmp_path, 3)
    assert drawn == given and all(Path(p).is_file() for p in given)
