"""Where the region names go on the map, so that none covers another or a mark.

Names are placed on the map plane at the scale of the smallest screen the atlas is laid
out for (1366x800, :data:`dashboard.figures.projection.GEO_BOX_PX`); on a larger map the
same names have more room. Each name tries a ring of positions around its unit's label
point (a city's around its symbol), nearest first, and takes the first that touches no
mark (city symbols, role marks, zone markers) and no name already placed, preferring
positions that stay inside the unit and clear of the lines drawn over it (zone outlines).
Cities and small units go first: they have least room. This is the greedy candidate
placement of cartographic label placement (Imhof's rules, as in QGIS's PAL engine),
enough for 17-20 names and a few dozen marks.

Pure (numpy, shapely), no Dash, no plotly objects: the result is a frame of positions.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
import shapely

from dashboard.figures.choropleth import (
    CITY_NAME_GAP_PX,
    CITY_NAME_MARKER,
    CITY_SIZE,
    LABEL_SIZE,
    text_gap,
)
from dashboard.figures.projection import (
    KAZAKHSTAN_VIEW,
    geometry_to_plane,
    km_per_px,
    to_lonlat,
    to_plane,
)
from dashboard.geo.boundaries import boundaries, label_points

# Text measure in pixels at LABEL_SIZE: an average sans-serif letter is about 0.6 em wide
# (Kazakh and Russian capitals a little more, which the halo margin covers).
CHAR_EM, LINE_EM, HALO_PX = 0.6, 1.2, 2.0
MARK_GAP_PX = 2.0  # clear space between a name and a mark
# The map is narrowest (about 590 px) in Russian at 1366x800, where the legend beside it
# is widest: names are placed at that scale, 20 % below the box the flows are planned in.
LABEL_SCALE_MARGIN = 1.2
# Positions tried around a unit's label point, as multiples of the name's box (width,
# height): on the point, below, above, beside, diagonally, then further out.
_RING = [(0, 0), (0, -0.8), (0, 0.8), (0.6, 0), (-0.6, 0), (0.5, -0.8), (-0.5, -0.8),
         (0.5, 0.8), (-0.5, 0.8)]  # fmt: skip
UNIT_OFFSETS = list(
    dict.fromkeys((dx * k, dy * k) for k in (0.5, 1.0, 1.6, 2.3, 3.0, 4.0) for dx, dy in _RING)
)
# Around a city symbol: above, right, left, below, then the corners (sides of the box),
# each with the plotly text position that keeps the name on that side at any map size.
CITY_SIDES = [(0, 1), (1, 0), (-1, 0), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1)]
SIDE_POSITIONS = {
    (0, 1): "top center", (1, 0): "middle right", (-1, 0): "middle left",
    (0, -1): "bottom center", (1, 1): "top right", (-1, 1): "top left",
    (1, -1): "bottom right", (-1, -1): "bottom left", (0, 0): "middle center",
}  # fmt: skip
# What a position costs beyond its distance (px) from the label point: a name wholly
# outside its unit costs OUTSIDE_PENALTY px, each px of overlap with a mark or another
# name CROWDING_PENALTY (a name goes anywhere in its unit before it touches a mark).
OUTSIDE_PENALTY, CROWDING_PENALTY = 150.0, 1000.0
# A name crossed by a line (a zone outline) costs LINE_PENALTY px: far less than leaving
# its unit (names are drawn over the lines, with a halo): a short move inside the unit
# clears a line, a long one does not.
LINE_PENALTY = 30.0
LINE_STEP_PX = 3.0  # lines are checked at points this far apart
GRID_PX = 6.0  # spacing of the further positions tried inside a unit


def text_box(name: str, size_px: float = LABEL_SIZE) -> tuple[float, float]:
    """Width and height in pixels of a name as drawn (``<br>`` breaks lines), halo included.

    >>> text_box("Astana")
    (43.6, 17.2)
    """
    lines = name.split("<br>")
    width = max(len(line) for line in lines) * CHAR_EM * size_px + 2 * HALO_PX
    height = len(lines) * LINE_EM * size_px + 2 * HALO_PX
    return round(width, 1), round(height, 1)


def marker_marks(traces: Iterable[Mapping]) -> list[tuple[float, float, float]]:
    """(lon, lat, size in px) of every marker drawn by plotly trace dicts (legend-only
    keys, with no position, left out)."""
    marks = []
    for trace in traces:
        if "markers" not in str(trace.get("mode", "")):
            continue
        lons = np.asarray(trace.get("lon", []), dtype=float).ravel()  # None -> NaN
        lats = np.asarray(trace.get("lat", []), dtype=float).ravel()
        size = (trace.get("marker") or {}).get("size", 6)
        sizes = np.broadcast_to(np.asarray(size, float), lons.shape)
        keep = np.isfinite(lons) & np.isfinite(lats)
        marks += zip(lons[keep].tolist(), lats[keep].tolist(), sizes[keep].tolist(), strict=True)
    return marks


def line_vertices(traces: Iterable[Mapping]) -> tuple[tuple[float, float] | None, ...]:
    """The vertices (lon, lat) of every line drawn by plotly trace dicts, ``None`` between
    separate lines; rounded to about 100 m, so the same lines give the same key."""
    vertices: list[tuple[float, float] | None] = []
    for trace in traces:
        if "lines" not in str(trace.get("mode", "")):
            continue
        lons = np.round(np.asarray(trace.get("lon", []), dtype=float).ravel(), 3)
        lats = np.round(np.asarray(trace.get("lat", []), dtype=float).ravel(), 3)
        # Masked once for the whole trace: a test per vertex cost ~90 ms a map.
        finite = (np.isfinite(lons) & np.isfinite(lats)).tolist()
        pairs = zip(lons.tolist(), lats.tolist(), strict=True)
        vertices += [pair if ok else None for pair, ok in zip(pairs, finite, strict=True)]
        vertices.append(None)
    return tuple(vertices)


def _line_points(vertices: Sequence[tuple[float, float] | None], metres: float) -> np.ndarray:
    """Points every LINE_STEP_PX px along the lines of ``vertices`` (px on the map plane)."""
    lines, run = [], []
    for vertex in (*vertices, None):
        if vertex is not None:
            run.append(vertex)
            continue
        if len(run) > 1:
            x, y = to_plane([v[0] for v in run], [v[1] for v in run])
            lines.append(shapely.LineString(np.column_stack([x, y]) / metres))
        run = []
    if not lines:
        return np.empty((0, 2))
    dense = shapely.segmentize(shapely.MultiLineString(lines), LINE_STEP_PX)
    return shapely.get_coordinates(dense)


def _crossed(boxes: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Whether each box (rows x0, y0, x1, y1) holds any of ``points``."""
    if not len(points):
        return np.zeros(len(boxes), bool)
    near = points[
        (points[:, 0] >= boxes[:, 0].min())
        & (points[:, 0] <= boxes[:, 2].max())
        & (points[:, 1] >= boxes[:, 1].min())
        & (points[:, 1] <= boxes[:, 3].max())
    ]
    inside = (
        (near[None, :, 0] >= boxes[:, None, 0])
        & (near[None, :, 0] <= boxes[:, None, 2])
        & (near[None, :, 1] >= boxes[:, None, 1])
        & (near[None, :, 1] <= boxes[:, None, 3])
    )
    return inside.any(axis=1)


