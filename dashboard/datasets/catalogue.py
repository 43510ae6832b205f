"""The indicator catalogue as readers choose from it: which indicators, in which years.

The state codec validates links and controls against :func:`available_years`; labels and
units come from :func:`indicator_info`. Pure: the package is always passed in.
"""

from __future__ import annotations

import functools

import pandas as pd

from dashboard.datasets.indicators import list_indicators
from dashboard.datasets.package import DataPackage


def available_years(package: DataPackage) -> dict[str, list[int]]:
    """Indicator id -> years with at least one value (the choices a reader has)."""
    return {i: list(years) for i, years in _available_years(package)}


@functools.cache
def _available_years(package: DataPackage) -> tuple[tuple[str, tuple[int, ...]], ...]:
    catalogue = _catalogue(package)
    return tuple((str(i), tuple(years)) for i, years in catalogue["years"].items() if len(years))


@functools.cache
def _catalogue(package: DataPackage) -> pd.DataFrame:
    # list_indicators scans every table for the years; a package never changes.
    return list_indicators(package).set_index("id")


def indicator_info(indicator: str, package: DataPackage) -> pd.Series:
    """The catalogue row of ``indicator`` (names, units, scale, aggregation...)."""
    return _catalogue(package).loc[indicator]


def indicator_label(indicator: str, lang: str, package: DataPackage) -> str:
    """The indicator's name in ``lang``."""
    return str(indicator_info(indicator, package)[f"name_{lang}"])
