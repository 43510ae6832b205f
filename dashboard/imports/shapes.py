"""Find the table inside a grid of cells, in one of the shapes statistical tables take.

Regional indicators (one value per region and year):

- **long**: a header row naming the columns (region, year, value, and optionally unit,
  indicator, source_id, quality, boundary_version, note), one value per row; the package's
  own ``regional_indicators.csv`` is such a table;
- **wide**: regions as rows, years as columns, as BNS publishes them: title rows above
  ("Численность населения по регионам …"), a header row of years ("2019", "на 1 января
  2020 г."), a "Республика Казахстан" row, and footnotes below ("1) без учёта …"). A table
  with one value column and no year in its header takes the year from the options or the
  title.

Origin-destination flows (persons who moved from one region to another in a year):

- **long**: a header row with origin, destination and persons (and optionally year);
- **matrix**: origins as rows, destinations as columns (or the other way round, by option),
  with "Всего" rows or columns as totals; the year comes from the options or the title.

This module only finds *where* things are: which cells are labels, which are values, which
header gives the year. It names no problem but "no table found"; reading the values and
judging them is :mod:`dashboard.imports.validation`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from dashboard.imports.numbers import parse_number, parse_year
from dashboard.imports.problems import FileRefused, column_letter
from dashboard.imports.reading import CellValue, Grid
from dashboard.imports.regions import is_label

Kind = Literal["regional", "od"]
Form = Literal["long", "wide", "matrix"]

# Rows searched for a header; a title block longer than this is not a table heading.
HEADER_SEARCH = 40
# Rows scanned to find the label column (enough for 20 regions and their sub-rows), and
# columns scanned for a matrix header: both bound the gazetteer look-ups of a garbage file.
LABEL_SEARCH = 300
MATRIX_COLUMNS = 64
MIN_MATRIX_LABELS = 3
# Values one import may hold (each becomes a Python object before it is checked).
MAX_VALUES = 250_000


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


# ---------------------------------------------------------------------------- helpers


def _text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _norm(value: CellValue) -> str:
    """A header cell reduced for comparison: casefold, ё = е, punctuation out."""
    text = _text(value).casefold().replace("ё", "е")
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


_ROLES: dict[str, frozenset[str]] = {
    role: frozenset(_norm(n) for n in spellings)
    for role, spellings in {
        "region": (
            "region", "region_id", "region id", "region name", "name", "oblast", "kato",
            "регион", "область", "наименование", "наименование региона", "территория",
            "като", "код като", "өңір", "облыс", "аймақ", "өңір атауы", "атауы",
        ),
        "year": ("year", "год", "годы", "жыл", "жылы", "period", "период", "кезең"),
        "value": (
            "value", "count", "persons", "значение", "число", "количество", "человек", "чел",
            "мәні", "мән", "саны", "адам", "число мигрантов", "количество человек",
        ),
        "origin": (
            "origin", "from", "origin region", "откуда", "регион выбытия", "выбыли из",
            "қайдан", "шыққан өңір", "кеткен өңір",
        ),
        "destination": (
            "destination", "to", "destination region", "куда", "регион прибытия",
            "прибыли в", "қайда", "келген өңір", "барған өңір",
        ),
        "unit": ("unit", "единица", "единица измерения", "ед изм", "өлшем бірлігі"),
        "indicator": ("indicator", "показатель", "көрсеткіш"),
        "source_id": ("source_id", "source", "источник", "дереккөз"),
        "quality": ("quality", "качество", "надежность", "сенімділігі", "сенімділік"),
        "boundary_version": ("boundary_version", "version", "версия границ"),
        "note": ("note", "comment", "примечание", "комментарий", "ескерту", "ескертпе"),
    }.items()
}  # fmt: skip

EXTRA_ROLES = ("unit", "indicator", "source_id", "quality", "boundary_version", "note")

_FOOTNOTE = re.compile(r"^\s*(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹]+|\*+)\s*(.*)$", re.S)
_LABEL_MARK = re.compile(r"(?:\s(\d{1,2})\)|([¹²³⁴⁵⁶⁷⁸⁹]+)|(\*+))\s*$")
_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹", "123456789")


def footnote_mark(label: str) -> str | None:
    """The footnote marker a label ends with, if any.

    >>> footnote_mark("Туркестанская область 1)"), footnote_mark("Шымкент²")
    ('1', '2')
    >>> footnote_mark("Акмолинская область") is None
    True
    """
    match = _LABEL_MARK.search(label)
    if not match:
        return None
    return (match[1] or match[2] or match[3]).translate(_SUPERSCRIPT)


def _footnotes(grid: Grid, rows: range) -> dict[str, str]:
    notes: dict[str, str] = {}
    for r in rows:
        cells = [c for c in grid.rows[r] if c is not None] if r < len(grid.rows) else []
        if not cells or not isinstance(cells[0], str):
            continue
        match = _FOOTNOTE.match(" ".join(_text(c) for c in cells))
        if match:
            mark = match[1].rstrip(")").translate(_SUPERSCRIPT)
            notes.setdefault(mark, " ".join(match[2].split()))
    return notes


def _title(grid: Grid, end: int) -> str:
    parts = [_text(c) for row in grid.rows[:end] for c in row if c is not None and _text(c).strip()]
    return " ".join(" ".join(parts).split())


def _row_has_value(grid: Grid, r: int, cols: frozenset[int]) -> bool:
    # Over the row's own cells, not over ``cols``: a wide sparse grid must stay cheap.
    return any(v is not None and c in cols for c, v in enumerate(grid.rows[r]))


# ---------------------------------------------------------------------------- long


def _roles(row: tuple[CellValue, ...]) -> dict[str, int]:
    found: dict[str, int] = {}
    for col, cell in enumerate(row):
        key = _norm(cell)
        for role, spellings in _ROLES.items():
            if key in spellings and role not in found:
                found[role] = col
                break
    return found


def _bounded(count: int, max_values: int) -> None:
    """Refuse a table with more values than one import may hold, before building them."""
    if count > max_values:
        raise FileRefused(
            "import.shape.too_many_values", hint="import.hint.split_file", limit=max_values
        )


def _long(grid: Grid, kind: Kind | None, max_values: int) -> TableShape | None:
    for h in range(min(HEADER_SEARCH, len(grid.rows))):
        roles = _roles(grid.rows[h])
        if "value" not in roles:
            continue
        if {"origin", "destination"} <= roles.keys() and kind != "regional":
            table_kind: Kind = "od"
            label_role = "origin"
        elif "region" in roles and kind != "od":
            table_kind, label_role = "regional", "region"
        else:
            continue
        return _long_entries(grid, h, roles, table_kind, label_role, max_values)
    return None


def _long_entries(
    grid: Grid, h: int, roles: dict[str, int], kind: Kind, label_role: str, max_values: int
) -> TableShape:
    label_col, value_col = roles[label_role], roles["value"]
    # A row without a value is a gap (or, below the table, a footnote): nothing to import.
    body = [r for r in range(h + 1, len(grid.rows)) if grid.cell(r, value_col) is not None]
    last = body[-1] if body else h
    _bounded(len(body), max_values)
    entries = []
    for r in body:
        destination = None
        if kind == "od":
            c = roles["destination"]
            destination = Place(_text(grid.cell(r, c)), r, c)
        year = None
        if "year" in roles:
            year = Place(_text(grid.cell(r, roles["year"])), r, roles["year"])
        extra = {
            role: _text(grid.cell(r, roles[role]))
            for role in EXTRA_ROLES
            if role in roles and grid.cell(r, roles[role]) is not None
        }
        entries.append(
            Entry(
                r,
                value_col,
                grid.cell(r, value_col),
                Place(_text(grid.cell(r, label_col)), r, label_col),
                destination,
                year,
                extra,
            )
        )
    return TableShape(
        kind=kind,
        form="long",
        title=_title(grid, h),
        header_row=h,
        first_row=h + 1,
        last_row=last,
        entries=tuple(entries),
        footnotes=_footnotes(grid, range(last + 1, len(grid.rows))),
        header_text=" ".join(_text(c) for c in grid.rows[h] if c is not None),
    )


# ---------------------------------------------------------------------------- wide


def _label_column(grid: Grid, start: int = 0, max_col: int = 4) -> tuple[int, int] | None:
    """(column, count) of the column among the first few with the most region labels."""
    best: tuple[int, int] | None = None
    limit = min(len(grid.rows), start + LABEL_SEARCH)
    for col in range(min(max_col, grid.width)):
        count = sum(1 for r in range(start, limit) if is_label(grid.cell(r, col)))
        if count and (best is None or count > best[1]):
            best = (col, count)
    return best


def _body_rows(grid: Grid, start: int, first: int, cols: frozenset[int]) -> tuple[list[int], int]:
    """Rows of the table body (rows with values) and the last of them.

    ``start`` is the row after the header, ``first`` the first row with a known label. From
    ``first`` on, a row with any value is in the body; rows without ("в том числе:", a
    region without figures) hold nothing to import; rows after the last body row are the
    footer. Between the header and ``first``, a row is in the body only if it holds a
    number: a mistyped first region must be reported, not dropped, while a row of units
    under the years ("человек") is a sub-header.
    """
    rows = [
        r
        for r in range(start, len(grid.rows))
        if (_row_has_value(grid, r, cols) if r >= first else _row_has_number(grid, r, cols))
    ]
    return rows, (rows[-1] if rows else first)


def _row_has_number(grid: Grid, r: int, cols: frozenset[int]) -> bool:
    return any(c in cols and parse_number(v).kind == "number" for c, v in enumerate(grid.rows[r]))


def _wide(grid: Grid, max_values: int) -> TableShape | None:
    found = _label_column(grid)
    if found is None:
        return None
    label_col = found[0]
    first = next(r for r in range(len(grid.rows)) if is_label(grid.cell(r, label_col)))
    # The header: the nearest row above the first region with cells right of the labels,
    # preferring one that names years (a unit row "человек" may sit between).
    above = [
        r
        for r in range(first - 1, max(first - HEADER_SEARCH, 0) - 1, -1)
        if any(v is not None for v in grid.rows[r][label_col + 1 :])
    ]
    header = next(
        (r for r in above if any(parse_year(v) for v in grid.rows[r][label_col + 1 :])),
        above[0] if above else None,
    )
    candidates = frozenset(range(label_col + 1, grid.width))
    start = header + 1 if header is not None else first
    body, last = _body_rows(grid, start, first, candidates)
    used = sorted(
        {c for r in body for c, v in enumerate(grid.rows[r]) if c > label_col and v is not None}
    )
    headers = {c: grid.cell(header, c) if header is not None else None for c in used}
    years = {c: parse_year(h) for c, h in headers.items()}
    value_cols = [c for c in used if years[c] is not None]
    if not value_cols:
        # One value column without a year: the year comes from the options or the title.
        value_cols = [c for c in used if _mostly_numbers(grid, body, c)]
        if len(value_cols) > 1:
            raise FileRefused(
                "import.shape.many_value_columns",
                hint="import.hint.shapes",
                headers=", ".join(
                    _text(headers[c]) or (column_letter(c) or "") for c in value_cols[:6]
                ),
            )
    # Columns left out are reported only if they hold numbers: a column of codes or notes
    # beside the names loses nothing.
    ignored = [
        Place(
            _text(headers[c]) or (column_letter(c) or ""),
            header if header is not None else first,
            c,
        )
        for c in used
        if c not in value_cols and any(_number_at(grid, r, c) for r in body)
    ]
    _bounded(len(body) * len(value_cols), max_values)
    entries = []
    for r in body:
        label = Place(_text(grid.cell(r, label_col)), r, label_col)
        for c in value_cols:
            value = grid.cell(r, c)
            if value is None:
                continue
            year = Place(_text(headers[c]), header, c) if years.get(c) is not None else None
            entries.append(Entry(r, c, value, label, None, year))
    header_end = header if header is not None else first
    return TableShape(
        kind="regional",
        form="wide",
        title=_title(grid, header_end),
        header_row=header,
        first_row=body[0] if body else first,
        last_row=last,
        entries=tuple(entries),
        ignored_columns=tuple(ignored),
        footnotes=_footnotes(grid, range(last + 1, len(grid.rows))),
        header_text=" ".join(_text(grid.cell(r, c)) for r in above for c in used),
    )


def _number_at(grid: Grid, r: int, c: int) -> bool:
    return parse_number(grid.cell(r, c)).kind == "number"


def _mostly_numbers(grid: Grid, rows: list[int], col: int) -> bool:
    kinds = [parse_number(grid.cell(r, col)).kind for r in rows]
    numbers = sum(k in ("number", "no_data") for k in kinds)
    return numbers >= max(1, sum(k != "empty" for k in kinds) // 2)


# ---------------------------------------------------------------------------- matrix


def _matrix(
    grid: Grid, rows_are: Literal["origin", "destination"], max_values: int
) -> TableShape | None:
    for h in range(min(HEADER_SEARCH, len(grid.rows))):
        header = grid.rows[h][:MATRIX_COLUMNS]
        labels = [c for c, v in enumerate(header) if c > 0 and is_label(v)]
        if len(labels) < MIN_MATRIX_LABELS:
            continue
        found = _label_column(grid, start=h + 1, max_col=labels[0])
        if found is None or found[1] < MIN_MATRIX_LABELS:
            continue
        label_col = found[0]
        cols = [c for c, v in enumerate(grid.rows[h]) if c > label_col and v is not None]
        colset = frozenset(cols)
        first = next(r for r in range(h + 1, len(grid.rows)) if is_label(grid.cell(r, label_col)))
        body, last = _body_rows(grid, h + 1, first, colset)
        _bounded(len(body) * len(cols), max_values)
        entries = []
        for r in body:
            row_label = Place(_text(grid.cell(r, label_col)), r, label_col)
            for c in cols:
                value = grid.cell(r, c)
                if value is None:
                    continue
                col_label = Place(_text(grid.cell(h, c)), h, c)
                origin, destination = (
                    (row_label, col_label) if rows_are == "origin" else (col_label, row_label)
                )
                entries.append(Entry(r, c, value, origin, destination))
        return TableShape(
            kind="od",
            form="matrix",
            title=_title(grid, h),
            header_row=h,
            first_row=body[0] if body else first,
            last_row=last,
            entries=tuple(entries),
            footnotes=_footnotes(grid, range(last + 1, len(grid.rows))),
            header_text=_title(grid, h),
        )
    return None


# ---------------------------------------------------------------------------- entry


def recognise(
    grid: Grid,
    kind: Kind | None = None,
    matrix_rows: Literal["origin", "destination"] = "origin",
    max_values: int = MAX_VALUES,
) -> TableShape:
    """Find the table in ``grid``; raises :class:`FileRefused` when there is none.

    ``kind`` restricts the search to regional or OD tables (None: either, a header naming
    origin and destination or a matrix of region names makes it OD). ``matrix_rows`` says
    whether a matrix's rows are origins (the default, as in BNS tables "по направлениям")
    or destinations. ``max_values`` bounds the values one table may hold.
    """
    shape = _long(grid, kind, max_values)
    if shape is None and kind != "regional":
        shape = _matrix(grid, matrix_rows, max_values)
    if shape is None and kind != "od":
        shape = _wide(grid, max_values)
    if shape is None or not shape.entries:
        hint = "import.hint.od_shapes" if kind == "od" else "import.hint.shapes"
        raise FileRefused("import.shape.no_table", hint=hint)
    return shape


def title_year(text: str) -> int | None:
    """The one year a title names, if exactly one.

    >>> title_year("Численность населения на 1 января 2023 г."), title_year("2019-2023")
    (2023, None)
    """
    found = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)}
    return found.pop() if len(found) == 1 else None
