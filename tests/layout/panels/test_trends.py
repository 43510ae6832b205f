"""The trends panel: renders in kk/ru/en with stable ids, a reading and sources under every
chart (the readings and the cache are tested with the view; the render time is measured by
bench/bench_trends.py, not asserted here)."""

from __future__ import annotations

import re

import pytest
from dash import dcc, html

from dashboard.datasets import trends as data
from dashboard.datasets.package import DataPackage, load_package
from dashboard.datasets.sources import cite
from dashboard.i18n.catalog import LANGUAGES, t
from dashboard.layout.panels.trends import (
    GRAPH_CONFIG,
    TREND_CHART,
    TREND_READING,
    TREND_SOURCES,
    TRENDS_PANEL,
    chart_id,
    trends_panel,
)
from dashboard.state import ViewState
from dashboard.views.trends import CHARTS, trends_view
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
    root = trends_panel(trends_view(ViewState(lang=lang), package))
    assert isinstance(root, html.Div) and root.id == TRENDS_PANEL == "trends-panel"
    assert root.lang == lang
    ids = by_id(root)
    for chart in CHARTS:
        graph = ids[(TREND_CHART, chart)]
        assert isinstance(graph, dcc.Graph)
        assert graph.id == chart_id(chart) == {"type": "trend-chart", "chart": chart}
        assert graph.config == GRAPH_CONFIG
        assert graph.config["modeBarButtonsToRemove"] == ["select2d", "lasso2d"]
        assert graph.figure["layout"]["title"]["text"]
        assert (TREND_READING, chart) in ids and (TREND_SOURCES, chart) in ids
    assert len([k for k in ids if k[0] == TREND_CHART]) == len(CHARTS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sources_line_under_every_chart(package, lang):
    ids = by_id(trends_panel(trends_view(ViewState(lang=lang), package)))
    prefix = t("trends.sources", lang, sources="")
    for chart in CHARTS:
        line = ids[(TREND_SOURCES, chart)].children
        assert line.startswith(prefix), line
        for source_id, quality in data.chart_sources(chart, package):
            assert cite(source_id, lang, package) in line
            assert f"({t('quality.' + quality, lang)})" in line
    line = ids[(TREND_SOURCES, "net_migration")].children
    assert cite("bns-net-migration-all-flows", lang, package) in line and QUALITY[lang] in line


@pytest.mark.parametrize("lang", LANGUAGES)
def test_readings_are_one_line_in_the_readers_language(package, lang):
    ids = by_id(trends_panel(trends_view(ViewState(lang=lang), package)))
    for chart in CHARTS:
        reading = ids[(TREND_READING, chart)].children
        assert reading and "\n" not in reading and reading.endswith(".")
        assert "{" not in reading and ".." not in reading
        if lang == "kk":
            assert KAZAKH_LETTERS & set(reading) or re.search(r"\d", reading)


def test_panel_renders_from_the_loaded_package():
    # was "the default package is used when none is given": the package is now always passed
    root = trends_panel(trends_view(ViewState(lang="en"), load_package()))
    assert root.id == TRENDS_PANEL
