"""The map projection, in one place: plotly draws with it, arrow angles are computed in it.

Albers conic equal area with standard parallels 44° and 52° N and central meridian 67° E
suits Kazakhstan (about 40.5-55.5° N, 46.5-87.5° E): areas are true, so regions compare
fairly on a choropleth, and shapes stay close to what officials know from national maps.
"""

from __future__ import annotations

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
