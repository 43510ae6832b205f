"""Every indicator and year the reader can pick renders a map on the right boundaries."""

import math

import pytest

from dashboard.geo.boundaries import version_for_year
from dashboard.state import ViewState
from dashboard.views import available_years, map_view

UNITS = {"1997": 16, "2018": 17, "2022": 20}
CHOICES = [
    (i, y) for i, years in available_years().items() for y in sorted({min(years), max(years)})
]


@pytest.mark.parametrize(("indicator", "year"), CHOICES)
def test_every_indicator_renders_on_the_boundaries_of_its_year(indicator, year):
    view = map_view(ViewState(lang="ru", indicator=indicator, year=year))
    assert view.version == version_for_year(year)
    assert view.unit_count == UNITS[view.version]
    located = [loc for trace in view.figure.data for loc in trace.locations]
    assert sorted(located) == sorted(set(located)) and len(located) == view.unit_count
    assert view.sources, "a map with values must cite its sources"


def test_no_data_regions_are_drawn_grey_and_say_so():
    # Settler quotas 2026 are published for a few regions only.
    view = map_view(ViewState(lang="en", indicator="settler_quota", year=2026))
    no_data = [trace for trace in view.figure.data if trace.name == "no-data"]
    assert no_data and all("no data" in text for text in no_data[0].text)
    values = next(trace for trace in view.figure.data if trace.name == "value")
    assert all(not math.isnan(z) for z in values.z)


def test_hover_cites_value_source_and_quality_in_the_readers_language():
    view = map_view(ViewState(lang="kk", indicator="net_migration", year=2023))
    hover = " ".join(view.figure.data[0].text)
    assert "Мәні" in hover and "Дереккөз" in hover and "ресми" in hover
    assert "Астана" in hover