def text_labels(traces: Iterable[Mapping]) -> tuple[tuple, ...]:
    """(lon, lat, text, text position, font size, marker size) of every text drawn by
    plotly traces (or their dicts) other than the region names themselves: e.g. the
    partner countries at the ends of international arrows, which names must not cover."""
    found = []
    for trace in traces:
        data = trace.to_plotly_json() if hasattr(trace, "to_plotly_json") else trace
        if "text" not in str(data.get("mode", "")) or data.get("name") == "labels":
            continue
        count = len(data.get("text") or ())
        positions = data.get("textposition") or "middle center"
        sizes = (data.get("marker") or {}).get("size", 0)
        font = float((data.get("textfont") or {}).get("size", LABEL_SIZE))
        for i in range(count):
            lon, lat = data["lon"][i], data["lat"][i]
            if lon is None or lat is None:
                continue
            found.append(
                (
                    round(float(lon), 3),
                    round(float(lat), 3),
                    str(data["text"][i]),
                    positions if isinstance(positions, str) else positions[i],
                    font,
                    float(sizes if np.isscalar(sizes) else sizes[i]),
                )
            )
    return tuple(found)


def _text_boxes(labels: Sequence[tuple], metres: float) -> np.ndarray:
    """The boxes (x0, y0, x1, y1 px on the map plane) of :func:`text_labels`' texts, where
    plotly draws them: beside their point by (marker radius / 0.8 + 1) px on the side
    their text position names."""
    if not labels:
        return np.empty((0, 4))
    lon, lat, texts, positions, fonts, markers = zip(*labels, strict=True)
    x, y = to_plane(lon, lat)
    sides = {position: side for side, position in SIDE_POSITIONS.items()}
    boxes = []
    for i, text in enumerate(texts):
        w, h = text_box(text.replace("\n", "<br>"), fonts[i])
        sx, sy = sides.get(positions[i], (0, 0))
        gap = text_gap(markers[i])
        cx, cy = x[i] / metres + sx * (gap + w / 2), y[i] / metres + sy * (gap + h / 2)
        boxes.append((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2))
    return np.array(boxes, float)


