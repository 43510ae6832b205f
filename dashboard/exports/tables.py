"""The file twins of a view: CSV, XLSX and GeoJSON of exactly what the map shows.

Every file comes from the same ``map_view`` as the map and the data table, so the
numbers cannot disagree, and carries its provenance: a title with the view's filters,
every filter in words, year, boundary version, each value's source and quality, "model
estimate" on modelled flows, the export date and the boundary disclaimer. Whole numbers
are written as whole numbers; flows name both ends by code (KATO for a region, ISO 3166
for a country) and full name. Pure: no Dash.
"""

from __future__ import annotations

import json
from datetime import date

import pandas as pd

from dashboard.exports.cells import Sheet, tidy_numbers, write_csv, write_xlsx
from dashboard.exports.filters import export_title, filter_rows, flow_version
from dashboard.geo.boundaries import boundaries_geojson
from dashboard.geo.gazetteer import region_name
from dashboard.i18n.catalog import t
from dashboard.state import ViewState
from dashboard.views.map import MapView


def file_name(state: ViewState, extension: str) -> str:
    """A readable file name, e.g. ``net_migration_2023_kk.csv``."""
    years = f"{state.compare_year}-{state.year}" if state.compare_year else str(state.year)
    return f"{state.indicator}_{years}_{state.lang}.{extension}"


def provenance(view: MapView, state: ViewState, today: date | None = None) -> list[tuple[str, str]]:
    """What the file shows, in the reader's language: (label, text) pairs, one per label.

    The title names the view's filters; each filter then has a line of its own.
    """
    lang = state.lang
    rows = [
        (t("export.title", lang), export_title(view, state)),
        (t("control.indicator", lang), view.indicator_label),
        (t("control.year", lang), str(state.year)),
    ]
    if state.compare_year:
        rows.append((t("control.compare", lang), str(state.compare_year)))
    rows.append(
        (
            t("export.boundaries", lang),
            t("boundaries.info", lang, version=view.version, count=view.unit_count),
        )
    )
    rows += filter_rows(view, state)
    layer = view.flow_layer
    if layer is not None and not layer.table.empty:
        rows.append((t("export.flows", lang), layer.caption))
    if view.method:
        rows.append((t("export.method", lang), view.method))
    rows += [
        (t("sources.heading", lang), "; ".join(view.sources)),
        (t("export.date", lang), (today or date.today()).isoformat()),
        (t("export.disclaimer", lang), t("export.disclaimer_text", lang)),
    ]
    return rows


def _region_frame(view: MapView) -> pd.DataFrame:
    """The regions as on the map, ids as column names, whole numbers as integers."""
    table = view.table.drop(columns=["region_id"])
    table.insert(0, "kato", view.table["region_id"])
    return tidy_numbers(table)


def region_table(view: MapView, state: ViewState) -> pd.DataFrame:
    """The regions as on the map (the table twin), headers in the reader's language."""
    table = _region_frame(view)
    labels = {c: t(f"data.col.{c}", state.lang) for c in table.columns if c != "kato"}
    return table.rename(columns={**labels, "kato": "KATO"})


def _end_columns(ids: pd.Series, names: pd.Series, version: str, lang: str, end: str) -> dict:
    """The code and full name of one end of every flow: KATO and the official name for a
    region, the ISO 3166-1 alpha-3 code and the name for a country (Kazakhstan as a whole
    when the published figure names no region)."""
    ids = ids.astype(str)
    region = ids.str.isdigit()
    full = [
        region_name(i, lang, version) if is_region else name
        for i, name, is_region in zip(ids, names, region, strict=True)
    ]
    columns = {f"{end}_kato": ids.where(region, "")}
    if not region.all():
        columns[f"{end}_iso3"] = ids.where(~region, "")
    columns[end] = full
    return columns


