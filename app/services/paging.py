"""Big lists are sorted, filtered and paged in SQL; the UI asks for one page at a time."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

R = TypeVar("R")


@dataclass(frozen=True)
class PageRequest:
    offset: int = 0
    limit: int = 200
    sort: str | None = None  # a sort key the service offers; None: its default order
    descending: bool = False
    text: str = ""  # free text as typed; the service decides what it searches
    filters: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Page(Generic[R]):
    rows: Sequence[R]
    total: int  # rows matching the request, on all pages


def count_of(s: Session, query: Select[Any]) -> int:
    """The number of rows `query` would return (its ORDER BY, LIMIT and OFFSET ignored)."""
    inner = query.order_by(None).limit(None).offset(None)
    return int(s.scalar(select(func.count()).select_from(inner.subquery())) or 0)


def like_pattern(text: str) -> str:
    """A LIKE pattern for `text` anywhere, with the wildcards of the text itself escaped (escape '\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
