"""Emigrant shares: points at the stated years, percent in the reader's format."""

from __future__ import annotations

from tests.figures.trends.shared import NBSP, plain, trace


def test_emigrant_shares_are_points_with_locale_percent(figures):
    fig = figures["emigrant_shares", "ru"]
    work = trace(fig, "working_age")
    edu = trace(fig, "education")
    assert list(work.x) == [1994, 1995, 1999, 2000] and "lines" not in work.mode
    assert list(edu.x) == [1993, 1994, 1995, 1999, 2000] and "lines" not in edu.mode
    assert work.marker.symbol != edu.marker.symbol
    assert f"63,2{NBSP}%" in work.text
    # printed as '33,0%' in the Programme: the decimal stays
    assert f"33,0{NBSP}%" in edu.text
    notes = [plain(a.text) for a in fig.layout.annotations if a.name == "note"]
    assert any("около 18" in n for n in notes)
    assert trace(figures["emigrant_shares", "en"], "working_age").text[0] == "63.2%"
