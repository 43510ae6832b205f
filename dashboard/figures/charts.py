"""Small charts for the region profile (plotly only: data in, figure out).

A sparkline shows one indicator of one region over time. Honest by construction:

* every calendar year between the first and the last is on the x axis; a year without a
  value is NaN and ``connectgaps`` is False, so the line breaks there (no interpolation);
* the line also breaks where the territory behind the values changes (East Kazakhstan
  with Abai until 2021, without it from 2022): joining them would draw a fall that is a
  boundary change, not a change in the region;
* values of the parent unit (Abai before 2022 shows East Kazakhstan) are a dotted grey line
  with hollow markers, and their hover says whose values they are;
* every hover names the source (short citation) and the quality, and a modelled value says
  "model estimate, not observed".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.choropleth import MAP_FONT
from dashboard.geo.boundaries import BOUNDARY_VERSIONS
from dashboard.geo.gazetteer import region_name
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number

if TYPE_CHECKING:
    from dashboard.datasets.profiles import IndicatorSeries

SPARKLINE_HEIGHT = 110
OWN_COLOUR = "#2c7fb8"  # YlGnBu, as the map
PARENT_COLOUR = "#7f7f7f"
SELECTED_COLOUR = "#d95f02"  # a contrasting accent for the year on the map
GUIDE_COLOUR = "#bdbdbd"


def _name(unit: str, lang: str, version: str) -> str:
    return region_name(unit, lang, version)


def _others(includes: str, unit: str, lang: str) -> str:
    """Today's units besides ``unit`` that a larger unit covered, by name."""
    newest = BOUNDARY_VERSIONS[-1]
    return ", ".join(_name(p, lang, newest) for p in includes.split("+") if p and p != unit)


def point_hover(row: pd.Series, series: IndicatorSeries, lang: str) -> str:
    """Hover text of one point: year, value and unit, whose value, source, quality."""
    value = format_number(float(row["value"]), lang, series.decimals)
    lines = [f"<b>{int(row['year'])}</b>", f"{value} {series.unit(lang)}"]
    name = _name(row["unit_id"], lang, row["boundary_version"])
    if row["from_parent"]:
        lines.append(t("profile.parent_unit", lang, name=name))
    elif row["includes"]:
        others = _others(row["includes"], row["unit_id"], lang)
        lines.append(
            t("profile.includes", lang, name=name, others=others, version=row["boundary_version"])
        )
    if row["aggregated_from"]:
        lines.append(t("hover.aggregated", lang, parts=row["aggregated_from"]))
    lines.append(f"{t('hover.source', lang)}: {series.citation(row['source_id'], lang)}")
    quality = row["quality"]
    lines.append(f"{t('hover.quality', lang)}: {t('quality.' + quality, lang)}")
    if quality == "model":
        lines.append(f"<i>{t('profile.model', lang)}</i>")
    return "<br>".join(lines)


def _full_years(points: pd.DataFrame) -> pd.DataFrame:
    """Every calendar year from the first to the last, missing ones as NaN rows."""
    if points.empty:
        return points
    years = np.arange(int(points["year"].min()), int(points["year"].max()) + 1)
    full = points.set_index("year").reindex(years)
    full.index.name = "year"
    return full.reset_index()


def _segment_keys(points: pd.DataFrame) -> pd.Series:
    """One key per run of the same territory: (unit, includes, from_parent)."""
    return (
        points["unit_id"].fillna("").astype(str)
        + "|"
        + points["includes"].fillna("").astype(str)
        + "|"
        + points["from_parent"].fillna(False).astype(bool).astype(str)
    )


