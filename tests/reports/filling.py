"""Filled-in import templates for tests: the generated template with thousands of rows appended.

Rows are generated in Python; the template is written by the app itself, so a test that imports a
filled file also proves the template's header is what the reader accepts.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from app.reports.excel import spec_for, write_template

SALE_DAY = dt.date(2026, 3, 1)


def filled(kind: str, path: Path, rows: Sequence[Sequence[Any]], *, headers: str = "template") -> Path:
    """Write `rows` under the header of `kind`'s template. headers: "template" (the template itself,
    Chinese and English), "zh" or "en" (a plain workbook with titles in one language only)."""
    if headers == "template":
        write_template(kind, path)
        workbook = load_workbook(path)
        sheet = workbook.worksheets[0]
        for row in rows:
            sheet.append(list(row))
        workbook.save(path)
        return path
    spec = spec_for(kind)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("data")
    sheet.append([column.zh if headers == "zh" else column.en for column in spec.columns])
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def model_rows(count: int, *, start: int = 1) -> list[list[Any]]:
    return [[f"M-{n:05d}", f"测试拖拉机 {n}", "拖拉机", "拖拉机（大于18kW）", 12, 24, 1500, None, "60.00", 50, 3]
            for n in range(start, start + count)]


def part_rows(count: int, *, start: int = 1, price_step: str = "0.50") -> list[list[Any]]:
    step = float(price_step)
    return [[f"P-{n:05d}", "机油滤清器", "件", f"{10 + (n % 400) * step:.2f}", "是", "否" if n % 3 else "是",
             "是" if n % 5 == 0 else "否", "否", "否", 12 if n % 3 == 0 else None, 1]
            for n in range(start, start + count)]


def customer_rows(count: int, *, start: int = 1) -> list[list[Any]]:
    return [[f"C-{n:05d}" if n % 2 else None, f"用户{n}", f"139{n:08d}", "历城区唐王镇", "历城区", "否"]
            for n in range(start, start + count)]


def unit_rows(count: int, *, model: str = "LF-504", customer: str = "KH2026-000001",
              start: int = 1) -> list[list[Any]]:
    return [[f"LF504{n:08d}", f"YN{n:08d}", model, customer, SALE_DAY, SALE_DAY + dt.timedelta(days=1),
             f"INV{n:06d}", None, None]
            for n in range(start, start + count)]


def stock_rows(count: int, *, start: int = 1) -> list[list[Any]]:
    return [[f"P-{n:05d}", n % 17, n % 3, f"A-{n % 40:02d}"] for n in range(start, start + count)]
