"""What clerks really type, made regular: full-width characters, stray spaces, dates in many forms."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

_SPACES = re.compile(r"\s+")
_DATE_FORMS = (
    re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$"),  # 2026-03-01, 2026/3/1, 2026.3.1
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$"),  # 2026年3月1日
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),  # 20260301
)
EXCEL_EPOCH = dt.date(1899, 12, 30)


def half_width(text: str) -> str:
    """Full-width letters, digits and punctuation (ＬＦ５０４－１) to their ASCII forms (LF504-1)."""
    return unicodedata.normalize("NFKC", text)


def clean_text(value: object) -> str:
    """Trim, collapse runs of spaces (including the ideographic space) to one."""
    if value is None:
        return ""
    return _SPACES.sub(" ", half_width(str(value)).replace("\u3000", " ")).strip()


def clean_code(value: object) -> str:
    """Serial, engine and part numbers: half-width, upper case, no spaces at all."""
    return _SPACES.sub("", half_width("" if value is None else str(value))).upper()


def parse_date(value: object) -> dt.date:
    """An Excel date cell, an Excel serial number, or text such as 2026-03-01, 2026/3/1, 2026年3月1日."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # what Excel can show as a date
            return EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise ValueError(f"not a date: {value}")
    text = clean_text(value)
    for form in _DATE_FORMS:
        match = form.match(text)
        if match:
            year, month, day = (int(part) for part in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError as exc:
                raise ValueError(f"no such day: {text}") from exc
    raise ValueError(f"not a date: {text or '(empty)'}")
