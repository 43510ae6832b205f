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
from typing import Literal

from dashboard.imports.headers import (
    grouped_years,
    names_year,
    norm,
    period_row,
    pick_section,
    sections,
    text_of,
)
from dashboard.imports.numbers import parse_number
from dashboard.imports.problems import FileRefused, column_letter
from dashboard.imports.reading import CellValue, Grid
from dashboard.imports.regions import is_label
from dashboard.imports.table import Entry, Finding, Kind, Place, TableShape, bounded
from dashboard.imports.taldau import taldau_shape

# Rows searched for a header; a title block longer than this is not a table heading.
HEADER_SEARCH = 40
# Rows scanned to find the label column (enough for 20 regions and their sub-rows), and
# columns scanned for a matrix header: both bound the gazetteer look-ups of a garbage file.
LABEL_SEARCH = 300
MATRIX_COLUMNS = 64
MIN_MATRIX_LABELS = 3
# Values one import may hold (each becomes a Python object before it is checked).
MAX_VALUES = 250_000

__all__ = ["Entry", "Finding", "Place", "TableShape", "bounded", "recognise", "title_year"]


# ---------------------------------------------------------------------------- helpers


# The helpers other shape readers (Taldau exports) share.
_norm, _text = norm, text_of


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


def _long(
    grid: Grid, kind: Kind | None, max_values: int, value_names: tuple[str, ...] = ()
) -> TableShape | None:
    for h in range(min(HEADER_SEARCH, len(grid.rows))):
        roles = _roles(grid.rows[h])
        if "value" not in roles and "year" in roles and "region" in roles:
            # "Область, Год, Население": the value column is named after the indicator.
            value = _value_column(grid, h, roles, value_names)
            if value is not None:
                roles["value"] = value
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


def _value_column(
    grid: Grid, h: int, roles: dict[str, int], value_names: tuple[str, ...]
) -> int | None:
    """The one column of numbers a long table with region and year columns has besides
    them (its header is the indicator's name); with several, the one named as the
    indicator in ``value_names``; None when there is none."""
    used = set(roles.values())
    rows = [r for r in range(h + 1, min(len(grid.rows), h + 1 + LABEL_SEARCH))]
    numeric = [
        c
        for c, v in enumerate(grid.rows[h])
        if v is not None and c not in used and _mostly_numbers(grid, rows, c)
    ]
    if len(numeric) > 1:
        names = {_norm(n) for n in value_names if n}
        named = [c for c in numeric if _norm(grid.cell(h, c)) in names]
        if len(named) == 1:
            return named[0]
        raise FileRefused(
            "import.shape.many_value_columns",
            hint="import.hint.value_column",
            headers=", ".join(_text(grid.cell(h, c)) for c in numeric[:6]),
        )
    return numeric[0] if numeric else None


def _long_entries(
    grid: Grid, h: int, roles: dict[str, int], kind: Kind, label_role: str, max_values: int
) -> TableShape:
    label_col, value_col = roles[label_role], roles["value"]
    # A row without a value is a gap (or, below the table, a footnote): nothing to import.
    body = [r for r in range(h + 1, len(grid.rows)) if grid.cell(r, value_col) is not None]
    last = body[-1] if body else h
    bounded(len(body), max_values)
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


