"""The chosen region drawn over the map: a thick outline in a colour no data takes (pure).

Atlases mark the region a reader picked with a strong outline rather than a new fill, so
its class colour stays readable. The outline is magenta on a white casing: magenta is in no
class scheme of the map (YlGnBu, RdBu), nor among the zone, role or flow colours, and the
white casing keeps it apart from a dark class under it. A city of republican significance
is a few pixels wide at national scale, so its symbol also gets a ring. Every trace skips
hover: pointing at the region still gives its value (the choropleth or the city symbol).
"""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

#: PiYG's darkest magenta: no class colour, zone, role or flow mark of the map is magenta.
HIGHLIGHT_COLOUR = "#d01c8b"
CASING_COLOUR = "white"
OUTLINE_WIDTH = 3.0  # px
CASING_WIDTH = 6.0  # px: 1.5 px of white on each side of the outline
#: A city's ring, around its symbol (``choropleth.CITY_SIZE`` = 13 px) with a gap between.
RING_SIZE = 25  # px
#: ``legendgroup`` and ``meta`` of the traces, so callers and tests can find them.
CHOSEN = "chosen-region"


def chosen_region_traces(
    lons: Sequence[float | None],
    lats: Sequence[float | None],
    name: str,
    city: tuple[float, float] | None = None,
) -> list[go.Scattergeo]:
    """The outline of the chosen region (rings as ``lons``/``lats`` with ``None`` between
    them) on a white casing, and for a city a ring around its symbol at ``city`` (lon,
    lat). ``name`` is the legend entry ("Chosen region: Kostanay Region")."""
    common = dict(hoverinfo="skip", legendgroup=CHOSEN, meta=CHOSEN)
    traces = [
        go.Scattergeo(
            lon=list(lons),
            lat=list(lats),
            mode="lines",
            line=dict(color=CASING_COLOUR, width=CASING_WIDTH),
            showlegend=False,
            name=name,
            **common,
        ),
        go.Scattergeo(
            lon=list(lons),
            lat=list(lats),
            mode="lines",
            line=dict(color=HIGHLIGHT_COLOUR, width=OUTLINE_WIDTH),
            showlegend=True,
            legendrank=1,  # first in the legend: the reader just chose it
            name=name,
            **common,
        ),
    ]
    if city is not None:
        for colour, width in ((CASING_COLOUR, CASING_WIDTH), (HIGHLIGHT_COLOUR, OUTLINE_WIDTH)):
            traces.append(
                go.Scattergeo(
                    lon=[city[0]],
                    lat=[city[1]],
                    mode="markers",
                    marker=dict(
                        symbol="circle-open",
                        size=RING_SIZE,
                        color=colour,
                        line=dict(color=colour, width=width),
                    ),
                    showlegend=False,
                    name=name,
                    **common,
                )
            )
    return traces
