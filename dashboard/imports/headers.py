"""Header cells: their text, a form for comparing them, period sub-headers, stacked tables.

BNS tables of quarterly or monthly figures write each year once over a group of columns
(a merged cell) and a row below names the parts: "I quarter" ... "IV quarter", "year".
:func:`period_row` finds that row and :func:`grouped_years` the annual column of each
year, so a wide table reads the year's value and not its first quarter's. BNS sheets
may also stack several tables under headings (:func:`sections`): one is read, the others
are named in a note and can be chosen.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dashboard.imports.grid import CellValue, Grid
from dashboard.imports.numbers import has_foreign_digits, parse_year


def text_of(value: CellValue) -> str:
    """A cell as text ("" for an empty one; 2019.0 as "2019")."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def names_year(value: CellValue) -> bool:
    """True for a header cell that names a year, or tries to in digits other than 0-9
    ("２０２３"): that one is taken as the year's column so the check can name the cell."""
    if parse_year(value) is not None:
        return True
    return isinstance(value, str) and has_foreign_digits(value) and len(value.strip()) <= 20


def norm(value: CellValue) -> str:
    """A header cell reduced for comparison: casefold, ё = е, punctuation out."""
    text = text_of(value).casefold().replace("ё", "е")
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


# Sub-headers of period columns under a row of years (BNS quarterly tables: "I quarter" ...
# "IV quarter", "year" under each year, the year cell merged across its five columns).
_ANNUAL = frozenset(
    {"year", "annual", "total", "год", "за год", "годовой", "итого", "всего", "жыл", "жылдық",
     "жыл бойы", "барлығы", "жиыны"}
)  # fmt: skip
_PART = re.compile(
    r"quarter|квартал|тоқсан|\bкв\b|^[ivx]+\b|полугод|жартыжыл|\bhalf\b|month|месяц|"
    r"январ|феврал|\bмарт|апрел|\bма[йя]\b|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|"
    r"january|february|march|april|\bmay\b|june|july|august|september|october|november|december"
)
_TRAILING_MARK = re.compile(r"\s*(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹]+|\*+)\s*$")


def period_kind(value: CellValue) -> str | None:
    """ "annual", "part" (of a year) or None, for a sub-header cell ("year2)" is annual)."""
    text = norm(_TRAILING_MARK.sub("", text_of(value)))
    if not text:
        return None
    if text in _ANNUAL:
        return "annual"
    return "part" if _PART.search(text) else None


def period_row(grid: Grid, above: list[int], header: int | None, used: list[int]) -> int | None:
    """The row of period sub-headers under the row of years, if the table has one."""
    if header is None:
        return None
    for r in above:
        if r > header and any(period_kind(grid.cell(r, c)) == "part" for c in used):
            return r
    return None


def grouped_years(
    grid: Grid, header: int, sub: int, used: list[int]
) -> tuple[dict[int, int], list[int]]:
    """Under a row of years written once per group (merged cells), the annual column of
    each year ({column: column of its year}) and the columns of parts of a year."""
    year_of: dict[int, int] = {}
    parts: list[int] = []
    group: int | None = None
    for c in used:
        cell = grid.cell(header, c)
        if names_year(cell):
            group = c
        elif cell is not None:
            group = None  # another heading ends the year's group
        if group is None:
            continue
        kind = period_kind(grid.cell(sub, c))
        if kind == "part":
            parts.append(c)
        elif kind == "annual" or (grid.cell(sub, c) is None and group == c):
            year_of[c] = group
    return year_of, parts


# ---------------------------------------------------------------------------- sections

# BNS sheets may stack several tables of one layout, each under a heading row and starting
# again with the republic: "Мужчины", "Городское население", "Сельское население".


def sections(
    grid: Grid, label_col: int, start: int, body: list[int], is_region: Callable[[object], bool]
) -> list[tuple[str, list[int]]]:
    """The stacked tables of a sheet: (heading, body rows) each, in order.

    A heading is a row with text in the label column and nothing else, that is not a
    region; it starts a new table only when the next row repeats a label the table
    already had (the republic, or a region): "в том числе:" above districts does not.
    ``start`` is the first row after the header; the text of a heading row between it
    and the first body row names the first table.
    """
    if not body:
        return [("", body)]
    heading_rows = {
        r: text_of(grid.cell(r, label_col)).strip()
        for r in range(start, body[-1] + 1)
        if _heading(grid, r, label_col, is_region)
    }
    first_heading = next((t for r, t in heading_rows.items() if r < body[0]), "")
    out: list[tuple[str, list[int]]] = [(first_heading, [])]
    seen: set[str] = set()
    pending: str | None = None
    for r in range(body[0], body[-1] + 1):
        if r in heading_rows:
            pending = heading_rows[r]
            continue
        if r not in body:
            continue
        label = norm(grid.cell(r, label_col))
        if pending is not None and label in seen:
            out.append((pending, []))
            seen = set()
        pending = None
        seen.add(label)
        out[-1][1].append(r)
    return out


def _heading(grid: Grid, r: int, label_col: int, is_region: Callable[[object], bool]) -> bool:
    row = grid.rows[r] if r < len(grid.rows) else ()
    text = row[label_col] if label_col < len(row) else None
    if not isinstance(text, str) or not text.strip() or is_region(text):
        return False
    return all(v is None for c, v in enumerate(row) if c != label_col)


def pick_section(
    found: list[tuple[str, list[int]]], wanted: str | None
) -> tuple[int, str, list[int]] | None:
    """The table asked for by heading or number (1 = the first; None: the first), as
    (index, heading, rows); None when there is no such table."""
    if wanted is None:
        return 0, *found[0]
    key = norm(wanted)
    for index, (heading, rows) in enumerate(found):
        if norm(heading) == key:
            return index, heading, rows
    if wanted.strip().isdigit() and 1 <= int(wanted) <= len(found):
        index = int(wanted) - 1
        return index, *found[index]
    return None