def _wide(grid: Grid, max_values: int, section: str | None = None) -> TableShape | None:
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
        (r for r in above if any(names_year(v) for v in grid.rows[r][label_col + 1 :])),
        above[0] if above else None,
    )
    candidates = frozenset(range(label_col + 1, grid.width))
    start = header + 1 if header is not None else first
    body, last = _body_rows(grid, start, first, candidates)
    body, heading, section_findings = _section(grid, label_col, start, body, section)
    used = sorted(
        {c for r in body for c, v in enumerate(grid.rows[r]) if c > label_col and v is not None}
    )
    headers = {c: grid.cell(header, c) if header is not None else None for c in used}
    # The column whose header cell names each value column's year (itself, usually).
    year_of = {c: c for c in used if names_year(headers[c])}
    parts: list[int] = []
    sub = period_row(grid, above, header, used)
    if sub is not None:
        year_of, parts = grouped_years(grid, header, sub, used)  # type: ignore[arg-type]
    value_cols = sorted(year_of)
    if not value_cols and sub is None:
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
        if c not in value_cols and c not in parts and any(_number_at(grid, r, c) for r in body)
    ]
    bounded(len(body) * len(value_cols), max_values)
    entries = []
    for r in body:
        label = Place(_text(grid.cell(r, label_col)), r, label_col)
        for c in value_cols:
            value = grid.cell(r, c)
            if value is None:
                continue
            year = None
            if c in year_of:
                year = Place(_text(headers[year_of[c]]), header, year_of[c])  # type: ignore[arg-type]
            entries.append(Entry(r, c, value, label, None, year))
    findings = section_findings
    if parts and sub is not None:
        kinds = list(dict.fromkeys(_text(grid.cell(sub, c)) for c in parts))
        params = {"count": len(parts), "examples": ", ".join(kinds[:4])}
        findings += (Finding("note", "import.shape.part_columns", sub, parts[0], params),)
    header_end = header if header is not None else first
    return TableShape(
        kind="regional",
        form="wide",
        title=" ".join(filter(None, (_title(grid, header_end), heading))),
        header_row=header,
        first_row=body[0] if body else first,
        last_row=last,
        entries=tuple(entries),
        ignored_columns=tuple(ignored),
        footnotes=_footnotes(grid, range(last + 1, len(grid.rows))),
        header_text=" ".join(_text(grid.cell(r, c)) for r in above for c in used),
        findings=findings,
    )


def _section(
    grid: Grid, label_col: int, start: int, body: list[int], wanted: str | None
) -> tuple[list[int], str, tuple[Finding, ...]]:
    """The body rows of the stacked table asked for (the first by default), its heading,
    and a note naming the tables of the sheet (see :func:`headers.sections`)."""
    found = sections(grid, label_col, start, body, is_label)
    if len(found) == 1 and wanted is None:
        return body, "", ()
    chosen = pick_section(found, wanted)
    names = ", ".join(f"{i + 1}. {h or '—'}" for i, (h, _) in enumerate(found))
    if chosen is None:
        raise FileRefused(
            "import.shape.no_section", hint="import.hint.sections", section=wanted, names=names
        )
    index, heading, rows = chosen
    params = {"count": len(found), "names": names, "chosen": f"{index + 1}. {heading or '—'}"}
    note = Finding("note", "import.shape.sections", rows[0] if rows else None, label_col, params)
    return rows, heading, (note,) if len(found) > 1 else ()


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
        bounded(len(body) * len(cols), max_values)
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
    *,
    breakdown: str | None = None,
    value_names: tuple[str, ...] = (),
    section: str | None = None,
) -> TableShape:
    """Find the table in ``grid``; raises :class:`FileRefused` when there is none.

    ``kind`` restricts the search to regional or OD tables (None: either, a header naming
    origin and destination or a matrix of region names makes it OD). ``matrix_rows`` says
    whether a matrix's rows are origins (the default, as in BNS tables "по направлениям")
    or destinations. ``max_values`` bounds the values one table may hold. ``breakdown``:
    the rows of a Taldau export to take (:mod:`dashboard.imports.taldau`; None: the
    totals). ``value_names``: the indicator's names, to find its column in a long table
    whose value column is named after it. ``section``: which of the tables a sheet stacks
    under headings to read (heading or number; None: the first).
    """
    shape = taldau_shape(grid, breakdown, max_values) if kind != "od" else None
    if shape is None and breakdown is not None:
        raise FileRefused("import.taldau.breakdown_not_taldau", breakdown=breakdown)
    if shape is None:
        shape = _long(grid, kind, max_values, value_names)
    if shape is None and kind != "regional":
        shape = _matrix(grid, matrix_rows, max_values)
    if shape is None and kind != "od":
        shape = _wide(grid, max_values, section)
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
