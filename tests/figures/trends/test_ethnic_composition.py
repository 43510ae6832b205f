"""Ethnic composition: the stated shares only, the unstated rest in a note."""

from __future__ import annotations

from dashboard.i18n.catalog import LANGUAGES
from dashboard.i18n.words import percent_text
from tests.figures.trends.shared import plain, trace


def test_ethnic_composition_draws_stated_shares_only(figures):
    for lang in LANGUAGES:
        fig = figures["ethnic_composition", lang]
        emigrants = trace(fig, "emigrants")
        assert sorted(emigrants.x) == [5, 9, 19, 58]  # no 9 % 'rest' bar
        immigrants = trace(fig, "immigrants")
        assert sorted(immigrants.x) == [4, 6, 16, 33, 41]
        notes = [plain(a.text) for a in fig.layout.annotations if a.name == "note"]
        assert len(notes) == 1
        assert percent_text(91, lang) in notes[0] and percent_text(9, lang) in notes[0]
    labels = list(trace(figures["ethnic_composition", "kk"], "emigrants").y)
    assert "Орыстар" in labels and "Қазақтар" in labels
