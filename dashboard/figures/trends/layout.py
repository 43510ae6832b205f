"""Where everything of a trend chart goes, computed in pixels, so nothing collides or is
cut at any width in any language.

plotly never wraps a title, label or note and never moves one out of another's way: the
charts wrap every text here to the narrowest width a chart is drawn at (:data:`MIN_WIDTH`;
the panel's grid keeps cards that wide) and stack their blocks top-down (:func:`frame`):
title, then each panel's title, plot, tick labels and legend, then the notes. Widths are
estimated from the number of letters (:data:`EM`), heights from the number of lines, which
the wrapping fixes. Category bars (:func:`category_bars`) write each name above its bar, so
a long name in Kazakh never pushes the bars aside.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dashboard.figures.choropleth import MAP_FONT
from dashboard.figures.text import wrap

GRID = "#e5e5e5"
MUTED = "#555555"

# The panel's grid never draws a chart narrower than this (layout/panels/trends.py and
# assets/atlas.css): titles, labels and notes are wrapped to fit it. Wider cards only add room.
MIN_WIDTH = 620
# Average advance of a letter, in font sizes: Open Sans measures about 0.52 in Kazakh and
# Russian, 0.45 in English; DejaVu Sans (the fallback) 0.58. The larger one keeps every
# wrapped line inside its width whichever font the browser has.
EM = 0.58
LINE = 1.3  # plotly's line height, in font sizes
TITLE_FONT = 13
PANEL_FONT = 11
TICK_FONT = 10
LEGEND_FONT = 10
LABEL_FONT = 10
NOTE_FONT = 9
LEGEND_ROW = 20  # px per entry of a vertical legend at LEGEND_FONT
TICKS = 24  # px under a plot for one line of x tick labels
PAD = 8  # px above the title and below the last line
GAP = 12  # px between blocks (title, panels, legends, notes)
RIGHT = 12  # px right margin, unless value labels need more


def chars_for(width: float, font: float) -> int:
    """How many letters of ``font`` px fit in ``width`` px (at least 12)."""
    return max(12, int(width / (font * EM)))


def fit(text: str, width: float, font: float) -> str:
    """``text`` escaped and wrapped into lines no wider than ``width`` px at ``font`` px."""
    return wrap(text, chars_for(width, font)) if text else ""


def lines(text: str) -> int:
    """Lines of a wrapped text (0 for none)."""
    return text.count("<br>") + 1 if text else 0


def text_px(text: str, font: float) -> float:
    """The width in px of the longest line of ``text`` (plotly markup) at ``font`` px."""
    plain = html.unescape(re.sub(r"<(?!br>)[^>]+>", "", text))
    return max((len(line) for line in plain.split("<br>")), default=0) * font * EM


@dataclass(frozen=True)
class Block:
    """One panel of a chart, top to bottom: its title, its plot area, the x tick labels under
    it and the rows of its own legend. ``title`` is already wrapped (:func:`fit`)."""

    plot: int
    title: str = ""
    ticks: int = TICKS
    legend: int = 0


@dataclass(frozen=True)
class Frame:
    """Where everything of a chart goes, computed top-down in pixels.

    ``domains`` are the panels' y domains (paper), top panel first; ``titles`` the paper y
    of each panel title's top; ``legends`` the paper y of each panel legend's top (None
    without one); ``notes`` the paper y of the notes' top.
    """

    height: int
    top: int
    bottom: int
    title_y: float
    domains: tuple[tuple[float, float], ...]
    titles: tuple[float, ...]
    legends: tuple[float | None, ...]
    notes: float


def frame(title: str, blocks: Sequence[Block], notes: str = "", head: int = 0) -> Frame:
    """Stack the wrapped ``title``, the ``blocks`` and the wrapped ``notes`` without overlap.

    ``head`` is extra room above the first plot (e.g. labels drawn along its top).
    """
    y = PAD + lines(title) * TITLE_FONT * LINE + GAP + head
    spans, title_tops, legend_tops = [], [], []
    for i, block in enumerate(blocks):
        if i:
            y += GAP
        title_tops.append(y)
        if block.title:
            y += lines(block.title) * PANEL_FONT * LINE + 4
        spans.append((y, y + block.plot))
        y += block.plot + block.ticks
        legend_tops.append(y if block.legend else None)
        y += block.legend * LEGEND_ROW
    notes_top = y + (6 if notes else 0)
    y = notes_top + lines(notes) * NOTE_FONT * LINE + PAD
    height = round(y)
    top, bottom = int(spans[0][0]), height - int(spans[-1][1])
    plot = height - top - bottom

    def paper(px: float) -> float:  # px from the top -> paper y
        return (height - bottom - px) / plot

    return Frame(
        height=height,
        top=top,
        bottom=bottom,
        title_y=1 - PAD / height,
        domains=tuple((max(0.0, paper(b)), min(1.0, paper(a))) for a, b in spans),
        titles=tuple(paper(p) for p in title_tops),
        legends=tuple(None if p is None else paper(p) for p in legend_tops),
        notes=paper(notes_top),
    )


def chart_layout(
    lang: str,
    title: str,
    place: Frame,
    left: int = 56,
    right: int = RIGHT,
    **extra: Any,
) -> dict[str, Any]:
    """The layout every trend chart starts from: the wrapped ``title`` and the margins of
    ``place`` (:func:`frame`), font, locale separators, no theme, no legend unless given."""
    layout = {
        # no theme: every style is set here (the template would add kilobytes per chart)
        "template": "none",
        "height": place.height,
        "margin": {"l": left, "r": right, "t": place.top, "b": place.bottom},
        "font": {"family": MAP_FONT, "size": 11},
        "title": {
            "text": title,
            "x": 0,
            "xref": "container",
            "xanchor": "left",
            # plotly puts a title's last line at ``y``: move it down by the lines above it
            "y": place.title_y - (lines(title) - 1) * LINE * TITLE_FONT / place.height,
            "yref": "container",
            "yanchor": "top",
            "pad": {"l": 8},
            "font": {"size": TITLE_FONT},
        },
        "separators": ".," if lang == "en" else ", ",
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "hovermode": "closest",
        "hoverlabel": {"font": {"family": MAP_FONT, "size": 12}, "align": "left"},
        "showlegend": False,
    }
    layout.update(extra)
    return layout


def chart_title(text: str) -> str:
    """A chart's title wrapped to the narrowest chart (it starts 8 px from the left edge)."""
    return fit(text, MIN_WIDTH - 8 - RIGHT, TITLE_FONT)


