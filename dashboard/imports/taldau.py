"""Exports of the BNS Taldau database, recognised by their columns and read as published.

A Taldau export (stat.gov.kz "dynamic tables", taldau.stat.gov.kz) is a long table,
tab-separated with every field quoted, whose columns are::

    NAM  DAT  PERIOD  КАТО(по каталогу)  LКАТО(по каталогу)  [СПТМ (по каталогу)  LСПТМ ...
    КН  LКН  СП  LСП]  VAL

``NAM`` names the indicator with its unit in brackets ("Сальдо миграции по всем
потокам(Человек)"), ``DAT`` the period ("2024 год"), ``PERIOD`` its code (202412), the КАТО
column the territory by its upper-case Russian name (the republic, oblasts, cities and
districts, mixed), each ``L…`` column a code (0 when the export gives none), and each further
column a breakdown: settlement type ``СПТМ`` (Всего / городская местность / сельская
местность) and others (``КН``, ``СП`` ...). ``VAL`` is text, "-2 232" with any space between
thousands.

What is taken: by default the rows that are the total in every breakdown ("Всего"); with a
chosen breakdown value (``urban``, ``rural`` or the value as written) the rows with that
value in one breakdown and the total in the others, to be imported as an indicator of their
own. Other rows are set aside and counted in a note. The year comes from ``DAT`` (or
``PERIOD``), and the two must agree. Territories are resolved later like any label (the
republic is the total check, districts are set aside: :mod:`dashboard.imports.labels`);
a code in the ``L`` column of the territory, when there is one, is passed along.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from dashboard.imports.headers import norm, text_of
from dashboard.imports.numbers import parse_year
from dashboard.imports.problems import FileRefused
from dashboard.imports.table import Entry, Finding, Place, TableShape, bounded

# Spellings of the total of a breakdown, and of the two settlement types people ask for.
TOTAL_WORDS = frozenset({"всего", "итого", "барлығы", "жиыны", "total", "all"})
BREAKDOWN_ALIASES = {
    "urban": frozenset(
        {"городская местность", "город", "городское население", "қала", "қалалық жер",
         "қала халқы", "urban"}
    ),
    "rural": frozenset(
        {"сельская местность", "село", "сельское население", "ауыл", "ауылдық жер",
         "ауыл халқы", "rural"}
    ),
}  # fmt: skip
_UNIT = re.compile(r"\(([^()]*)\)\s*$")


@dataclass(frozen=True)
class Columns:
    """Where the columns of a Taldau export are (0-based)."""

    name: int | None
    date: int | None
    period: int | None
    territory: int
    territory_code: int | None
    value: int
    breakdowns: tuple[int, ...]


def columns_of(header: tuple) -> Columns | None:
    """The columns of a Taldau header row, or None when the row is not one."""
    names = [norm(c) for c in header]
    if "val" not in names:
        return None
    territory = next((i for i, n in enumerate(names) if n.startswith(("като", "kato"))), None)
    if territory is None or not ({"dat", "period"} & set(names)):
        return None
    known = {"nam", "dat", "period", "val"}
    codes = {i for i, n in enumerate(names) if n.startswith("l") and n[1:] in names}
    breakdowns = tuple(
        i for i, n in enumerate(names) if n and n not in known and i != territory and i not in codes
    )
    code_of_territory = next((i for i in codes if names[i][1:] == names[territory]), None)
    return Columns(
        name=names.index("nam") if "nam" in names else None,
        date=names.index("dat") if "dat" in names else None,
        period=names.index("period") if "period" in names else None,
        territory=territory,
        territory_code=code_of_territory,
        value=names.index("val"),
        breakdowns=breakdowns,
    )


def _wanted(value: str, breakdown: str | None) -> bool:
    key = norm(value)
    if breakdown is None:
        return key in TOTAL_WORDS
    wanted = BREAKDOWN_ALIASES.get(breakdown.strip().casefold(), {norm(breakdown)})
    return key in {norm(w) for w in wanted}


def taldau_shape(grid, breakdown: str | None, max_values: int) -> TableShape | None:
    """The table of a Taldau export in ``grid`` (see the module docs), or None if it is
    not one. Raises :class:`FileRefused` for an export of several indicators, or when the
    breakdown asked for is not in the file."""
    if not grid.rows:
        return None
    cols = columns_of(grid.rows[0])
    if cols is None:
        return None
    names = sorted({text_of(grid.cell(r, cols.name)) for r in range(1, len(grid.rows))} - {""})
    if cols.name is not None and len(names) > 1:
        raise FileRefused(
            "import.taldau.several_indicators",
            hint="import.hint.taldau_split",
            count=len(names),
            names="; ".join(names[:3]),
        )
    taken: list[int] = []
    aside: Counter[str] = Counter()
    for r in range(1, len(grid.rows)):
        if grid.cell(r, cols.value) is None:
            continue
        values = [text_of(grid.cell(r, c)) for c in cols.breakdowns]
        totals = [_wanted(v, None) for v in values]
        if breakdown is None:
            keep = all(totals)
        else:
            chosen = [_wanted(v, breakdown) for v in values]
            keep = sum(chosen) == 1 and all(t or c for t, c in zip(totals, chosen, strict=True))
        if keep:
            taken.append(r)
        else:
            kept = [v for v, t in zip(values, totals, strict=True) if not t]
            aside[" / ".join(kept) or "Всего"] += 1
    if breakdown is not None and not taken:
        rows = range(1, len(grid.rows))
        found = sorted({v for r in rows for v in _breakdown_values(grid, cols, r)})
        raise FileRefused(
            "import.taldau.no_breakdown",
            breakdown=breakdown,
            values=", ".join(found[:12]) or "—",
        )
    bounded(len(taken), max_values)
    entries = [_entry(grid, cols, r) for r in taken]
    title = names[0] if names else ""
    unit = _UNIT.search(title)
    indicator_name = _UNIT.sub("", title).strip()
    if breakdown is not None:
        title = f"{indicator_name} ({breakdown})"
    findings = [finding for r in taken for finding in _period_findings(grid, cols, r)]
    if aside:
        params = {
            "count": sum(aside.values()),
            "values": ", ".join(f"{k}: {n}" for k, n in aside.most_common(4)),
        }
        if breakdown is None:
            code, hint = "import.taldau.breakdowns_aside", "import.hint.taldau_breakdown"
        else:
            code, hint = "import.taldau.breakdown_taken", None
            params["breakdown"] = breakdown
        findings.append(Finding("note", code, params=params, hint=hint))
    return TableShape(
        kind="regional",
        form="long",
        title=title,
        header_row=0,
        first_row=taken[0] if taken else 1,
        last_row=taken[-1] if taken else len(grid.rows) - 1,
        entries=tuple(entries),
        header_text=unit[1] if unit else "",
        findings=tuple(findings),
        indicator_name=indicator_name,
        breakdown=breakdown,
    )


def _period_findings(grid, cols: Columns, r: int) -> list[Finding]:
    """``PERIOD`` against ``DAT``: the same year, and a whole one (code YYYY12)."""
    if cols.period is None:
        return []
    period = text_of(grid.cell(r, cols.period))
    date = text_of(grid.cell(r, cols.date)) if cols.date is not None else ""
    year = parse_year(date) if date else None
    if not re.fullmatch(r"\d{6}", period):
        return [Finding("error", "import.taldau.bad_period", r, cols.period, {"value": period})]
    if year is not None and int(period[:4]) != year:
        params = {"value": period, "date": date}
        return [Finding("error", "import.taldau.period_mismatch", r, cols.period, params)]
    if period[4:] != "12":
        return [Finding("warning", "import.taldau.part_year", r, cols.period, {"value": period})]
    return []


def _breakdown_values(grid, cols: Columns, r: int) -> list[str]:
    return [
        text_of(grid.cell(r, c))
        for c in cols.breakdowns
        if not _wanted(text_of(grid.cell(r, c)), None)
    ]


def _entry(grid, cols: Columns, r: int) -> Entry:
    territory = Place(text_of(grid.cell(r, cols.territory)), r, cols.territory)
    date = text_of(grid.cell(r, cols.date)) if cols.date is not None else ""
    period = text_of(grid.cell(r, cols.period)) if cols.period is not None else ""
    # The year as DAT writes it ("2024 год"), else from PERIOD (202412).
    year = Place(date, r, cols.date) if date else Place(period[:4], r, cols.period)  # type: ignore[arg-type]
    extra = {}
    if period:
        extra["period"] = period
    if cols.territory_code is not None:
        code = text_of(grid.cell(r, cols.territory_code))
        if code and code != "0":
            extra["kato"] = code
    return Entry(r, cols.value, grid.cell(r, cols.value), territory, None, year, extra)
