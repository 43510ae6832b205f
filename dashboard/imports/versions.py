"""The boundary version of each year of a table, checked against the year and the options.

The regions of a year must fit one boundary version, and the version the year allows: 17
units labelled 2024 is an error (2024 has 20), a newer version than the year's is a
warning (BNS recalculated 1 January 2017 on the 17 units of 2018), missing units a warning
(they stay "no data"). A version stated in the file must agree with the one chosen.
"""

from __future__ import annotations

from collections import defaultdict

from dashboard.geo.boundaries import BOUNDARY_VERSIONS, region_ids, version_for_year
from dashboard.imports.problems import ProblemLog
from dashboard.imports.regions import fit_version
from dashboard.imports.shapes import Place
from dashboard.imports.values import Report, Value


def year_version(
    year: int, ids: set[str], in_file: set[str], option: str | None, log: ProblemLog
) -> str | None:
    """The boundary version of the regions ``ids`` of ``year``; None (reported) if none fits.

    ``in_file``: the versions the file states for the year's rows; ``option``: the one the
    user chose (an unknown option is reported up front, not here).
    """
    stated = option
    if len(in_file) > 1:
        log.error("import.meta.several_values", field="boundary_version", values=", ".join(in_file))
        return None
    if in_file:
        stated = _agree_version(stated, next(iter(in_file)), log)
    if stated is not None and stated not in BOUNDARY_VERSIONS:
        if stated != option:  # an option is reported up front
            log.error(
                "import.meta.bad_version", version=stated, versions=", ".join(BOUNDARY_VERSIONS)
            )
        return None
    fit = fit_version(ids, year, stated)
    count = len(region_ids(fit.version))
    valid = version_for_year(year)
    if fit.problem == "not_in_stated":
        log.error(
            "import.region.not_in_version",
            version=fit.version,
            year=year,
            outside_ids=",".join(sorted(fit.outside)),
        )
        return None
    if fit.problem == "older":
        log.error(
            "import.region.version_older",
            hint="import.hint.version",
            hint_params={"valid": valid},
            year=year,
            count=len(ids),
            version=fit.version,
            valid=valid,
            valid_count=len(region_ids(valid)),
        )
        return None
    if fit.problem == "newer":
        log.warning(
            "import.region.version_newer",
            year=year,
            count=count,
            version=fit.version,
            valid=valid,
        )
    if fit.missing and not fit.exact:
        log.warning(
            "import.region.missing",
            year=year,
            version=fit.version,
            count=len(fit.missing),
            units=count,
            missing_ids=",".join(sorted(fit.missing)) + f"@{fit.version}",
        )
    return fit.version


def _agree_version(option: str | None, in_file: str, log: ProblemLog) -> str:
    if option and option != in_file:
        log.error(
            "import.meta.conflict", field="boundary_version", file_value=in_file, option=option
        )
    return option or in_file


def settle_former_names(values: list[Value], report: Report, log: ProblemLog) -> list[Value]:
    """The values of South Kazakhstan oblast's names (61 until June 2018) against those of
    Turkistan oblast (61 since) and Shymkent city (79), year by year.

    In a year on the 1997 boundaries a table may give both the old oblast and estimates for
    its successors (BNS's unemployment table does for 2010-2017): the old oblast is the unit
    of those years, so Turkistan's and Shymkent's values are set aside, with a note. In a
    later year the old oblast no longer exists: a value under its name is a warning naming
    the cell, and is dropped when the table also gives Turkistan.
    """
    by_year: dict[int, list[Value]] = defaultdict(list)
    for value in values:
        by_year[value.year].append(value)
    kept: list[Value] = []
    aside_years: list[int] = []
    aside = 0
    for year in sorted(by_year):
        rows = by_year[year]
        old = [v for v in rows if v.former]
        successor = any(v.region == "61" and not v.former for v in rows)
        if not old:
            kept += rows
        elif version_for_year(year) == "1997":
            newer = [v for v in rows if v.region == "79" or (v.region == "61" and not v.former)]
            if successor:
                aside_years.append(year)
                aside += len(newer)
                kept += [v for v in rows if v not in newer]
            else:
                kept += rows
        else:
            for v in old:
                place = Place(v.label_text, v.row, v.label_col)
                report("import.region.former_name", place, "warning", name=v.label_text, year=year)
            kept += [v for v in rows if not (successor and v.former)]
    if aside_years:
        log.note(
            "import.region.successors_aside",
            count=aside,
            years=years_text(aside_years),
        )
    return kept


def years_text(years: list[int]) -> str:
    """Years as a reader takes them in: runs of consecutive years as ranges.

    >>> years_text([2000, 2001, 2002, 2005, 2007, 2008])
    '2000–2002, 2005, 2007, 2008'
    """
    runs: list[list[int]] = []
    for year in sorted(years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)
