"""Immigration quotas: bars and decree points by source, years not retrieved said so."""

from __future__ import annotations

from dashboard.i18n.catalog import LANGUAGES
from dashboard.i18n.words import number_text
from tests.figures.trends.shared import plain, trace


def test_quotas_by_source_and_gaps(figures):
    fig = figures["quotas", "en"]
    programme, decree = trace(fig, "programme"), trace(fig, "decree")
    assert list(programme.x) == list(range(1993, 2001)) and programme.type == "bar"
    assert list(decree.x) == [1997, 2000, 2004, 2005, 2006, 2007]
    assert decree.marker.symbol == "diamond"
    gaps = [plain(a.text) for a in fig.layout.annotations if a.name == "gap"]
    assert gaps == ["2001–2003: not retrieved"]
    assert "Presidential Decree No. 1508" in plain(decree.hovertext[-1])
    note = " ".join(plain(a.text) for a in fig.layout.annotations if a.name == "note")
    assert "2008" in note and "2,309" in note


def test_every_quota_is_written_once_and_apart(figures):
    for lang in LANGUAGES:
        fig = figures["quotas", lang]
        programme, decree = trace(fig, "programme"), trace(fig, "decree")
        assert len(programme.text) == len(programme.x)  # every bar says its number
        labels = dict(zip(decree.x, decree.text, strict=True))
        # 1997 and 2000: the bar of the same year already says it; 2005-2007: one label
        assert labels[1997] == labels[2000] == ""
        assert labels[2004] == number_text(10_000, lang)
        assert [labels[y] for y in (2005, 2006, 2007)] == ["", number_text(15_000, lang), ""]
