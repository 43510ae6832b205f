"""The flow layer as a reader sees it at 1366x800: arrowheads apart where many flows
arrive, width classes that differ at a glance, the Programme's directions labelled with
their period, arrows abroad inside the frame, kinds offered only where they have data."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest
from pyproj import Transformer

from dashboard.datasets.package import load_package
from dashboard.figures.flows import ARROW_SYMBOL, RING_PX
from dashboard.figures.projection import KAZAKHSTAN_VIEW, PROJ_STRING, km_per_px
from dashboard.geo.boundaries import label_points
from dashboard.i18n.catalog import t
from dashboard.state import ViewState
from dashboard.views.controls import flow_blocks, flow_kind_options
from dashboard.views.flow_layer import INTERNATIONAL_VIEW
from dashboard.views.map import map_view

XY = Transformer.from_crs("EPSG:4326", PROJ_STRING, always_xy=True)
VIEWS = {
    "observed 2024": {"flow_kind": "observed", "year": 2024},
    "observed 2010": {"flow_kind": "observed", "year": 2010, "indicator": "population"},
    "model 2024": {"flow_kind": "model", "year": 2024},
    "model 2023, into Astana": {"flow_kind": "model", "year": 2023, "region": "71"},
    "schematic": {"flow_kind": "schematic", "year": 2024},
    "oralmans 1991-2000": {"flow_kind": "international", "origins": "1991-2000"},
    "oralmans 2011": {"flow_kind": "international", "origins": "2011"},
    "emigrants": {"flow_kind": "international", "origins": "emigration"},
}


@pytest.fixture(scope="module")
def package():
    return load_package()


def layer_of(package, lang: str = "en", **fields):
    state = ViewState(lang=lang, layers=("flows",), **fields)
    return map_view(state, package)


def heads(view) -> tuple[pd.DataFrame, float]:
    """The drawn arrowheads (tip lon/lat, angle, size) and the scale of the map at
    1366x800 in km per pixel (measured in headless Chromium for the national view)."""
    marks = next(
        trace
        for trace in view.flow_layer.traces
        if trace.mode == "markers" and trace.marker.symbol == ARROW_SYMBOL
    )
    count = int(np.count_nonzero(np.asarray(marks.marker.opacity) > 0))
    frame = pd.DataFrame(
        {
            "lon": np.asarray(marks.lon[:count], float),
            "lat": np.asarray(marks.lat[:count], float),
            "angle": np.asarray(marks.marker.angle[:count], float),
            "size": np.asarray(marks.marker.size[:count], float),
        }
    )
    return frame, km_per_px(view.flow_layer.view or KAZAKHSTAN_VIEW)


def discs(frame: pd.DataFrame, scale: float) -> list[tuple[np.ndarray, float]]:
    """Each head as a disc on the screen (px): centred half a head behind its tip."""
    out = []
    for row in frame.itertuples():
        tip = np.array(XY.transform(row.lon, row.lat)) / (scale * 1000)
        pointing = np.array([np.sin(np.radians(row.angle)), np.cos(np.radians(row.angle))])
        out.append((tip - pointing * row.size / 2, row.size / 2))
    return out


@pytest.mark.parametrize("name", list(VIEWS))
def test_no_two_arrowheads_overlap_at_1366x800(package, name) -> None:
    frame, scale = heads(layer_of(package, **VIEWS[name]))
    assert len(frame) > 1
    for (a, ra), (b, rb) in itertools.combinations(discs(frame, scale), 2):
        assert np.linalg.norm(a - b) >= ra + rb - 0.5, name  # half a pixel of rounding


def test_heads_into_astana_and_almaty_sit_apart_and_clear_of_the_city(package) -> None:
    view = layer_of(package, flow_kind="observed", year=2024)
    flows = view.flow_layer.flows
    frame, scale = heads(view)
    points = label_points("2022").set_index("id")
    for city in ("71", "75", "79"):
        rows = np.flatnonzero(flows["destination"].astype(str).to_numpy() == city)
        assert len(rows) >= 2
        tips = frame.iloc[rows]
        # as many places as flows: no pile-up on the city's point
        places = {(round(a, 3), round(b, 3)) for a, b in zip(tips["lon"], tips["lat"], strict=True)}
        assert len(places) == len(rows)
        centre = np.array(XY.transform(*points.loc[city, ["lon", "lat"]])) / (scale * 1000)
        for row in tips.itertuples():
            tip = np.array(XY.transform(row.lon, row.lat)) / (scale * 1000)
            assert np.linalg.norm(tip - centre) >= RING_PX - 0.5


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_width_classes_differ_clearly_and_each_has_its_range_in_the_legend(package, lang) -> None:
    view = layer_of(package, lang=lang, flow_kind="model", year=2024)
    lines = [trace for trace in view.flow_layer.traces if trace.mode == "lines"]
    widths = [trace.line.width for trace in lines]
    assert len(widths) == 3
    assert all(b / a >= 1.9 for a, b in itertools.pairwise(widths))  # about twice each
    unit = t("flows.class_persons", lang, low="", high="").strip(" –")
    for trace in lines:
        assert trace.showlegend and unit in trace.name and "–" in trace.name


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_programmes_directions_say_their_period_and_have_no_volume(package, lang) -> None:
    view = layer_of(package, lang=lang, flow_kind="schematic", year=2024)
    legend = " ".join(
        f"{trace.legendgrouptitle.text or ''} {trace.name}"
        for trace in view.flow_layer.traces
        if trace.showlegend
    ).replace("<br>", " ")
    assert "2001" in legend and t("flows.schematic_legend", lang) in legend
    assert "2001" in view.figure.layout.title.text  # not only the map's 2024
    lines = [trace for trace in view.flow_layer.traces if trace.mode == "lines"]
    assert [trace.line.dash for trace in lines] == [None]  # solid: dashes read as chevrons


@pytest.mark.parametrize("origins", ["1991-2000", "2011"])
def test_oralman_origins_say_their_period(package, origins) -> None:
    view = layer_of(package, lang="ru", flow_kind="international", origins=origins)
    period = t(f"flows.period.{origins}", "ru")
    assert period in view.figure.layout.title.text
    titles = [trace.legendgrouptitle.text or "" for trace in view.flow_layer.traces]
    assert any(period in title.replace("<br>", " ") for title in titles)


@pytest.mark.parametrize("origins", ["1991-2000", "2011", "emigration"])
def test_arrows_abroad_stay_inside_the_frame(package, origins) -> None:
    view = layer_of(package, flow_kind="international", origins=origins)
    (west, east), (south, north) = INTERNATIONAL_VIEW.values()
    for trace in view.flow_layer.traces:
        lon = np.asarray(trace.lon, float)
        lat = np.asarray(trace.lat, float)
        keep = ~np.isnan(lon)
        assert (lon[keep] >= west).all() and (lon[keep] <= east).all(), trace.name
        assert (lat[keep] >= south).all() and (lat[keep] <= north).all(), trace.name
    # ... and none goes to Russia's centroid in Siberia: it points to Moscow, west.
    if origins == "emigration":
        ends = view.flow_layer.ends
        assert (ends["destination_lon"] < 50).all()


def test_each_partner_city_is_a_sourced_fact() -> None:
    from dashboard.datasets.flow_tables import partner_cities

    cities = partner_cities()
    assert cities["iso3"].is_unique
    assert cities["source"].str.contains("Natural Earth").all()
    assert cities[["lon", "lat"]].notna().all().all()


def test_every_partner_in_the_data_has_a_city(package) -> None:
    from dashboard.datasets.flow_tables import international_flows, partner_cities

    partners = set()
    for origins in ("1991-2000", "2011", "emigration"):
        flows = international_flows(origins, package)
        partners |= {p for p in set(flows["origin"]) | set(flows["destination"])}
    partners -= {"KAZ"}
    partners = {p for p in partners if not str(p).isdigit()}
    assert partners <= set(partner_cities()["iso3"])


def test_observed_flows_are_not_offered_in_a_year_without_a_table(package) -> None:
    offered = {o["value"]: o for o in flow_kind_options("kk", 2005, package)}
    assert offered["observed"]["disabled"] and "2005" in offered["observed"]["label"]
    assert offered["model"]["disabled"]  # its inputs exist for 2022-2024 only
    assert not offered["schematic"]["disabled"] and not offered["international"]["disabled"]
    in_2024 = {o["value"]: o["disabled"] for o in flow_kind_options("kk", 2024, package)}
    assert in_2024 == dict.fromkeys(in_2024, False)


def test_a_year_without_a_table_says_why_beside_the_map(package) -> None:
    view = layer_of(package, lang="ru", flow_kind="observed", year=2022)
    legend = " ".join(trace.name for trace in view.flow_layer.traces if trace.showlegend)
    assert "2022" in legend and "поврежд" in legend  # the copy is corrupt


def test_top_n_and_threshold_are_shown_only_for_kinds_with_volumes() -> None:
    assert not flow_blocks("schematic")["volume"] and flow_blocks("schematic")["direction"]
    assert flow_blocks("model")["volume"] and flow_blocks("observed")["volume"]
    assert not flow_blocks("international")["volume"] and flow_blocks("international")["origins"]
