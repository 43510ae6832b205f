"""The Aral Sea chart of the profile: the sea's water area 1986-2018 (plotly only).

Pure: the areas (:func:`dashboard.datasets.aral.aral_sea_areas`) and the words of its source
line come in, a figure goes out; nothing is loaded here.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.choropleth import MAP_FONT
from dashboard.figures.text import wrap
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number

ARAL_COLOURS = {"total": "#000000", "large": "#0072b2", "small": "#009e73"}  # Okabe-Ito
ARAL_CHART_HEIGHT = 250  # px: title, caveat, plot and source line in a side panel


@dataclass(frozen=True)
class AralText:
    """The words of the chart's source line, already in the reader's language."""

    lang: str
    citation: str  # short citations of the series' sources, joined by '; '
    quality: str  # their quality flags in words, joined by ', '


def aral_sea_chart(areas: pd.DataFrame, text: AralText) -> go.Figure:
    """Small line chart of the Aral Sea water area 1986-2018, thousand km².

    ``areas``: :func:`dashboard.datasets.aral.aral_sea_areas`. Lines: the whole sea, the
    Large (South) Aral and the Small (North) Aral; caveat (secondary source, later values
    rejected) as subtitle and the source citation under the plot. ARAL_CHART_HEIGHT
    (250 px) high; the caller sets the plotly config (no modebar).
    """
    lang = text.lang
    unit = t("zones.aral.unit", lang)
    years = areas.index.to_numpy()

    def fmt(value: float) -> str:
        return format_number(value, lang, 2)

    fig = go.Figure()
    for key, column_name in (("total", "total"), ("large", "large_whole"), ("small", "small")):
        values = areas[column_name]
        texts = []
        for year, value in zip(years, values, strict=True):
            label = f"{year}: {fmt(value)} {unit}"
            if key == "large" and pd.notna(areas.at[year, "west"]):
                parts = t(
                    "zones.aral.large_parts",
                    lang,
                    west=fmt(areas.at[year, "west"]),
                    east=fmt(areas.at[year, "eastern"]),
                )
                label += f" ({parts})"
            texts.append(label)
        fig.add_trace(
            go.Scatter(
                x=years,
                y=values.to_numpy(dtype=float),
                mode="lines",
                name=t(f"zones.aral.{key}", lang),
                line={"color": ARAL_COLOURS[key], "width": 2.5 if key == "total" else 1.8},
                text=texts,
                hovertemplate="%{text}<extra>%{fullData.name}</extra>",
            )
        )
    source = f"{t('hover.source', lang)}: {text.citation} ({text.quality})"
    fig.update_layout(
        height=ARAL_CHART_HEIGHT,
        margin={"l": 40, "r": 8, "t": 68, "b": 50},
        font={"family": MAP_FONT, "size": 11},
        title={
            "text": t("zones.aral.title", lang),
            # Wrapped: the chart sits in a narrow panel and plotly does not wrap text.
            "subtitle": {"text": wrap(t("zones.aral.caveat", lang), 75), "font": {"size": 10}},
            "x": 0.01,
            "xanchor": "left",
            "font": {"size": 13},
        },
        legend={"font": {"size": 10}, "x": 1, "xanchor": "right", "y": 1, "yanchor": "top"},
        paper_bgcolor="white",
        plot_bgcolor="white",
        separators=".," if lang == "en" else ", ",
        annotations=[
            {
                "text": wrap(source, 80),
                # just under the year ticks, in the bottom margin
                "x": 0,
                "y": 0,
                "yshift": -20,
                "xref": "paper",
                "yref": "paper",
                "xanchor": "left",
                "yanchor": "top",
                "align": "left",
                "showarrow": False,
                "font": {"size": 9, "color": "#555555"},
                "name": "source",
            }
        ],
    )
    fig.update_xaxes(range=[years.min() - 0.5, years.max() + 0.5], showgrid=False, dtick=4)
    fig.update_yaxes(rangemode="tozero", gridcolor="#e5e5e5", ticksuffix="")
    return fig
