"""The data panel: the table twin of the map, rendered from a DataView (layout only)."""

from __future__ import annotations

from dash import dash_table, html

from dashboard.i18n.catalog import t
from dashboard.layout import ids
from dashboard.views.data import DataTable, DataView

CELL_STYLE = {"textAlign": "left", "whiteSpace": "normal", "height": "auto"}


def _table(element_id: str, table: DataTable, **props: object) -> dash_table.DataTable:
    """A sortable table of ``table``'s rows, cells wrapped."""
    return dash_table.DataTable(
        id=element_id,
        columns=[{"name": header, "id": column} for column, header in table.columns],
        data=list(table.rows),
        sort_action="native",
        style_cell=dict(CELL_STYLE),
        **props,
    )


def data_panel(view: DataView) -> html.Div:
    """The same numbers as the map, sortable, with their sources; then the flows, if drawn."""
    lang = view.lang
    children = [
        html.H2(t("data.regions", lang), className="h5"),
        html.P(view.caption, className="small"),
        _table(
            ids.DATA_TABLE,
            view.regions,
            style_cell_conditional=[{"if": {"column_id": "value"}, "textAlign": "right"}],
        ),
    ]
    if view.flows is not None:
        children += [
            html.H2(t("data.flows", lang), className="h5 mt-4"),
            html.P(view.flow_caption, className="small fst-italic"),
            _table(ids.FLOW_TABLE, view.flows, page_size=50),
        ]
    return html.Div(children)
