"""Names from data are text, never markup: an indicator or source imported with a link or
a tag in its name shows it as typed, in the page's figures and in the exported SVG, and
never becomes a live link."""

from __future__ import annotations

import json
import re

import plotly.io as pio
import pytest

from dashboard.figures.text import in_template, plain, plain_lines, wrap
from dashboard.state import ViewState
from dashboard.store.build import ensure_store
from dashboard.store.compose import ImportData
from dashboard.store.importing import accept_import
from dashboard.store.reader import _READERS, store_package
from dashboard.views.map import map_view
from dashboard.views.profile import profile_view
from tests.store.helpers import NEW_INDICATOR, NEW_YEAR, catalogue_row, committed, request, rows_of

LINK = '<a href="http://evil.example">x</a>'
EVIL = f"{LINK}<b>bold</b>%{{z}}"  # a link, a tag, and a hover-template variable
SOURCE = "test-evil-source"


def test_plain_escapes_markup_and_keeps_the_words():
    assert (
        plain(EVIL) == '&lt;a href="http://evil.example"&gt;x&lt;/a&gt;&lt;b&gt;bold&lt;/b&gt;%{z}'
    )
    assert "%{" not in in_template(EVIL) and "&lt;a" in in_template(EVIL)
    assert plain_lines(f"West<br>{LINK}") == "West<br>" + plain(LINK)
    assert "<a" not in wrap(EVIL * 3, 10)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A store holding an import whose indicator, unit, source and notes carry markup, as
    an administrator's ``--indicator-row`` and ``--source-row`` could."""
    folder = tmp_path_factory.mktemp("hostile") / "instance"
    ensure_store(folder)
    indicator = catalogue_row("interregional_arrivals", NEW_INDICATOR)
    for key in list(indicator):
        if key.startswith(("name_", "unit_", "caveat_")):
            indicator[key] = f"{EVIL} {indicator[key]}"[:80]
    indicator["source_ids"] = SOURCE
    source = {k: "" if v is None else str(v) for k, v in committed().sources.iloc[0].items()}
    source["id"] = SOURCE
    for key in ("title", "publisher", "citation_kk", "citation_ru", "citation_en"):
        source[key] = f"{EVIL} {source[key]}"[:90]
    rows = rows_of("interregional_arrivals", NEW_YEAR).assign(
        indicator=NEW_INDICATOR, source_id=SOURCE, note=EVIL
    )
    data = ImportData("regional_indicators", rows, indicator=indicator, source=source)
    outcome = accept_import(folder, request(data))
    assert outcome.accepted, outcome.lines("en")
    yield store_package(folder)
    _READERS.clear()


def strings(value, path="figure"):
    """Every string in a figure's JSON, with where it is."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from strings(item, f"{path}[{i}]")
    elif isinstance(value, str):
        yield path, value


def live_markup(figure) -> list[tuple[str, str]]:
    """Strings that hold the data's markup unescaped: a link, its tag, or (in a hover
    template, where plotly would fill it in) the template variable."""
    found = json.loads(pio.to_json(figure)) if not isinstance(figure, dict) else figure
    return [
        (where, text[:120])
        for where, text in strings(found)
        if "<a" in text
        or "</a" in text
        or "<b>bold" in text
        or (where.endswith("template") and "%{z}" in text)
    ]


STATES = [
    ViewState(lang=lang, indicator=NEW_INDICATOR, year=NEW_YEAR, layers=layers, map_options=opts)
    for lang in ("kk", "ru", "en")
    for layers, opts in [((), ()), (("zones", "roles"), ("labels",))]
]


@pytest.mark.parametrize("state", STATES, ids=lambda s: f"{s.lang}-{'+'.join(s.layers)}")
def test_the_map_shows_the_names_as_text(hostile, state):
    figure = map_view(state, hostile).figure
    assert live_markup(figure) == []
    title = figure.layout.title.text
    assert "&lt;a href=" in title and "&lt;b&gt;bold" in title  # shown, as typed


def test_the_profile_chart_shows_the_names_as_text(hostile):
    state = ViewState(lang="en", indicator=NEW_INDICATOR, year=NEW_YEAR, region="75")
    view = profile_view(state, hostile)
    rows = [row for group in view.groups for row in group.rows]
    [row] = [row for row in rows if row.indicator == NEW_INDICATOR]
    assert live_markup(row.sparkline) == []
    assert all(live_markup(other.sparkline) == [] for other in rows)


def test_the_svg_export_holds_no_link(hostile):
    from dashboard.exports.images import RendererUnavailable, chromium_path, to_svg
    from tests.conftest import missing_tool

    if chromium_path() is None:
        missing_tool("chromium is not installed (apt-get install chromium)")
    state = ViewState(lang="en", indicator=NEW_INDICATOR, year=NEW_YEAR)
    try:
        svg = to_svg(map_view(state, hostile), state).decode("utf-8")
    except RendererUnavailable as error:
        missing_tool(str(error))
    assert "evil.example" in svg  # the name is there, as text
    assert not re.search(r"<a\b", svg)  # no link element
    assert not re.search(r"<[^>]*href=[\"']http://evil", svg)  # nor a link in any tag
    assert "&#60;a href=" in svg  # escaped text, drawn as typed
