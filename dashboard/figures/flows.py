"""Flow arrows on the geo map: curved lines in a few width classes, with arrowheads.

Drawing only: which flows to draw, their width classes, colours and every word (legend
labels, hover texts) come from the caller (``dashboard.datasets.flows`` selects, the
caller translates). Geometry is computed in the map projection (``PROJ_STRING``) so that
curves bow the same way on screen as on paper and arrowheads point along them.

Two plotly facts shape this module (research/stack-notes.md section 2):

* ``line.width`` is one number per trace, so flows are grouped into width classes:
  one line trace per class with the curves separated by gaps (NaN), which keeps 380
  ordered pairs of 20 regions at a handful of traces.
* ``marker.angleref="previous"`` does not rotate markers on ``Scattergeo`` (plotly.js
  4.1.1), so each arrowhead gets an angle computed here, measured clockwise from
  screen-up (the default ``angleref="up"``). Checked on a screenshot in headless
  Chromium: 0 points up, 90 right, about 200 down and slightly left.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from pyproj import Transformer

from dashboard.figures.projection import PROJ_STRING

# "arrow-up" has its tip on the data point (plotly.js draws it from (0, 0) back along
# the symbol), and marker.angle rotates it about that tip: the tip stays on the
# destination at every angle and zoom. "triangle-up" is centred on the point, so its
# tip would overshoot the destination by half the marker size.
ARROW_SYMBOL = "arrow-up"

FLOW_STYLE = {  # kind -> colour, dash: dark enough over every choropleth class
    "model": ("#262626", None),
    "observed": ("#1b7837", None),
    "schematic": ("#000000", "dash"),
    "international": ("#b35806", None),
}
CLASS_WIDTHS = [1.2, 2.4, 4.0, 6.5]  # line widths (px) of the volume classes, thin to thick
# Hundreds of arrows (all 380 ordered pairs) must not bury the map: above DENSE_FLOWS
# arrows, lines are DENSE_SCALE as wide and drawn at DENSE_OPACITY.
DENSE_FLOWS, DENSE_SCALE, DENSE_OPACITY = 60, 0.5, 0.4


@lru_cache(maxsize=1)
def _transformers() -> tuple[Transformer, Transformer]:
    """lon/lat -> map plane (metres, x east, y north) and back.

    Shared between threads: pyproj's Transformer is thread-safe since pyproj 3.1 (each
    thread gets its own PROJ object), and it holds no plotly state.
    """
    forward = Transformer.from_crs("EPSG:4326", PROJ_STRING, always_xy=True)
    inverse = Transformer.from_crs(PROJ_STRING, "EPSG:4326", always_xy=True)
    return forward, inverse


def _curves(
    lon0: np.ndarray,
    lat0: np.ndarray,
    lon1: np.ndarray,
    lat1: np.ndarray,
    bend: float,
    n: int,
    trim_m: np.ndarray | float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Quadratic Béziers for many flows at once: arrays of shape (flows, n) in lon/lat.

    ``trim_m`` (metres in the map plane, per flow or one value) stops each curve that far
    before its end, measured with the end speed 2·|P1 - C| (exact enough over the last
    few percent of a curve); at most 40 % of a curve is trimmed.
    """
    if n < 2:
        raise ValueError("a curve needs at least two points")
    forward, inverse = _transformers()
    x0, y0 = forward.transform(np.asarray(lon0, float), np.asarray(lat0, float))
    x1, y1 = forward.transform(np.asarray(lon1, float), np.asarray(lat1, float))
    x0, y0, x1, y1 = (np.atleast_1d(v) for v in (x0, y0, x1, y1))
    dx, dy = x1 - x0, y1 - y0
    # (dy, -dx) is the chord turned 90° clockwise, i.e. to the right of travel in a
    # north-up plane; its length equals the chord's, so the offset scales with distance.
    cx = (x0 + x1) / 2 + bend * dy
    cy = (y0 + y1) / 2 - bend * dx
    end_speed = 2.0 * np.hypot(x1 - cx, y1 - cy)
    with np.errstate(divide="ignore", invalid="ignore"):
        cut = np.where(end_speed > 0, np.asarray(trim_m, float) / end_speed, 0.0)
    t_end = 1.0 - np.clip(cut, 0.0, 0.4)
    t = np.linspace(0.0, 1.0, n)[None, :] * t_end[:, None]
    u = 1.0 - t
    xs = u**2 * x0[:, None] + 2 * u * t * cx[:, None] + t**2 * x1[:, None]
    ys = u**2 * y0[:, None] + 2 * u * t * cy[:, None] + t**2 * y1[:, None]
    lons, lats = inverse.transform(xs.ravel(), ys.ravel())
    return np.reshape(lons, xs.shape), np.reshape(lats, ys.shape)


