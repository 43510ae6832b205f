"""What every trend chart is made of: colours, words, hover and shared traces (where they
go is :mod:`~dashboard.figures.trends.layout`).

Every chart

* is laid out for the narrowest card (:mod:`~dashboard.figures.trends.layout`), uses the
  map's font and no plotly theme;
* has every visible word in the reader's language (title, axes, legend, hover) and plotly
  ``separators`` for the locale, while hover numbers are pre-formatted with Babel;
* names the source and quality of each number in its hover (the citations arrive in
  :class:`ChartText`; the short citation under the chart is made by the view);
* uses Okabe-Ito colours and never colour alone: markers, dashes, patterns or labels carry
  the same meaning.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from dashboard.datasets.trends import category_name
from dashboard.figures.text import wrap
from dashboard.figures.trends.layout import (
    BAR_ROW,
    LABEL_FONT,
    MIN_WIDTH,
    PANEL_FONT,
    RIGHT,
    Block,
    axis,
    bar_room,
    category_axis,
    category_bars,
    chart_layout,
    chart_title,
    fit,
    frame,
    note,
    notes_text,
    panel_title,
)
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
SHADE = "rgba(0,0,0,0.06)"
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
