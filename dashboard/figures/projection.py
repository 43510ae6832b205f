"""The map projection, in one place: plotly draws with it, arrow angles are computed in it.

Albers conic equal area with standard parallels 44° and 52° N and central meridian 67° E
suits Kazakhstan (about 40.5-55.5° N, 46.5-87.5° E): areas are true, so regions compare
fairly on a choropleth, and shapes stay close to what officials know from national maps.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import shapely
from pyproj import Transformer

PARALLELS = (44.0, 52.0)
CENTRAL_MERIDIAN = 67.0

# plotly geo layout (d3-geo conicEqualArea with the same parameters)
PLOTLY_PROJECTION = {
    "type": "conic equal area",
    "parallels": list(PARALLELS),
    "rotation": {"lon": CENTRAL_MERIDIAN},
}

# The view of the national map: Kazakhstan spans about 46.5-87.3° E and 40.6-55.4° N.
# plotly's fitbounds does not fit a rotated conic projection (it shows a hemisphere),
# so the view is set by explicit ranges.
KAZAKHSTAN_VIEW = {"lonaxis_range": [45.5, 88.5], "lataxis_range": [39.8, 56.2]}


# The same projection for pyproj (to compute screen directions such as arrowhead angles).
PROJ_STRING = (
    f"+proj=aea +lat_1={PARALLELS[0]} +lat_2={PARALLELS[1]} +lat_0=0 "
    f"+lon_0={CENTRAL_MERIDIAN} +datum=WGS84 +units=m +no_defs"
)

# The map's pixel box at 1366x800 (the smallest screen the atlas is laid out for),
# measured in headless Chromium: marks and names are placed at this scale (with
# SCALE_MARGIN to spare) and only gain room on larger screens.
GEO_BOX_PX = (661.0, 496.0)
SCALE_MARGIN = 1.1


@lru_cache(maxsize=1)
def _transformers() -> tuple[Transformer, Transformer]:
    """lon/lat -> map plane (metres, x east, y north) and back.

    Shared between threads: pyproj's Transformer is thread-safe since pyproj 3.1 (each
    thread gets its own PROJ object), and it holds no plotly state.
    """
    forward = Transformer.from_crs("EPSG:4326", PROJ_STRING, always_xy=True)
    inverse = Transformer.from_crs(PROJ_STRING, "EPSG:4326", always_xy=True)
    return forward, inverse


def to_plane(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """lon/lat (arrays or numbers) to the map plane: metres, x east, y north (1-d arrays)."""
    forward, _ = _transformers()
    x, y = forward.transform(np.asarray(lon, float), np.asarray(lat, float))
    return np.atleast_1d(np.asarray(x, float)), np.atleast_1d(np.asarray(y, float))


def to_lonlat(x, y) -> tuple[np.ndarray, np.ndarray]:
    """Map-plane metres back to lon/lat, in the shape of ``x``."""
    _, inverse = _transformers()
    x, y = np.asarray(x, float), np.asarray(y, float)
    lon, lat = inverse.transform(x.ravel(), y.ravel())
    return np.reshape(lon, x.shape), np.reshape(lat, y.shape)


def geometry_to_plane(geom: shapely.Geometry) -> shapely.Geometry:
    """A lon/lat geometry on the map plane (metres)."""
    return shapely.transform(geom, lambda xy: np.column_stack(to_plane(xy[:, 0], xy[:, 1])))


def geometry_to_lonlat(geom: shapely.Geometry) -> shapely.Geometry:
    """A map-plane geometry (metres) back in lon/lat."""
    return shapely.transform(geom, lambda xy: np.column_stack(to_lonlat(xy[:, 0], xy[:, 1])))


def _frame_outline(view: dict, steps: int = 40) -> tuple[np.ndarray, np.ndarray]:
    """lon/lat along the edges of a view's rectangle (parallels are arcs on a conic)."""
    (w, e), (s, n) = view["lonaxis_range"], view["lataxis_range"]
    line = np.linspace(0.0, 1.0, steps)
    lons = np.concatenate(
        [w + (e - w) * line, np.full(steps, e), e - (e - w) * line, np.full(steps, w)]
    )
    lats = np.concatenate(
        [np.full(steps, s), s + (n - s) * line, np.full(steps, n), n - (n - s) * line]
    )
    return lons, lats


def km_per_px(view: dict, box_px: tuple[float, float] = GEO_BOX_PX) -> float:
    """Kilometres per screen pixel of the map showing ``view`` in a box of ``box_px``.

    plotly fits the projected rectangle of the view's ranges into the box, so the scale
    is that of the limiting side (Kazakhstan's view is limited by its width: about
    5.5 km per pixel at 1366x800, as measured in headless Chromium).

    >>> round(km_per_px({"lonaxis_range": [45.5, 88.5], "lataxis_range": [39.8, 56.2]}), 1)
    5.5
    """
    x, y = to_plane(*_frame_outline(view))
    width, height = float(x.max() - x.min()), float(y.max() - y.min())
    return max(width / box_px[0], height / box_px[1]) / 1000.0
