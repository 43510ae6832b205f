"""Panels beside the map (trends, Programme, data table, sources), help and page language."""

from __future__ import annotations

import pandas as pd
from dash import Dash, Input, Output, State, dash_table, html, no_update
from dash.exceptions import PreventUpdate

from dashboard.callbacks.controls import control_inputs, state_from
from dashboard.context import AtlasContext
from dashboard.i18n.catalog import normalise_language, t
from dashboard.i18n.formats import format_number
from dashboard.layout import ids
from dashboard.layout.panels.programme import programme_panel
from dashboard.layout.panels.sources import help_body, sources_panel
from dashboard.layout.panels.trends import trends_panel
from dashboard.state import PANELS
from dashboard.views.map import MapView, map_view
from dashboard.views.trends import trends_view

HIDDEN = {"display": "none"}


def _number(value: float, lang: str) -> str:
    return format_number(value, lang) if pd.notna(value) else t("map.no_data", lang)


def is_tab(value: object) -> bool:
    """Whether ``value`` is one of the panel tabs as the page holds them (a dbc.Tab)."""
    props = value.get("props") if isinstance(value, dict) else None
    return isinstance(props, dict) and props.get("tab_id") in PANELS


def data_panel(view: MapView, lang: str) -> html.Div:
    """The table twin of the map: the same numbers, sortable, with their sources."""
    table = view.table
    columns = [
        c
        for c in ("region", "then", "now", "value", "unit", "rank", "source", "quality")
        if c in table
    ]
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
    children = [
        html.H2(t("data.regions", lang), className="h5"),
        html.P(t("data.caption", lang, title=view.figure.layout.title.text), className="small"),
        dash_table.DataTable(
            id=ids.DATA_TABLE,
            columns=[{"name": t(f"data.col.{c}", lang), "id": c} for c in columns],
            data=rows,
            sort_action="native",
            style_cell={"textAlign": "left", "whiteSpace": "normal", "height": "auto"},
            style_cell_conditional=[{"if": {"column_id": "value"}, "textAlign": "right"}],
        ),
    ]
    layer = view.flow_layer
    if layer is not None and not layer.table.empty:
        flows = layer.table
        kind = t(f"flows.kind.{layer.kind}", lang)
        children += [
            html.H2(t("data.flows", lang), className="h5 mt-4"),
            html.P(layer.caption, className="small fst-italic"),
            dash_table.DataTable(
                id=ids.FLOW_TABLE,
                columns=[
                    {"name": t(f"data.col.{c}", lang), "id": c}
                    for c in ("origin", "destination", "persons", "kind", "source", "quality")
                ],
                # Every row says its kind: a model estimate is never read as observed.
                data=[
                    {**row, "persons": _number(row["persons"], lang), "kind": kind}
                    for row in flows.to_dict("records")
                ],
                sort_action="native",
                page_size=50,
                style_cell={"textAlign": "left", "whiteSpace": "normal", "height": "auto"},
            ),
        ]
    return html.Div(children)


def register(app: Dash, context: AtlasContext) -> None:
    """Attach the panel, help and language callbacks to ``app``."""

    @app.callback(
        Output(ids.MAP_PANEL, "style"),
        Output(ids.PANEL_CONTENT, "children"),
        Output(ids.PRESENT_PANEL, "style"),
        Output(ids.UPLOAD_PANEL, "style"),
        control_inputs(),
    )
    def show_panel(*values):
        state = state_from(list(values), context)
        if state.panel == "map":
            return None, None, HIDDEN, HIDDEN
        # Panels whose callbacks answer later (uploads, edits) are always in the page, only
        # shown: a callback answering into removed elements stalls Dash's renderer.
        if state.panel == "present":
            return HIDDEN, None, None, HIDDEN
        if state.panel == "import":
            return HIDDEN, None, HIDDEN, None
        lang = state.lang
        if state.panel == "data":
            view = map_view(state, context.package(), context.districts)
            content = data_panel(view, lang)
        elif state.panel == "trends":
            content = trends_panel(trends_view(state, context.package()))
        elif state.panel == "programme":
            content = programme_panel(lang)
        else:
            content = sources_panel(lang)
        return HIDDEN, content, HIDDEN, HIDDEN

    @app.callback(
        Output(ids.HELP_MODAL, "is_open"),
        Output(ids.HELP_MODAL + "-body", "children"),
        Input(ids.HELP_OPEN, "n_clicks"),
        State(ids.HELP_MODAL, "is_open"),
        State(ids.LANGUAGE, "value"),
        prevent_initial_call=True,
    )
    def toggle_help(clicks: int | None, is_open: bool, lang: str):
        if not clicks:
            return no_update, no_update
        return not is_open, help_body(normalise_language(lang))

    @app.callback(
        [Output(ids.PANEL, "children")],
        Input(ids.LANGUAGE, "value"),
        State(ids.PANEL, "children"),
    )
    def translate_tabs(lang: str, tabs: list):
        if not (isinstance(tabs, list) and all(is_tab(tab) for tab in tabs)):
            raise PreventUpdate
        lang = normalise_language(lang)
        for tab in tabs:
            tab["props"]["label"] = t(f"panel.{tab['props']['tab_id']}", lang)
        return [tabs]

    # The page's lang attribute follows the interface language (screen readers, fonts).
    app.clientside_callback(
        """function (lang) { document.documentElement.lang = lang || 'kk'; return lang; }""",
        Output(ids.HTML_LANG, "data"),
        Input(ids.LANGUAGE, "value"),
    )
