"""The flow layer's words about the observed table: its units, the moves left out, the
model's fit, and what is true about the BNS region-to-region table, in kk, ru and en."""

from dataclasses import replace

import pytest

from dashboard.datasets.observed import fit_at, model_fit, observed_table
from dashboard.datasets.package import load_package
from dashboard.i18n.catalog import MESSAGES
from dashboard.i18n.formats import format_number
from dashboard.state import ViewState
from dashboard.views.map import map_view

LANGS = ["kk", "ru", "en"]
# What the atlas used to claim, now known to be untrue, in each language.
FALSE_CLAIMS = (
    "No region-to-region table is published",
    "none is public today",
    "not public",
    "Таблица «из региона в регион» не публикуется",
    "публично не опубликована",
    "Өңірден өңірге кесте жарияланбайды",
    "Өңірден өңірге нақты кесте жарияланбаған",
    "ашық жарияланбаған",
)


@pytest.fixture(scope="module")
def package():
    return load_package()


def observed_state(lang: str, year: int = 2010, **fields) -> ViewState:
    return ViewState(
        lang=lang,
        indicator="population",
        year=year,
        layers=("flows",),
        flow_kind="observed",
        **fields,
    )


@pytest.mark.parametrize("lang", LANGS)
def test_observed_flows_of_2010_are_drawn_on_the_1997_units(package, lang) -> None:
    view = map_view(observed_state(lang), package)
    layer = view.flow_layer
    assert view.version == "1997" and layer.traces and not layer.notice
    ends = set(layer.flows["origin"]) | set(layer.flows["destination"])
    assert ends <= set(view.table["region_id"])  # every arrow joins two regions of the map
    assert not ends & {"10", "33", "62", "79"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_caption_states_units_moves_left_out_and_the_fit(package, lang) -> None:
    caption = map_view(observed_state(lang), package).flow_layer.caption
    table = observed_table(2010, package)
    for number in (table.persons, table.dropped, table.stored, 10_322):  # 10 322: S. Kaz.
        assert format_number(number, lang) in caption
    assert "1997" in caption and "16" in caption
    at, best = fit_at(2010, 1.0, package), model_fit(2010, package).best
    assert f"β = {best.decay}" in caption
    for value in (at.correlation, at.srmse, best.correlation, best.srmse):
        assert format_number(value, lang, 2) in caption
    # the decay the reader sets is the one the caption compares at
    steep = map_view(observed_state(lang, decay=2.5), package).flow_layer.caption
    assert "β = 2.5" in steep and format_number(fit_at(2010, 2.5, package).srmse, lang, 2) in steep


def test_a_year_on_todays_units_leaves_nothing_out(package) -> None:
    caption = map_view(observed_state("en", 2024), package).flow_layer.caption
    assert "on the 20 units of the boundaries of 2022" in caption
    assert "left out" not in caption


@pytest.mark.parametrize("lang", LANGS)
def test_the_model_caption_says_what_is_true_of_the_bns_table(package, lang) -> None:
    state = replace(observed_state(lang, 2023), flow_kind="model")
    caption = map_view(state, package).flow_layer.caption
    assert not any(claim in caption for claim in FALSE_CLAIMS)
    assert {"kk": "ҰСБ", "ru": "БНС", "en": "BNS publishes"}[lang] in caption
    assert "2010, 2015, 2020, 2021, 2023, 2024" in caption
    fit = fit_at(2023, 1.0, package)
    assert format_number(fit.srmse, lang, 2) in caption
    assert f"β = {model_fit(2023, package).best.decay}" in caption


def test_the_model_caption_of_2022_says_why_it_cannot_be_checked(package) -> None:
    state = replace(observed_state("en", 2022), flow_kind="model")
    caption = map_view(state, package).flow_layer.caption
    assert caption.startswith("Model estimate, not observed")
    assert "No observed flows for 2022" in caption and "mirror images" in caption


def test_no_message_says_the_table_is_not_published() -> None:
    texts = [text for entry in MESSAGES.values() for text in entry.values()]
    assert not [text for text in texts if any(claim in text for claim in FALSE_CLAIMS)]
