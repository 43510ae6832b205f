"""Migration loss: points at the stated years only, gaps marked, qualifiers in words."""

from __future__ import annotations

from dashboard.i18n.catalog import LANGUAGES, t
from tests.figures.trends.shared import trace


def test_loss_per_1000_is_points_at_the_stated_years(figures):
    for lang in LANGUAGES:
        fig = figures["migration_loss", lang]
        loss = trace(fig, "loss_per_1000")
        assert list(loss.x) == [1991, 1992, 1993, 1994, 1995, 1998, 2000]
        assert "lines" not in loss.mode
        gaps = trace(fig, "gaps")
        assert list(gaps.x) == [1996, 1997, 1999] and gaps.mode == "text"
        # 1994 is 'about 25' in words, and an open marker
        labels = dict(zip(loss.x, loss.text, strict=True))
        assert labels[1994] == t("trends.qualifier.about", lang, value="25")
        assert dict(zip(loss.x, loss.marker.symbol, strict=True))[1994] == "circle-open"
        ratio = trace(fig, "ratio")
        # bars, one a year, the first year on top
        assert ratio.type == "bar" and ratio.orientation == "h"
        assert dict(zip(ratio.y, ratio.x, strict=True)) == {"1993": 1.4, "1994": 2.8}
        assert ratio.marker.pattern.shape == "/"
