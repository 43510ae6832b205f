"""The file twins of a view: CSV, XLSX and GeoJSON of exactly what the map shows.

Every file comes from the same ``map_view`` as the map and the data table, so the
numbers cannot disagree, and carries its provenance: title, filters in words, year,
boundary version, each value's source and quality, "model estimate" on modelled flows,
the export date and the boundary disclaimer. Pure: no Dash.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pandas as pd

from dashboard.geo.boundaries import boundaries_geojson, label_points
from dashboard.i18n.catalog import t
from dashboard.state import ViewState
from dashboard.views.map import MapView

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A text cell a spreadsheet will show, not run: formula-like text gets a leading '.

    Numbers stay numbers (a negative net migration is a number, not a formula).

    >>> safe_cell("=HYPERLINK(\\"x\\")"), safe_cell(-7141), safe_cell("Astana")
    ('\\'=HYPERLINK("x")', -7141, 'Astana')
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def file_name(state: ViewState, extension: str) -> str:
    """A readable file name, e.g. ``net_migration_2023_kk.csv``."""
    years = f"{state.compare_year}-{state.year}" if state.compare_year else str(state.year)
    return f"{state.indicator}_{years}_{state.lang}.{extension}"


def provenance(view: MapView, state: ViewState, today: date | None = None) -> list[tuple[str, str]]:
    """What the file shows, in the reader's language: (label, text) pairs."""
    lang = state.lang
    layers = ", ".join(t(f"layer.{layer}", lang) for layer in state.layers) or "—"
    rows = [
        (t("export.title", lang), str(view.figure.layout.title.text)),
        (t("control.indicator", lang), view.indicator_label),
        (t("control.year", lang), str(state.year)),
    ]
    if state.compare_year:
        rows.append((t("control.compare", lang), str(state.compare_year)))
    rows += [
        (
            t("export.boundaries", lang),
            t("boundaries.info", lang, version=view.version, count=view.unit_count),
        ),
        (t("control.layers", lang), layers),
    ]
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


def region_table(view: MapView, state: ViewState) -> pd.DataFrame:
    """The regions as on the map (the table twin), headers in the reader's language."""
    table = view.table.drop(columns=["region_id"]).copy()
    table.insert(0, "kato", view.table["region_id"])
    labels = {c: t(f"data.col.{c}", state.lang) for c in table.columns if c != "kato"}
    return table.rename(columns={**labels, "kato": "KATO"})


def flow_table(view: MapView, state: ViewState) -> pd.DataFrame | None:
    """The flows drawn, each row saying its kind ("model estimate, not observed" etc.)."""
    layer = view.flow_layer
    if layer is None or layer.table.empty:
        return None
    table = layer.table.assign(kind=t(f"flows.kind.{layer.kind}", state.lang))
    return table.rename(columns={c: t(f"data.col.{c}", state.lang) for c in table.columns})


def to_csv(view: MapView, state: ViewState, today: date | None = None) -> bytes:
    """UTF-8 CSV with a byte-order mark (Excel then shows Cyrillic): provenance lines, a
    blank line, the regions, and the flows when a flow layer is drawn."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for label, text in provenance(view, state, today):
        writer.writerow([safe_cell(label), safe_cell(text)])
    for table in (region_table(view, state), flow_table(view, state)):
        if table is None:
            continue
        writer.writerow([])
        writer.writerow([safe_cell(c) for c in table.columns])
        for row in table.itertuples(index=False):
            writer.writerow(["" if pd.isna(v) else safe_cell(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(view: MapView, state: ViewState, today: date | None = None) -> bytes:
    """A workbook: the regions (numbers as numbers), the flows if drawn, and a sheet that
    says what the file shows and where the numbers come from."""
    buffer = io.BytesIO()
    lang = state.lang
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        sheets = [(t("export.sheet.regions", lang), region_table(view, state))]
        flows = flow_table(view, state)
        if flows is not None:
            sheets.append((t("export.sheet.flows", lang), flows))
        about = pd.DataFrame(provenance(view, state, today), columns=["", ""])
        sheets.append((t("export.sheet.about", lang), about))
        for name, frame in sheets:
            frame.map(safe_cell).to_excel(writer, sheet_name=name[:31], index=False)
    return buffer.getvalue()


def to_geojson(view: MapView, state: ViewState, today: date | None = None) -> bytes:
    """The regions of the boundary version with their values as properties, the flows as
    LineStrings when drawn, and the provenance in the collection's ``metadata``."""
    geometry = {f["id"]: f["geometry"] for f in boundaries_geojson(view.version)["features"]}
    features = []
    for row in view.table.to_dict("records"):
        properties = {k: (None if pd.isna(v) else v) for k, v in row.items()}
        features.append(
            {
                "type": "Feature",
                "id": row["region_id"],
                "geometry": geometry[row["region_id"]],
                "properties": properties,
            }
        )
    layer = view.flow_layer
    if layer is not None and not layer.flows.empty:
        points = label_points(view.version).set_index("id")
        for flow, named in zip(
            layer.flows.to_dict("records"), layer.table.to_dict("records"), strict=True
        ):
            ends = [str(flow["origin"]), str(flow["destination"])]
            if not all(e in points.index for e in ends):
                continue  # a country end: international arrows have no region point
            features.append(
                {
                    "type": "Feature",
                    "geometry": {
                        "type": "LineString",
                        "coordinates": [
                            [float(points.at[e, "lon"]), float(points.at[e, "lat"])] for e in ends
                        ],
                    },
                    "properties": {
                        **{k: (None if pd.isna(v) else v) for k, v in named.items()},
                        "kind": t(f"flows.kind.{layer.kind}", state.lang),
                        "model_estimate": layer.kind == "model",
                    },
                }
            )
    collection = {
        "type": "FeatureCollection",
        "metadata": dict(provenance(view, state, today)),
        "features": features,
    }
    return json.dumps(collection, ensure_ascii=False).encode("utf-8")
