"""The region chosen for the profile, outlined on the map (trace builder for the map view).

``chosen_region_overlay(region, version, lang)`` gives the traces that outline the unit of
boundary ``version`` holding the chosen region (Abai chosen on a map of 2005 outlines East
Kazakhstan, whose values the map and the profile show then), with a ring around the symbol
of a city of republican significance. The outline is the unit's shipped boundary, simplified
below a pixel at national scale and rounded, so it costs about a kilobyte per update.
"""

from __future__ import annotations

import functools

import plotly.graph_objects as go
import shapely
from shapely.geometry import MultiPolygon

from dashboard.figures.choropleth import narrow
from dashboard.figures.highlight import chosen_region_traces
from dashboard.geo.boundaries import boundaries, label_points
from dashboard.geo.gazetteer import CITIES, parent_in, region_name
from dashboard.i18n.catalog import t

#: Simplification of the outline, degrees: about 2 km, under a pixel of the national map.
TOLERANCE_DEG = 0.02
DECIMALS = 3


@functools.lru_cache(maxsize=128)
def _outline(unit: str, version: str) -> tuple[tuple[float | None, ...], tuple[float | None, ...]]:
    """The outer rings of ``unit`` as lon and lat sequences, ``None`` between rings (plain
    data, cached: every map of the same version and region draws the same line)."""
    shapes = boundaries(version).set_index("id")
    geometry = shapely.simplify(shapes.loc[unit, "geometry"], TOLERANCE_DEG)
    parts = geometry.geoms if isinstance(geometry, MultiPolygon) else [geometry]
    lons: list[float | None] = []
    lats: list[float | None] = []
    for part in parts:
        if part.is_empty:
            continue
        for lon, lat in part.exterior.coords:
            lons.append(round(lon, DECIMALS))
            lats.append(round(lat, DECIMALS))
        lons.append(None)
        lats.append(None)
    return tuple(lons[:-1]), tuple(lats[:-1])


def chosen_unit(region: str | None, version: str) -> str | None:
    """The unit of ``version`` that holds ``region`` (a unit id of any version), or None.

    >>> chosen_unit("10", "1997"), chosen_unit("79", "2022"), chosen_unit(None, "2022")
    ('63', '79', None)
    """
    return parent_in(region, version) if region else None


def clicked_region(point: object) -> str | None:
    """The region a click on the map chooses: a region's shape (the choropleth, trace 0) or
    a city's symbol (its polygon is a few pixels wide, under the symbol); arrows, zone and
    role marks choose nothing. ``point`` is a point of plotly's ``clickData``; the id is
    still to be checked (:func:`dashboard.callbacks.values.known_region`).

    >>> clicked_region({"curveNumber": 0, "location": "35"})
    '35'
    >>> clicked_region({"curveNumber": 9, "customdata": "71"}), clicked_region({"curveNumber": 4})
    ('71', None)
    """
    if not isinstance(point, dict):
        return None
    if point.get("curveNumber") == 0:
        return point.get("location")
    return point.get("customdata") if point.get("customdata") in CITIES else None


def chosen_region_overlay(region: str | None, version: str, lang: str) -> list[go.Scattergeo]:
    """The outline of the chosen ``region`` on the map of boundary ``version`` (and a ring
    round its city symbol), with its legend entry in ``lang``; empty without a region."""
    unit = chosen_unit(region, version)
    if unit is None:
        return []
    lons, lats = _outline(unit, version)
    city = None
    if unit in CITIES:
        # where the map draws the city's symbol (choropleth.city_trace): its label point
        point = label_points(version).set_index("id").loc[unit]
        city = (float(point["lon"]), float(point["lat"]))
    name = t("profile.chosen_on_map", lang, name=region_name(unit, lang, version))
    return narrow(chosen_region_traces(lons, lats, name, city))
