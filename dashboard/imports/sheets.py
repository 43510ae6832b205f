"""Several sheets of one workbook, each to its own indicator, in one import.

BNS workbooks often hold one indicator per sheet: "Все население", "Мужчины", "Женщины".
Each sheet is checked on its own, exactly as a single-sheet import (its own indicator,
shape, years and totals), and the outcome is one check: every finding names its sheet
beside the file ("source.xlsx [Мужчины], row 8, column B"), the tables are joined, and the
import is refused if any sheet is. A sheet named twice, or two sheets given the same
indicator (the same values twice), is refused before anything is read.

:func:`sheet_choices` turns what a person writes ("Мужчины=population_male", or a sheet
alone) into the options; the command line and the web form share it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

import pandas as pd

from dashboard.datasets.package import DataPackage
from dashboard.imports.grid import Limits
from dashboard.imports.problems import ProblemLog
from dashboard.imports.reading import Source, read_source
from dashboard.imports.results import (
    REGIONAL_COLUMNS,
    TOTALS_COLUMNS,
    ImportCheck,
    ImportMetadata,
    ImportOptions,
    check_result,
)

CheckOne = Callable[[bytes, str, ImportOptions, str, DataPackage], ImportCheck]
MAX_SHEETS = 50


def sheet_choices(values: Iterable[str]) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """(one sheet, or pairs of sheet and indicator) from "SHEET" or "SHEET=INDICATOR" texts.

    The last "=" splits, so a sheet name may hold one (an indicator id cannot).

    >>> sheet_choices(["Мужчины=population_male", "Женщины=population_female"])
    (None, (('Мужчины', 'population_male'), ('Женщины', 'population_female')))
    >>> sheet_choices(["2"]), sheet_choices([])
    (('2', ()), (None, ()))
    """
    values = [v for v in values if v and v.strip()]
    pairs = []
    for value in values:
        sheet, equals, indicator = value.rpartition("=")
        if equals and sheet.strip() and indicator.strip():
            pairs.append((sheet.strip(), indicator.strip()))
    if pairs:
        if len(pairs) != len(values):
            raise ValueError("give every sheet its indicator (SHEET=INDICATOR), or one sheet")
        return None, tuple(pairs)
    if len(values) > 1:
        raise ValueError("one sheet, or each sheet with its indicator (SHEET=INDICATOR)")
    return (values[0].strip() if values else None), ()


def split_sheet(spec: str) -> tuple[str, str | None]:
    """ "Мужчины:Городское население" -> ("Мужчины", "Городское население"): a sheet and one
    of the tables it stacks (Excel forbids ":" in sheet names, so it cannot be a name's).

    >>> split_sheet("Мужчины:2"), split_sheet("Мужчины")
    (('Мужчины', '2'), ('Мужчины', None))
    """
    sheet, colon, section = spec.partition(":")
    return sheet.strip(), (section.strip() or None) if colon else None


def check_sheets(
    source: Source,
    name: str,
    options: ImportOptions,
    lang: str,
    package: DataPackage,
    one: CheckOne,
) -> ImportCheck:
    """Check each (sheet, indicator) of ``options.sheet_indicators`` with ``one`` (the
    single-sheet check) and join the outcomes (see the module docs)."""
    log = ProblemLog(name, lang)
    pairs = options.sheet_indicators
    sheets = [s for s, _ in pairs]
    indicators = [i for _, i in pairs]
    for field, values in (("sheet", sheets), ("indicator", indicators)):
        twice = sorted({v for v in values if values.count(v) > 1})
        if twice:
            log.error("import.sheets.twice", field=field, values=", ".join(twice))
    if len(pairs) > MAX_SHEETS:
        log.error("import.sheets.too_many", limit=MAX_SHEETS)
    if log.has_errors:
        return check_result(log, ImportMetadata(name, "", 0, ""), kind=None)
    data = read_source(source, options.limits or Limits())
    checks = []
    for spec, indicator in pairs:
        sheet, section = split_sheet(spec)
        single = replace(
            options, sheet=sheet, section=section, indicator=indicator, sheet_indicators=()
        )
        checks.append(one(data, name, single, lang, package))
    return _joined(checks, [s for s, _ in pairs], name, lang)


def _joined(checks: list[ImportCheck], specs: list[str], name: str, lang: str) -> ImportCheck:
    problems = []
    for spec, check in zip(specs, checks, strict=True):
        where = f"{name} [{spec}]"
        problems += [replace(p, file=where) for p in check.problems]
    order = {"error": 0, "warning": 1, "note": 2}
    problems.sort(key=lambda p: order[p.severity])
    log = ProblemLog(name, lang)
    if any(c.metadata.kind == "od" for c in checks):
        log.error("import.sheets.od")
        problems = list(log.problems()) + problems
    first = checks[0]
    tables = [c.table for c in checks if not c.table.empty]
    totals = [c.totals for c in checks if not c.totals.empty]
    table = pd.concat(tables, ignore_index=True) if tables else first.table.iloc[0:0]
    if not table.empty:
        table = table.sort_values(["indicator", "year", "region_id"], ignore_index=True)
    versions: dict[int, str] = {}
    for check in checks:
        for year, version in check.metadata.boundary_versions.items():
            versions.setdefault(year, version)
    metadata = replace(
        first.metadata,
        indicator=", ".join(c.metadata.indicator or "-" for c in checks),
        sheet=", ".join(specs),
        years=tuple(sorted(versions)),
        boundary_versions=dict(sorted(versions.items())),
        kind="regional" if not log.has_errors else None,
    )
    return replace(
        first,
        problems=tuple(problems),
        table=table[list(REGIONAL_COLUMNS)] if not table.empty else table,
        totals=pd.concat(totals, ignore_index=True)[list(TOTALS_COLUMNS)]
        if totals
        else first.totals,
        metadata=metadata,
    )


def _joined_totals(totals: list[pd.DataFrame], empty: pd.DataFrame) -> pd.DataFrame:
    return pd.concat(totals, ignore_index=True)[list(TOTALS_COLUMNS)] if totals else empty
