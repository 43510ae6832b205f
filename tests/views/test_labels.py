"""Region names on the map: every unit named, no name over another name or over a mark
(city symbols, role marks, zone markers), at the scale of the smallest screen."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dashboard.datasets.package import load_package
from dashboard.figures.projection import KAZAKHSTAN_VIEW, km_per_px, to_plane
from dashboard.state import ViewState
from dashboard.views.labels import (
    LABEL_SCALE_MARGIN,
    _text_boxes,
    name_boxes_px,
    text_box,
    text_labels,
)
from dashboard.views.map import map_view


@pytest.fixture(scope="module")
def package():
    return load_package()


def _traces(view) -> tuple[dict, list[tuple[float, float, float]]]:
    labels, marks = None, []
    for trace in view.figure.data:
        if trace.name == "labels":
            labels = trace
        elif "markers" in (getattr(trace, "mode", None) or "") and trace.lon is not None:
            size = np.broadcast_to(np.asarray(trace.marker.size, float), (len(trace.lon),))
            marks += [
                (lo, la, s)
                for lo, la, s in zip(trace.lon, trace.lat, size, strict=True)
                if lo is not None
            ]
    return labels, marks


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
@pytest.mark.parametrize("year", [2005, 2020, 2024])
def test_names_touch_no_other_name_and_no_mark(package, lang, year) -> None:
    view = map_view(
        ViewState(lang=lang, year=year, indicator="net_migration", layers=("zones", "roles")),
        package,
    )
    labels, marks = _traces(view)
    assert labels is not None and len(labels.text) == view.unit_count  # every unit named
    names = {str(i): text for i, text in enumerate(labels.text)}
    placed = pd.DataFrame(
        {"id": list(names), "lon": labels.lon, "lat": labels.lat, "position": labels.textposition}
    )
    boxes = name_boxes_px(placed, names)[["x0", "y0", "x1", "y1"]].to_numpy(float)
    for i, a in enumerate(boxes):
        for j, b in enumerate(boxes[:i]):
            overlap = min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])
            assert not overlap, (labels.text[i], labels.text[j])
    metres = km_per_px(KAZAKHSTAN_VIEW) * LABEL_SCALE_MARGIN * 1000.0
    mark = np.array(marks, float)
    x, y = to_plane(mark[:, 0], mark[:, 1])
    x, y = x / metres, y / metres
    for i, box in enumerate(boxes):
        gap = np.hypot(x - np.clip(x, box[0], box[2]), y - np.clip(y, box[1], box[3]))
        assert (gap >= mark[:, 2] / 2).all(), labels.text[i]


def test_a_long_name_takes_more_room_than_a_short_one() -> None:
    assert text_box("Astana")[0] < text_box("Карагандинская")[0]
    assert text_box("West<br>Kazakhstan")[1] > text_box("Astana")[1]


def test_names_stay_clear_with_flows_abroad(package) -> None:
    # International arrows widen the frame: names are placed again at its smaller scale.
    state = ViewState(lang="kk", year=2020, indicator="net_migration", layers=("flows", "roles"))
    national = map_view(state, package)
    abroad = map_view(ViewState(**{**state.__dict__, "flow_kind": "international"}), package)
    assert national.static_key != abroad.static_key


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_names_leave_the_partner_countries_names_readable(package, lang) -> None:
    # Oralman origins, 1991-2000: the partners' names (Afghanistan, Mongolia...) sit at the
    # frame's edge near the border regions; no region's name may cover one.
    state = ViewState(
        lang=lang,
        year=2000,
        indicator="population",
        layers=("zones", "roles", "flows"),
        flow_kind="international",
    )
    view = map_view(state, package)
    frame = view.flow_layer.view
    labels = next(trace for trace in view.figure.data if trace.name == "labels")
    names = {str(i): text for i, text in enumerate(labels.text)}
    placed = pd.DataFrame(
        {"id": list(names), "lon": labels.lon, "lat": labels.lat, "position": labels.textposition}
    )
    boxes = name_boxes_px(placed, names, frame)[["x0", "y0", "x1", "y1"]].to_numpy(float)
    metres = km_per_px(frame) * LABEL_SCALE_MARGIN * 1000.0
    partners = _text_boxes(text_labels(view.flow_layer.traces), metres)
    assert len(partners) >= 3
    for box, name in zip(boxes, labels.text, strict=True):
        for other in partners:
            overlap = min(box[2], other[2]) > max(box[0], other[0]) and min(box[3], other[3]) > max(
                box[1], other[1]
            )
            assert not overlap, name
