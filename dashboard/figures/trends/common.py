"""What every trend chart is made of: style, words, hover, axes, notes and shared traces.

Every chart

* is compact (``CHART_HEIGHT``), uses the map's font and no plotly theme;
* has every visible word in the reader's language (title, axes, legend, hover) and plotly
  ``separators`` for the locale, while hover numbers are pre-formatted with Babel;
* names the source and quality of each number in its hover (the citations arrive in
  :class:`ChartText`; the short citation under the chart is made by the view);
* uses Okabe-Ito colours and never colour alone: markers, dashes, patterns or labels carry
  the same meaning.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from dashboard.datasets.trends import category_name
from dashboard.figures.choropleth import MAP_FONT
from dashboard.figures.text import wrap
from dashboard.i18n.catalog import t
from dashboard.i18n.words import percent_text, quality_text

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
}
POSITIVE = OKABE_ITO["blue"]
NEGATIVE = OKABE_ITO["vermillion"]
GUIDE = "#7f7f7f"
GRID = "#e5e5e5"
SHADE = "rgba(0,0,0,0.06)"
MUTED = "#555555"
HOVER_WIDTH = 60


@dataclass(frozen=True)
class ChartText:
    """The words a trend chart cannot take from the catalogue, in the reader's language.

    ``citations`` maps each source id the chart's rows carry (as the rows spell it) to its
    short citation in ``lang``; the chart's other words are catalogue messages in ``lang``.
    """

    lang: str
    citations: Mapping[str, str]

    def cite(self, source_id: str) -> str:
        """The citation of ``source_id`` (the id itself when none was given)."""
        return self.citations.get(source_id, source_id)


# ---------------------------------------------------------------------------------------------
# words


def hover_text(
    head: str, lines: Sequence[str], source_id: str, quality: str, words: ChartText
) -> str:
    """Hover text: bold head, the value lines, then source and quality."""
    lang = words.lang
    body = [f"<b>{html.escape(head, quote=False)}</b>"]
    body += [wrap(line, HOVER_WIDTH) for line in lines if line]
    body.append(wrap(f"{t('hover.source', lang)}: {words.cite(source_id)}", HOVER_WIDTH))
    body.append(f"{t('hover.quality', lang)}: {quality_text(quality, lang)}")
    return "<br>".join(body)


def unit_text(unit: str, lang: str) -> str:
    """A unit of the trend charts ('persons', 'families', 'per_1000') in ``lang``."""
    return t(f"trends.unit.{unit}", lang)


def category_label(row: Mapping[str, Any], lang: str) -> str:
    """A composition category in ``lang``, capitalised for an axis label."""
    name = category_name(row, lang)
    return name[:1].upper() + name[1:]


def year_range(years: Iterable[int]) -> list[int]:
    """Every year from the first to the last of ``years``, gaps included."""
    values = [int(y) for y in years]
    return list(range(min(values), max(values) + 1))


# ---------------------------------------------------------------------------------------------
# layout: every position computed in pixels, so nothing collides at any width

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


def hatch(shape: str, size: int = 6) -> dict[str, Any]:
    """A white pattern drawn over the bar's own colour (plotly's default replaces the fill,
    which with a white foreground would leave the bar invisible)."""
    return {
        "shape": shape,
        "fgcolor": "white",
        "size": size,
        "solidity": 0.3,
        "fillmode": "overlay",
    }


# ---------------------------------------------------------------------------------------------
# traces


def gap_marks(
    gaps: list[int], lang: str, hover_key: str, xaxis: str, yaxis: str, position: str = ""
) -> dict:
    """A dash at each year with no figure (a gap, never a zero bar), named on hover."""
    return {
        "type": "scatter",
        "x": gaps,
        "y": [0] * len(gaps),
        "mode": "text",
        "text": ["—"] * len(gaps),
        **({"textposition": position} if position else {}),
        "textfont": {"size": 11, "color": GUIDE},
        "name": t("trends.loss.gap", lang),
        "meta": "gaps",
        "hovertext": [t(hover_key, lang, year=y) for y in gaps],
        "hovertemplate": "%{hovertext}<extra></extra>",
        "showlegend": False,
        "xaxis": xaxis,
        "yaxis": yaxis,
    }


def labelled_points(
    x: list,
    y: list,
    *,
    name: str,
    meta: str,
    texts: list[str],
    hover: list[str],
    marker: dict[str, Any],
    textposition: str | list[str] = "top center",
    textfont: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A scatter of separate, labelled points: stated figures, not a continuous series."""
    return {
        "type": "scatter",
        "x": x,
        "y": y,
        "mode": "markers+text",
        "name": name,
        "meta": meta,
        "text": texts,
        "textposition": textposition,
        "textfont": textfont or {"size": LABEL_FONT},
        "marker": marker,
        "hovertext": hover,
        "hovertemplate": "%{hovertext}<extra></extra>",
        **extra,
    }


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


def share_panels(
    panels: Sequence[tuple[pd.DataFrame, str, str, dict[str, Any]]],
    title: str,
    notes: Sequence[str],
    words: ChartText,
) -> go.Figure:
    """Panels of horizontal bars of stated shares (percent), one above the other on one
    scale, each under its own title.

    ``panels``: (rows, panel title, meta, bar style). Only the stated rows are drawn; what the
    source leaves unstated is said in ``notes``, never drawn as a category.
    """
    lang = words.lang
    left = 8
    drawn = [(rows.to_dict("records")[::-1], *rest) for rows, *rest in panels]  # largest on top
    texts = [[percent_text(r["share_pct"], lang) for r in records] for records, *_ in drawn]
    right = bar_room([x for row in texts for x in row])
    top = max((float(r["share_pct"]) for records, *_ in drawn for r in records), default=1.0)
    blocks = [
        Block(
            plot=len(records) * BAR_ROW,
            title=fit(heading, MIN_WIDTH - left - RIGHT, PANEL_FONT),
            ticks=0,
        )
        for records, heading, *_ in drawn
    ]
    wrapped_notes = notes_text(notes, left)
    place = frame(chart_title(title), blocks, wrapped_notes)
    traces: list[dict[str, Any]] = []
    annotations = []
    layout_axes: dict[str, Any] = {}
    for i, ((records, heading, meta, style), labels) in enumerate(zip(drawn, texts, strict=True)):
        suffix = "" if i == 0 else str(i + 1)
        names = [category_label(r, lang) for r in records]
        hover = [
            hover_text(name, [f"{share} · {heading}"], r["source_id"], r["quality"], words)
            for name, share, r in zip(names, labels, records, strict=True)
        ]
        traces.append(
            category_bars(
                names,
                [float(r["share_pct"]) for r in records],
                labels,
                name=heading,
                meta=meta,
                marker=style,
                hovertext=hover,
                xaxis=f"x{suffix}",
                yaxis=f"y{suffix}",
            )
        )
        # one scale for every panel, so the bars compare; the labels carry the numbers
        layout_axes[f"xaxis{suffix}"] = axis(
            range=[0, top * 1.02], anchor=f"y{suffix}", visible=False
        )
        layout_axes[f"yaxis{suffix}"] = category_axis(
            names, anchor=f"x{suffix}", domain=list(place.domains[i])
        )
        annotations.append(panel_title(blocks[i].title, place.titles[i]))
    if wrapped_notes:
        annotations.append(note(wrapped_notes, place.notes))
    layout = chart_layout(
        lang,
        chart_title(title),
        place,
        left=left,
        right=right,
        annotations=annotations,
        **layout_axes,
    )
    return go.Figure(data=traces, layout=layout)
