"""Every indicator and year the reader can pick renders a map on the right boundaries."""

import pandas as pd
import pytest

from dashboard.datasets.catalogue import available_years
from dashboard.datasets.package import load_package
from dashboard.figures.scales import NO_DATA_COLOUR
from dashboard.geo.boundaries import version_for_year
from dashboard.i18n.catalog import t
from dashboard.state import ViewState
from dashboard.views.flow_layer import INTERNATIONAL_VIEW, layer_words
from dashboard.views.map import map_view

UNITS = {"1997": 16, "2018": 17, "2022": 20}
CHOICES = [
    (i, y)
    for i, years in available_years(load_package()).items()
    for y in sorted({min(years), max(years)})
]


@pytest.mark.parametrize(("indicator", "year"), CHOICES)
def test_every_indicator_renders_on_the_boundaries_of_its_year(indicator, year):
    view = map_view(ViewState(lang="ru", indicator=indicator, year=year), load_package())
    assert view.version == version_for_year(year)
    assert view.unit_count == UNITS[view.version]
    located = list(view.figure.data[0].locations)
    assert sorted(located) == sorted(set(located)) and len(located) == view.unit_count
    assert view.sources, "a map with values must cite its sources"


def test_no_data_regions_are_drawn_grey_and_say_so():
    # Settler quotas 2026 are published for a few regions only.
    view = map_view(ViewState(lang="en", indicator="settler_quota", year=2026), load_package())
    regions = view.figure.data[0]
    assert len(regions.locations) == 20
    no_data = [i for i, text in enumerate(regions.text) if "no data" in text]
    assert 0 < len(no_data) < 20
    assert all(regions.z[i] == 0 for i in no_data)
    assert regions.colorbar.ticktext[0] == "No data"
    assert regions.colorscale[0][1] == NO_DATA_COLOUR
    with_value = [i for i in range(20) if i not in no_data]
    assert all(regions.z[i] >= 1 for i in with_value)


def test_hover_cites_value_source_and_quality_in_the_readers_language():
    view = map_view(ViewState(lang="kk", indicator="net_migration", year=2023), load_package())
    regions = view.figure.data[0]
    hover = " ".join(regions.text) + regions.hovertemplate
    assert "Мәні" in hover and "Дереккөз: ҰСБ" in hover and "ресми" in hover
    assert "Астана" in hover and "Орны: 20 өңірдің ішінде 1" in hover


@pytest.mark.parametrize("kind", ["model", "schematic", "international", "observed"])
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_flow_layers_say_what_kind_they_are(kind, lang):
    state = ViewState(
        lang=lang, indicator="net_migration", year=2023, layers=("flows",), flow_kind=kind
    )
    view = map_view(state, load_package())
    layer = view.flow_layer
    assert layer is not None and layer.traces and not layer.notice
    legend_title, short = layer_words(state, layer.flows)
    titles = [(trace.legendgrouptitle.text or "").replace("<br>", " ") for trace in layer.traces]
    assert legend_title in titles  # wrapped over lines beside the map, same words
    assert short in view.figure.layout.title.text
    hovers = " ".join(layer.traces[-1].hovertext)
    if kind == "model":
        assert t("flows.hover.model", lang, year=2023, decay=1.0) in hovers
        assert layer.caption.startswith(t("quality.model", lang).capitalize()[:5])
    assert layer.sources and all(s in view.sources for s in layer.sources)


def test_model_flows_outside_their_years_explain_why_beside_the_map():
    view = map_view(
        ViewState(lang="en", indicator="population", year=2005, layers=("flows",)), load_package()
    )
    layer = view.flow_layer
    assert "2022–2024" in layer.notice
    # No arrows, but the reason in the legend, where the eye is (not only under the map).
    assert not [trace for trace in layer.traces if trace.mode == "lines"]
    assert "2022–2024" in " ".join(trace.name for trace in layer.traces)


