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

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.projection import SCALE_MARGIN, to_lonlat, to_plane

# "arrow-up" has its tip on the data point (plotly.js draws it from (0, 0) back along
# the symbol: a marker of size S is S wide and S long), and marker.angle rotates it about
# that tip: the tip stays where it is put at every angle and zoom. "triangle-up" is
# centred on the point, so its tip would overshoot by half the marker size.
ARROW_SYMBOL = "arrow-up"

FLOW_STYLE = {  # kind -> colour, dash: dark enough over every choropleth class
    "model": ("#262626", None),
    "observed": ("#1b7837", None),
    # Solid, not dashed: the dashes of four lines leaving one region read as a chevron
    # pointing the wrong way; the arrowhead at the destination alone gives the direction.
    "schematic": ("#3f007d", None),
    "international": ("#b35806", None),
}
# Line widths (px) of the volume classes, thin to thick: three classes, each about twice
# the one below, so a reader tells them apart at a glance (and in the legend).
CLASS_WIDTHS = [1.5, 3.5, 7.0]
# Hundreds of arrows (all 380 ordered pairs) must not bury the map: above DENSE_FLOWS
# arrows, lines are DENSE_SCALE as wide and drawn at DENSE_OPACITY.
DENSE_FLOWS, DENSE_SCALE, DENSE_OPACITY = 60, 0.5, 0.4

# Where many flows arrive (Astana, Almaty, Shymkent) their arrowheads would share one
# point. As Jenny et al. (2017, "Design principles for origin-destination flow maps")
# recommend, flows stop short of their destination (clear of its symbol) and no two
# arrowheads overlap: each head sits on its own curve, as close to the destination as
# the heads already placed (the larger flows first) leave room for.
RING_PX = 10.0  # the nearest a tip comes to its destination: clear of a city symbol
HEAD_STEP_PX = 2.0  # how far back along its curve a head moves at a time to find room
MAX_BACK_SHARE = 0.9  # how far back along its curve a head may go to find room
MIN_HEAD_PX = 6.0  # the smallest a head is drawn where there is no room for more
DENSE_SAMPLES = 97  # points per curve where heads are placed (about 10 km apart at most)
HEAD_GAP_PX = 2.0  # space between two arrowheads
# Short flows (Turkistan -> Shymkent is about 25 px) bow more, so their arrow has room.
SHORT_CHORD_PX, MAX_BEND_FACTOR = 90.0, 2.2
# A white halo around the names at the arrows' far ends, as around region names.
_HALO = "1px 1px 1px white, -1px -1px 1px white, 1px -1px 1px white, -1px 1px 1px white"
# Short flows (Turkistan -> Shymkent is about 25 px) bow more, so their arrow has room.


def _control(x0, y0, x1, y1, bend):
    """The Bézier control point ``bend`` chord lengths right of the chord's middle."""
    dx, dy = x1 - x0, y1 - y0
    # (dy, -dx) is the chord turned 90° clockwise, i.e. to the right of travel in a
    # north-up plane; its length equals the chord's, so the offset scales with distance.
    return (x0 + x1) / 2 + bend * dy, (y0 + y1) / 2 - bend * dx


def _bezier(x0, y0, x1, y1, bend, n: int, trim_m=0.0) -> tuple[np.ndarray, np.ndarray]:
    """Quadratic Béziers in the map plane, arrays of shape (flows, n) in lon/lat.

    ``trim_m`` (metres, per flow or one value) stops each curve that far before its end,
    measured with the end speed 2·|P1 - C| (exact enough over the last few percent of a
    curve); at most 40 % of a curve is trimmed.
    """
    cx, cy = _control(x0, y0, x1, y1, bend)
    end_speed = 2.0 * np.hypot(x1 - cx, y1 - cy)
    with np.errstate(divide="ignore", invalid="ignore"):
        cut = np.where(end_speed > 0, np.asarray(trim_m, float) / end_speed, 0.0)
    t_end = 1.0 - np.clip(cut, 0.0, 0.4)
    t = np.linspace(0.0, 1.0, n)[None, :] * np.atleast_1d(t_end)[:, None]
    u = 1.0 - t
    xs = u**2 * x0[:, None] + 2 * u * t * cx[:, None] + t**2 * x1[:, None]
    ys = u**2 * y0[:, None] + 2 * u * t * cy[:, None] + t**2 * y1[:, None]
    return to_lonlat(xs, ys)


