"""What can be wrong with an imported file, row or cell, said once in words a clerk understands.

A problem carries a code and its parameters rather than a finished sentence, so the GUI can show
the reason in the clerk's language (app/ui/master_data/problem_texts.py marks the same English
texts for translation) while the command line prints the English text below.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import ValidationError


class ProblemCode(StrEnum):
    # the file as a whole
    FILE_MISSING = "file_missing"
    FILE_TOO_BIG = "file_too_big"
    NOT_XLSX = "not_xlsx"
    ENCRYPTED = "encrypted"
    OLD_XLS = "old_xls"
    UNREADABLE = "unreadable"
    EMPTY_SHEET = "empty_sheet"
    NO_HEADER = "no_header"
    NO_ROWS = "no_rows"
    TOO_MANY_ROWS = "too_many_rows"
    # the header row
    MISSING_COLUMN = "missing_column"
    DUPLICATE_COLUMN = "duplicate_column"
    # one cell
    REQUIRED = "required"
    NOT_A_NUMBER = "not_a_number"
    TOO_BIG = "too_big"
    NOT_WHOLE = "not_whole"
    TOO_MANY_DECIMALS = "too_many_decimals"
    NEGATIVE = "negative"
    NOT_POSITIVE = "not_positive"
    NOT_A_DATE = "not_a_date"
    NOT_YES_NO = "not_yes_no"
    NOT_A_CHOICE = "not_a_choice"
    TOO_LONG = "too_long"
    # the row against the rest of the file or the database
    DUPLICATE_IN_FILE = "duplicate_in_file"
    ALREADY_EXISTS = "already_exists"
    UNKNOWN_MODEL = "unknown_model"
    UNKNOWN_CUSTOMER = "unknown_customer"
    AMBIGUOUS_CUSTOMER = "ambiguous_customer"
    UNKNOWN_PART = "unknown_part"
    FUTURE_DATE = "future_date"
    BEFORE_SALE = "before_sale"
    BEFORE_SENT = "before_sent"
    NOT_SENT = "not_sent"
    SHORTER_THAN_WARRANTY = "shorter_than_warranty"


# English reasons; {names} are filled from Problem.params. Keep in step with the GUI's copy.
REASONS: dict[ProblemCode, str] = {
    ProblemCode.FILE_MISSING: "the file does not exist",
    ProblemCode.FILE_TOO_BIG: "the file is {size}; files above {limit} are refused, split it into smaller "
                              "files",
    ProblemCode.NOT_XLSX: "not an Excel workbook (.xlsx); save it from Excel as \u201cExcel Workbook (*.xlsx)\u201d",
    ProblemCode.ENCRYPTED: "the workbook is protected by a password; open it in Excel, remove the password and "
                           "save it again",
    ProblemCode.OLD_XLS: "an old Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx",
    ProblemCode.UNREADABLE: "the workbook cannot be read ({detail})",
    ProblemCode.EMPTY_SHEET: "the sheet \u201c{sheet}\u201d is empty",
    ProblemCode.NO_HEADER: "no header row found on the sheet \u201c{sheet}\u201d: the first row must hold the "
                           "column titles of the template",
    ProblemCode.NO_ROWS: "there are no rows under the header",
    ProblemCode.TOO_MANY_ROWS: "more than {limit} rows; split the file",
    ProblemCode.MISSING_COLUMN: "required column missing",
    ProblemCode.DUPLICATE_COLUMN: "this column appears twice (also column {other})",
    ProblemCode.REQUIRED: "required, but the cell is empty",
    ProblemCode.NOT_A_NUMBER: "not a number",
    ProblemCode.TOO_BIG: "too large; at most {limit}",
    ProblemCode.NOT_WHOLE: "not a whole number",
    ProblemCode.TOO_MANY_DECIMALS: "more than {places} decimal places",
    ProblemCode.NEGATIVE: "must not be negative",
    ProblemCode.NOT_POSITIVE: "must be greater than zero",
    ProblemCode.NOT_A_DATE: "not a date (write 2026-03-01, 2026/3/1 or 2026\u5e743\u67081\u65e5)",
    ProblemCode.NOT_YES_NO: "write \u662f or \u5426 (yes or no)",
    ProblemCode.NOT_A_CHOICE: "not one of: {choices}",
    ProblemCode.TOO_LONG: "longer than {limit} characters",
    ProblemCode.DUPLICATE_IN_FILE: "also on row {other} of this file",
    ProblemCode.ALREADY_EXISTS: "already in the database",
    ProblemCode.UNKNOWN_MODEL: "no model with this code; import or add the model first",
    ProblemCode.UNKNOWN_CUSTOMER: "no customer with this code or phone number; import or add the customer first",
    ProblemCode.AMBIGUOUS_CUSTOMER: "{count} customers have this phone number; give the customer code instead",
    ProblemCode.UNKNOWN_PART: "no part with this part number; import or add the part first",
    ProblemCode.FUTURE_DATE: "in the future (today is {today})",
    ProblemCode.BEFORE_SALE: "before the sale date ({sale_date})",
    ProblemCode.BEFORE_SENT: "before the card was sent ({sent_on})",
    ProblemCode.NOT_SENT: "a card cannot be acknowledged before it was sent",
    ProblemCode.SHORTER_THAN_WARRANTY: "shorter than the whole-machine warranty ({months} months)",
}
FILE_CODES = frozenset({
    ProblemCode.FILE_MISSING, ProblemCode.FILE_TOO_BIG, ProblemCode.NOT_XLSX, ProblemCode.ENCRYPTED,
    ProblemCode.OLD_XLS, ProblemCode.UNREADABLE, ProblemCode.EMPTY_SHEET, ProblemCode.NO_HEADER,
    ProblemCode.NO_ROWS, ProblemCode.TOO_MANY_ROWS,
})
VALUE_SHOWN = 60  # characters of a cell's value repeated in a message


@dataclass(frozen=True)
class Problem:
    code: ProblemCode
    row: int | None = None  # as Excel numbers it; None: the file as a whole
    column: str = ""  # Excel column letter
    header: str = ""  # the column's title as the template writes it
    value: str = ""  # the cell as typed, shortened
    params: tuple[tuple[str, str], ...] = ()

    @property
    def reason(self) -> str:
        return REASONS[self.code].format(**dict(self.params))

    @property
    def is_file_problem(self) -> bool:
        return self.code in FILE_CODES

    def where(self) -> str:
        """'row 12, column C (出厂编号 Serial number)' — or '' for a problem of the whole file."""
        parts = []
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column or self.header:
            column = f"column {self.column}" if self.column else "column"
            parts.append(f"{column} ({self.header})" if self.header else column)
        return ", ".join(parts)

    def line(self, file_name: str) -> str:
        """One line for stderr or a log: file, place, value and reason."""
        where = self.where()
        value = f"\u201c{self.value}\u201d \u2014 " if self.value else ""
        return f"{file_name}{', ' + where if where else ''}: {value}{self.reason}"


def params(**values: object) -> tuple[tuple[str, str], ...]:
    return tuple((key, str(value)) for key, value in values.items())


def shown(value: object) -> str:
    text = "" if value is None else str(value).strip()
    return text if len(text) <= VALUE_SHOWN else text[: VALUE_SHOWN - 1] + "\u2026"


class ImportRefused(ValidationError):
    """The file was not imported; `problems` lists every reason, in sheet order. Nothing was changed."""

    def __init__(self, file_name: str, problems: Iterable[Problem]) -> None:
        self.file_name = file_name
        self.problems: tuple[Problem, ...] = tuple(sorted(problems, key=_order))
        if not self.problems:
            raise ValueError("a refused import needs at least one problem")
        super().__init__(self.summary())

    @property
    def bad_rows(self) -> int:
        return len({p.row for p in self.problems if p.row is not None})

    def summary(self) -> str:
        if len(self.problems) == 1 and (self.problems[0].is_file_problem or self.problems[0].row is None):
            return self.problems[0].line(self.file_name) + "; nothing was imported"
        count = len(self.problems)
        rows = self.bad_rows
        noun = "problem" if count == 1 else "problems"
        in_rows = f" in {rows} row{'s' if rows != 1 else ''}" if rows else ""
        return f"{self.file_name}: {count} {noun}{in_rows}; nothing was imported"


def _order(problem: Problem) -> tuple[int, int, str]:
    column = 0
    for char in problem.column:
        column = column * 26 + (ord(char) - 64)
    return (-1 if problem.row is None else problem.row, column, problem.code.value)