@functools.lru_cache(maxsize=8)
def _units_on_plane(version: str) -> dict[str, shapely.Geometry]:
    plane = boundaries(version).set_index("id").geometry
    return {region: geometry_to_plane(geom) for region, geom in plane.items()}


def _crowding(boxes: np.ndarray, placed: np.ndarray, discs: np.ndarray) -> np.ndarray:
    """How much each candidate box (rows x0, y0, x1, y1) touches the boxes ``placed`` and
    the ``discs`` (x, y, r): the sum of overlap depths in px (0: free)."""
    hit = np.zeros(len(boxes))
    if len(placed):
        w = np.minimum(boxes[:, None, 2], placed[None, :, 2]) - np.maximum(
            boxes[:, None, 0], placed[None, :, 0]
        )
        h = np.minimum(boxes[:, None, 3], placed[None, :, 3]) - np.maximum(
            boxes[:, None, 1], placed[None, :, 1]
        )
        hit += np.where((w > 0) & (h > 0), w + h, 0.0).sum(axis=1)
    if len(discs):
        near_x = np.clip(discs[None, :, 0], boxes[:, None, 0], boxes[:, None, 2])
        near_y = np.clip(discs[None, :, 1], boxes[:, None, 1], boxes[:, None, 3])
        depth = discs[None, :, 2] - np.hypot(discs[None, :, 0] - near_x, discs[None, :, 1] - near_y)
        hit += np.clip(depth, 0.0, None).sum(axis=1)
    return hit


def _outside_share(unit: shapely.Geometry, boxes: np.ndarray, metres: float) -> np.ndarray:
    """The share of nine points of each box (corners, edge middles, centre) outside ``unit``."""
    fx = np.array([0.0, 0.5, 1.0] * 3)
    fy = np.repeat([0.0, 0.5, 1.0], 3)
    xs = boxes[:, [0]] + fx * (boxes[:, [2]] - boxes[:, [0]])
    ys = boxes[:, [1]] + fy * (boxes[:, [3]] - boxes[:, [1]])
    inside = shapely.contains_xy(unit, xs.ravel() * metres, ys.ravel() * metres)
    return 1.0 - inside.reshape(xs.shape).mean(axis=1)


def _inner_points(unit: shapely.Geometry, metres: float) -> np.ndarray:
    """Points inside ``unit`` every GRID_PX pixels: where else its name may go."""
    x0, y0, x1, y1 = np.asarray(unit.bounds) / metres
    gx, gy = np.meshgrid(np.arange(x0, x1, GRID_PX), np.arange(y0, y1, GRID_PX))
    gx, gy = gx.ravel(), gy.ravel()
    inside = shapely.contains_xy(unit, gx * metres, gy * metres)
    return np.column_stack([gx[inside], gy[inside]])


