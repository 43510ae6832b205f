"""The map reads at a glance: cities always visible, every unit named, colour classes that
mean the same in every year, water never in a data colour."""

from __future__ import annotations

import dataclasses

import pytest

from dashboard.datasets.package import load_package
from dashboard.figures.choropleth import WATER
from dashboard.figures.scales import DIVERGING_NEGATIVE, DIVERGING_POSITIVE, SEQUENTIAL
from dashboard.state import ViewState
from dashboard.views.map import map_view


@pytest.fixture(scope="module")
def package():
    return load_package()


def view(package, **fields):
    return map_view(ViewState(**{"lang": "en", "layers": (), **fields}), package)


def legend(v) -> list[str]:
    return list(v.figure.data[0].colorbar.ticktext)


def test_classes_stay_the_same_across_the_years(package) -> None:
    years = [legend(view(package, year=y)) for y in (2005, 2010, 2023)]
    assert years[0] == years[1] == years[2]
    own = [legend(view(package, year=y, map_options=("year_classes",))) for y in (2005, 2023)]
    assert own[0] != own[1]  # the reader may still ask for one year's classes


def test_diverging_classes_are_symmetric_around_zero(package) -> None:
    ticks = legend(view(package, year=2005))
    limits = {float(x.replace(",", "")) for t in ticks for x in t.split(" – ")}
    assert all(-limit in limits for limit in limits)


def test_water_is_no_data_colour(package) -> None:
    geo = view(package, year=2005).figure.layout.geo
    assert geo.lakecolor == geo.oceancolor == geo.bgcolor == WATER
    palette = {*SEQUENTIAL, *DIVERGING_NEGATIVE, *DIVERGING_POSITIVE}
    assert WATER.lower() not in {c.lower() for c in palette}
    assert geo.landcolor.lower() not in {c.lower() for c in palette}


@pytest.mark.parametrize(("year", "cities"), [(2005, ["71", "75"]), (2020, ["71", "75", "79"])])
def test_the_cities_are_symbols_in_their_class_colour_above_everything(
    package, year, cities
) -> None:
    v = view(package, year=year, layers=("zones", "roles"))
    top = v.figure.data[-1]
    assert top.legendgroup == "cities" and list(top.customdata) == cities
    regions = v.figure.data[0]
    scale = dict(regions.colorscale)  # band start -> colour
    bands = len(regions.colorbar.tickvals)
    for city, colour, hover in zip(top.customdata, top.marker.color, top.text, strict=True):
        z = list(regions.locations).index(city)
        assert colour == scale[regions.z[z] / bands]
        assert "Value:" in hover and "Rank:" in hover


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_unit_is_named_in_the_readers_language(package, lang) -> None:
    v = map_view(ViewState(lang=lang, year=2023, layers=()), package)
    labels = next(trace for trace in v.figure.data[1:] if trace.name == "labels")
    assert len(labels.text) == 20
    expected = {"kk": "Түркістан", "ru": "Туркестанская", "en": "Turkistan"}[lang]
    assert expected in labels.text
    off = map_view(
        dataclasses.replace(ViewState(lang=lang, year=2023, layers=()), map_options=()), package
    )
    assert not any(trace.name == "labels" for trace in off.figure.data[1:])
