"""Oralmans: one panel per period, the unitemised rest in a note."""

from __future__ import annotations

from dashboard.i18n.catalog import LANGUAGES
from dashboard.i18n.words import number_text, percent_text
from tests.figures.trends.shared import NBSP, plain, trace


def test_oralmans_panels_and_unitemised_rest(figures):
    for lang in LANGUAGES:
        fig = figures["oralmans", lang]
        first, second = trace(fig, "origins-0"), trace(fig, "origins-1")
        assert sorted(first.x) == [1, 1.2, 2, 8, 35]
        assert sorted(second.x) == [5.3, 7.8, 10.4, 12.4, 60.5]
        titles = " ".join(plain(a.text) for a in fig.layout.annotations)
        assert number_text(183_000, lang).replace(NBSP, " ") in titles.replace(NBSP, " ")
        assert number_text(43_000, lang, "over").replace(NBSP, " ") in titles.replace(NBSP, " ")
        notes = " ".join(plain(a.text) for a in fig.layout.annotations if a.name == "note")
        assert percent_text(47.2, lang) in notes and percent_text(96.4, lang) in notes
