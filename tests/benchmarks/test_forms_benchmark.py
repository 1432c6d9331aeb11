"""1,000 warranty repair records into one PDF, beside reportlab drawing the same pages (the floor).

The floor: the flowables of one repair record are built once from one RepairRecordData, then plain
reportlab (a BaseDocTemplate with the same frame and its stock Canvas) lays out and draws that one
story 1,000 times into one PDF. It has no database, no data gathering, no per-record flowable
building and no two-pass "page n of m" canvas: what any program drawing these pages must pay. The
issue asks the app for at least half the floor's pages per second.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate
from sqlalchemy import select

from app.db.models import WarrantyClaim
from app.reports.pdf.framework import HEADER, MARGIN, PAGE, WIDTH, styles
from app.reports.pdf.repair_record import record_story
from app.reports.pdf.texts import Texts
from app.services.forms import repair_record_data, write_repair_records
from tests.benchmarks.conftest import BENCH_TODAY, report

pytestmark = pytest.mark.benchmark

RECORDS = 1_000


def _newest_claims(db, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return list(s.scalars(select(WarrantyClaim.id).order_by(WarrantyClaim.id.desc()).limit(count)))


def _floor(db, claim_id: int, path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    t = Texts(lang)
    st = styles()
    story_of_one = record_story(repair_record_data(db, claim_id, BENCH_TODAY), t, st)
    frame = Frame(MARGIN, MARGIN, WIDTH, PAGE[1] - 2 * MARGIN - HEADER, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    started = time.perf_counter()
    story = []
    for index in range(RECORDS):
        if index:
            story.append(PageBreak())
        story += story_of_one  # the same flowable objects, drawn again: no application code per record
    doc = BaseDocTemplate(str(path), pagesize=PAGE, pageTemplates=[PageTemplate(id="form", frames=[frame])])
    doc.build(story)
    return time.perf_counter() - started


def _pages(path: Path) -> int:
    return len(PdfReader(path).pages)


@pytest.mark.parametrize("lang", ["zh_CN"])
def test_one_thousand_repair_records(big_db, tmp_path, lang):
    ids = _newest_claims(big_db, RECORDS)
    assert len(ids) == RECORDS
    # warm the fonts and caches once, as a clerk's second print would find them
    write_repair_records(big_db, ids[:5], tmp_path / "warm.pdf", lang, today=BENCH_TODAY)

    started = time.perf_counter()
    write_repair_records(big_db, ids, tmp_path / "app.pdf", lang, today=BENCH_TODAY)
    app_s = time.perf_counter() - started
    floor_s = _floor(big_db, ids[0], tmp_path / "floor.pdf", lang)

    app_pages, floor_pages = _pages(tmp_path / "app.pdf"), _pages(tmp_path / "floor.pdf")
    app_rate, floor_rate = app_pages / app_s, floor_pages / floor_s
    report(f"{RECORDS} repair records, ms a page", app_s * 1000 / app_pages, floor_s * 1000 / floor_pages)
    print(f"{'':<34} app {app_rate:8.1f} pages/s ({app_pages} pages)   floor {floor_rate:8.1f} pages/s "
          f"({floor_pages} pages)   app/floor {app_rate / floor_rate:5.2f} (needs ≥ 0.50)")
    assert app_pages >= RECORDS
    assert app_rate >= 0.5 * floor_rate