def _curves(lon0, lat0, lon1, lat1, bend, n: int, trim_m=0.0) -> tuple[np.ndarray, np.ndarray]:
    """Quadratic Béziers for many flows at once from lon/lat ends (see :func:`_bezier`)."""
    if n < 2:
        raise ValueError("a curve needs at least two points")
    x0, y0 = to_plane(lon0, lat0)
    x1, y1 = to_plane(lon1, lat1)
    return _bezier(x0, y0, x1, y1, np.asarray(bend, float), n, trim_m)


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
    xa, ya = to_plane(lons[:, -2], lats[:, -2])
    xb, yb = to_plane(lons[:, -1], lats[:, -1])
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


# ---------------------------------------------------------------------------------------
# The scale of the map, the frame of the international view
# ---------------------------------------------------------------------------------------


def inside_view(lon, lat, view: dict, inset_deg: float = 0.0) -> np.ndarray:
    """Whether points lie inside the view's lon/lat rectangle shrunk by ``inset_deg``."""
    (w, e), (s, n) = view["lonaxis_range"], view["lataxis_range"]
    lon, lat = np.asarray(lon, float), np.asarray(lat, float)
    return (
        (lon >= w + inset_deg)
        & (lon <= e - inset_deg)
        & (lat >= s + inset_deg)
        & (lat <= n - inset_deg)
    )


def frame_anchor(
    inner: tuple[float, float], outer: tuple[float, float], view: dict, inset_deg: float = 1.0
) -> tuple[float, float, bool]:
    """Where an arrow between a point on the map (``inner``) and ``outer`` should end:
    ``outer`` itself when it lies in the view (less ``inset_deg``), else the point where
    the line from ``inner`` towards ``outer`` reaches the view's edge (less the inset).
    The line is straight in longitude and latitude: Moscow lies west of Petropavl as a
    reader of a north-up map sees it, so its arrow leaves the map on the west.
    Returns (lon, lat, whether it is ``outer`` itself).

    >>> view = {"lonaxis_range": [44.0, 95.0], "lataxis_range": [35.0, 57.5]}
    >>> frame_anchor((67.0, 48.0), (69.29, 41.31), view)  # Tashkent is on the map
    (69.29, 41.31, True)
    >>> lon, lat, own = frame_anchor((69.1, 54.9), (37.61, 55.75), view)  # Moscow is not
    >>> own, round(lon, 1), round(lat, 1)
    (False, 45.0, 55.6)
    """
    if bool(inside_view(outer[0], outer[1], view, inset_deg)):
        return float(outer[0]), float(outer[1]), True
    t = np.linspace(0.0, 1.0, 4001)
    lons = inner[0] + (outer[0] - inner[0]) * t
    lats = inner[1] + (outer[1] - inner[1]) * t
    inside = inside_view(lons, lats, view, inset_deg)
    last = int(np.flatnonzero(inside)[-1]) if inside.any() else 0
    return float(lons[last]), float(lats[last]), False


# ---------------------------------------------------------------------------------------
# Arrowheads on rings around their destinations
# ---------------------------------------------------------------------------------------


