"""Net migration 2000-2024: lines, the sign of each year, the Programme period, the target,
the spells, locale numbers and gaps that break the line."""

from __future__ import annotations

import dataclasses

import pandas as pd

from dashboard.datasets.package import load_package
from dashboard.datasets.sources import cite
from dashboard.i18n.catalog import LANGUAGES, t
from dashboard.i18n.words import signed_number
from dashboard.views.trends import trend_figure
from tests.figures.trends.shared import NBSP, QUALITY, plain, trace


def test_net_migration_lines_and_the_sign_of_each_year(figures, package):
    fig = figures["net_migration", "en"]
    total, urban, rural = (trace(fig, m) for m in ("total", "urban", "rural"))
    assert list(total.x) == list(range(2000, 2025))
    assert not total.connectgaps
    # urban and rural differ by dash, not only by colour
    assert len({total.line.dash, urban.line.dash, rural.line.dash}) == 3
    values = dict(zip(total.x, total.y, strict=True))
    symbols = dict(zip(total.x, total.marker.symbol, strict=True))
    assert values[2000] == -108307 and values[2024] == 16550
    for year, value in values.items():
        assert symbols[year] == ("triangle-up" if value > 0 else "triangle-down")


def test_net_migration_programme_period_target_and_spells(figures):
    for lang in LANGUAGES:
        fig = figures["net_migration", lang]
        rects = [s for s in fig.layout.shapes if s.type == "rect"]
        assert [(r.x0, r.x1) for r in rects] == [(2000.5, 2010.5)]
        zero = [s for s in fig.layout.shapes if s.type == "line" and s.yref == "y"]
        assert zero and zero[0].y0 == 0
        target = [a for a in fig.layout.annotations if a.name == "target"]
        assert len(target) == 1 and target[0].x == 2010 and target[0].y == 15516
        verdict = t("trends.net.target_met", lang, year=2010, value=signed_number(15516, lang))
        assert verdict in plain(target[0].text)
        spells = [a for a in fig.layout.annotations if (a.name or "").startswith("spell-")]
        assert [a.name for a in spells] == [
            "spell-negative-2000",
            "spell-positive-2004",
            "spell-negative-2012",
            "spell-positive-2023",
        ]
        # a text sign, not only the colour
        assert [plain(a.text).strip() for a in spells] == ["−", "+", "−", "+"]
        assert "2012–2022" in spells[2].hovertext


def test_net_migration_hover_numbers_follow_the_locale(figures):
    expected = {"kk": f"-108{NBSP}307", "ru": f"-108{NBSP}307", "en": "-108,307"}
    for lang in LANGUAGES:
        total = trace(figures["net_migration", lang], "total")
        hover = total.hovertext[0]
        assert expected[lang] in hover, hover
        assert cite("bns-net-migration-all-flows", lang, load_package()) in plain(hover)
        assert QUALITY[lang] in hover


def test_net_migration_gap_breaks_the_line(package):
    def drop_2015(frame: pd.DataFrame) -> pd.DataFrame:
        return frame[~((frame["series"] == "net_migration_all_flows") & (frame["year"] == 2015))]

    changed = dataclasses.replace(
        package,
        tables={**package.tables, "national_series": drop_2015(package["national_series"])},
    )
    fig = trend_figure("net_migration", "en", changed)
    total = trace(fig, "total")
    values = dict(zip(total.x, total.y, strict=True))
    assert 2015 in values and values[2015] is None  # a hole, not an interpolated value
    assert values[2014] is not None and values[2016] is not None
    assert not total.connectgaps
