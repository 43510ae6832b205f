"""Ethnic composition: the stated shares only, the unstated rest in a note."""

from __future__ import annotations

from dashboard.i18n.catalog import LANGUAGES, t
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


def test_the_inferred_year_of_the_immigrants_is_flagged_where_the_date_appears(figures):
    for lang in LANGUAGES:
        fig = figures["ethnic_composition", lang]
        immigrants = t("trends.ethnic.immigrants", lang)
        flagged = t("trends.period_inferred.heading", lang, group=immigrants)
        assert trace(fig, "immigrants").name == flagged
        assert all(flagged in plain(h) for h in trace(fig, "immigrants").hovertext)
        assert trace(fig, "emigrants").name == t("trends.ethnic.emigrants", lang)  # stated
        title = plain(fig.layout.title.text)
        assert " ".join(title.split()) == t("trends.ethnic.title_inferred", lang, year="2000")
        (note,) = [plain(a.text) for a in fig.layout.annotations if a.name == "note"]
        why = t("trends.ethnic.period_inferred", lang, group=immigrants, year="2000")
        assert why in " ".join(note.split())
