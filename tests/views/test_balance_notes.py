"""The balance method is named wherever a derived net migration appears: the map's hover and
caption, its table twin, the data panel and the CSV, in the reader's language."""

from __future__ import annotations

import pytest

from dashboard.datasets.package import load_package
from dashboard.exports.tables import to_csv
from dashboard.state import ViewState
from dashboard.views.data import data_view
from dashboard.views.map import map_view

METHOD = {
    "kk": ("баланс әдісімен есептелген", "Баланс әдісімен есептелген"),
    "ru": ("рассчитано балансовым методом", "Рассчитано балансовым методом"),
    "en": ("derived by the balance method", "Derived by the demographic balance"),
}


@pytest.fixture(scope="module")
def package():
    return load_package()


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_2005_names_the_method_everywhere(package, lang) -> None:
    state = ViewState(lang=lang, indicator="net_migration", year=2005, layers=())
    short, full = METHOD[lang]
    view = map_view(state, package)
    assert (view.table["note"] == short).all()
    assert all(full in text for text in view.figure.data[0].text)  # every hover
    assert full in view.method and "22" in view.method  # caption, with the national sum
    assert full in data_view(state, package).caption
    csv = to_csv(view, state).decode("utf-8-sig")
    assert full in csv and short in csv


def test_a_published_year_has_no_method_note(package) -> None:
    view = map_view(ViewState(lang="en", indicator="net_migration", year=2023), package)
    assert view.method == "" and (view.table["note"] == "").all()
    assert not any("balance" in text for text in view.figure.data[0].text)


def test_a_census_year_says_why_and_still_cites(package) -> None:
    view = map_view(ViewState(lang="ru", indicator="net_migration", year=2008), package)
    assert view.table["value"].isna().all()
    assert "переписи 2009" in view.method
    assert all("переписи 2009" in text for text in view.figure.data[0].text)
    assert view.sources  # the indicator's sources, which the reason is about


def test_flags_reach_the_table(package) -> None:
    view = map_view(ViewState(lang="en", indicator="net_migration", year=2014), package)
    notes = view.table.set_index("region_id")["note"]
    assert "Almaty city" in notes["75"] and "Almaty city" in notes["19"]
    assert notes["47"] == "derived by the balance method"


def test_each_source_is_cited_once(package) -> None:
    state = ViewState(lang="en", indicator="net_migration", year=2001, layers=("roles",))
    sources = map_view(state, package).sources
    assert len(sources) == len(set(sources))
    assert sum("population on 1 January" in s for s in sources) == 1
