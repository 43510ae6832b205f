"""The trends panel: renders in kk/ru/en with stable ids, a reading and sources under every
chart, computed readings, and a fast render."""

from __future__ import annotations

import dataclasses
import re
import time

import pytest
from dash import dcc, html

from dashboard.datasets import trends as data
from dashboard.datasets.package import DataPackage, load_package
from dashboard.datasets.sources import cite
from dashboard.figures.trends import CHART_FUNCTIONS
from dashboard.i18n.catalog import LANGUAGES, t
from dashboard.layout.panels import trends as panel
from dashboard.layout.panels.trends import (
    GRAPH_CONFIG,
    TREND_CHART,
    TREND_READING,
    TREND_SOURCES,
    TRENDS_PANEL,
    chart_id,
    reading_net_migration,
    trends_panel,
)
from tests.layout.tree import walk

QUALITY = {"kk": "ресми", "ru": "официальные данные", "en": "official"}
KAZAKH_LETTERS = set("әғқңөұүі")


@pytest.fixture(scope="module")
def package() -> DataPackage:
    return load_package()


def by_id(root) -> dict:
    found = {}
    for c in walk(root):
        cid = getattr(c, "id", None)
        if isinstance(cid, dict):
            found[(cid["type"], cid["chart"])] = c
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_panel_renders_with_stable_ids(package, lang):
    root = trends_panel(lang, package)
    assert isinstance(root, html.Div) and root.id == TRENDS_PANEL == "trends-panel"
    assert root.lang == lang
    ids = by_id(root)
    for chart in CHART_FUNCTIONS:
        graph = ids[(TREND_CHART, chart)]
        assert isinstance(graph, dcc.Graph)
        assert graph.id == chart_id(chart) == {"type": "trend-chart", "chart": chart}
        assert graph.config == GRAPH_CONFIG
        assert graph.config["modeBarButtonsToRemove"] == ["select2d", "lasso2d"]
        assert graph.figure["layout"]["title"]["text"]
        assert (TREND_READING, chart) in ids and (TREND_SOURCES, chart) in ids
    assert len([k for k in ids if k[0] == TREND_CHART]) == len(CHART_FUNCTIONS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sources_line_under_every_chart(package, lang):
    ids = by_id(trends_panel(lang, package))
    prefix = t("trends.sources", lang, sources="")
    for chart in CHART_FUNCTIONS:
        line = ids[(TREND_SOURCES, chart)].children
        assert line.startswith(prefix), line
        for source_id, quality in data.chart_sources(chart, package):
            assert cite(source_id, lang, package) in line
            assert f"({t('quality.' + quality, lang)})" in line
    line = ids[(TREND_SOURCES, "net_migration")].children
    assert cite("bns-net-migration-all-flows", lang, package) in line and QUALITY[lang] in line


@pytest.mark.parametrize("lang", LANGUAGES)
def test_readings_are_one_line_in_the_readers_language(package, lang):
    ids = by_id(trends_panel(lang, package))
    for chart in CHART_FUNCTIONS:
        reading = ids[(TREND_READING, chart)].children
        assert reading and "\n" not in reading and reading.endswith(".")
        assert "{" not in reading and ".." not in reading
        if lang == "kk":
            assert KAZAKH_LETTERS & set(reading) or re.search(r"\d", reading)


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
    texts = {name: fn("en", package) for name, fn in panel.READINGS.items()}
    assert "about 25 per 1,000 in 1994" in texts["migration_loss"]
    assert "over 2,000,000" in texts["emigration"] and "1994" in texts["emigration"]
    assert "Russians (58%)" in texts["ethnic_composition"]
    assert "63.2% in 1994" in texts["emigrant_shares"]
    assert "183,000" in texts["oralmans"] and "Mongolia (35%)" in texts["oralmans"]
    assert "10,000 families in 1993" in texts["quotas"] and "2005–2007" in texts["quotas"]
    assert "over 1,160,000" in texts["kandas"]


def test_figures_are_cached_per_language(package):
    panel._card_content.cache_clear()
    trends_panel("ru", package)
    info = panel._card_content.cache_info()
    assert info.misses == len(CHART_FUNCTIONS) and info.hits == 0
    trends_panel("ru", package)
    assert panel._card_content.cache_info().hits == len(CHART_FUNCTIONS)


def test_panel_renders_well_under_a_second(package):
    panel._card_content.cache_clear()
    start = time.perf_counter()
    trends_panel("kk", package)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    trends_panel("kk", package)
    warm = time.perf_counter() - start
    assert cold < 1.0, cold
    assert warm < 0.05, warm


def test_default_package_is_used_when_none_given():
    root = trends_panel("en")
    assert root.id == TRENDS_PANEL
