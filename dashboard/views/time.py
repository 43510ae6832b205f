"""Time: every year's map of one state, what the browser needs to play the years.

Play asks the server once for the whole bundle and steps through it with
``Plotly.react`` in the browser: no server round trip per frame.
"""

from __future__ import annotations

from dataclasses import replace

from dashboard.datasets.catalogue import available_years
from dashboard.datasets.package import DataPackage
from dashboard.geo.boundaries import boundaries_geojson
from dashboard.state import ViewState
from dashboard.views.map import map_view


def play_view(state: ViewState, package: DataPackage, districts: str | None = None) -> dict:
    """Every year's map of ``state`` (oldest first) without geometry, plus each boundary
    version's GeoJSON once: ``{"frames": [{"year", "version", "figure"}], "geometry": {}}``.

    Plain JSON data (a dcc.Store holds it), built fresh on each call.
    """
    years = sorted(available_years(package)[state.indicator])
    frames, geometry = [], {}
    for year in years:
        view = map_view(replace(state, year=year, compare_year=None), package, districts)
        geometry.setdefault(view.version, boundaries_geojson(view.version))
        frames.append(
            {"year": year, "version": view.version, "figure": view.figure.to_plotly_json()}
        )
    return {"frames": frames, "geometry": geometry}
