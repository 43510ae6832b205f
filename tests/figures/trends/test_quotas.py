"""Immigration quotas: bars and decree points by source, years not retrieved said so."""

from __future__ import annotations

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
