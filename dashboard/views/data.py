"""What the data panel shows: the table twin of the map, in the reader's language.

``data_view(state, package, districts)`` is built on :func:`dashboard.views.map.map_view`
with the same arguments, so the table never disagrees with the map: the same regions, the
same numbers, the same sources and, when flows are drawn, the same flows. Pure, no Dash.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.datasets.package import DataPackage
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number
from dashboard.state import ViewState
from dashboard.views.map import map_view

REGION_COLUMNS = (
    "region", "then", "now", "value", "unit", "rank", "source", "quality", "note",
)  # fmt: skip
# "share" and "method" only for published shares: the share, and how a count was computed.
FLOW_COLUMNS = ("origin", "destination", "share", "persons", "kind", "source", "quality", "method")


@dataclass(frozen=True)
class DataTable:
    """One table: its columns as (id, header in the reader's language) and its rows."""

    columns: tuple[tuple[str, str], ...]
    rows: tuple[dict[str, object], ...]


@dataclass(frozen=True)
class DataView:
    """The map's numbers as tables, in ``lang``; ``flows`` is None when no flow is drawn."""

    lang: str
    caption: str  # names the map's title, so the reader knows which map this is
    regions: DataTable
    flows: DataTable | None = None
    flow_caption: str = ""


def _number(value: float, lang: str) -> str:
    return format_number(value, lang) if pd.notna(value) else t("map.no_data", lang)


def _columns(names: tuple[str, ...], lang: str) -> tuple[tuple[str, str], ...]:
    return tuple((c, t(f"data.col.{c}", lang)) for c in names)


def _region_table(table: pd.DataFrame, lang: str) -> DataTable:
    columns = tuple(c for c in REGION_COLUMNS if c in table)
    rows = []
    for row in table.to_dict("records"):
        rows.append(
            {
                **{c: row[c] for c in columns},
                "value": _number(row["value"], lang),
                "rank": "" if pd.isna(row["rank"]) else int(row["rank"]),
                **(
                    {"then": _number(row["then"], lang), "now": _number(row["now"], lang)}
                    if "then" in row
                    else {}
                ),
            }
        )
    return DataTable(_columns(columns, lang), tuple(rows))


def data_view(state: ViewState, package: DataPackage, districts: str | None = None) -> DataView:
    """The table twin of ``map_view(state, package, districts)`` for ``state.lang``."""
    lang = state.lang
    view = map_view(state, package, districts)
    regions = _region_table(view.table, lang)
    caption = t("data.caption", lang, title=view.figure.layout.title.text)
    if view.method:  # the method of derived values, once above the table
        caption = f"{caption} {view.method}"
    layer = view.flow_layer
    if layer is None or layer.table.empty:
        return DataView(lang, caption, regions)
    kind = t(f"flows.kind.{layer.kind}", lang)
    columns = tuple(c for c in FLOW_COLUMNS if c in layer.table or c == "kind")
    # Every row says its kind: a model estimate is never read as observed.
    flows = DataTable(
        _columns(columns, lang),
        tuple(
            {
                **row,
                "persons": _number(row["persons"], lang),
                "kind": kind,
                **({"share": format_number(row["share"], lang, 1)} if "share" in row else {}),
            }
            for row in layer.table.to_dict("records")
        ),
    )
    return DataView(lang, caption, regions, flows, layer.caption)
