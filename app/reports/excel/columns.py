"""One column of an import sheet, declared once: its titles, its type and how a typed cell becomes a value.

Cells arrive as Excel gives them (str, int, float, bool, datetime or None) and leave as the value the
database wants (str, int, Decimal, bool, date, or an enum value), or as a CellError naming the reason.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from app.domain.normalize import clean_code, clean_text, half_width, parse_date
from app.reports.excel.problems import ProblemCode, params

EARLIEST_DATE = dt.date(1980, 1, 1)  # a "date" before this is a number typed in the wrong column
LATEST_DATE = dt.date(2100, 12, 31)
MAX_NUMBER = 1_000_000_000  # the largest amount, quantity or count a cell may hold
_HEADER_NOISE = re.compile(r"[\s*＊:：_\-/／]+")
_BRACKETED = re.compile(r"[(（][^)）]*[)）]")
_MONEY_SIGNS = re.compile(r"[¥￥,，元\s]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_YES = frozenset({"是", "是的", "有", "要", "需要", "y", "yes", "true", "t", "1", "√", "✓", "✔", "对"})
_NO = frozenset({"否", "不是", "无", "不", "不要", "不需要", "n", "no", "false", "f", "0", "×", "✗", "✘", "错"})


class CellType(Enum):
    TEXT = "text"
    CODE = "code"  # serial, engine and part numbers: half-width, upper case, no spaces
    PHONE = "phone"
    INT = "int"
    MONEY = "money"  # yuan, two decimals
    QUANTITY = "quantity"  # three decimals
    HOURS = "hours"  # hours or area, two decimals
    BOOL = "bool"
    DATE = "date"
    CHOICE = "choice"


_PLACES = {CellType.MONEY: 2, CellType.QUANTITY: 3, CellType.HOURS: 2}


class CellError(Exception):
    def __init__(self, code: ProblemCode, **values: object) -> None:
        super().__init__(code.value)
        self.code = code
        self.params = params(**values)


@dataclass(frozen=True)
class Choice:
    value: str  # what the database stores
    zh: str
    en: str


@dataclass(frozen=True)
class ColumnSpec:
    key: str  # the field name the importer uses
    zh: str
    en: str
    type: CellType
    required: bool = False
    unique: bool = False  # no two rows of one file may share a (non-empty) value
    max_length: int | None = None
    minimum: int | None = None  # 0: not negative; 1 with positive=True: greater than zero
    positive: bool = False
    choices: tuple[Choice, ...] = ()
    default: Any = None  # the value of an empty optional cell
    aliases: tuple[str, ...] = ()  # other titles manufacturers use
    note_zh: str = ""
    note_en: str = ""
    example: str = ""

    @property
    def header(self) -> str:
        """The title as the template writes it, without the required mark."""
        return f"{self.zh} {self.en}"

    @property
    def template_header(self) -> str:
        return f"*{self.header}" if self.required else self.header

    def titles(self) -> frozenset[str]:
        found: set[str] = {header_key(alias) for alias in self.aliases}
        for zh_title, en_title in ((self.zh, self.en), (_BRACKETED.sub("", self.zh), _BRACKETED.sub("", self.en))):
            zh, en = header_key(zh_title), header_key(en_title)
            found.update({zh, en, zh + en, en + zh})
        return frozenset(found)

    def parse(self, raw: object) -> Any:
        """The cell's value, `default` for an empty cell, or CellError."""
        if is_empty(raw):
            if self.required:
                raise CellError(ProblemCode.REQUIRED)
            return self.default
        value = _PARSERS[self.type](self, raw)
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            if self.positive and value <= 0:
                raise CellError(ProblemCode.NOT_POSITIVE)
            if self.minimum is not None and value < self.minimum:
                raise CellError(ProblemCode.NEGATIVE if self.minimum == 0 else ProblemCode.NOT_POSITIVE)
        if isinstance(value, str) and self.max_length is not None and len(value) > self.max_length:
            raise CellError(ProblemCode.TOO_LONG, limit=self.max_length)
        return value


@dataclass(frozen=True)
class SheetSpec:
    kind: str  # models, parts, customers, units, stock
    zh: str
    en: str
    columns: tuple[ColumnSpec, ...]
    notes_zh: tuple[str, ...] = ()
    notes_en: tuple[str, ...] = ()
    by_key: dict[str, ColumnSpec] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_key", {column.key: column for column in self.columns})

    @property
    def title(self) -> str:
        return f"{self.zh} {self.en}"

    def column(self, key: str) -> ColumnSpec:
        return self.by_key[key]

    def match_header(self, text: object) -> ColumnSpec | None:
        """The column a header cell names, in Chinese, English or both; None for a column we do not know."""
        if is_empty(text):
            return None
        key = header_key(str(text))
        for candidate in (key, header_key(_BRACKETED.sub("", clean_text(text)))):
            for column in self.columns:
                if candidate in column.titles():
                    return column
        return None


