"""Where everything of a trend chart goes: in kk, ru and en, on the narrowest chart, no
title, panel, legend or note runs into another, every line fits its width, no word or
number is cut, and categories are bars."""

from __future__ import annotations

from itertools import pairwise

import pytest

from dashboard.figures.trends.layout import (
    GAP,
    LABEL_FONT,
    LEGEND_FONT,
    LEGEND_ROW,
    LINE,
    MIN_WIDTH,
    NOTE_FONT,
    PAD,
    PANEL_FONT,
    RIGHT,
    TICK_FONT,
    TICKS,
    TITLE_FONT,
    Block,
    frame,
    lines,
    text_px,
)
from dashboard.i18n.catalog import LANGUAGES
from dashboard.views.trends import CHARTS


def _plain(fig) -> tuple[dict, list[dict]]:
    """The figure as plotly JSON: its layout and its traces."""
    body = fig.to_plotly_json()
    return body["layout"], body["data"]


def _px(layout: dict, y: float) -> float:
    """Pixels from the figure's top of paper ``y``."""
    margin = layout["margin"]
    plot = layout["height"] - margin["t"] - margin["b"]
    return margin["t"] + (1 - y) * plot


def _blocks(fig) -> list[tuple[float, float, str]]:
    """(top, bottom, what) in px of every block of text or plot stacked in the chart."""
    layout, data = _plain(fig)
    title = layout["title"]
    n = lines(title["text"])
    top = (1 - title["y"]) * layout["height"] - (n - 1) * LINE * TITLE_FONT
    blocks = [(top, top + n * LINE * TITLE_FONT, "title")]
    for a in layout.get("annotations", []):
        if a.get("name") in ("panel", "note"):
            font = PANEL_FONT if a["name"] == "panel" else NOTE_FONT
            y = _px(layout, a["y"])
            blocks.append((y, y + lines(a["text"]) * LINE * font, a["name"]))
    for name in ("yaxis", "yaxis2"):
        y = layout.get(name)
        if not y:
            continue
        x = layout.get("xaxis" + name[5:], {})
        ticks = 0 if x.get("visible") is False else TICKS
        if any("<br>" in tick for tick in x.get("ticktext", [])):
            ticks += 14
        domain = y.get("domain", [0, 1])
        blocks.append((_px(layout, domain[1]), _px(layout, domain[0]) + ticks, f"plot {name}"))
    for name in ("legend", "legend2"):
        legend = layout.get(name)
        if not legend or not layout.get("showlegend"):
            continue
        entries = [
            tr for tr in data if tr.get("legend", "legend") == name and tr.get("showlegend", True)
        ]
        top = _px(layout, legend["y"])
        blocks.append((top, top + len(entries) * LEGEND_ROW, name))
    return sorted(blocks)


@pytest.mark.parametrize("name", list(CHARTS))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_titles_panels_legends_and_notes_never_overlap(figures, name, lang):
    fig = figures[name, lang]
    blocks = _blocks(fig)
    assert blocks[0][0] >= 0 and blocks[-1][1] <= fig.layout.height, blocks
    for (_, bottom, what), (top, _, below) in pairwise(blocks):
        assert bottom <= top + 0.5, f"{what} runs into {below}: {bottom:.1f} > {top:.1f} px"


@pytest.mark.parametrize("name", list(CHARTS))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_line_fits_the_narrowest_chart(figures, name, lang):
    layout, data = _plain(figures[name, lang])
    margin = layout["margin"]
    plot = MIN_WIDTH - margin["l"] - margin["r"]
    room = MIN_WIDTH - margin["l"] - RIGHT  # text from the plot's left edge may use the margin
    assert text_px(layout["title"]["text"], TITLE_FONT) <= MIN_WIDTH - 8 - RIGHT
    for a in layout.get("annotations", []):
        if a.get("name") in ("panel", "note"):
            font = PANEL_FONT if a["name"] == "panel" else NOTE_FONT
            assert text_px(a["text"], font) <= room, (a["name"], a["text"])
    for tr in data:
        if tr.get("showlegend", True) and layout.get("showlegend"):
            assert text_px(tr["name"], LEGEND_FONT) + 40 <= room, tr["name"]
    for axis_name in ("yaxis", "yaxis2"):
        y = layout.get(axis_name, {})
        if y.get("ticklabelposition") == "inside top":  # category names above their bars
            assert max(text_px(c, TICK_FONT) for c in y["categoryarray"]) <= plot
    for tr in data:  # a bar's number, at its end, fits the right margin kept for it
        if tr["type"] == "bar" and tr.get("orientation") == "h":
            assert max(text_px(x, LABEL_FONT) for x in tr["text"]) <= margin["r"]


@pytest.mark.parametrize("name", list(CHARTS))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_word_or_number_is_cut(figures, name, lang):
    layout, data = _plain(figures[name, lang])
    texts = [layout["title"]["text"]] + [a["text"] for a in layout.get("annotations", [])]
    for tr in data:
        texts.append(tr.get("name", ""))
        text = tr.get("text", [])
        texts += [text] if isinstance(text, str) else list(text)
    for axis_name in ("xaxis", "xaxis2", "yaxis", "yaxis2"):
        ax = layout.get(axis_name, {})
        texts += list(ax.get("ticktext", [])) + list(ax.get("categoryarray", []))
    for text in texts:
        assert "…" not in text and "..." not in text, text


CATEGORY_CHARTS = {
    # chart: the metas of its traces that are categories (countries, groups, items, years
    # compared side by side), each drawn as bars
    "emigration": {"year", "total", "range"},
    "ethnic_composition": {"emigrants", "immigrants"},
    "oralmans": {"origins-0", "origins-1"},
    "migration_loss": {"ratio"},
}


@pytest.mark.parametrize("name", list(CATEGORY_CHARTS))
def test_categories_are_bars_never_lines(figures, name):
    for lang in LANGUAGES:
        traces = {tr.meta: tr for tr in figures[name, lang].data}
        for meta in CATEGORY_CHARTS[name]:
            assert traces[meta].type == "bar" and traces[meta].orientation == "h", meta
        assert not [tr for tr in traces.values() if "lines" in (getattr(tr, "mode", "") or "")]


def test_the_frame_stacks_blocks_top_down():
    title = "A title"
    blocks = [Block(plot=100, title="Panel", legend=2), Block(plot=50, title="Two<br>lines")]
    place = frame(title, blocks, "A note")
    (low0, high0), (low1, high1) = place.domains
    assert 1 >= high0 > low0 > place.legends[0] > place.titles[1] > high1 > low1 >= 0
    assert place.titles[0] > high0 and place.legends[1] is None
    assert place.notes < 0 and place.top > PAD + LINE * TITLE_FONT
    plot = place.height - place.top - place.bottom
    assert plot == pytest.approx(
        100 + TICKS + 2 * LEGEND_ROW + GAP + 2 * LINE * PANEL_FONT + 4 + 50, abs=1
    )
