"""Honest labels of the flow layer: computed counts say so, exported volumes are whole persons.

Oralman origins are published as shares of a stated total; a count computed from them is
derived (not published), and the Programme does not say whether its shares are of people or
of families. Modelled volumes are estimates with many decimals: readers see whole persons.
"""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.datasets import flow_tables
from dashboard.datasets.package import load_package
from dashboard.i18n.catalog import t
from dashboard.state import ViewState
from dashboard.views.data import data_view
from dashboard.views.map import map_view

LANGS = ("kk", "ru", "en")


@pytest.fixture(scope="module")
def package():
    return load_package()


def international(lang: str, origins: str = "1991-2000") -> ViewState:
    return ViewState(lang=lang, layers=("flows",), flow_kind="international", origins=origins)


def hovers(view) -> list[str]:
    return [text for trace in view.flow_layer.traces if trace.hovertext for text in trace.hovertext]


def test_the_data_api_marks_counts_from_shares_as_derived(package) -> None:
    for period, share_of in (("1991-2000", "not stated"), ("2011", "persons")):
        flows = flow_tables.international_flows(period, package)
        assert set(flows["count_quality"]) == {"derived"}
        assert set(flows["share_of"]) == {share_of}
        # The published share keeps its own quality.
        assert set(flows["quality"]) <= {"official", "official-via-news"}
    emigration = flow_tables.international_flows("emigration", package)
    assert "count_quality" not in emigration  # published counts, nothing computed


@pytest.mark.parametrize("lang", LANGS)
def test_hover_says_the_count_is_computed_and_the_unit_is_not_stated(package, lang) -> None:
    view = map_view(international(lang), package)
    name = flow_tables.country_names(lang, package)["MNG"]
    mongolia = next(h for h in hovers(view) if h.startswith(f"<b>{name}"))
    assert "64" in mongolia and "050" in mongolia  # 35 % of 183 000
    assert t("quality.derived", lang) in mongolia
    assert t("quality.official", lang) in mongolia  # the share's own quality
    assert t("flows.share_not_stated", lang) in mongolia
    caption = view.flow_layer.caption
    assert t("flows.share_not_stated", lang) in caption
    assert "183" in caption


def test_2011_counts_are_derived_but_its_shares_are_of_people(package) -> None:
    view = map_view(international("en", "2011"), package)
    uzbekistan = next(h for h in hovers(view) if h.startswith("<b>Uzbekistan"))
    assert "520,542" in uzbekistan and "computed from official figures" in uzbekistan
    assert "official, via news" in uzbekistan
    assert t("flows.share_not_stated", "en") not in uzbekistan
    assert "computed" in view.flow_layer.caption


@pytest.mark.parametrize("lang", LANGS)
def test_the_table_shows_the_share_the_count_and_how_it_was_computed(package, lang) -> None:
    view = data_view(international(lang), package)
    columns = [c for c, _ in view.flows.columns]
    assert columns == [
        "origin", "destination", "share", "persons", "kind", "source", "quality", "method"
    ]  # fmt: skip
    row = view.flows.rows[0]  # the largest share first: Mongolia, 35 %
    assert row["origin"] == flow_tables.country_names(lang, package)["MNG"]
    assert row["persons"].replace("\u00a0", "").replace(",", "") == "64050"
    assert row["share"].startswith("35")
    assert t("quality.derived", lang) in row["quality"]
    assert t("flows.share_not_stated", lang) in row["method"]
    assert "183" in row["method"]


def test_emigrant_counts_are_published_and_have_no_method_column(package) -> None:
    view = data_view(international("en", "emigration"), package)
    assert "method" not in [c for c, _ in view.flows.columns]
    assert {row["quality"] for row in view.flows.rows} == {"official, via news"}


def test_modelled_volumes_are_whole_persons_in_the_table_only(package) -> None:
    state = ViewState(lang="en", layers=("flows",), flow_kind="model", year=2023, top_n=380)
    layer = map_view(state, package).flow_layer
    exact = layer.flows["persons"]
    assert (exact % 1 != 0).any()  # the model's own numbers stay exact
    table = layer.table["persons"]
    assert str(table.dtype) == "Int64"
    assert (table.to_numpy(dtype=float) == exact.round().to_numpy()).all()
    shown = data_view(state, package).flows.rows
    assert all("." not in row["persons"] for row in shown)


def test_schematic_directions_stay_without_a_volume(package) -> None:
    state = ViewState(lang="en", layers=("flows",), flow_kind="schematic")
    table = map_view(state, package).flow_layer.table
    assert table["persons"].isna().all()
    assert {row["persons"] for row in data_view(state, package).flows.rows} == {
        t("map.no_data", "en")
    }
    assert pd.isna(table["persons"].iloc[0])