def place_names(
    version: str,
    names: Mapping[str, str],
    marks: Sequence[tuple[float, float, float]] = (),
    cities: Sequence[str] = (),
    view: Mapping | None = None,
    lines: Sequence[tuple[float, float] | None] = (),
    texts: Sequence[tuple] = (),
) -> pd.DataFrame:
    """Positions (columns id, lon, lat: the centre of each name) for ``names`` (region id ->
    name as drawn) on boundary ``version``, clear of each other and of ``marks`` (lon, lat,
    size in px) and of the symbols of ``cities`` (drawn on their label points), where they
    can also of ``lines`` (:func:`line_vertices`), and clear of other ``texts``
    (:func:`text_labels`), at the scale of ``view`` on the smallest screen.

    A name with no free position takes the least crowded one: every unit stays named.
    """
    key = tuple(sorted(names.items()))
    view = view or KAZAKHSTAN_VIEW
    frame_key = (tuple(view["lonaxis_range"]), tuple(view["lataxis_range"]))
    return _placed(
        version, key, tuple(marks), tuple(cities), frame_key, tuple(lines), tuple(texts)
    ).copy()


class _Placer:
    """The candidate positions of each name and their costs, given the names placed."""

    def __init__(self, version, names, marks, cities, metres, lines=(), texts=()) -> None:
        self.metres, self.cities, self.names = metres, cities, dict(names)
        points = label_points(version).set_index("id")
        self.units = _units_on_plane(version)
        city_marks = [
            (points.at[c, "lon"], points.at[c, "lat"], CITY_SIZE)
            for c in cities
            if c in points.index
        ]
        all_marks = np.array([*marks, *city_marks], float).reshape(-1, 3)
        mx, my = to_plane(all_marks[:, 0], all_marks[:, 1])
        self.discs = np.column_stack(
            [mx[: len(all_marks)] / metres, my[: len(all_marks)] / metres,
             all_marks[:, 2] / 2 + MARK_GAP_PX]
        )  # fmt: skip
        ids = list(self.names)
        ax, ay = to_plane(points.loc[ids, "lon"], points.loc[ids, "lat"])
        self.anchor = dict(zip(ids, zip(ax / metres, ay / metres, strict=True), strict=True))
        self.line_points = _line_points(lines, metres)
        self.texts = _text_boxes(texts, metres)
        self.boxes = {region: self._candidates(region) for region in ids}
        # what a position costs before other names: distance, share outside, marks touched
        self.base = {region: self._base_cost(region) for region in ids}

    def _candidates(self, region: str) -> np.ndarray:
        w, h = text_box(self.names[region])
        x, y = self.anchor[region]
        if region in self.cities:
            radius = CITY_NAME_GAP_PX
            sides = np.array(CITY_SIDES, float)
            centres = np.column_stack(
                [x + sides[:, 0] * (radius + w / 2), y + sides[:, 1] * (radius + h / 2)]
            )
        else:
            ring = np.array([(x + dx * w, y + dy * h) for dx, dy in UNIT_OFFSETS])
            centres = np.vstack([ring, _inner_points(self.units[region], self.metres)])
        return np.column_stack(
            [centres[:, 0] - w / 2, centres[:, 1] - h / 2, centres[:, 0] + w / 2,
             centres[:, 1] + h / 2]
        )  # fmt: skip

    def _base_cost(self, region: str) -> np.ndarray:
        boxes = self.boxes[region]
        marks = CROWDING_PENALTY * _crowding(boxes, self.texts, self.discs)
        marks += LINE_PENALTY * _crossed(boxes, self.line_points)
        if region in self.cities:
            # a city's name takes its first free side, in reading order
            return np.arange(len(boxes), dtype=float) + marks
        x, y = self.anchor[region]
        cx, cy = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
        outside = _outside_share(self.units[region], boxes, self.metres)
        return np.hypot(cx - x, cy - y) + OUTSIDE_PENALTY * outside + marks

    def best(self, region: str, placed: dict[str, np.ndarray]) -> tuple[int, float]:
        """The index and cost of the cheapest position of ``region`` among ``placed``."""
        others = np.array([b for r, b in placed.items() if r != region]).reshape(-1, 4)
        cost = self.base[region] + CROWDING_PENALTY * _crowding(
            self.boxes[region], others, np.empty((0, 3))
        )
        pick = int(np.argmin(cost))
        return pick, float(cost[pick])

    def blockers(self, region: str, index: int, placed: dict[str, np.ndarray]) -> list[str]:
        """The names already placed that a position of ``region`` would touch."""
        box = self.boxes[region][index : index + 1]
        return [
            other
            for other, b in placed.items()
            if other != region and _crowding(box, b[None, :], np.empty((0, 3)))[0] > 0
        ]


