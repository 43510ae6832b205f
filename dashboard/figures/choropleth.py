"""Choropleth of one indicator and year on one boundary version (pure: data in, figure out)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.projection import KAZAKHSTAN_VIEW, PLOTLY_PROJECTION
from dashboard.figures.scales import (
    NO_DATA_COLOUR,
    ColourClass,
    classify,
    stepped_colorscale,
)
from dashboard.figures.text import in_template, plain, plain_lines, wrap
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number

MAP_FONT = "Open Sans, DejaVu Sans, Arial, sans-serif"
LEGEND_CHARS = 34  # legend beside the map: wrap its entries at this many characters
# Water is white: no class colour of any scheme (RdBu, YlGnBu) is white, and the lightest
# blue of the gains would melt into a blue sea (Atyrau and Mangystau into the Caspian).
WATER = "#ffffff"
CITY_SIZE = 13  # px: the cities' polygons are smaller than this at national scale
CITY_OUTLINE = "#1a1a1a"
LABEL_SIZE = 11
# A city's name sits beside its symbol, this far from the symbol's centre (px).
CITY_NAME_GAP_PX = CITY_SIZE / 2 + 2
# plotly draws a text with a text position (marker radius / 0.8 + 1) px from its point
# (see text_gap): an invisible marker of this size puts a city's name CITY_NAME_GAP_PX
# from the centre of its symbol.
CITY_NAME_MARKER = 2 * 0.8 * (CITY_NAME_GAP_PX - 1)


def text_gap(marker_size: float) -> float:
    """px between a point and its text at a text position other than the centre, as
    plotly.js draws it (Drawing.textPointPosition) for a marker of ``marker_size``."""
    return marker_size / 2 / 0.8 + 1 if marker_size else 0.0


# A white halo around the letters (CSS text-shadow on SVG text): legible over any class.
HALO = "1px 1px 1px white, -1px -1px 1px white, 1px -1px 1px white, -1px 1px 1px white"


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


def hover_text(row: pd.Series, text: MapText, with_source: bool = True) -> str:
    """Hover of one region: name, value with unit, rank, source and quality (or 'no data').

    ``with_source=False`` leaves the source line to the trace's hover template, when one
    source serves every region (it is then sent once, not twenty times). Every word from
    data is escaped (:mod:`dashboard.figures.text`); the markup is this function's own.
    """
    name = f"<b>{plain(row['name'])}</b>"
    if pd.isna(row["value"]):
        detail = f"<br>{wrap(row['detail'], 60)}" if row.get("detail") else ""
        return f"{name}<br>{plain(t('map.no_data', text.lang))}{detail}"
    value = format_number(row["value"], text.lang, text.decimals)
    lines = [name, plain(f"{t('hover.value', text.lang)}: {value} {text.unit}")]
    lines.append(plain(t("hover.rank", text.lang, rank=int(row["rank"]), count=int(row["ranked"]))))
    if row.get("detail"):
        lines.append(wrap(row["detail"], 60))
    if row.get("aggregated_from"):
        lines.append(plain(t("hover.aggregated", text.lang, parts=row["aggregated_from"])))
    if with_source:
        lines.append(plain(f"{t('hover.source', text.lang)}: {row['source_label']}"))
    quality = t("quality." + row["quality"], text.lang)
    lines.append(plain(f"{t('hover.quality', text.lang)}: {quality}"))
    return "<br>".join(lines)


def _ranked(regions: pd.DataFrame) -> pd.DataFrame:
    missing = regions["value"].isna()
    return regions.assign(
        rank=regions["value"].rank(ascending=False, method="min"), ranked=int((~missing).sum())
    )


def _legend_colours(
    values: np.ndarray, classes: list[ColourClass]
) -> tuple[list[ColourClass], np.ndarray]:
    """The legend's classes (the grey "no data" first when a unit has none) and each
    value's index into them."""
    missing = ~np.isfinite(values)
    colours = [ColourClass(np.nan, np.nan, NO_DATA_COLOUR)] if missing.any() else []
    colours += classes
    z = classify(values, classes) + (1 if missing.any() else 0)
    z[missing] = 0
    # A value outside every class (classes of other years only) takes the nearest one.
    outside = np.isnan(z)
    if outside.any() and classes:
        first = 1 if missing.any() else 0
        z[outside] = np.where(values[outside] < classes[0].lower, first, len(colours) - 1)
    return colours, z


