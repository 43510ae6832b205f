"""Zone outlines and markers and role marks: what is drawn and what it says."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import Point, box

from dashboard.datasets.package import load_package
from dashboard.datasets.sources import citations
from dashboard.datasets.zones import disaster_zones, programme_roles, zone_outlines
from dashboard.figures.projection import geometry_to_plane, to_plane
from dashboard.figures.zones import (
    ROLE_SPACING_DEG,
    ROLE_STYLES,
    ZONE_COLOUR,
    ZONE_INSET_M,
    role_traces,
    zone_traces,
)
from dashboard.geo.boundaries import label_points
from dashboard.geo.districts import load_district_layer
from dashboard.geo.gazetteer import region_name
from dashboard.i18n.catalog import LANGUAGES, t
from dashboard.views.overlays import named_outlines, named_roles

QUALITY = {"kk": "ресми", "ru": "официальные данные", "en": "official"}


@pytest.fixture(scope="module")
def zones() -> pd.DataFrame:
    return disaster_zones(load_package())


def citations_in(lang: str):
    return citations(lang, load_package())


def traces_for(lang: str, version: str = "2022", districts=None, layer: str = ""):
    """The outlines and (outline trace, marker trace) of the zone layer; the legend keys and
    names are checked in their own test."""
    outlines = named_outlines(zone_outlines(version, load_package(), districts=districts), lang)
    zones = disaster_zones(load_package())
    traces = zone_traces(outlines, zones, lang, citations_in(lang), layer)
    markers = next(t for t in traces if t.customdata is not None)
    return outlines, (traces[0], markers)


def all_zone_traces(lang: str):
    outlines = named_outlines(zone_outlines("2022", load_package()), lang)
    return zone_traces(outlines, disaster_zones(load_package()), lang, citations_in(lang), "")


# ------------------------------------------------------------------------------- zones


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_zone_symbol_is_in_the_legend(lang):
    traces = all_zone_traces(lang)
    markers = next(t for t in traces if t.customdata is not None)
    keys = [t for t in traces if t.showlegend and t.mode == "markers"]
    assert {k.marker.symbol for k in keys} == set(markers.marker.symbol)
    assert all(list(k.lon) == [None] for k in keys)  # legend entries only, nothing drawn
    assert len({k.name for k in keys}) == len(keys)


def test_each_zone_has_its_own_outline_named_in_the_legend():
    _, (first, markers) = traces_for("en")
    lines = [t for t in all_zone_traces("en") if t.mode == "lines"]
    assert [t.name for t in lines] == [
        "Semipalatinsk (Semey) nuclear test site",
        "Aral Sea region",
        "Kapustin Yar (missile test range)",
        "Sozak test site (as named in the Programme)",
    ]
    # one colour, a dash pattern each: told apart by the pattern, in the legend too
    assert {t.line.color for t in lines} == {ZONE_COLOUR}
    assert len({t.line.dash for t in lines}) == 4 and min(t.line.width for t in lines) >= 3
    # none solid: the Programme's schematic flow directions are solid purple lines
    assert all(t.line.dash not in (None, "solid") for t in lines)
    assert all(t.legendgroup == "zones" and t.showlegend and t.hoverinfo == "skip" for t in lines)
    assert first.legendgrouptitle.text == "Ecological disaster zones (Programme §1.2)"
    assert markers.legendgroup == "zones" and not markers.showlegend


def test_zones_sharing_a_border_are_drawn_as_two_lines():
    # Aral region (Kyzylorda) and Sozak (Turkistan) share a border: each outline is drawn
    # inside its own zone, so the two never run along the same line.
    lines = {t.name: t for t in all_zone_traces("en") if t.mode == "lines"}

    def line(name):
        trace = lines[name]
        x, y = to_plane(np.asarray(trace.lon, float), np.asarray(trace.lat, float))
        keep = np.isfinite(x) & np.isfinite(y)
        return shapely.LineString(np.column_stack([x[keep], y[keep]]))

    aral = line("Aral Sea region")
    sozak = line("Sozak test site (as named in the Programme)")
    near = aral.buffer(5_000).intersection(sozak)  # within 5 km of each other
    assert near.length < 1_000, near.length
    assert aral.distance(sozak) > 10_000  # about 2 px apart or more at 1366x800


def test_one_marker_per_zone():
    outlines, (_, markers) = traces_for("en")
    assert markers.mode == "markers" and len(markers.lon) == len(outlines) == 4
    assert markers.hovertemplate == "%{text}<extra></extra>"
    assert list(markers.customdata) == list(outlines["zone_id"])


def test_each_outline_runs_just_inside_its_zone():
    outlines = named_outlines(zone_outlines("2022", load_package()), "en")
    lines = [t for t in all_zone_traces("en") if t.mode == "lines"]
    for geom, line in zip(outlines.geometry, lines, strict=True):
        lon, lat = np.asarray(line.lon, float), np.asarray(line.lat, float)
        gaps = np.isnan(lon)
        assert (gaps == np.isnan(lat)).all() and not gaps[0] and not gaps[-1]
        zone = geometry_to_plane(geom)
        x, y = to_plane(lon[~gaps], lat[~gaps])
        vertices = shapely.points(x, y)
        assert shapely.contains(zone, vertices).all(), line.name
        # the inset, give or take the float32 of the trace and the buffer's arcs
        depth = shapely.distance(vertices, zone.boundary)
        assert abs(np.median(depth) - ZONE_INSET_M) < 500, (line.name, np.median(depth))


def test_markers_are_at_sourced_points_or_inside_outlines(zones):
    outlines, (_, markers) = traces_for("en")
    by_id = zones.set_index("zone_id")
    for zone_id, lon, lat, symbol, geom in zip(
        markers.customdata,
        markers.lon,
        markers.lat,
        markers.marker.symbol,
        outlines.geometry,
        strict=True,
    ):
        zone = by_id.loc[zone_id]
        if zone["has_ref_point"]:
            assert zone["ref_point_source_id"]
            assert (lon, lat) == (zone["ref_lon"], zone["ref_lat"])
            assert symbol == "diamond"
        else:
            assert geom.contains(Point(lon, lat)), zone_id
            assert symbol == "diamond-open"
    assert list(markers.customdata).count("semey_test_site") == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_zone_hover_names_law_source_and_quality_in_each_language(lang):
    _, (_, markers) = traces_for(lang)
    hover = dict(zip(markers.customdata, markers.text, strict=True))
    cite = citations_in(lang)
    semey = hover["semey_test_site"]
    assert cite["law-1787-xii-1992"].split()[0] in semey  # "Закон", "ҚР", "Law"
    assert _unwrapped(cite["law-1787-xii-1992"]) in _unwrapped(semey)
    assert _unwrapped(cite["programme-2001"]) in _unwrapped(semey)
    assert _unwrapped(cite["wikipedia-semipalatinsk-test-site"]) in _unwrapped(semey)
    assert t("zones.hover.programme", lang, section="1.2", quote="")[:8] in semey
    assert QUALITY[lang] in semey
    assert t("quality.secondary", lang) in semey  # the facts' quality
    aral = _unwrapped(hover["aral_region"])
    assert _unwrapped(cite["law-1468-xii-1992"]) in aral
    assert _unwrapped(cite["law-186-1997"]) in aral
    assert _unwrapped(t("zones.hover.point_oblast", lang)) in aral
    kapustin = _unwrapped(hover["kapustin_yar"])
    assert _unwrapped(t("zones.hover.no_law", lang)) in kapustin
    assert _unwrapped(cite["newtimes-kapustin-yar-2025"]) in kapustin
    facts = (
        disaster_zones(load_package()).set_index("zone_id").at["semey_test_site", f"facts_{lang}"]
    )
    assert facts.split()[0] in semey  # facts in the reader's language
    # the oblasts in the reader's language
    assert region_name("10", lang, "2022") in _unwrapped(semey)


def _unwrapped(text: str) -> str:
    return text.replace("<br>", " ")


def test_district_hover_says_the_list_is_incomplete(tmp_path):
    import geopandas

    path = tmp_path / "d.geojson"
    geopandas.GeoDataFrame(
        {"KATO": ["433200000", "153600000"], "ADM2_RU": ["Аральский", "Байганинский"]},
        geometry=[box(60, 45, 61, 46), box(57, 47, 58, 48)],
        crs="EPSG:4326",
    ).to_file(path)
    layer = load_district_layer(path)
    for lang in LANGUAGES:
        outlines, (_, markers) = traces_for(lang, districts=layer, layer=str(path))
        hover = _unwrapped(dict(zip(markers.customdata, markers.text, strict=True))["aral_region"])
        assert _unwrapped(t("zones.hover.list_incomplete", lang)) in hover
        assert _unwrapped(t("zones.hover.point_district", lang)) in hover
        assert "d.geojson" in hover
        # names from the layer (Russian only here), else from zone_districts.csv
        assert ("Аральский" if lang != "en" else ": Aral") in hover
        assert t("zones.class.ecological_catastrophe", lang) in hover
        aral = outlines.set_index("zone_id").loc["aral_region"]
        lon, lat = markers.lon[1], markers.lat[1]
        assert aral["geometry"].contains(Point(lon, lat))


# ------------------------------------------------------------------------------- roles


@pytest.fixture(scope="module")
def roles_2022() -> pd.DataFrame:
    return programme_roles("2022", load_package())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_role_legend_names_one_trace_per_role(roles_2022, lang):
    roles = named_roles(roles_2022, lang)
    traces = role_traces(roles, label_points("2022"), lang, citations_in(lang))
    # the section most roles are stated in is said once, in the group's title
    labels = [t(f"role.{role}", lang) for role in ROLE_STYLES]
    assert [tr.name for tr in traces] == [
        *labels[:4],
        t("roles.legend", lang, label=labels[4], section="1.2"),
    ]
    assert all(tr.legendgroup == "roles" and tr.showlegend for tr in traces)
    assert traces[0].legendgrouptitle.text == t("roles.legend_title", lang, section="1.1")
    assert all(tr.legendgrouptitle.text is None for tr in traces[1:])
    symbols = [(tr.marker.symbol, tr.marker.color) for tr in traces]
    assert len(set(symbols)) == len(symbols)  # each role looks different


def test_roles_present_decide_the_traces(roles_2022):
    named = named_roles(roles_2022, "en")
    only = named[named["role"] == "receiving"]
    traces = role_traces(only, label_points("2022"), "en", citations_in("en"))
    assert [tr.name for tr in traces] == ["Receiving region"]
    assert traces[0].legendgrouptitle.text == "Regions' roles in the Programme (§1.1)"
    assert sorted(traces[0].customdata) == ["11", "47", "71", "75"]
    assert traces[0].marker.symbol == ROLE_STYLES["receiving"]["symbol"]
    assert role_traces(only.iloc[:0], label_points("2022"), "en", {}) == []


def test_role_marks_sit_by_their_region_without_overlapping(roles_2022):
    points = label_points("2022").set_index("id")
    roles = named_roles(roles_2022, "en")
    traces = role_traces(roles, points.reset_index(), "en", citations_in("en"))
    placed: dict[str, list[tuple[float, float]]] = {}
    for tr in traces:
        for region, lon, lat in zip(tr.customdata, tr.lon, tr.lat, strict=True):
            assert abs(lon - points.at[region, "lon"]) < 2.0
            assert abs(lat - points.at[region, "lat"]) < 1.0
            placed.setdefault(region, []).append((lon, lat))
    karaganda = placed["35"]  # two roles: living standards, emigration loss 2000
    assert len(karaganda) == 2
    assert abs(karaganda[0][0] - karaganda[1][0]) == pytest.approx(ROLE_SPACING_DEG)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_role_hover_names_region_role_quote_and_source(roles_2022, lang):
    roles = named_roles(roles_2022, lang)
    traces = role_traces(roles, label_points("2022"), lang, citations_in(lang))
    outflow = next(tr for tr in traces if "63" in tr.customdata and "43" in tr.customdata)
    hover = {r: _unwrapped(text) for r, text in zip(outflow.customdata, outflow.text, strict=True)}
    abai = hover["10"]
    assert region_name("10", lang, "2022") in abai
    assert t("role.ecological_crisis_outflow", lang) in abai
    assert region_name("63", lang, "1997") in abai  # stated for East Kazakhstan of 1997
    assert "Шығыс Қазақстан, Қызылорда облыстары" in abai  # the Kazakh quote
    assert _unwrapped(citations_in(lang)["programme-2001"]) in abai
    assert QUALITY[lang] in abai
    assert region_name("63", lang, "1997") not in hover["43"]  # Kyzylorda: no "via"


def test_role_hover_ends_with_the_scorecard_lines_it_is_given(roles_2022):
    roles = named_roles(roles_2022, "en")
    lines = ["Scorecard: measured net migration:", "2001–2005: −5 persons: lost <b>"]
    roles = roles.assign(scorecard=[lines if r == "11" else [] for r in roles["region_id"]])
    traces = role_traces(roles, label_points("2022"), "en", citations_in("en"))
    receiving = next(tr for tr in traces if "11" in tr.customdata)
    hover = dict(zip(receiving.customdata, receiving.text, strict=True))
    assert hover["11"].endswith(
        "<br>Scorecard: measured net migration:<br>2001–2005: −5 persons: lost &lt;b&gt;"
    )  # after the source, escaped
    assert "Scorecard" not in hover["71"]


def test_roles_need_a_point_for_every_region(roles_2022):
    points = label_points("2022")
    with pytest.raises(ValueError, match="no label point"):
        role_traces(roles_2022, points[points["id"] != "10"], "en", {})
