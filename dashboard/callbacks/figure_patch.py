"""Send the map's geometry once: later changes travel as a plotly ``Patch``.

The choropleth trace carries the GeoJSON of its boundary version (about 110 KB). While
the version stays the same, a change of year, indicator, language or layers only needs
the trace's values, colours and texts, the layout (small) and the overlay traces; only
a change of boundary version sends the whole figure again.
"""

from __future__ import annotations

from dash import Patch

from dashboard.callbacks.values import whole_number
from dashboard.views.map import MapView

# Properties of the choropleth trace that change with the data; geojson and locations
# stay as long as the boundary version does.
CHOROPLETH_VALUES = (
    "z",
    "zmin",
    "zmax",
    "colorscale",
    "text",
    "hovertemplate",
    "colorbar",
    "selectedpoints",
    "unselected",
)
# Layout parts that follow the state (the rest, template included, never changes).
LAYOUT_PARTS = ("title", "geo", "legend", "separators")
#: Most traces a map has (choropleth, zones, roles and flows: about 15 at most).
MAX_TRACES = 500


def is_map_meta(value: object) -> bool:
    """Whether ``value`` looks like what :func:`dashboard.layout.map_panel.map_meta`
    gives (other keys are ignored)."""
    return (
        isinstance(value, dict)
        and isinstance(value.get("version"), str)
        and whole_number(value.get("traces"), 1, MAX_TRACES) is not None
    )


def map_parts(view: MapView) -> dict:
    """What changes in the figure when only the year does, for the browser to swap in
    (``assets/map-frames.js``): the choropleth's values, the traces after the static ones
    (flows, names, cities) and the layout parts. The static traces stay as drawn while
    the map meta's ``static_key`` is the same."""
    figure = view.figure
    choropleth = figure.data[0].to_plotly_json()
    layout = figure.layout.to_plotly_json()
    return {
        "choropleth": {key: choropleth.get(key) for key in CHOROPLETH_VALUES},
        "tail": [trace.to_plotly_json() for trace in figure.data[view.static_traces :]],
        "layout": {key: layout.get(key) for key in LAYOUT_PARTS},
    }


def map_update(view: MapView, before: dict | None) -> dict | Patch:
    """The whole figure when the browser lacks this version's geometry (or ``before`` is
    not a map meta: :func:`is_map_meta`), else a Patch."""
    if not is_map_meta(before) or before["version"] != view.version:
        return view.figure_json()
    figure = view.figure
    patch = Patch()
    choropleth = figure.data[0].to_plotly_json()
    for key in CHOROPLETH_VALUES:
        patch["data"][0][key] = choropleth.get(key)
    # Zones and roles stay while version, language and their switches do; the flows
    # after them change with every filter and are replaced wholesale.
    keep = view.static_traces if before.get("static_key") == view.static_key else 1
    for index in range(int(before["traces"]) - 1, keep - 1, -1):
        del patch["data"][index]
    patch["data"].extend([trace.to_plotly_json() for trace in figure.data[keep:]])
    layout = figure.layout.to_plotly_json()
    for key in LAYOUT_PARTS:
        patch["layout"][key] = layout.get(key)
    return patch