def test_international_view_is_the_frame_around_the_neighbours():
    state = ViewState(lang="en", layers=("flows",), flow_kind="international")
    view = map_view(state, load_package())
    assert view.view == "international"
    assert list(view.figure.layout.geo.lonaxis.range) == INTERNATIONAL_VIEW["lonaxis_range"]
    assert list(view.figure.layout.geo.lataxis.range) == INTERNATIONAL_VIEW["lataxis_range"]


def test_zones_and_roles_are_drawn_over_the_choropleth_when_asked():
    plain = map_view(ViewState(lang="ru", year=2023, layers=(), map_options=()), load_package())
    layered = map_view(ViewState(lang="ru", year=2023, layers=("zones", "roles")), load_package())
    # the choropleth, and the three cities above everything
    assert [trace.type for trace in plain.figure.data] == ["choropleth", "scattergeo"]
    assert plain.static_traces == 1 and plain.figure.data[-1].legendgroup == "cities"
    # the zones, the roles and the names go between them, the names over every line
    # (after the flows, sent again with them: the zones and roles stay in the browser)
    extra = layered.figure.data[1:-1]
    assert layered.static_traces == len(layered.figure.data) - 2
    assert {trace.legendgroup for trace in extra} == {None, "zones", "roles"}
    assert extra[0].legendgroup == "zones" and extra[-1].name == "labels"
    hover = " ".join(" ".join(trace.hovertext or trace.text or []) for trace in extra)
    assert "1787-XII" in hover and "1.1" in hover


def test_emigrant_destinations_are_drawn_from_the_region_to_the_named_countries():
    state = ViewState(lang="en", layers=("flows",), flow_kind="international", origins="emigration")
    view = map_view(state, load_package())
    flows = view.flow_layer.flows
    assert set(zip(flows["origin"], flows["destination"], strict=True)) == {
        ("59", "RUS"),
        ("59", "DEU"),
    }
    assert sorted(flows["persons"]) == [20335, 79106]  # as published, not estimated
    names = " ".join(" ".join(trace.text or []) for trace in view.flow_layer.traces)
    assert "Russia<br>(towards Moscow)" in names and "Germany<br>(towards Berlin)" in names
    assert "not itemised" in view.flow_layer.caption


def test_regions_with_different_sources_each_cite_their_own():
    # 2017 population is aggregated from the 2018 units for South Kazakhstan (61 + 79).
    view = map_view(ViewState(lang="en", indicator="population", year=2017), load_package())
    regions = view.figure.data[0]
    cited = [text for text in regions.text if "Source:" in text]
    assert cited == [] or len(cited) == len(regions.text)
    assert "Source:" in regions.hovertemplate or len(cited) == len(regions.text)


def test_a_change_between_two_years_is_shown_on_the_older_boundaries():
    state = ViewState(lang="en", indicator="population", year=2023, compare_year=2005, layers=())
    view = map_view(state, load_package())
    assert view.version == "1997" and view.unit_count == 16
    table = view.table.set_index("region_id")
    # Almaty oblast 2023 = Almaty oblast + Zhetisu (summed up, never split): BNS 1 January,
    # as revised in August 2026.
    assert table.at["19", "now"] == 1505896 + 698726
    assert table.at["19", "then"] == 1589751
    assert table.at["19", "value"] == 1505896 + 698726 - 1589751
    assert "change from 2005 to 2023" in view.figure.layout.title.text
    assert view.figure.data[0].colorscale[0][1] != view.figure.data[0].colorscale[-1][1]


def test_a_change_needs_both_years():
    # Net migration by region exists for 2023 and 2024 only: 2024 vs 2023 is fine ...
    view = map_view(
        ViewState(lang="en", indicator="net_migration", year=2024, compare_year=2023),
        load_package(),
    )
    astana = view.table.set_index("region_id").loc["71"]
    assert astana["value"] == 75854 - 51539
    # ... and a unit without a value in one of the years has no change, not a guess.
    view = map_view(
        ViewState(lang="en", indicator="settler_quota", year=2026, compare_year=2023, layers=()),
        load_package(),
    )
    table = view.table.set_index("region_id")
    assert pd.isna(table.at["11", "value"])  # Akmola: no settler quota published
