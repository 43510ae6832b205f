"""The table found in a file, as the shape readers describe it and the checker reads it.

:mod:`dashboard.imports.shapes` (BNS tables: long, wide, OD matrix) and
:mod:`dashboard.imports.taldau` (Taldau exports) both answer with a :class:`TableShape`:
where the labels, years and values are, and what was set aside.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from dashboard.imports.grid import CellValue
from dashboard.imports.problems import FileRefused

Kind = Literal["regional", "od"]
Form = Literal["long", "wide", "matrix"]


@dataclass(frozen=True)
class Place:
    """A piece of text and where it is in the grid (0-based)."""

    text: str
    row: int
    col: int


@dataclass(frozen=True)
class Entry:
    """One value cell of the table with the labels that say what it is."""

    row: int
    col: int
    value: CellValue
    region: Place  # the region (regional) or the origin (OD)
    destination: Place | None = None  # OD only
    year: Place | None = None  # where the year is written; None: from options or title
    extra: dict[str, str] = field(default_factory=dict)  # long form: unit, source_id ...


@dataclass(frozen=True)
class Finding:
    """Something the shape says about the file: rows or columns set aside on purpose
    (a note), a cell that contradicts another (an error) ... reported by the checker."""

    severity: str  # "error", "warning" or "note"
    code: str
    row: int | None = None
    col: int | None = None
    params: dict = field(default_factory=dict)
    hint: str | None = None


@dataclass(frozen=True)
class TableShape:
    """Where the table is in the grid."""

    kind: Kind
    form: Form
    title: str  # text of the rows above the header, joined
    header_row: int | None
    first_row: int  # first and last rows of the table body (0-based, inclusive)
    last_row: int
    entries: tuple[Entry, ...]
    ignored_columns: tuple[Place, ...] = ()  # header cells of value columns left out
    footnotes: dict[str, str] = field(default_factory=dict)  # "1" -> "без учёта …"
    header_text: str = ""  # every header cell, joined (for units such as "тыс. человек")
    findings: tuple[Finding, ...] = ()
    indicator_name: str = ""  # the indicator the file names (a Taldau export's NAM)
    breakdown: str | None = None  # the Taldau breakdown taken (None: the totals)


def bounded(count: int, max_values: int) -> None:
    """Refuse a table with more values than one import may hold, before building them."""
    if count > max_values:
        raise FileRefused(
            "import.shape.too_many_values", hint="import.hint.split_file", limit=max_values
        )
