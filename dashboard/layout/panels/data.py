"""The data panel: the table twin of the map, rendered from a DataView (layout only)."""

from __future__ import annotations

from dash import dash_table, html

from dashboard.i18n.catalog import t
from dashboard.layout import ids
from dashboard.views.data import DataTable, DataView

CELL_STYLE = {"textAlign": "left", "whiteSpace": "normal", "height": "auto"}


def _columns(table: DataTable) -> list[dict[str, str]]:
    return [{"name": header, "id": column} for column, header in table.columns]


def data_panel(view: DataView) -> html.Div:
    """The same numbers as the map, sortable, with their sources; then the flows, if drawn."""
    lang = view.lang
    children = [
        html.H2(t("data.regions", lang), className="h5"),
        html.P(view.caption, className="small"),
        dash_table.DataTable(
            id=ids.DATA_TABLE,
            columns=_columns(view.regions),
            data=list(view.regions.rows),
            sort_action="native",
            style_cell=dict(CELL_STYLE),
            style_cell_conditional=[{"if": {"column_id": "value"}, "textAlign": "right"}],
        ),
    ]
    if view.flows is not None:
        children += [
            html.H2(t("data.flows", lang), className="h5 mt-4"),
            html.P(view.flow_caption, className="small fst-italic"),
            dash_table.DataTable(
                id=ids.FLOW_TABLE,
                columns=_columns(view.flows),
                data=list(view.flows.rows),
                sort_action="native",
                page_size=50,
                style_cell=dict(CELL_STYLE),
            ),
        ]
    return html.Div(children)
