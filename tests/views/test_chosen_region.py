"""The chosen region outlined on the map: every boundary version, the three cities, hover
left to the value, a legend entry in each language, a click on a city's symbol."""

from __future__ import annotations

import doctest
import json
from dataclasses import replace

import pytest
from plotly.utils import PlotlyJSONEncoder
from shapely.geometry import Point

from dashboard.datasets.package import load_package
from dashboard.figures import highlight
from dashboard.figures.highlight import CHOSEN, HIGHLIGHT_COLOUR
from dashboard.figures.scales import DIVERGING_NEGATIVE, DIVERGING_POSITIVE, SEQUENTIAL
from dashboard.figures.zones import ZONE_COLOUR
from dashboard.geo.boundaries import BOUNDARY_VERSIONS, boundaries, region_ids
from dashboard.geo.gazetteer import CITIES
from dashboard.state import ViewState
from dashboard.views import chosen_region
from dashboard.views.chosen_region import chosen_region_overlay, clicked_region
from dashboard.views.map import map_view


@pytest.fixture(scope="module")
def package():
    return load_package()


def plain(name: str) -> str:
    """A legend entry without the line breaks that keep the legend narrow."""
    return name.replace("-<br>", "-").replace("<br>", " ")


def chosen(figure) -> list:
    return [trace for trace in figure.data if trace.meta == CHOSEN]


def test_doctests() -> None:
    assert doctest.testmod(chosen_region).failed == 0


@pytest.mark.parametrize("version", BOUNDARY_VERSIONS)
def test_every_unit_of_every_version_gets_an_outline_on_its_boundary(version) -> None:
    shapes = boundaries(version).set_index("id")
    for unit in region_ids(version):
        traces = chosen_region_overlay(unit, version, "en")
        casing, outline = traces[:2]
        assert outline.line.color == HIGHLIGHT_COLOUR and outline.showlegend
        assert outline.line.width < casing.line.width and casing.line.color == "white"
        assert all(t.hoverinfo == "skip" for t in traces)  # the value stays hoverable
        points = [(x, y) for x, y in zip(outline.lon, outline.lat, strict=True) if x is not None]
        assert len(points) >= 4
        # the line runs along the unit's own boundary (simplified by about 2 km)
        edge = shapes.loc[unit, "geometry"].boundary
        assert max(edge.distance(Point(p)) for p in points) < 0.05


@pytest.mark.parametrize("version", BOUNDARY_VERSIONS)
def test_a_city_gets_a_ring_round_its_symbol(version) -> None:
    for city in set(CITIES) & set(region_ids(version)):
        rings = [t for t in chosen_region_overlay(city, version, "en") if t.mode == "markers"]
        assert len(rings) == 2 and rings[-1].marker.line.color == HIGHLIGHT_COLOUR
        assert rings[-1].marker.size > 13  # wider than the city symbol (CITY_SIZE)
    assert not any(t.mode == "markers" for t in chosen_region_overlay("35", version, "en"))


def test_a_region_of_a_newer_version_outlines_the_unit_that_held_it() -> None:
    (_, outline) = chosen_region_overlay("10", "1997", "en")  # Abai on a map of 2005
    assert plain(outline.name) == "Chosen region: East Kazakhstan Region"
    shymkent_2005 = chosen_region_overlay("79", "1997", "ru")
    assert "Южно-Казахстанская" in plain(shymkent_2005[1].name)
    assert not any(t.mode == "markers" for t in shymkent_2005)  # no Shymkent symbol in 1997
    assert chosen_region_overlay(None, "2022", "en") == []


def test_the_legend_names_the_region_in_each_language() -> None:
    names = {
        lang: plain(chosen_region_overlay("59", "2022", lang)[1].name)
        for lang in ("kk", "ru", "en")
    }
    assert names == {
        "kk": "Таңдалған өңір: Солтүстік Қазақстан облысы",
        "ru": "Выбранный регион: Северо-Казахстанская область",
        "en": "Chosen region: North Kazakhstan Region",
    }


def test_the_highlight_colour_is_no_colour_of_the_data() -> None:
    data = {c.lower() for c in SEQUENTIAL + DIVERGING_NEGATIVE + DIVERGING_POSITIVE}
    assert HIGHLIGHT_COLOUR.lower() not in data | {ZONE_COLOUR.lower()}
    assert doctest.testmod(highlight).failed == 0


@pytest.mark.parametrize(
    ("year", "region", "drawn"),
    [(2005, "63", "East Kazakhstan"), (2019, "79", "Shymkent"), (2023, "71", "Astana")],
)
def test_the_map_view_draws_the_outline_under_the_names(package, year, region, drawn) -> None:
    state = ViewState(lang="en", indicator="population", year=year, region=region)
    view = map_view(state, package)
    traces = chosen(view.figure)
    assert traces and drawn in plain(traces[1].name)
    # right above the regions, under names and marks; part of what stays while the year
    # changes, and resent when the region does
    assert list(view.figure.data).index(traces[0]) == 1
    assert view.static_traces > len(traces)
    other = map_view(replace(state, region="35"), package)
    assert other.static_key != view.static_key
    assert map_view(replace(state, region=None), package).figure.data[1].meta != CHOSEN
    json.dumps(view.figure_json(), cls=PlotlyJSONEncoder)  # it can be sent


def test_a_click_on_a_shape_or_a_city_symbol_chooses_the_region() -> None:
    assert clicked_region({"curveNumber": 0, "location": "35", "customdata": None}) == "35"
    assert clicked_region({"curveNumber": 12, "customdata": "79"}) == "79"
    # a role mark of an oblast, a zone marker, an arrow: nothing
    assert clicked_region({"curveNumber": 5, "customdata": "35"}) is None
    assert clicked_region({"curveNumber": 3, "customdata": "semey_test_site"}) is None
    assert clicked_region("junk") is None and clicked_region(None) is None
