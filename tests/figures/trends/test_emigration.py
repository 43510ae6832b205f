"""Emigration figures: qualified figures read as such, the kind of a bar told by pattern."""

from __future__ import annotations

from dashboard.i18n.catalog import LANGUAGES
from dashboard.i18n.words import number_text
from tests.figures.trends.shared import NBSP, trace


def test_qualified_figures_read_as_such(figures):
    expected = {"kk": "2 000-нан астам", "ru": "более 2 000", "en": "over 2,000"}
    for lang in LANGUAGES:
        fig = figures["emigration", lang]
        total = trace(fig, "total")
        texts = [x.replace(NBSP, " ") for x in total.text]
        assert expected[lang] in texts, texts
        recent = trace(fig, "range")
        assert list(recent.base) == [160] and list(recent.x) == [40]
        peak = trace(fig, "year")
        assert number_text(477.1, lang) in list(peak.text)


def test_emigration_bars_tell_kind_by_pattern(figures):
    fig = figures["emigration", "en"]
    shapes = {tr.meta: tr.marker.pattern.shape for tr in fig.data}
    assert shapes["year"] in ("", None) and shapes["total"] and shapes["range"]
    assert len(set(shapes.values())) == 3
