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

CHART_HEIGHT = 290
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
TITLE_WIDTH = 62  # characters per title line: plotly does not wrap titles
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
# layout


def chart_layout(
    lang: str,
    title: str,
    subtitle: str = "",
    height: int = CHART_HEIGHT,
    top: int = 52,
    bottom: int = 40,
    left: int = 56,
    **extra: Any,
) -> dict[str, Any]:
    """The layout every trend chart starts from: title, margins, font, locale separators."""
    title_dict: dict[str, Any] = {
        "text": wrap(title, TITLE_WIDTH),
        "x": 0.01,
        "xanchor": "left",
        "font": {"size": 13},
    }
    if subtitle:
        title_dict["subtitle"] = {"text": wrap(subtitle, 90), "font": {"size": 10, "color": MUTED}}
    layout = {
        # no theme: every style is set here (the template would add kilobytes per chart)
        "template": "none",
        "height": height,
        "margin": {"l": left, "r": 12, "t": top, "b": bottom},
        "font": {"family": MAP_FONT, "size": 11},
        "title": title_dict,
        "separators": ".," if lang == "en" else ", ",
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "hovermode": "closest",
        "hoverlabel": {"font": {"family": MAP_FONT, "size": 12}, "align": "left"},
        "showlegend": True,
        "legend": {
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": -0.14,
            "yanchor": "top",
            "font": {"size": 10},
        },
    }
    layout.update(extra)
    return layout


def axis(**extra: Any) -> dict[str, Any]:
    """A category or year axis: a line and ticks, no grid."""
    style = {
        "showgrid": False,
        "zeroline": False,
        "showline": True,
        "linecolor": "#999999",
        "ticks": "outside",
        "tickfont": {"size": 10},
        "fixedrange": True,
        "automargin": True,
    }
    style.update(extra)
    return style


def value_axis(title: str = "", **extra: Any) -> dict[str, Any]:
    """A value axis: a light grid, the unit as its title."""
    style = {
        "title": {"text": title, "font": {"size": 10}},
        "showgrid": True,
        "gridcolor": GRID,
        "zeroline": False,
        "tickfont": {"size": 10},
        "fixedrange": True,
        "automargin": True,
    }
    style.update(extra)
    return style


def panel_title(text: str, x: float, y: float = 1.0, width: int = 44) -> dict[str, Any]:
    """A small title above one panel of a two-panel chart (as a paper annotation)."""
    return {
        "text": wrap(text, width),
        "x": x,
        "y": y,
        "xref": "paper",
        "yref": "paper",
        "xanchor": "left",
        "yanchor": "bottom",
        "showarrow": False,
        "align": "left",
        "font": {"size": 10, "color": "#222222"},
    }


def note(text: str, y: float = -0.2, x: float = 0.0) -> dict[str, Any]:
    """A note in the bottom margin (e.g. what the source does not state)."""
    return {
        "text": wrap(text, 95),
        "x": x,
        "y": y,
        "xref": "paper",
        "yref": "paper",
        "xanchor": "left",
        "yanchor": "top",
        "showarrow": False,
        "align": "left",
        "font": {"size": 9, "color": MUTED},
        "name": "note",
    }


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
        "textfont": textfont or {"size": 9},
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
    """Two side-by-side panels of horizontal bars of stated shares (percent).

    ``panels``: (rows, panel title, meta, bar style). Only the stated rows are drawn; what the
    source leaves unstated is said in ``notes``, never drawn as a category.
    """
    lang = words.lang
    traces = []
    annotations = []
    domains = ([0.0, 0.42], [0.58, 1.0])
    layout_axes: dict[str, Any] = {}
    top = max(float(rows["share_pct"].max()) for rows, *_ in panels if not rows.empty)
    for i, (rows, heading, meta, style) in enumerate(panels):
        suffix = "" if i == 0 else str(i + 1)
        records = rows.to_dict("records")[::-1]  # largest at the top
        names = [category_label(r, lang) for r in records]
        texts = [percent_text(r["share_pct"], lang) for r in records]
        hover = [
            hover_text(name, [f"{share} · {heading}"], r["source_id"], r["quality"], words)
            for name, share, r in zip(names, texts, records, strict=True)
        ]
        traces.append(
            {
                "type": "bar",
                "orientation": "h",
                "x": [float(r["share_pct"]) for r in records],
                "y": names,
                "name": heading,
                "meta": meta,
                "text": texts,
                "textposition": "outside",
                "textfont": {"size": 9},
                "cliponaxis": False,
                "constraintext": "none",
                "marker": style,
                "hovertext": hover,
                "hovertemplate": "%{hovertext}<extra></extra>",
                "showlegend": False,
                "xaxis": f"x{suffix}",
                "yaxis": f"y{suffix}",
            }
        )
        layout_axes[f"xaxis{suffix}"] = value_axis(
            "%",
            domain=domains[i],
            range=[0, top * 1.3],
            anchor=f"y{suffix}",
            dtick=20,
        )
        layout_axes[f"yaxis{suffix}"] = axis(
            anchor=f"x{suffix}",
            domain=[0, 0.88],
            showline=False,
            ticks="",
            tickfont={"size": 9},
        )
        annotations.append(panel_title(heading, domains[i][0], 0.9, 40))
    for j, line in enumerate(notes):
        annotations.append(note(line, y=-0.2 - 0.1 * j))
    layout = chart_layout(
        lang,
        title,
        top=48,
        bottom=40 + 24 * len(notes),
        left=8,
        height=CHART_HEIGHT + 10 * len(notes),
        showlegend=False,
        annotations=annotations,
        **layout_axes,
    )
    return go.Figure(data=traces, layout=layout)
