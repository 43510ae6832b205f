"""The years of one map view: what the browser needs to step through them without asking.

A reader who steps through the years of a view changes only the year: the boundaries,
the language, the layers and their filters stay. The maps of every year drawn on the same
boundaries are made here once, by :func:`dashboard.views.map.map_view` itself (so a year
shown from the bundle is the map the server would have answered), and the browser swaps
their values in (``assets/map-years.js``). Years on other boundaries, and a change between
two years, still go to the server. Pure, no Dash.
"""

from __future__ import annotations

from dataclasses import replace

from dashboard.datasets.catalogue import available_years
from dashboard.datasets.package import DataPackage
from dashboard.geo.boundaries import version_for_year
from dashboard.state import ViewState, to_query
from dashboard.views.map import MapView, map_view


def years_key(state: ViewState, highlight: list[str] | None = None) -> str:
    """What a view is, whatever its year: its link without ``year=`` and the regions it
    highlights. Two states with the same key differ at most in their year."""
    query = to_query(replace(state, year=None))  # type: ignore[arg-type]
    return query + "#" + ",".join(highlight or [])


def stepped_years(state: ViewState, package: DataPackage) -> list[int]:
    """The years a reader can step to from ``state`` in the browser: the indicator's
    years on the same boundaries; none for a change between two years (its boundaries
    are the older year's, so each step may redraw them)."""
    if state.compare_year is not None:
        return []
    version = version_for_year(state.year)
    years = available_years(package).get(state.indicator, [])
    return sorted(y for y in years if version_for_year(y) == version)


def year_views(
    state: ViewState,
    package: DataPackage,
    districts: str | None = None,
    highlight: list[str] | None = None,
) -> dict[int, tuple[ViewState, MapView]]:
    """The map of ``state`` in each of its :func:`stepped_years`, with the state it draws
    (oldest year first)."""
    views = {}
    for year in stepped_years(state, package):
        stepped = replace(state, year=year)
        views[year] = (stepped, map_view(stepped, package, districts, highlight=highlight))
    return views