def choropleth_trace(
    regions: pd.DataFrame, text: MapText, classes: list[ColourClass]
) -> go.Choropleth:
    """One choropleth trace of every unit of a boundary version, without its geometry.

    The GeoJSON is attached to the figure's JSON by :func:`with_geometry` when it is sent:
    plotly deep-copies a GeoJSON handed to ``go.Choropleth`` (about 50 ms for 110 KB),
    and most updates do not send geometry at all.

    ``regions`` has region_id, name, value, source_label, quality[, aggregated_from,
    detail]. Every unit is always located (so a change of year only changes values, never
    the geometry); a unit without a value gets the grey "no data" class, first in the legend,
    and says "no data" on hover: nothing is filled in. ``classes``: see
    :func:`dashboard.figures.scales.map_classes`.
    """
    values = regions["value"].to_numpy(dtype=float)
    missing = ~np.isfinite(values)
    cited = set(regions.loc[~missing, "source_label"])
    shared = next(iter(cited)) if len(cited) == 1 else None
    hover = [
        hover_text(row, text, with_source=shared is None) for _, row in _ranked(regions).iterrows()
    ]
    template = "%{text}<extra></extra>"
    if shared:
        # "No data" regions show it too: the source that has no figure for them.
        source = in_template(f"{t('hover.source', text.lang)}: {shared}")
        template = f"%{{text}}<br>{source}<extra></extra>"

    colours, z = _legend_colours(values, classes)
    labels = [t("map.no_data_legend", text.lang)] if missing.any() else []
    labels += [class_label(c, text.lang, text.decimals) for c in classes]
    labels = [plain(label) for label in labels]
    return go.Choropleth(
        featureidkey="id",
        locations=regions["region_id"].to_numpy(),
        z=z,
        zmin=-0.5,
        zmax=max(len(colours), 1) - 0.5,
        colorscale=stepped_colorscale(colours or [ColourClass(0, 0, NO_DATA_COLOUR)]),
        text=hover,
        hovertemplate=template,
        marker_line_color="white",
        marker_line_width=0.8,
        colorbar=dict(
            title=dict(text=plain(text.legend_title), side="top"),
            tickvals=list(range(len(colours))),
            ticktext=labels,
            thickness=14,
            len=0.7,
            x=-0.01,
            xanchor="right",
        ),
        name="regions",
        showlegend=False,
    )


def city_trace(
    regions: pd.DataFrame,
    points: pd.DataFrame,
    text: MapText,
    classes: list[ColourClass],
    cities: Sequence[str],
) -> go.Scattergeo | None:
    """The cities of republican significance as symbols in their class colour, outlined,
    hoverable with the same text as their polygon: at national scale the polygons are a
    few pixels wide. Drawn last, above every other mark. ``points``: region id -> lon, lat.
    """
    shown = regions[regions["region_id"].isin(list(cities))]
    if shown.empty:
        return None
    colours, z = _legend_colours(regions["value"].to_numpy(dtype=float), classes)
    index = regions.index.get_indexer(shown.index)
    ranked = _ranked(regions).iloc[index]
    where = points.set_index("id").loc[shown["region_id"]]
    trace = go.Scattergeo(
        lon=where["lon"].to_numpy(),
        lat=where["lat"].to_numpy(),
        mode="markers",
        marker={
            "symbol": "circle",
            "size": CITY_SIZE,
            "color": [colours[int(i)].colour for i in z[index]],
            "line": {"color": CITY_OUTLINE, "width": 2},
        },
        text=[hover_text(row, text) for _, row in ranked.iterrows()],
        hovertemplate="%{text}<extra></extra>",
        customdata=shown["region_id"].tolist(),
        name=plain(t("map.cities_legend", text.lang)),
        legendgroup="cities",
        showlegend=True,
    )
    return narrow([trace])[0]