def _flow_frame(view: MapView, state: ViewState) -> pd.DataFrame | None:
    """The flows drawn, ids as column names: both ends by code and full name, the share
    (of published shares) and the persons in columns of their own, whole persons, each
    row's kind ("model estimate, not observed" etc.), source, quality and method."""
    layer = view.flow_layer
    if layer is None or layer.table.empty:
        return None
    lang, version = state.lang, flow_version(view, state)
    table = layer.table.reset_index(drop=True)
    flows = layer.flows.reset_index(drop=True)
    columns: dict = {}
    for end in ("origin", "destination"):
        columns.update(_end_columns(flows[end], table[end], version, lang, end))
    frame = pd.DataFrame(columns)
    for column in ("share", "persons"):
        if column in table:
            frame[column] = table[column]
    frame["kind"] = t(f"flows.kind.{layer.kind}", lang)
    for column in ("source", "quality", "method"):
        if column in table:
            frame[column] = table[column]
    return tidy_numbers(frame)


def flow_table(view: MapView, state: ViewState) -> pd.DataFrame | None:
    """The flows drawn, headers in the reader's language (None when none is drawn)."""
    frame = _flow_frame(view, state)
    if frame is None:
        return None
    return frame.rename(columns={c: t(f"data.col.{c}", state.lang) for c in frame.columns})


def to_csv(view: MapView, state: ViewState, today: date | None = None) -> bytes:
    """UTF-8 CSV with a byte-order mark (Excel then shows Cyrillic): provenance lines, a
    blank line, the regions, and the flows when a flow layer is drawn."""
    tables = [region_table(view, state), flow_table(view, state)]
    return write_csv(provenance(view, state, today), [x for x in tables if x is not None])


def to_xlsx(view: MapView, state: ViewState, today: date | None = None) -> bytes:
    """A workbook: the regions (numbers as numbers, whole ones as integers), the flows if
    drawn, and a sheet that says what the file shows and where the numbers come from.
    Columns are fitted to their content and numbers formatted (``#,##0``, decimals)."""
    lang = state.lang
    sheets = [Sheet(t("export.sheet.regions", lang), region_table(view, state), plain=("KATO",))]
    flows = flow_table(view, state)
    if flows is not None:
        sheets.append(Sheet(t("export.sheet.flows", lang), flows))
    about = provenance(view, state, today)
    return write_xlsx(sheets, t("export.sheet.about", lang), about)


def _properties(row: dict) -> dict:
    """A row as GeoJSON properties: missing values as null, numbers as JSON numbers."""
    return {k: (None if v is None or v is pd.NA or v != v else v) for k, v in row.items()}


def to_geojson(view: MapView, state: ViewState, today: date | None = None) -> bytes:
    """The regions of the boundary version with their values as properties, every flow of
    the CSV as a LineString from its origin to its destination, and the provenance in the
    collection's ``metadata``."""
    geometry = {f["id"]: f["geometry"] for f in boundaries_geojson(view.version)["features"]}
    regions = _region_frame(view).rename(columns={"kato": "region_id"})
    features = [
        {
            "type": "Feature",
            "id": row["region_id"],
            "geometry": geometry[row["region_id"]],
            "properties": _properties(row),
        }
        for row in regions.to_dict("records")
    ]
    flows = _flow_frame(view, state)
    if flows is not None:
        layer = view.flow_layer
        # Where the arrows are drawn: label points, partner capitals or the frame's edge.
        ends = layer.ends[["origin_lon", "origin_lat", "destination_lon", "destination_lat"]]
        for row, end in zip(flows.to_dict("records"), ends.itertuples(index=False), strict=True):
            line = None
            if all(v == v for v in end):
                coordinates = [[float(end[0]), float(end[1])], [float(end[2]), float(end[3])]]
                line = {"type": "LineString", "coordinates": coordinates}
            # An end without a point keeps its row (a null geometry), never drops it.
            properties = {**_properties(row), "model_estimate": layer.kind == "model"}
            features.append({"type": "Feature", "geometry": line, "properties": properties})
    collection = {
        "type": "FeatureCollection",
        "metadata": dict(provenance(view, state, today)),
        "features": features,
    }
    return json.dumps(collection, ensure_ascii=False).encode("utf-8")