def sparkline(series: IndicatorSeries, lang: str, selected_year: int | None) -> go.Figure:
    """A compact time series of ``series`` (about 110 px high) for the profile panel.

    One trace per territory (own values solid, parent values dotted with hollow markers);
    gaps are NaN and never bridged. ``selected_year`` gets a thin guide line and, when there
    is a value that year, a highlighted marker. Hover texts are pre-rendered in ``lang``.
    Traces carry ``meta`` = "own", "parent" or "selected" so callers and tests can tell them.
    """
    points = series.points.loc[series.points["value"].notna()]
    full = _full_years(series.points)
    years = full["year"].to_numpy()
    fig = go.Figure()

    keys = _segment_keys(points)
    for key in dict.fromkeys(keys):  # first-seen order: oldest territory first
        seg = points.loc[keys == key]
        parent = bool(seg["from_parent"].iloc[0])
        # NaN everywhere except this territory's years: other years break the line
        y = pd.Series(np.nan, index=years)
        y.loc[seg["year"].to_numpy()] = seg["value"].to_numpy()
        hover = pd.Series("", index=years, dtype=object)
        hover.loc[seg["year"].to_numpy()] = [
            point_hover(r, series, lang) for _, r in seg.iterrows()
        ]
        first = seg.iloc[0]
        name = _name(first["unit_id"], lang, first["boundary_version"])
        fig.add_trace(
            go.Scatter(
                x=years,
                y=y.to_numpy(),
                mode="lines+markers",
                connectgaps=False,
                name=t("profile.parent_unit", lang, name=name) if parent else name,
                meta="parent" if parent else "own",
                line=dict(
                    color=PARENT_COLOUR if parent else OWN_COLOUR,
                    width=1.5,
                    dash="dot" if parent else "solid",
                ),
                marker=dict(
                    size=5,
                    symbol="circle-open" if parent else "circle",
                    color=PARENT_COLOUR if parent else OWN_COLOUR,
                ),
                hovertext=hover.to_numpy(),
                hovertemplate="%{hovertext}<extra></extra>",
                showlegend=False,
            )
        )

    shapes = []
    if selected_year is not None and len(years) and years[0] <= selected_year <= years[-1]:
        shapes.append(
            dict(
                type="line",
                xref="x",
                yref="paper",
                x0=selected_year,
                x1=selected_year,
                y0=0,
                y1=1,
                line=dict(color=GUIDE_COLOUR, width=1),
                layer="below",
            )
        )
        hit = points.loc[points["year"] == selected_year]
        if not hit.empty:
            row = hit.iloc[0]
            fig.add_trace(
                go.Scatter(
                    x=[selected_year],
                    y=[float(row["value"])],
                    mode="markers",
                    meta="selected",
                    name=str(selected_year),
                    marker=dict(
                        size=9,
                        color=SELECTED_COLOUR,
                        symbol="circle-open" if row["from_parent"] else "circle",
                        line=dict(width=2, color=SELECTED_COLOUR),
                    ),
                    hovertext=[point_hover(row, series, lang)],
                    hovertemplate="%{hovertext}<extra></extra>",
                    showlegend=False,
                )
            )
    # Gains and losses: a zero line tells which side a value is on.
    if series.scale == "diverging" and not points.empty:
        if points["value"].min() < 0 < points["value"].max():
            shapes.append(
                dict(
                    type="line",
                    xref="paper",
                    yref="y",
                    x0=0,
                    x1=1,
                    y0=0,
                    y1=0,
                    line=dict(color=GUIDE_COLOUR, width=1, dash="dash"),
                    layer="below",
                )
            )

    ticks = sorted({int(years[0]), int(years[-1])}) if len(years) else []
    fig.update_layout(
        height=SPARKLINE_HEIGHT,
        margin=dict(l=6, r=6, t=6, b=20),
        font=dict(family=MAP_FONT, size=10),
        hoverlabel=dict(font=dict(family=MAP_FONT, size=12), align="left"),
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        showlegend=False,
        hovermode="closest",
        shapes=shapes,
        xaxis=dict(
            tickvals=ticks,
            ticktext=[str(y) for y in ticks],
            range=[ticks[0] - 0.6, ticks[-1] + 0.6] if ticks else None,
            showgrid=False,
            zeroline=False,
            showline=False,
            fixedrange=True,
            tickfont=dict(size=10, color="#6c757d"),
        ),
        yaxis=dict(visible=False, fixedrange=True),
    )
    return fig
