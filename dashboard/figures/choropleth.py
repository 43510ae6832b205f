"""Choropleth of one indicator and year on one boundary version (pure: data in, figure out)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.projection import KAZAKHSTAN_VIEW, PLOTLY_PROJECTION
from dashboard.figures.scales import (
    NO_DATA_COLOUR,
    ColourClass,
    classify,
    diverging_classes,
    sequential_classes,
    stepped_colorscale,
)
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number

MAP_FONT = "Open Sans, DejaVu Sans, Arial, sans-serif"


@dataclass(frozen=True)
class MapText:
    """The words of one map, already in the reader's language."""

    lang: str
    title: str
    legend_title: str
    unit: str
    decimals: int | None = None


def class_label(cls: ColourClass, lang: str, decimals: int | None) -> str:
    """Legend text of a class, e.g. ``-22 759 – -5 800``."""
    low = format_number(cls.lower, lang, decimals)
    high = format_number(cls.upper, lang, decimals)
    return low if low == high else f"{low} – {high}"


def hover_text(row: pd.Series, text: MapText) -> str:
    """Hover of one region: name, value with unit, rank, source and quality (or 'no data')."""
    name = f"<b>{row['name']}</b>"
    if pd.isna(row["value"]):
        return f"{name}<br>{t('map.no_data', text.lang)}"
    value = format_number(row["value"], text.lang, text.decimals)
    lines = [name, f"{t('hover.value', text.lang)}: {value} {text.unit}"]
    if row.get("aggregated_from"):
        lines.append(t("hover.aggregated", text.lang, parts=row["aggregated_from"]))
    lines.append(f"{t('hover.source', text.lang)}: {row['source_label']}")
    lines.append(f"{t('hover.quality', text.lang)}: {t('quality.' + row['quality'], text.lang)}")
    return "<br>".join(lines)


def choropleth_figure(
    regions: pd.DataFrame, geojson: dict, text: MapText, diverging: bool
) -> go.Figure:
    """Draw ``regions`` (region_id, name, value, source_label, quality[, aggregated_from]).

    Regions without a value are drawn grey and say "no data"; nothing is filled in.
    Colours are quantile classes (diverging around zero when ``diverging``).
    """
    values = regions["value"].to_numpy(dtype=float)
    classes = diverging_classes(values) if diverging else sequential_classes(values)
    hover = regions.apply(hover_text, axis=1, text=text) if len(regions) else pd.Series([])
    has_value = np.isfinite(values)

    fig = go.Figure()
    if classes:
        fig.add_trace(
            go.Choropleth(
                geojson=geojson,
                featureidkey="id",
                locations=regions.loc[has_value, "region_id"],
                z=classify(values[has_value], classes),
                zmin=-0.5,
                zmax=len(classes) - 0.5,
                colorscale=stepped_colorscale(classes),
                text=hover[has_value],
                hovertemplate="%{text}<extra></extra>",
                marker_line_color="white",
                marker_line_width=0.8,
                colorbar=dict(
                    title=dict(text=text.legend_title, side="top"),
                    tickvals=list(range(len(classes))),
                    ticktext=[class_label(c, text.lang, text.decimals) for c in classes],
                    thickness=14,
                    len=0.75,
                ),
                name="value",
            )
        )
    if (~has_value).any():
        fig.add_trace(
            go.Choropleth(
                geojson=geojson,
                featureidkey="id",
                locations=regions.loc[~has_value, "region_id"],
                z=np.zeros(int((~has_value).sum())),
                colorscale=[[0, NO_DATA_COLOUR], [1, NO_DATA_COLOUR]],
                showscale=False,
                text=hover[~has_value],
                hovertemplate="%{text}<extra></extra>",
                marker_line_color="white",
                marker_line_width=0.8,
                name="no-data",
            )
        )
    if (~has_value).any():
        # Choropleth traces have no legend entry, so the grey swatch is explained here.
        fig.add_annotation(
            text=f"<span style='color:{NO_DATA_COLOUR}'>■</span> "
            + t("map.no_data_legend", text.lang),
            x=0.01,
            y=0.01,
            xref="paper",
            yref="paper",
            xanchor="left",
            yanchor="bottom",
            showarrow=False,
            font=dict(size=13),
            name="no-data-note",
        )
    fig.update_geos(
        projection=PLOTLY_PROJECTION,
        **KAZAKHSTAN_VIEW,
        showcountries=True,
        countrycolor="#9a9a9a",
        showland=True,
        landcolor="#f3f1ec",
        showlakes=True,
        lakecolor="#d6e6f2",
        showocean=True,
        oceancolor="#d6e6f2",
        showframe=False,
        showcoastlines=False,
        bgcolor="#d6e6f2",  # the Caspian is a hole in the 110m land, not a lake
        resolution=110,
    )
    fig.update_layout(
        title=dict(text=text.title, x=0.01, xanchor="left"),
        margin=dict(l=0, r=0, t=48, b=0),
        font=dict(family=MAP_FONT),
        paper_bgcolor="white",
        separators=".," if text.lang == "en" else ", ",
        uirevision="map",
    )
    return fig
