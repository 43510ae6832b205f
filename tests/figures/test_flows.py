"""Flow drawing: curves bow right of travel, arrowheads point along them, few traces."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from pyproj import Transformer

from dashboard.datasets.flows import gravity_model, great_circle_km, top_n, width_classes
from dashboard.figures.flows import (
    ARROW_SYMBOL,
    RING_PX,
    arrow_angle,
    arrowhead_size,
    curve_points,
    flow_traces,
    frame_anchor,
    inside_view,
    place_heads,
)
from dashboard.figures.projection import (
    CENTRAL_MERIDIAN,
    KAZAKHSTAN_VIEW,
    PROJ_STRING,
    km_per_px,
)
from tests.datasets.test_flows import arrivals_2023, centres, departures_2023

# Test fixtures, not shipped data: approximate city coordinates.
CITIES = pd.DataFrame(
    {
        "id": ["71", "75", "79", "47", "63", "43"],  # Astana, Almaty, Shymkent, Aktau, ...
        "lon": [71.43, 76.95, 69.6, 51.2, 82.6, 65.5],
        "lat": [51.13, 43.24, 42.3, 43.65, 49.95, 44.85],
    }
)
XY = Transformer.from_crs("EPSG:4326", PROJ_STRING, always_xy=True)

WIDTHS = [1.5, 3.0, 5.0, 8.0]
LABELS = ["< 2 000", "2 000 – 5 000", "5 000 – 20 000", "≥ 20 000"]


def city(code: str) -> tuple[float, float]:
    row = CITIES.set_index("id").loc[code]
    return float(row["lon"]), float(row["lat"])


def projected(lons: list[float], lats: list[float]) -> np.ndarray:
    x, y = XY.transform(lons, lats)
    return np.column_stack([x, y])


def side_of_travel(start: np.ndarray, end: np.ndarray, point: np.ndarray) -> float:
    """Cross product: negative when ``point`` is right of start->end (x east, y north)."""
    d, v = end - start, point - start
    return float(d[0] * v[1] - d[1] * v[0])


def layer(flows: pd.DataFrame, points: pd.DataFrame = CITIES, **kwargs) -> list[go.Scattergeo]:
    options = {
        "label": "Modelled flows",
        "colour": "#d95f02",
        "dash": None,
        "hover_texts": [
            f"{o} → {d}" for o, d in zip(flows["origin"], flows["destination"], strict=True)
        ],
        "class_widths": WIDTHS,
        "legend_labels": LABELS,
    }
    options.update(kwargs)
    return flow_traces(flows, points, **options)


def arrowheads(trace: go.Scattergeo) -> int:
    """Visible arrowheads of a marker trace (the midpoint hover targets are transparent)."""
    assert trace.marker.symbol == ARROW_SYMBOL
    return int(np.count_nonzero(np.asarray(trace.marker.opacity) > 0))


def gaps(trace: go.Scattergeo) -> int:
    """Line breaks in a line trace."""
    return int(np.count_nonzero(np.isnan(np.asarray(trace.lon, dtype=float))))


# --- curves ------------------------------------------------------------------------------


def test_curve_runs_from_origin_to_destination() -> None:
    lons, lats = curve_points(*city("71"), *city("75"), n=24)
    assert len(lons) == len(lats) == 24
    assert (lons[0], lats[0]) == pytest.approx(city("71"))
    assert (lons[-1], lats[-1]) == pytest.approx(city("75"))


def test_opposite_directions_bow_to_opposite_sides() -> None:
    ab = projected(*curve_points(*city("71"), *city("75")))
    ba = projected(*curve_points(*city("75"), *city("71")))
    a, b = ab[0], ab[-1]
    mid_ab, mid_ba = ab[len(ab) // 2], ba[len(ba) // 2]
    chord = np.linalg.norm(b - a)
    assert np.linalg.norm(mid_ab - mid_ba) > 0.1 * chord  # clearly apart
    # Each midpoint is to the right of its own direction of travel ...
    assert side_of_travel(a, b, mid_ab) < 0
    assert side_of_travel(b, a, mid_ba) < 0
    # ... so the two lie on opposite sides of the chord.
    assert side_of_travel(a, b, mid_ab) * side_of_travel(a, b, mid_ba) < 0


@pytest.mark.parametrize(("origin", "destination"), [("47", "63"), ("63", "47"), ("79", "71")])
def test_curves_bow_right_in_any_direction(origin: str, destination: str) -> None:
    pts = projected(*curve_points(*city(origin), *city(destination)))
    for point in pts[1:-1]:
        assert side_of_travel(pts[0], pts[-1], point) < 0


def test_zero_bend_is_straight_in_the_map_plane() -> None:
    pts = projected(*curve_points(*city("47"), *city("63"), bend=0.0))
    deviations = [side_of_travel(pts[0], pts[-1], p) for p in pts]
    chord = np.linalg.norm(pts[-1] - pts[0])
    assert max(abs(d) for d in deviations) / chord < 1.0  # metres, on a 2 000 km chord


# --- arrow angles ------------------------------------------------------------------------


def test_eastward_arrow_at_the_central_meridian_is_90() -> None:
    m = CENTRAL_MERIDIAN
    lons, lats = curve_points(m - 3, 48.0, m + 3, 48.0, bend=0.0)
    assert arrow_angle(lons, lats) == pytest.approx(90.0, abs=0.5)


def test_northward_arrow_at_the_central_meridian_is_0() -> None:
    m = CENTRAL_MERIDIAN
    lons, lats = curve_points(m, 42.0, m, 50.0, bend=0.0)
    assert arrow_angle(lons, lats) == pytest.approx(0.0, abs=0.5)


def test_westward_and_southward_arrows() -> None:
    m = CENTRAL_MERIDIAN
    assert arrow_angle(*curve_points(m + 3, 48.0, m - 3, 48.0, bend=0.0)) == pytest.approx(
        270.0, abs=0.5
    )
    assert arrow_angle(*curve_points(m, 50.0, m, 42.0, bend=0.0)) == pytest.approx(180.0, abs=0.5)
    # South-west (checked in headless Chromium, see the module docstring).
    assert 200 < arrow_angle(*curve_points(m + 4, 50.0, m, 46.0, bend=0.0)) < 250


def test_meridians_lean_towards_the_central_meridian() -> None:
    # On a conic the meridians converge towards the pole above the central meridian, so
    # "due north" at Oskemen (82.6° E) points up and to the left, at Aktau up and right.
    north_at_oskemen = arrow_angle([82.6, 82.6], [49.0, 50.0])
    north_at_aktau = arrow_angle([51.2, 51.2], [43.0, 44.0])
    assert 340 < north_at_oskemen < 355
    assert 5 < north_at_aktau < 20


def test_arrow_of_a_curve_turns_with_the_bend() -> None:
    # Eastward, bowed to the right (south): the curve arrives heading north of east, by
    # the end tangent's atan(bend / 0.5) = 19.8° (a little less on the last chord).
    m = CENTRAL_MERIDIAN
    curved = arrow_angle(*curve_points(m - 3, 48.0, m + 3, 48.0, bend=0.18))
    assert curved == pytest.approx(90.0 - 19.8, abs=1.5)


# --- traces ------------------------------------------------------------------------------


def sample_flows() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "origin": ["75", "71", "47", "79", "43"],
            "destination": ["71", "75", "71", "71", "79"],
            "persons": [16000.0, 9000.0, 4000.0, 6000.0, 1000.0],
            "kind": "model",
            "width_class": [2, 2, 1, 2, 0],
        }
    )


def test_one_trace_per_class_present_plus_the_arrowheads() -> None:
    flows = sample_flows()
    traces = layer(flows)
    assert len(traces) == 3 + 1
    lines, markers = traces[:-1], traces[-1]
    assert [t.name for t in lines] == LABELS[:3]  # class 3 is absent: no legend entry
    assert [t.line.width for t in lines] == WIDTHS[:3]
    assert all(t.mode == "lines" and t.legendgroup == "Modelled flows" for t in lines)
    assert lines[0].legendgrouptitle.text == "Modelled flows"
    assert markers.showlegend is False
    assert arrowheads(markers) == len(flows)


def test_lines_of_a_class_are_joined_with_gaps() -> None:
    traces = layer(sample_flows(), n=24)
    widest = traces[2]  # class 2: three flows
    assert gaps(widest) == 3
    assert len(widest.lon) == len(widest.lat) == 3 * (24 + 1)


def head_discs(markers, km_per_px: float) -> list[tuple[np.ndarray, float]]:
    """Each visible arrowhead as a disc in screen pixels: its centre (half a head behind
    the tip, against the direction it points) and radius (half its size)."""
    count = arrowheads(markers)
    discs = []
    for k in range(count):
        tip = np.array(XY.transform(markers.lon[k], markers.lat[k])) / (km_per_px * 1000)
        angle = np.radians(markers.marker.angle[k])  # clockwise from up
        pointing = np.array([np.sin(angle), np.cos(angle)])
        size = float(markers.marker.size[k])
        discs.append((tip - pointing * size / 2, size / 2))
    return discs


def test_arrowheads_into_one_destination_stop_short_of_it_and_never_overlap() -> None:
    # Eight flows into Astana, as in the top 25 of 2024 (the real label points and
    # scale: tests/views/test_flow_layer_cartography.py).
    points = centres()
    origins = ["75", "19", "61", "79", "10", "55", "39", "11"]
    flows = pd.DataFrame(
        {
            "origin": origins,
            "destination": "71",
            "persons": np.linspace(36000, 14000, len(origins)),
            "width_class": [2, 2, 1, 1, 1, 0, 0, 2],
        }
    )
    scale = 6.0
    markers = layer(flows, points=points, km_per_px=scale)[-1]
    astana = np.array(XY.transform(*points.set_index("id").loc["71", ["lon", "lat"]])) / (
        scale * 1000
    )
    discs = head_discs(markers, scale)
    tips = {(round(float(markers.lon[k]), 3), round(float(markers.lat[k]), 3)) for k in range(8)}
    assert len(tips) == 8  # eight places, not one
    for k, (centre, radius) in enumerate(discs):
        tip = np.array(XY.transform(markers.lon[k], markers.lat[k])) / (scale * 1000)
        assert np.linalg.norm(tip - astana) >= RING_PX - 0.5  # clear of the city's symbol
        for other, other_radius in discs[k + 1 :]:
            assert np.linalg.norm(centre - other) >= radius + other_radius - 0.01


def test_place_heads_puts_the_biggest_nearest() -> None:
    line = np.linspace(0.0, 300.0, 301)[None, :]
    tips, sizes = place_heads(
        np.vstack([line] * 3), np.zeros((3, 301)), np.array([8.0, 17.0, 12.0])
    )
    assert sizes.tolist() == [8.0, 17.0, 12.0]  # room enough: every head at its size
    back = 300 - tips
    assert back[1] == RING_PX  # the biggest head, right at the ring
    assert back[1] < back[2] < back[0]  # then the next biggest behind it


def test_arrowheads_point_at_their_destination() -> None:
    flows = sample_flows()
    markers = layer(flows)[-1]
    for k, row in flows.iterrows():
        tip = np.array(XY.transform(markers.lon[k], markers.lat[k]))
        goal = np.array(XY.transform(*city(row["destination"])))
        towards = np.degrees(np.arctan2(*(goal - tip))) % 360  # clockwise from up
        difference = (markers.marker.angle[k] - towards + 180.0) % 360.0 - 180.0
        assert abs(difference) < 60  # along the curve's last stretch, into the destination


def test_heads_are_sized_by_their_width_class() -> None:
    flows = sample_flows()
    markers = layer(flows)[-1]
    sizes = list(markers.marker.size[: len(flows)])
    # each at its class's size, or smaller where a short flow has no room for it
    assert all(
        6.0 <= s <= arrowhead_size(WIDTHS[c])
        for s, c in zip(sizes, flows["width_class"], strict=True)
    )
    assert max(sizes) == arrowhead_size(WIDTHS[2])
    assert arrowhead_size(1.5) < arrowhead_size(3.5) < arrowhead_size(7.0)


def test_lines_stop_short_of_the_arrowhead_tip() -> None:
    flows = sample_flows().iloc[[0]]  # Almaty -> Astana, class 2
    traces = layer(flows, km_per_px=3.0)
    line, markers = traces[0], traces[-1]
    end_lon, end_lat = line.lon[-2], line.lat[-2]  # last vertex before the gap
    tip = np.array(XY.transform(markers.lon[0], markers.lat[0]))
    gap_km = np.linalg.norm(np.array(XY.transform(end_lon, end_lat)) - tip) / 1000
    # half an arrowhead at 3 km per pixel (along the curve, a little more than the chord)
    assert gap_km == pytest.approx(arrowhead_size(WIDTHS[2]) / 2 * 3.0, rel=0.1)


def test_the_national_scale_is_the_one_measured_in_the_browser() -> None:
    # Headless Chromium at 1366x800: 5.53 km per pixel on the national view.
    assert km_per_px(KAZAKHSTAN_VIEW) == pytest.approx(5.53, abs=0.05)


def test_arrows_abroad_end_at_the_capital_or_the_frame_towards_it() -> None:
    view = {"lonaxis_range": [44.0, 95.0], "lataxis_range": [35.0, 57.5]}
    # Tashkent is on the map: the arrow ends there.
    assert frame_anchor((67.0, 48.0), (69.29, 41.31), view) == (69.29, 41.31, True)
    # Moscow and Berlin are not: their arrows from Petropavl leave on the west, inside.
    for capital in [(37.61, 55.75), (13.40, 52.52), (116.39, 39.93)]:
        lon, lat, own = frame_anchor((69.1, 54.9), capital, view, inset_deg=1.0)
        assert not own and bool(inside_view(lon, lat, view, inset_deg=0.99))


def test_hover_texts_on_arrowheads_and_midpoints() -> None:
    flows = sample_flows()
    markers = layer(flows)[-1]
    n = len(flows)
    texts = [f"{o} → {d}" for o, d in zip(flows["origin"], flows["destination"], strict=True)]
    assert list(markers.hovertext) == texts + texts
    assert list(markers.marker.opacity[n:]) == [0.0] * n  # invisible hover targets
    assert all(t.hoverinfo == "skip" for t in layer(flows)[:-1])


def test_schematic_layer_is_one_legend_entry() -> None:
    flows = sample_flows().assign(kind="schematic", persons=np.nan, width_class=0)
    traces = layer(
        flows,
        label="Programme directions",
        dash="dash",
        class_widths=[2.0],
        legend_labels=["Direction stated by the Programme (no volume)"],
    )
    assert len(traces) == 2
    assert traces[0].line.dash == "dash"
    assert traces[0].name == "Direction stated by the Programme (no volume)"
    assert arrowheads(traces[1]) == len(flows)


def test_380_model_flows_make_few_traces() -> None:
    points = centres()
    flows = gravity_model(departures_2023(), arrivals_2023(), great_circle_km(points), 1.0)
    flows["width_class"] = width_classes(flows["persons"], 4)
    traces = layer(flows, points=points)
    present = flows["width_class"].nunique()
    assert len(flows) == 380
    assert len(traces) == present + 1 <= 5
    assert arrowheads(traces[-1]) == 380
    assert sum(gaps(t) for t in traces[:-1]) == 380


def test_the_legend_follows_the_filter() -> None:
    points = centres()
    flows = gravity_model(departures_2023(), arrivals_2023(), great_circle_km(points), 1.0)
    flows["width_class"] = width_classes(flows["persons"], 4)
    shown = top_n(flows, 5)  # the biggest flows are all in the top class
    traces = layer(shown, points=points)
    assert [t.name for t in traces[:-1]] == [LABELS[3]]


def test_bad_inputs_raise() -> None:
    flows = sample_flows()
    with pytest.raises(ValueError, match="hover texts"):
        layer(flows, hover_texts=["x"])
    with pytest.raises(ValueError, match="coordinates"):
        layer(flows, points=CITIES.loc[CITIES["id"] != "71"])
    with pytest.raises(ValueError, match="width_class"):
        layer(flows.assign(width_class=7))
    assert layer(flows.iloc[0:0]) == []