def label_trace(placed: pd.DataFrame, names: dict[str, str]) -> go.Scattergeo:
    """Region names in the reader's language with a white halo (legible over any class
    colour), where ``placed`` puts them (columns id, lon, lat, position; see
    :func:`dashboard.views.labels.place_names`): a unit's name centred on its position, a
    city's on its symbol's point at the text position of its side, so it stays beside the
    symbol at any map size. A name may hold line breaks (``<br>`` or a newline); the rest
    of it is escaped."""
    positions = placed["position"].tolist()
    return go.Scattergeo(
        lon=placed["lon"].to_numpy(),
        lat=placed["lat"].to_numpy(),
        mode="markers+text",
        marker={
            "size": [0 if p == "middle center" else CITY_NAME_MARKER for p in positions],
            "opacity": 0,
        },
        text=[plain_lines(names[r]) for r in placed["id"]],
        textposition=positions,
        textfont={"family": MAP_FONT, "size": LABEL_SIZE, "color": "#1a1a1a", "shadow": HALO},
        hoverinfo="skip",
        name="labels",
        showlegend=False,
    )


def with_geometry(figure: dict, geojson: dict) -> dict:
    """Attach ``geojson`` to the choropleth (first trace) of a figure in JSON form."""
    data = list(figure["data"])
    data[0] = {**data[0], "geojson": geojson}
    return {**figure, "data": data}


def map_layout(text: MapText, view: dict | None = None) -> dict:
    """The layout of the map: projection, base map colours, title, legend below the map.

    ``view`` holds the geo ranges (the Kazakhstan view unless widened for arrows abroad).
    """
    return {
        "geo": {
            "projection": PLOTLY_PROJECTION,
            **(view or KAZAKHSTAN_VIEW),
            "showcountries": True,
            "countrycolor": "#9a9a9a",
            "showland": True,
            "landcolor": "#f3f1ec",
            "showlakes": True,
            "lakecolor": WATER,
            "showocean": True,
            "oceancolor": WATER,
            "showframe": False,
            "showcoastlines": True,  # outlines the white water against the white paper
            "coastlinecolor": "#9a9a9a",
            "coastlinewidth": 0.6,
            "bgcolor": WATER,  # the Caspian is a hole in the 110m land, not a lake
            "resolution": 110,
        },
        "title": {"text": plain(text.title), "x": 0.01, "xanchor": "left"},
        "margin": {"l": 0, "r": 0, "t": 48, "b": 0},
        "font": {"family": MAP_FONT},
        "paper_bgcolor": "white",
        "separators": ".," if text.lang == "en" else ", ",
        "uirevision": "map",
        # Below the map: the colour bar already takes the right-hand side.
        # The map is limited by height (Kazakhstan is wide), so the legend of the layers
        # goes to the right and the colour classes to the left, not under the map.
        "legend": {
            "orientation": "v",
            "x": 1.01,
            "xanchor": "left",
            "y": 1,
            "yanchor": "top",
            "font": {"size": 11},
            "tracegroupgap": 4,
        },
    }


def choropleth_figure(
    regions: pd.DataFrame,
    text: MapText,
    classes: list[ColourClass],
    overlays: Sequence[go.Scattergeo | dict] = (),
    view: dict | None = None,
) -> go.Figure:
    """The map: the choropleth of ``regions`` (geometry not attached yet) and ``overlays``.

    Built in one constructor call: plotly's ``update_*`` methods cost ten times more.
    Overlays are traces or trace dicts (plotly JSON) with their legend entries wrapped
    already (:func:`narrow`); plotly builds the figure's own traces from them, but it
    takes a trace's "type" out of the dict it is given and back, so an overlay must not
    be shared with a figure built at the same time in another thread.
    """
    return go.Figure(
        data=[choropleth_trace(regions, text, classes), *overlays],
        layout=map_layout(text, view),
    )


def narrow(traces: Sequence[go.Scattergeo], width: int = LEGEND_CHARS) -> list[go.Scattergeo]:
    """Wrap the legend names and group titles of ``traces`` at ``width`` characters, so the
    legend beside the map stays narrow (in place: done once, where the traces are made)."""
    for trace in traces:
        if trace.name and len(trace.name) > width:
            trace.name = "<br>".join(textwrap.wrap(trace.name, width))
        title = trace.legendgrouptitle.text if trace.legendgrouptitle else None
        if title and len(title) > width:
            trace.legendgrouptitle.text = "<br>".join(textwrap.wrap(title, width))
    return list(traces)