def _bezier_at(x0, y0, cx, cy, x1, y1, t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Points of quadratic Béziers (one per row) at parameters ``t`` (rows x samples)."""
    u = 1.0 - t
    xs = u**2 * x0[:, None] + 2 * u * t * cx[:, None] + t**2 * x1[:, None]
    ys = u**2 * y0[:, None] + 2 * u * t * cy[:, None] + t**2 * y1[:, None]
    return xs, ys


def place_heads(
    xs: np.ndarray, ys: np.ndarray, sizes_px: np.ndarray, gap_px: float = HEAD_GAP_PX
) -> tuple[np.ndarray, np.ndarray]:
    """Where on each curve its arrowhead's tip goes, as an index into the curve's points
    (rows of ``xs``/``ys`` in screen pixels, running from origin to destination), and the
    size each head is drawn at.

    The biggest heads are placed first, each as near its destination as it can be (no
    nearer than RING_PX, so a city's symbol stays clear) without touching a head placed
    before it. A head that finds no room anywhere on its curve (a short flow between
    neighbours, Turkistan -> Shymkent) goes where it overlaps least and is drawn smaller
    until it does not (to MIN_HEAD_PX at least). A head is taken as a disc of its size
    around the middle of its triangle (a head of size S is S wide and S long).

    >>> line = np.linspace(0.0, 200.0, 201)[None, :]  # two flows along one line, 200 px
    >>> both = np.vstack([line, line])
    >>> tips, sizes = place_heads(both, np.zeros((2, 201)), np.array([12.0, 12.0]))
    >>> [200 - int(tip) for tip in tips], sizes.tolist()  # the second behind the first
    ([10, 24], [12.0, 12.0])
    """
    count, points = xs.shape
    step = np.hypot(np.diff(xs, axis=1), np.diff(ys, axis=1))
    from_end = np.concatenate(
        [np.cumsum(step[:, ::-1], axis=1)[:, ::-1], np.zeros((count, 1))], axis=1
    )
    sizes = np.asarray(sizes_px, float).copy()
    order = np.argsort(-sizes, kind="stable")
    centres = np.empty((0, 2))
    radii = np.empty(0)
    tips = np.full(count, points - 1)

    def disc(i: int, k: int, size: float) -> tuple[np.ndarray, float]:
        """The head's disc with its tip at point k, and how far it overlaps the placed ones."""
        dx, dy = xs[i, k] - xs[i, k - 1], ys[i, k] - ys[i, k - 1]
        norm = np.hypot(dx, dy) or 1.0
        centre = np.array([xs[i, k] - dx / norm * size / 2, ys[i, k] - dy / norm * size / 2])
        if not len(radii):
            return centre, 0.0
        apart = np.hypot(*(centres - centre).T)
        return centre, float(np.max(radii + size / 2 + gap_px - apart, initial=0.0))

    for i in order:
        size = float(sizes[i])
        length = from_end[i, 0]
        farthest = max(RING_PX, min(length * MAX_BACK_SHARE, length - size))
        best, best_overlap = points - 1, np.inf
        for back in np.arange(RING_PX, farthest + 1e-9, HEAD_STEP_PX):
            # the last point at least `back` from the end (along the curve)
            k = min(max(int(np.searchsorted(-from_end[i], -back, side="right")) - 1, 1), points - 1)
            _, overlap = disc(i, k, size)
            if overlap <= 0:
                best, best_overlap = k, 0.0
                break
            if overlap < best_overlap:
                best, best_overlap = k, overlap
        centre, overlap = disc(i, best, size)
        while overlap > 0 and size > MIN_HEAD_PX:
            size = max(MIN_HEAD_PX, size - 1.0)
            centre, overlap = disc(i, best, size)
        tips[i], sizes[i] = best, size
        centres = np.vstack([centres, centre])
        radii = np.append(radii, size / 2)
    return tips, sizes


def _bends(x0, y0, x1, y1, bend: float, m_per_px: float) -> np.ndarray:
    """Each flow's bend: short flows bow more, so that their arrow has room to be seen."""
    chord_px = np.hypot(x1 - x0, y1 - y0) / m_per_px
    with np.errstate(divide="ignore"):
        factor = np.clip(SHORT_CHORD_PX / np.maximum(chord_px, 1e-9), 1.0, MAX_BEND_FACTOR)
    return bend * factor


def flow_line_style(count: int, widths: Sequence[float]) -> tuple[list[float], float]:
    """Line widths and opacity of a layer of ``count`` arrows drawn in classes of ``widths``.

    A dense layer (more than DENSE_FLOWS arrows) is thinner and fainter, so it does not
    bury the map under it.

    >>> flow_line_style(25, [1.5, 3.5])
    ([1.5, 3.5], 0.85)
    >>> flow_line_style(380, [1.5, 3.5])
    ([0.75, 1.75], 0.4)
    """
    dense = count > DENSE_FLOWS
    return [w * (DENSE_SCALE if dense else 1) for w in widths], DENSE_OPACITY if dense else 0.85


def arrowhead_size(line_width: float) -> float:
    """Marker size (px) of an arrowhead on a line of ``line_width`` px: scaled with the
    line, and enlarged for thin lines so that every head is seen (Jenny et al.)."""
    return round(1.6 * line_width + 6.0, 1)


def _with_gaps(rows: np.ndarray) -> np.ndarray:
    """Rows of coordinates as one float32 array with a NaN after each row (line breaks).

    plotly.js breaks a Scattergeo line at a missing coordinate; numpy arrays go to the
    browser as typed arrays (float32: half the bytes, still about a metre of precision)
    and skip plotly's per-element validation of Python lists, several times slower.
    """
    gapped = np.full((rows.shape[0], rows.shape[1] + 1), np.nan, dtype=np.float32)
    gapped[:, :-1] = rows
    return gapped.ravel()


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
    opacity: float = 0.85,
    km_per_px: float = 5.5 * SCALE_MARGIN,
) -> list[go.Scattergeo]:
    """Scattergeo traces of one flow layer: a line trace per width class + the arrowheads.

    ``flows`` has columns origin, destination and width_class (an index into
    ``class_widths`` and ``legend_labels``); ``points`` has id, lon, lat; ``hover_texts``
    has one text per flow row. Only classes present in ``flows`` get a trace, so the
    legend follows the filter. Each line trace is named by its class label and grouped
    under ``label``. The last trace holds the markers: the N arrowheads first (in flow
    order, opacity 1), then N transparent hover targets at the curves' midpoints
    (opacity 0); both carry the hover texts (a line on Scattergeo hovers per vertex, not
    per curve).

    Arrowheads are sized by their line's width class. Their tips do not meet at the
    destination: each stops short of it on its own curve, as near as the heads of larger
    flows leave room for (:func:`place_heads`), so ten flows into Astana show ten heads,
    not one black blob, and none covers the city's symbol. ``km_per_px`` is the map scale
    the heads are placed at (:func:`km_per_px` of the view at 1366x800); on a larger map
    they only move further apart. The line stops half an arrowhead short of the tip, so
    its square end hides under the head instead of poking out beside it.
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
    m_per_px = km_per_px * 1000.0
    x0, y0 = to_plane(start[:, 0], start[:, 1])
    x1, y1 = to_plane(end[:, 0], end[:, 1])
    heads = np.array([arrowhead_size(w) for w in class_widths])[classes]
    bends = _bends(x0, y0, x1, y1, bend, m_per_px)
    cx, cy = _control(x0, y0, x1, y1, bends)
    grid = np.linspace(0.0, 1.0, DENSE_SAMPLES)
    dense_x, dense_y = _bezier_at(
        x0, y0, cx, cy, x1, y1, np.broadcast_to(grid, (len(flows), DENSE_SAMPLES))
    )
    tip, heads = place_heads(dense_x / m_per_px, dense_y / m_per_px, heads)
    rows = np.arange(len(flows))
    # Direction of each head: the curve's last step before its tip (clockwise from up).
    dx = dense_x[rows, tip] - dense_x[rows, tip - 1]
    dy = dense_y[rows, tip] - dense_y[rows, tip - 1]
    angles = np.degrees(np.arctan2(dx, dy)) % 360.0
    # The line stops half a head short of the tip: its square end hides under the head.
    arc = np.concatenate(
        [
            np.zeros((len(flows), 1)),
            np.cumsum(np.hypot(np.diff(dense_x), np.diff(dense_y)), axis=1),
        ],
        axis=1,
    )
    line_end = np.array(
        [np.interp(arc[i, tip[i]] - heads[i] / 2 * m_per_px, arc[i], grid) for i in rows]
    )
    along = np.linspace(0.0, 1.0, n)[None, :]
    line_lons, line_lats = to_lonlat(*_bezier_at(x0, y0, cx, cy, x1, y1, along * line_end[:, None]))
    tip_lons, tip_lats = to_lonlat(dense_x[rows, tip], dense_y[rows, tip])
    middle = grid[tip] / 2  # hover targets halfway along the drawn curve
    mid_lons, mid_lats = to_lonlat(*_bezier_at(x0, y0, cx, cy, x1, y1, middle[:, None]))

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
    # One marker trace for the layer: the arrowheads (rows 0..N-1) and then an invisible
    # hover target at the middle of each curve (rows N..2N-1), which is where a reader
    # points at one flow among many. The targets use the same symbol: hover goes by
    # distance to the point, not by shape, and one symbol for the trace avoids validating
    # a list of 2N symbol names.
    count = len(flows)
    targets = np.maximum(10.0, np.asarray(class_widths, dtype=float)[classes] + 6.0)
    # plotly keeps marker angles in [-180, 180]
    signed = (angles + 180.0) % 360.0 - 180.0
    texts = list(hover_texts)
    traces.append(
        go.Scattergeo(
            lon=np.concatenate([tip_lons, mid_lons[:, 0]]).astype(np.float32),
            lat=np.concatenate([tip_lats, mid_lats[:, 0]]).astype(np.float32),
            mode="markers",
            marker={
                "symbol": ARROW_SYMBOL,
                "angle": np.concatenate([np.round(signed, 1), np.zeros(count)]),
                "size": np.concatenate([heads, targets]),
                "opacity": np.concatenate([np.ones(count), np.zeros(count)]),
                "color": colour,
                "line": {"width": 0},
            },
            # Heads at full strength even in a faint dense layer: direction must read.
            opacity=min(1.0, opacity + 0.15),
            name=label,
            legendgroup=label,
            showlegend=False,
            hovertext=texts + texts,
            hoverinfo="text",
        )
    )
    return traces


def place_labels(
    lon: Sequence[float],
    lat: Sequence[float],
    texts: Sequence[str],
    positions: Sequence[str],
    colour: str,
    marked: Sequence[bool] = (),
) -> go.Scattergeo:
    """Names at the far ends of arrows (the partner countries of international flows), in
    the flow colour with a white halo like the region names; a small dot where the end is
    the named place itself (``marked``), none where the arrow only points towards it."""
    sizes = [6 if m else 0 for m in marked] if marked else [0] * len(texts)
    return go.Scattergeo(
        lon=np.asarray(lon, float),
        lat=np.asarray(lat, float),
        mode="markers+text",
        marker={"size": sizes, "color": colour, "line": {"width": 1, "color": "white"}},
        text=list(texts),
        textposition=list(positions),
        textfont={"size": 11, "color": colour, "shadow": _HALO},
        hoverinfo="skip",
        name="flow-places",
        showlegend=False,
    )


def legend_note(text: str, group: str, title: str) -> go.Scattergeo:
    """A legend entry with nothing drawn: a sentence the reader needs beside the map (why
    a layer has no arrows this year), in the layer's legend group."""
    return go.Scattergeo(
        lon=[None],
        lat=[None],
        mode="markers",
        marker={"size": 1, "opacity": 0},
        name=text,
        legendgroup=group,
        legendgrouptitle_text=title,
        hoverinfo="skip",
        showlegend=True,
    )
