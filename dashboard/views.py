"""Views: one ViewState in, what the page shows out (figures and texts). Pure, no Dash.

The map, and later the table twin and every export, come from these functions so they
can never disagree about the numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard.datasets.indicators import indicator_values, list_indicators
from dashboard.datasets.package import DataPackage, load_package
from dashboard.figures.choropleth import MapText, choropleth_figure
from dashboard.geo.boundaries import boundaries_geojson, version_for_year
from dashboard.geo.gazetteer import region_name
from dashboard.i18n.catalog import t
from dashboard.state import ViewState


@dataclass(frozen=True)
class MapView:
    """Everything the map panel shows for one state."""

    figure: go.Figure
    version: str
    unit_count: int
    sources: list[str]


def available_years(package: DataPackage | None = None) -> dict[str, list[int]]:
    """Indicator id -> years with at least one value (the choices a reader has)."""
    catalogue = list_indicators(package)
    return {row.id: list(row.years) for row in catalogue.itertuples() if len(row.years)}


def indicator_label(indicator: str, lang: str, package: DataPackage | None = None) -> str:
    """The indicator's name in ``lang``."""
    catalogue = list_indicators(package).set_index("id")
    return str(catalogue.at[indicator, f"name_{lang}"])


def source_label(source_ids: str, package: DataPackage) -> str:
    """Readable citation of one or several ('a+b') source ids: publisher, table, date."""
    sources = package.tables["sources"].set_index("id")
    parts = []
    for source_id in filter(None, str(source_ids).split("+")):
        row = sources.loc[source_id]
        date = f" ({row['reference_date']})" if pd.notna(row["reference_date"]) else ""
        parts.append(f"{row['publisher']}: {row['document_or_table']}{date}")
    return "; ".join(parts)


def map_view(state: ViewState, package: DataPackage | None = None) -> MapView:
    """The choropleth of ``state.indicator`` in ``state.year`` on the boundaries of that year."""
    package = package or load_package()
    version = version_for_year(state.year)
    values = indicator_values(state.indicator, state.year, version, package=package)
    meta = list_indicators(package).set_index("id").loc[state.indicator]
    regions = values.assign(
        name=[region_name(r, state.lang, version) for r in values["region_id"]],
        source_label=[
            source_label(s, package) if isinstance(s, str) and s else ""
            for s in values["source_id"]
        ],
        quality=values["quality"].fillna(""),
    )
    unit = str(meta[f"unit_{state.lang}"])
    label = indicator_label(state.indicator, state.lang, package)
    text = MapText(
        lang=state.lang,
        title=t("map.title", state.lang, indicator=label, year=state.year),
        legend_title=f"{unit}, {state.year}",
        unit=unit,
        decimals=None,
    )
    figure = choropleth_figure(
        regions, boundaries_geojson(version), text, diverging=meta["scale"] == "diverging"
    )
    used = sorted({s for s in regions["source_label"] if s})
    return MapView(figure=figure, version=version, unit_count=len(regions), sources=used)