def legend_at(y: float | None, **extra: Any) -> dict[str, Any]:
    """A vertical legend whose top is at paper ``y`` (:attr:`Frame.legends`), one entry a
    row (rows of a vertical legend never wrap, so their number is known), from the plot's
    left edge. Paper, not container, coordinates: plotly would reserve the margin from a
    container-placed legend to the figure's edge, squeezing every panel above it."""
    style = {
        "orientation": "v",
        "x": 0,
        "xanchor": "left",
        "xref": "paper",
        "y": y,
        "yref": "paper",
        "yanchor": "top",
        "font": {"size": LEGEND_FONT},
        "tracegroupgap": 0,
        "bgcolor": "rgba(0,0,0,0)",
    }
    style.update(extra)
    return style


def axis(**extra: Any) -> dict[str, Any]:
    """A category or year axis: a line and ticks, no grid. Its tick labels have the room
    :func:`frame` gives them (``automargin`` would move the plot under the legend)."""
    style = {
        "showgrid": False,
        "zeroline": False,
        "showline": True,
        "linecolor": "#999999",
        "ticks": "outside",
        "ticklen": 4,
        "tickfont": {"size": TICK_FONT},
        "fixedrange": True,
        "automargin": False,
    }
    style.update(extra)
    return style


def value_axis(title: str = "", **extra: Any) -> dict[str, Any]:
    """A value axis (left): a light grid, the unit as its title; its margin grows to fit
    the tick labels (sideways only, so nothing above or below moves)."""
    style = {
        "title": {"text": title, "font": {"size": TICK_FONT}, "standoff": 4},
        "showgrid": True,
        "gridcolor": GRID,
        "zeroline": False,
        "tickfont": {"size": TICK_FONT},
        "fixedrange": True,
        "automargin": "left+right",
    }
    style.update(extra)
    return style


def panel_title(text: str, y: float, x: float = 0.0) -> dict[str, Any]:
    """A panel's title (already wrapped), its top at paper ``y`` (:attr:`Frame.titles`)."""
    return {
        "text": text,
        "x": x,
        "y": y,
        "xref": "paper",
        "yref": "paper",
        "xanchor": "left",
        "yanchor": "top",
        "showarrow": False,
        "align": "left",
        "font": {"size": PANEL_FONT, "color": "#222222", "weight": 600},
        "name": "panel",
    }


def note(text: str, y: float) -> dict[str, Any]:
    """A note (already wrapped) under the chart, its top at paper ``y`` (:attr:`Frame.notes`)."""
    return {
        "text": text,
        "x": 0,
        "y": y,
        "xref": "paper",
        "yref": "paper",
        "xanchor": "left",
        "yanchor": "top",
        "showarrow": False,
        "align": "left",
        "font": {"size": NOTE_FONT, "color": MUTED},
        "name": "note",
    }


def notes_text(notes: Sequence[str], left: int) -> str:
    """The notes of a chart, wrapped to the narrowest plot (they start at its left edge)."""
    return "<br>".join(fit(n, MIN_WIDTH - left - RIGHT, NOTE_FONT) for n in notes if n)


BAR_ROW = 30  # px per category of a bar panel: its label above, its bar below
BAR = 12  # px thickness of such a bar


def category_bars(
    names: Sequence[str], values: Sequence[float], texts: Sequence[str], **trace: Any
) -> dict[str, Any]:
    """Horizontal bars, one a row, in the lower part of the row: the axis writes each
    category above its bar (``category_axis``), so a long name in any language has the whole
    width and never pushes the bars aside. ``texts`` go at the bar ends."""
    return {
        "type": "bar",
        "orientation": "h",
        "x": list(values),
        "y": list(names),
        "width": BAR / BAR_ROW,
        "offset": -0.5 + 2 / BAR_ROW,
        "text": list(texts),
        "textposition": "outside",
        "textfont": {"size": LABEL_FONT},
        "cliponaxis": False,
        "constraintext": "none",
        "hovertemplate": "%{hovertext}<extra></extra>",
        **trace,
    }


def category_axis(names: Sequence[str], **extra: Any) -> dict[str, Any]:
    """The y axis of :func:`category_bars`: the names inside the plot, above their bars."""
    style = {
        "type": "category",
        "categoryorder": "array",
        "categoryarray": list(names),
        "range": [-0.5, len(names) - 0.5],
        "ticklabelposition": "inside top",
        "ticks": "",
        "showgrid": False,
        "zeroline": False,
        "showline": True,
        "linecolor": "#999999",
        "tickfont": {"size": TICK_FONT, "color": "#222222"},
        "fixedrange": True,
        "automargin": False,
    }
    style.update(extra)
    return style


def bar_room(texts: Sequence[str]) -> int:
    """The right margin that holds the longest label at a bar's end."""
    return int(RIGHT + max((text_px(x, LABEL_FONT) for x in texts), default=0) + 6)
