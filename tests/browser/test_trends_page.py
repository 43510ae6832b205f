"""The trends panel in headless Chromium, as drawn: categories are bars, and no title, label,
legend entry, number or note runs into another or out of its chart, in kk, ru and en, at
1366x800 (one chart a row) and 1920x1080 (two a row)."""

from __future__ import annotations

import json

import pytest

from dashboard.datasets.trends import CHARTS
from dashboard.layout.panels.trends import TREND_CHART, TRENDS_PANEL, chart_id
from tests.browser.conftest import screenshot
from tests.browser.test_map_page import assert_clean

# Every text plotly drew in each chart (title, panel titles, ticks, legend, bar and point
# labels, notes) with its box on the page, and the chart's traces.
DRAWN_JS = """(ids) => ids.map((id) => {
    const graph = document.getElementById(id).querySelector('.js-plotly-plot');
    const box = graph.getBoundingClientRect();
    const texts = Array.from(graph.querySelectorAll('.main-svg text'))
        .filter((el) => el.textContent.trim() && !el.closest('.hoverlayer'))
        .map((el) => {
            const r = el.getBoundingClientRect();
            return {text: el.textContent, left: r.left, right: r.right, top: r.top,
                    bottom: r.bottom};
        })
        .filter((t) => t.right - t.left > 0);
    const traces = graph._fullData.map((t) => ({type: t.type, meta: t.meta,
        orientation: t.orientation || null, mode: t.mode || null}));
    return {box: {left: box.left, right: box.right, top: box.top, bottom: box.bottom},
            texts, traces};
})"""

# Charts whose traces (by meta) are categories compared side by side: drawn as bars.
CATEGORY_BARS = {
    "emigration": {"year", "total", "range"},
    "ethnic_composition": {"emigrants", "immigrants"},
    "oralmans": {"origins-0", "origins-1"},
    "migration_loss": {"ratio"},
    "quotas": {"programme"},
    "kandas": {"grants", "grants-partial"},
}


def dom_id(chart: str) -> str:
    """The DOM id Dash gives a pattern-matching id: its JSON, keys sorted, no spaces."""
    return json.dumps(chart_id(chart, TREND_CHART), sort_keys=True, separators=(",", ":"))


def overlap(a: dict, b: dict) -> float:
    """Pixels two boxes share in the narrower direction (0 when apart)."""
    width = min(a["right"], b["right"]) - max(a["left"], b["left"])
    height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return min(width, height) if width > 0 and height > 0 else 0.0


@pytest.mark.parametrize("size", [(1366, 800), (1920, 1080)])
def test_trends_draw_bars_and_no_text_collides_or_is_cut(watched_page, app_url, size):
    page = watched_page
    page.set_viewport_size({"width": size[0], "height": size[1]})
    for lang in ("kk", "ru", "en"):
        page.goto(f"{app_url}/?lang={lang}&panel=trends")
        page.wait_for_function(
            f"() => document.querySelectorAll('#{TRENDS_PANEL} .js-plotly-plot .main-svg')"
            f".length >= {len(CHARTS)}"
        )
        page.wait_for_timeout(300)  # the last chart's labels are placed
        drawn = dict(zip(CHARTS, page.evaluate(DRAWN_JS, [dom_id(c) for c in CHARTS]), strict=True))
        for chart, metas in CATEGORY_BARS.items():
            traces = {t["meta"]: t for t in drawn[chart]["traces"]}
            for meta in metas:
                assert traces[meta]["type"] == "bar", (lang, chart, meta)
        for chart, shown in drawn.items():
            box, texts = shown["box"], shown["texts"]
            assert texts, chart
            for t in texts:
                assert "…" not in t["text"] and "..." not in t["text"], (lang, chart, t)
                inside = (
                    t["left"] >= box["left"] - 1
                    and t["right"] <= box["right"] + 1
                    and t["top"] >= box["top"] - 1
                    and t["bottom"] <= box["bottom"] + 1
                )
                assert inside, f"{lang} {size} {chart}: {t['text']!r} is cut by the chart's edge"
            for i, a in enumerate(texts):
                for b in texts[i + 1 :]:
                    assert overlap(a, b) <= 1.5, (
                        f"{lang} {size} {chart}: {a['text']!r} runs into {b['text']!r}"
                    )
        screenshot(page, f"panel-trends-{lang}-{size[0]}")
    assert_clean(page)
