"""Every trend chart: titles and words in three languages, locale separators, no theme,
sources and quality in every hover, and Okabe-Ito colours (the parts in ``common``; where
things go is tested in test_layout.py)."""

from __future__ import annotations

import re

import pytest

from dashboard.figures.trends import OKABE_ITO
from dashboard.i18n.catalog import LANGUAGES, t
from dashboard.views.trends import CHARTS
from tests.figures.trends.shared import KAZAKH_LETTERS, plain


@pytest.mark.parametrize("name", list(CHARTS))
def test_title_in_each_language(figures, name):
    titles = {lang: figures[name, lang].layout.title.text for lang in LANGUAGES}
    assert all(titles.values())
    assert len(set(titles.values())) == 3, titles
    assert KAZAKH_LETTERS & set(titles["kk"]), titles["kk"]
    assert re.search("[а-яё]", titles["ru"], re.I) and not KAZAKH_LETTERS & set(titles["ru"])
    assert re.fullmatch(r"[\x00-\x7f–’“”]+", plain(titles["en"])), titles["en"]


@pytest.mark.parametrize("name", list(CHARTS))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_style_and_locale_separators(figures, name, lang):
    fig = figures[name, lang]
    assert fig.layout.separators == (".," if lang == "en" else ", ")
    assert not fig.layout.template.layout.to_plotly_json()  # template "none": no theme
    assert 240 <= fig.layout.height <= 500  # a card, not a page
    assert "Open Sans" in fig.layout.font.family


@pytest.mark.parametrize("name", list(CHARTS))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_hover_names_source_and_quality(figures, name, lang):
    fig = figures[name, lang]
    source_word = t("hover.source", lang)
    quality_word = t("hover.quality", lang)
    hovers = 0
    for tr in fig.data:
        if tr.meta == "gaps":  # the 'no figure' marks say so instead
            continue
        for text in tr.hovertext:
            if not text:  # a year without a value has no point
                continue
            hovers += 1
            assert f"{source_word}:" in text and f"{quality_word}:" in text, text
    assert hovers > 0


@pytest.mark.parametrize("name", list(CHARTS))
def test_colours_are_okabe_ito_or_neutral(figures, name):
    allowed = {c.lower() for c in OKABE_ITO.values()} | {"white", "#222222", "#7f7f7f"}
    for tr in figures[name, "en"].data:
        marker = getattr(tr, "marker", None)
        colours = []
        if marker is not None and marker.color is not None:
            colours += [marker.color] if isinstance(marker.color, str) else list(marker.color)
        line = getattr(tr, "line", None)
        if line is not None and line.color is not None:
            colours.append(line.color)
        for colour in colours:
            assert colour.lower() in allowed, (name, tr.meta, colour)