def curve_points(
    lon0: float, lat0: float, lon1: float, lat1: float, bend: float = 0.18, n: int = 24
) -> tuple[list[float], list[float]]:
    """``n`` points of a curve from (lon0, lat0) to (lon1, lat1), bowed to the right.

    A quadratic Bézier in the map projection whose control point sits ``bend`` chord
    lengths to the right of the chord's midpoint (the curve's deepest point is half of
    that away). Because "right" flips with the direction of travel, A->B and B->A bow to
    opposite sides and never overlap. The first and last points are the two ends.

    >>> lons, lats = curve_points(71.43, 51.13, 76.95, 43.24)
    >>> len(lons), round(lons[0], 2), round(lats[-1], 2)
    (24, 71.43, 43.24)
    """
    lons, lats = _curves(
        np.array([lon0]), np.array([lat0]), np.array([lon1]), np.array([lat1]), bend, n
    )
    return lons[0].tolist(), lats[0].tolist()


def _screen_angles(lons: np.ndarray, lats: np.ndarray) -> np.ndarray:
    """Angle of the last segment of each row, degrees clockwise from north-up."""
    forward, _ = _transformers()
    xa, ya = forward.transform(lons[:, -2], lats[:, -2])
    xb, yb = forward.transform(lons[:, -1], lats[:, -1])
    # atan2(east, north): 0 = up, 90 = right (east on the central meridian), 180 = down.
    return np.degrees(np.arctan2(np.asarray(xb) - xa, np.asarray(yb) - ya)) % 360.0


def arrow_angle(lons: Sequence[float], lats: Sequence[float]) -> float:
    """Rotation for an arrowhead at the end of a curve, in degrees clockwise from up.

    Measured on the last segment in the map projection, so it is the direction the
    reader sees, for a marker with the default ``angleref="up"`` (plotly rotates
    symbols clockwise on screen). East along a parallel at the central meridian is 90,
    north is 0; off the central meridian the conic's meridians lean, and so does "up".

    >>> round(arrow_angle([67.0, 67.0], [45.0, 46.0]))
    0
    >>> round(arrow_angle([66.5, 67.5], [48.0, 48.0]))
    90
    """
    if len(lons) < 2 or len(lons) != len(lats):
        raise ValueError("an arrow needs at least two points of equal count")
    return float(_screen_angles(np.array([lons], float), np.array([lats], float))[0])


def _with_gaps(rows: np.ndarray) -> np.ndarray:
    """Rows of coordinates as one float32 array with a NaN after each row (line breaks).

    plotly.js breaks a Scattergeo line at a missing coordinate; numpy arrays go to the
    browser as typed arrays (float32: half the bytes, still about a metre of precision)
    and skip plotly's per-element validation of Python lists, several times slower.
    """
    gapped = np.full((rows.shape[0], rows.shape[1] + 1), np.nan, dtype=np.float32)
    gapped[:, :-1] = rows
    return gapped.ravel()


def flow_line_style(count: int, widths: Sequence[float]) -> tuple[list[float], float]:
    """Line widths and opacity of a layer of ``count`` arrows drawn in classes of ``widths``.

    A dense layer (more than DENSE_FLOWS arrows) is thinner and fainter, so it does not
    bury the map under it.

    >>> flow_line_style(25, [1.2, 2.4])
    ([1.2, 2.4], 0.8)
    >>> flow_line_style(380, [1.2, 2.4])
    ([0.6, 1.2], 0.4)
    """
    dense = count > DENSE_FLOWS
    return [w * (DENSE_SCALE if dense else 1) for w in widths], DENSE_OPACITY if dense else 0.8


def arrowhead_size(line_width: float) -> float:
    """Marker size of an arrowhead on a line of ``line_width`` px: clearly wider than it."""
    return round(2.0 * line_width + 6.0, 1)


