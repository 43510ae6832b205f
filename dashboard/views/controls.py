"""What the controls offer: regions of a year's boundary version by name, indicators by
label, an indicator's years. Option lists as Dash dropdowns take them (label, value)."""

from __future__ import annotations

from dashboard.datasets.catalogue import available_years, indicator_label
from dashboard.datasets.package import DataPackage
from dashboard.geo.boundaries import region_ids, version_for_year
from dashboard.geo.gazetteer import region_name


def region_options(lang: str, year: int) -> list[dict]:
    """The regions of the boundary version of ``year``, by name in ``lang``.

    >>> [o["value"] for o in region_options("en", 2005)][:3]
    ['11', '15', '75']
    """
    version = version_for_year(year)
    options = [{"label": region_name(r, lang, version), "value": r} for r in region_ids(version)]
    return sorted(options, key=lambda o: o["label"])


def indicator_options(lang: str, package: DataPackage) -> list[dict]:
    """Every indicator with data in ``package``, by its name in ``lang``."""
    return [
        {"label": indicator_label(i, lang, package), "value": i} for i in available_years(package)
    ]


def year_options(indicator: str, years: dict[str, list[int]]) -> list[dict]:
    """Years of ``indicator`` (``years``: indicator id -> years with data), newest first.

    >>> year_options("x", {"x": [2020, 2022]})
    [{'label': '2022', 'value': 2022}, {'label': '2020', 'value': 2020}]
    """
    return [{"label": str(y), "value": y} for y in sorted(years[indicator], reverse=True)]
