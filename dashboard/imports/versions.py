"""The boundary version of each year of a table, checked against the year and the options.

The regions of a year must fit one boundary version, and the version the year allows: 17
units labelled 2024 is an error (2024 has 20), a newer version than the year's is a
warning (BNS recalculated 1 January 2017 on the 17 units of 2018), missing units a warning
(they stay "no data"). A version stated in the file must agree with the one chosen.
"""

from __future__ import annotations

from dashboard.geo.boundaries import BOUNDARY_VERSIONS, region_ids, version_for_year
from dashboard.imports.problems import ProblemLog
from dashboard.imports.regions import fit_version


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