def _greedy(placer: _Placer, order: Sequence[str], placed: dict) -> dict[str, float]:
    costs = {}
    for region in order:
        pick, costs[region] = placer.best(region, placed)
        placed[region] = placer.boxes[region][pick]
    return costs


@functools.lru_cache(maxsize=64)
def _placed(version, names, marks, cities, frame_key, lines=(), texts=()) -> pd.DataFrame:
    view = {"lonaxis_range": list(frame_key[0]), "lataxis_range": list(frame_key[1])}
    metres = km_per_px(view) * LABEL_SCALE_MARGIN * 1000.0
    placer = _Placer(version, names, marks, cities, metres, lines, texts)
    ids = list(placer.names)
    area = {region: placer.units[region].area for region in ids}
    order = sorted(ids, key=lambda r: (r not in cities, area[r]))
    placed: dict[str, np.ndarray] = {}
    costs = _greedy(placer, order, placed)
    # Repair: a name left crowded or outside its unit takes its best position free of
    # marks, and the names in its way are placed again around it, if that costs less.
    for region in sorted(ids, key=lambda r: -costs[r]):
        if costs[region] < OUTSIDE_PENALTY / 2:
            continue
        pick = int(np.argmin(placer.base[region]))
        moved = placer.blockers(region, pick, placed)
        trial = {r: b for r, b in placed.items() if r not in moved}
        trial[region] = placer.boxes[region][pick]
        trial_costs = {region: float(placer.base[region][pick])}
        trial_costs |= _greedy(placer, [r for r in order if r in moved], trial)
        if sum(trial_costs.values()) < sum(costs[r] for r in trial_costs):
            placed, costs = trial, costs | trial_costs
    # A unit's name is drawn centred where it was placed; a city's is drawn on its
    # symbol's point on the side chosen, so it stays beside the symbol at any map size.
    boxes = np.array([placed[r] for r in ids])
    cx, cy = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    positions = []
    for i, region in enumerate(ids):
        side = (0, 0)
        if region in cities:
            x, y = placer.anchor[region]
            side = (int(np.sign(round(cx[i] - x, 6))), int(np.sign(round(cy[i] - y, 6))))
            cx[i], cy[i] = x, y
        positions.append(SIDE_POSITIONS[side])
    lon, lat = to_lonlat(cx * metres, cy * metres)
    return pd.DataFrame({"id": ids, "lon": lon, "lat": lat, "position": positions})


def name_boxes_px(
    placed: pd.DataFrame, names: Mapping[str, str], view: Mapping | None = None
) -> pd.DataFrame:
    """The boxes (x0, y0, x1, y1 in px on the smallest screen's map plane) of placed names
    (:func:`place_names`' columns; a name without ``position`` is centred on its point):
    for checking that none overlaps another or a mark."""
    view = view or KAZAKHSTAN_VIEW
    metres = km_per_px(dict(view)) * LABEL_SCALE_MARGIN * 1000.0
    positions = placed.get("position", pd.Series("middle center", index=placed.index))
    # Drawn as the label trace draws them: a city's name beside its symbol's point.
    texts = [
        (lon, lat, names[r], p, LABEL_SIZE, 0.0 if p == "middle center" else CITY_NAME_MARKER)
        for lon, lat, r, p in zip(
            placed["lon"], placed["lat"], placed["id"], positions, strict=True
        )
    ]
    boxes = _text_boxes(texts, metres)
    return pd.DataFrame(
        {
            "id": placed["id"],
            "x0": boxes[:, 0],
            "y0": boxes[:, 1],
            "x1": boxes[:, 2],
            "y1": boxes[:, 3],
        }
    )
