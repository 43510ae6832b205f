"""Kandas: cumulative totals as points, not lines; partial years hatched; gaps marked."""

from __future__ import annotations

from dashboard.i18n.catalog import LANGUAGES, t
from dashboard.i18n.words import number_text
from tests.figures.trends.shared import trace


def test_kandas_points_not_lines_and_partial_years(figures):
    for lang in LANGUAGES:
        fig = figures["kandas", lang]
        cumulative = trace(fig, "cumulative")
        assert cumulative.mode == "markers+text"
        texts = [x for x in cumulative.text if x]
        assert t("trends.qualifier.about", lang, value=number_text(945_000, lang)) in texts
        assert number_text(1_160_000, lang, "over") in texts
        partial = trace(fig, "grants-partial")
        assert list(partial.x) == [2020, 2023] and partial.marker.pattern.shape == "/"
        assert list(trace(fig, "grants").x) == [2022, 2025]
        assert list(trace(fig, "gaps").x) == [2021, 2024]
    ticks = list(figures["kandas", "ru"].layout.xaxis2.ticktext)
    assert ticks[0].startswith("2020<br>янв") and ticks[1] == ""
