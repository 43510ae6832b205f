"""Time: every year's map of one state, what the browser needs to play the years.

Play asks the server once for the whole bundle and steps through it with
``Plotly.react`` in the browser: no server round trip per frame.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from dashboard.datasets.catalogue import available_years
from dashboard.datasets.package import DataPackage
from dashboard.geo.boundaries import boundaries_geojson
from dashboard.state import ViewState
from dashboard.views.map import map_view


def play_view(state: ViewState, package: DataPackage, districts: str | None = None) -> dict:
    """Every year's map of ``state`` (oldest first) without geometry, plus each boundary
    version's GeoJSON once: ``{"frames": [{"year", "version", "figure"}], "geometry": {}}``.

    Plain JSON data (a dcc.Store holds it). Built once per view and data package, whatever
    the year it starts from or the panel open, and shared: treat it as read-only.
    """
    # Fields that play does not read are set to their defaults, so they share one key.
    view = replace(state, year=ViewState.year, compare_year=None, panel=ViewState.panel)
    return _play_bundle(view, package, districts)


# Every year's map is 0.5-2 s of the server's time for a press on play, and readers replay
# the views they look at. Four views: a bundle holds 3.5-7.5 MB in memory. A new data package
# is a new key, so an import is never played stale.
@functools.lru_cache(maxsize=4)
def _play_bundle(state: ViewState, package: DataPackage, districts: str | None) -> dict:
    frames, geometry = [], {}
    for year in sorted(available_years(package)[state.indicator]):
        view = map_view(replace(state, year=year), package, districts)
        geometry.setdefault(view.version, boundaries_geojson(view.version))
        frames.append(
            {"year": year, "version": view.version, "figure": view.figure.to_plotly_json()}
        )
    return {"frames": frames, "geometry": geometry}
