"""Shared state while a demo dealer is generated: rows per table and helpers for ids and times."""
from __future__ import annotations

import datetime as dt
import hashlib
import random
import struct
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app.domain.money import to_money

CHINA = dt.timezone(dt.timedelta(hours=8))


def _tiny_png(width: int = 16, height: int = 12) -> bytes:
    """A small grey PNG standing in for a photo of the failed part."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + bytes((96 + (x * 8) % 64) for x in range(width)) for _y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


DEMO_PHOTO = _tiny_png()
DEMO_PHOTO_SHA256 = hashlib.sha256(DEMO_PHOTO).hexdigest()  # business hours are Beijing time; stored as UTC


@dataclass
class DemoRows:
    rng: random.Random
    today: dt.date
    now: dt.datetime
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    sequences: dict[tuple[str, int], int] = field(default_factory=dict)

    def add(self, table: str, row: dict[str, Any]) -> int:
        rows = self.tables[table]
        if "id" not in row:
            row["id"] = len(rows) + 1
        rows.append(row)
        return int(row["id"])

    def next_number(self, kind: str, year: int) -> int:
        value = self.sequences.get((kind, year), 0) + 1
        self.sequences[(kind, year)] = value
        return value

    def at(self, day: dt.date, hour: int = 9, minute: int = 0) -> dt.datetime:
        """A Beijing-time moment on a day, never later than now."""
        moment = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=CHINA)
        return min(moment, self.now)

    def money(self, low: str, high: str) -> Decimal:
        lo, hi = int(Decimal(low) * 100), int(Decimal(high) * 100)
        return to_money(Decimal(self.rng.randint(lo, hi)) / 100)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def days_between(self, start: dt.date, end: dt.date) -> dt.date:
        span = (end - start).days
        return start + dt.timedelta(days=self.rng.randint(0, max(span, 0)))


def stamp(row: dict[str, Any], moment: dt.datetime) -> dict[str, Any]:
    row.setdefault("created_at", moment)
    row.setdefault("updated_at", moment)
    return row
