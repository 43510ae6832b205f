"""The trends view: readings computed from the data (and following it), in the reader's
language, and the cards cached per language."""

from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor

import pytest

from dashboard.datasets.package import DataPackage, load_package
from dashboard.i18n.catalog import LANGUAGES
from dashboard.state import ViewState
from dashboard.views import trends as view
from dashboard.views.trends import CHARTS, TrendsView, reading_net_migration, trends_view


@pytest.fixture(scope="module")
def package() -> DataPackage:
    return load_package()


def test_net_migration_reading_states_the_computed_spells(package):
    en = reading_net_migration("en", package)
    assert en.startswith("Net migration first turned positive in 2004")
    assert "target met" in en and "+15,516" in en
    assert "until 2011" in en and "negative again in 2012–2022" in en
    assert en.endswith("positive since 2023.")
    ru = reading_net_migration("ru", package)
    assert "в 2004 г." in ru and "2012–2022" in ru and "с 2023 г." in ru
    kk = reading_net_migration("kk", package)
    assert "2004 жылы оң болды" in kk and "2023 жылдан бері оң" in kk


def test_net_migration_reading_changes_with_the_data(package):
    frame = package["national_series"].copy()
    mask = frame["series"].eq("net_migration_all_flows") & frame["year"].isin([2010, 2024])
    frame.loc[mask, "value"] = -1.0
    changed = dataclasses.replace(package, tables={**package.tables, "national_series": frame})
    en = reading_net_migration("en", changed)
    assert "target not met" in en
    # 2024 negative now: the last spell is negative, and 2023 stands alone
    assert en.endswith("negative since 2024.")
    assert "positive again in 2023" in en


def test_other_readings_carry_qualifiers_and_numbers(package):
    texts = {name: fn("en", package) for name, fn in view.READINGS.items()}
    assert "about 25 per 1,000 in 1994" in texts["migration_loss"]
    assert "over 2,000,000" in texts["emigration"] and "1994" in texts["emigration"]
    assert "Russians (58%)" in texts["ethnic_composition"]
    assert "63.2% in 1994" in texts["emigrant_shares"]
    assert "183,000" in texts["oralmans"] and "Mongolia (35%)" in texts["oralmans"]
    assert "10,000 families in 1993" in texts["quotas"] and "2005–2007" in texts["quotas"]
    assert "over 1,160,000" in texts["kandas"]


def test_the_ethnic_reading_flags_the_immigrants_inferred_year(package):
    expected = {
        "en": "among immigrants (year inferred): Russians (41%)",
        "ru": "среди прибывших (год выведен из текста) — русские (41\u00a0%)",
        "kk": "келушілер арасында (жылы мәтіннен анықталған) — орыстар (41\u00a0%)",
    }
    for lang, words in expected.items():
        reading = view.READINGS["ethnic_composition"](lang, package)
        assert words.replace("\u00a0", " ") in reading.replace("\u00a0", " "), reading


def test_figures_are_cached_per_language(package):
    view._card_content.cache_clear()
    trends_view(ViewState(lang="ru"), package)
    info = view._card_content.cache_info()
    assert info.misses == len(CHARTS) and info.hits == 0
    trends_view(ViewState(lang="ru"), package)
    assert view._card_content.cache_info().hits == len(CHARTS)


def test_the_view_is_plain_frozen_data_in_the_readers_language(package):
    built = trends_view(ViewState(lang="kk"), package)
    assert isinstance(built, TrendsView) and built.lang == "kk"
    assert [card.chart for card in built.cards] == list(CHARTS)
    assert all(isinstance(card.figure, dict) for card in built.cards)  # never a plotly object
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.lang = "en"  # type: ignore[misc]


def test_views_built_from_eight_threads_at_once_agree(package):
    view._card_content.cache_clear()
    langs = [LANGUAGES[i % len(LANGUAGES)] for i in range(24)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        built = list(pool.map(lambda lang: trends_view(ViewState(lang=lang), package), langs))
    for lang, result in zip(langs, built, strict=True):
        assert result == trends_view(ViewState(lang=lang), package)