def flow_traces(
    flows: pd.DataFrame,
    points: pd.DataFrame,
    *,
    label: str,
    colour: str,
    dash: str | None,
    hover_texts: Sequence[str],
    class_widths: Sequence[float],
    legend_labels: Sequence[str],
    bend: float = 0.18,
    n: int = 24,
    opacity: float = 0.8,
    km_per_px: float = 3.0,
) -> list[go.Scattergeo]:
    """Scattergeo traces of one flow layer: a line trace per width class + the arrowheads.

    ``flows`` has columns origin, destination, persons, kind and width_class (an index
    into ``class_widths`` and ``legend_labels``); ``points`` has id, lon, lat;
    ``hover_texts`` has one text per flow row. Only classes present in ``flows`` get a
    trace, so the legend follows the filter. Each line trace is named by its class label
    and grouped under ``label``. The last trace holds the markers: the N arrowheads first
    (in flow order, opacity 1), then N transparent hover targets at the curves'
    midpoints (opacity 0); both carry the hover texts (a line on Scattergeo hovers per
    vertex, not per curve).
    A schematic layer is one class: one width, ``dash="dash"``, one legend entry.

    The arrowhead's tip is the destination's point. The line stops half an arrowhead
    short of it, so its square end hides under the arrowhead instead of poking out
    beside the narrow tip; ``km_per_px`` is the map scale that length is converted at
    (Kazakhstan's ~3 000 km across a ~1 000 px map). Zoomed in more than 2x, a small gap
    opens between line and arrowhead; that is the price of arrowheads sized in pixels.
    """
    if len(hover_texts) != len(flows):
        raise ValueError(f"{len(hover_texts)} hover texts for {len(flows)} flows")
    if len(class_widths) != len(legend_labels):
        raise ValueError("class_widths and legend_labels must have the same length")
    if flows.empty:
        return []
    classes = flows["width_class"].to_numpy(dtype=int)
    if classes.min() < 0 or classes.max() >= len(class_widths):
        raise ValueError(f"width_class outside 0..{len(class_widths) - 1}")

    where = points.assign(id=points["id"].astype(str)).set_index("id")[["lon", "lat"]]
    ends = pd.concat([flows["origin"], flows["destination"]]).astype(str).unique()
    missing = sorted(set(ends) - set(where.index))
    if missing:
        raise ValueError(f"no coordinates for {missing}")
    start = where.loc[flows["origin"].astype(str)].to_numpy(dtype=float)
    end = where.loc[flows["destination"].astype(str)].to_numpy(dtype=float)
    lons, lats = _curves(start[:, 0], start[:, 1], end[:, 0], end[:, 1], bend, n)
    angles = _screen_angles(lons, lats)
    heads = np.array([arrowhead_size(w) for w in class_widths])[classes]
    trim_m = heads / 2.0 * km_per_px * 1000.0
    line_lons, line_lats = _curves(
        start[:, 0], start[:, 1], end[:, 0], end[:, 1], bend, n, trim_m=trim_m
    )

    traces: list[go.Scattergeo] = []
    present = sorted(set(classes.tolist()))
    for rank, cls in enumerate(present):
        rows = np.flatnonzero(classes == cls)
        traces.append(
            go.Scattergeo(
                lon=_with_gaps(line_lons[rows]),
                lat=_with_gaps(line_lats[rows]),
                mode="lines",
                line={"width": class_widths[cls], "color": colour, "dash": dash},
                opacity=opacity,
                name=legend_labels[cls],
                legendgroup=label,
                # The group title once, on the first class of the layer.
                legendgrouptitle_text=label if rank == 0 else None,
                hoverinfo="skip",
                showlegend=True,
            )
        )
    # One marker trace for the layer: the arrowheads (rows 0..N-1, tip on the destination)
    # and then an invisible hover target at the middle of each curve (rows N..2N-1).
    # Arrowheads of all flows into one region share that region's point, so only the
    # midpoints, which are distinct, let the reader hover a particular flow. The targets
    # use the same symbol: hover goes by distance to the point, not by shape, and one
    # symbol for the trace avoids validating a list of 2N symbol names.
    middle = n // 2
    count = len(flows)
    targets = np.maximum(10.0, np.asarray(class_widths, dtype=float)[classes] + 6.0)
    # plotly keeps marker angles in [-180, 180]
    signed = (angles + 180.0) % 360.0 - 180.0
    texts = list(hover_texts)
    traces.append(
        go.Scattergeo(
            lon=np.concatenate([end[:, 0], lons[:, middle]]).astype(np.float32),
            lat=np.concatenate([end[:, 1], lats[:, middle]]).astype(np.float32),
            mode="markers",
            marker={
                "symbol": ARROW_SYMBOL,
                "angle": np.concatenate([np.round(signed, 1), np.zeros(count)]),
                "size": np.concatenate([heads, targets]),
                "opacity": np.concatenate([np.ones(count), np.zeros(count)]),
                "color": colour,
                "line": {"width": 0},
            },
            opacity=opacity,
            name=label,
            legendgroup=label,
            showlegend=False,
            hovertext=texts + texts,
            hoverinfo="text",
        )
    )
    return traces