def header_key(text: str) -> str:
    return _HEADER_NOISE.sub("", clean_text(text).lower())


def is_empty(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and clean_text(raw) == "")


def display_width(text: str) -> int:
    """Columns of a fixed-width grid the text takes: Chinese characters count twice."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def cell_text(raw: object) -> str:
    """A cell as the clerk sees it: dates as dates, whole floats without '.0'."""
    if raw is None:
        return ""
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat() if raw.time() == dt.time() else raw.isoformat(sep=" ")
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e15:
        return str(int(raw))
    return str(raw)


# --- one parser per type ---------------------------------------------------------------------------


def _number_as_text(raw: object) -> str:
    """Serial numbers and phones typed into a number cell come back as 13800000000 or 1.38e10."""
    if isinstance(raw, bool):
        return str(raw).upper()
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    # Control characters (a NUL from a JSON file or an escaped _x0000_ in a sheet) are invisible to the
    # clerk, and PostgreSQL refuses a NUL in text outright.
    return _CONTROL.sub("", cell_text(raw))


def _text(spec: ColumnSpec, raw: object) -> str:
    return clean_text(_number_as_text(raw))


def _code(spec: ColumnSpec, raw: object) -> str:
    return clean_code(_number_as_text(raw))


def _phone(spec: ColumnSpec, raw: object) -> str:
    return re.sub(r"\s+", "", half_width(_number_as_text(raw)).replace("\u3000", ""))


def _decimal(raw: object) -> Decimal:
    if isinstance(raw, bool) or isinstance(raw, dt.date):
        raise CellError(ProblemCode.NOT_A_NUMBER)
    if isinstance(raw, int):
        number = Decimal(raw)
    elif isinstance(raw, float):
        number = Decimal(repr(raw))
    else:
        text = _MONEY_SIGNS.sub("", clean_text(raw))
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise CellError(ProblemCode.NOT_A_NUMBER) from None
    if not number.is_finite():  # a float cell or text "NaN"/"inf": Excel's errors, not numbers
        raise CellError(ProblemCode.NOT_A_NUMBER)
    # Checked before rounding: 1e300 would overflow Decimal's precision, and no amount, quantity or count
    # of this trade comes near the limit (an integer column of the database ends at 2,147,483,647).
    if abs(number) > MAX_NUMBER:
        raise CellError(ProblemCode.TOO_BIG, limit=f"{MAX_NUMBER:,}")
    return number


def _int(spec: ColumnSpec, raw: object) -> int:
    number = _decimal(raw)
    if number != number.to_integral_value():
        raise CellError(ProblemCode.NOT_WHOLE)
    return int(number)


def _scaled(spec: ColumnSpec, raw: object) -> Decimal:
    places = _PLACES[spec.type]
    number = _decimal(raw)
    step = Decimal(1).scaleb(-places)
    rounded = number.quantize(step)
    if rounded != number:
        # A float cell from a formula (12.3*1.13) carries binary noise far below a fen: that is not a
        # clerk typing a third decimal, so it is rounded; a real extra decimal is refused.
        if not isinstance(raw, float) or abs(rounded - number) > Decimal("1e-9"):
            raise CellError(ProblemCode.TOO_MANY_DECIMALS, places=places)
    return rounded + 0  # drop a negative zero's sign


def _bool(spec: ColumnSpec, raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float) and raw in (0, 1):
        return bool(raw)
    text = clean_text(raw).lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise CellError(ProblemCode.NOT_YES_NO)


def _date(spec: ColumnSpec, raw: object) -> dt.date:
    if isinstance(raw, bool):
        raise CellError(ProblemCode.NOT_A_DATE)
    try:
        value = parse_date(raw)
    except ValueError:
        raise CellError(ProblemCode.NOT_A_DATE) from None
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise CellError(ProblemCode.NOT_A_DATE)
    return value


def _choice(spec: ColumnSpec, raw: object) -> str:
    text = header_key(_number_as_text(raw))
    for choice in spec.choices:
        if text in (header_key(choice.value), header_key(choice.zh), header_key(choice.en)):
            return choice.value
    raise CellError(ProblemCode.NOT_A_CHOICE, choices="\u3001".join(choice.zh for choice in spec.choices))


_PARSERS: dict[CellType, Callable[[ColumnSpec, object], Any]] = {
    CellType.TEXT: _text,
    CellType.CODE: _code,
    CellType.PHONE: _phone,
    CellType.INT: _int,
    CellType.MONEY: _scaled,
    CellType.QUANTITY: _scaled,
    CellType.HOURS: _scaled,
    CellType.BOOL: _bool,
    CellType.DATE: _date,
    CellType.CHOICE: _choice,
}
