"""A map of unverified figures says "unverified" in its title and its sources line.

The interregional series comes from a repository that names no source and no licence: its
citation says "(source unknown)", and the reader must also read that it is unverified.
"""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.datasets.package import load_package
from dashboard.datasets.sources import cite, unverified_sources
from dashboard.i18n.catalog import t
from dashboard.layout.map_panel import sources_line
from dashboard.state import ViewState
from dashboard.views.map import _flag_unverified, map_view

LANGS = ("kk", "ru", "en")
UNVERIFIED_SOURCE = "kanatislambekov-interregional"


@pytest.fixture(scope="module")
def package():
    return load_package()


def test_only_sources_without_any_checked_figure_count_as_unverified(package) -> None:
    unverified = unverified_sources(package)
    assert UNVERIFIED_SOURCE in unverified
    # The Programme has unverified abbreviation expansions but official figures too.
    assert "programme-2001" not in unverified
    assert "bns-net-migration-all-flows" not in unverified


@pytest.mark.parametrize("lang", LANGS)
def test_title_and_sources_line_say_unverified(package, lang) -> None:
    state = ViewState(lang=lang, indicator="interregional_net", year=2023, layers=())
    view = map_view(state, package)
    word = t("quality.unverified", lang)
    title = str(view.figure.layout.title.text)
    assert title == t(
        "map.title_unverified",
        lang,
        title=t("map.title", lang, indicator=view.indicator_label, year=2023),
    )
    flagged = t("sources.unverified", lang, source=cite(UNVERIFIED_SOURCE, lang, package))
    assert view.sources == [flagged]
    assert flagged.endswith(word)
    assert flagged in sources_line(view, lang)[1]


def test_an_official_map_keeps_its_plain_title(package) -> None:
    view = map_view(ViewState(lang="en", year=2023, layers=()), package)
    assert view.figure.layout.title.text == "Net migration, all flows, 2023"
    assert not any("unverified" in s for s in view.sources)


def test_model_flows_name_their_unverified_input_in_the_sources_line(package) -> None:
    state = ViewState(lang="ru", year=2023, layers=("flows",), flow_kind="model")
    view = map_view(state, package)
    assert t("sources.unverified", "ru", source=cite(UNVERIFIED_SOURCE, "ru", package)) in (
        view.sources
    )
    # The caption keeps its own wording: the input quality follows the source there.
    assert "— " + t("quality.unverified", "ru") not in view.flow_layer.caption


def test_a_map_partly_of_unverified_values_says_partly() -> None:
    qualities = pd.Series(["official", "unverified", ""])
    assert _flag_unverified("T", qualities, "en") == "T (partly unverified)"
    assert _flag_unverified("T", pd.Series(["unverified", ""]), "en") == "T (unverified)"
    assert _flag_unverified("T", pd.Series(["", ""]), "en") == "T"
