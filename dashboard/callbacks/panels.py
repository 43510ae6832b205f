"""Panels beside the map (trends, Programme, scorecard, data table, sources), help and page
language."""

from __future__ import annotations

from dash import Dash, Input, Output, State, no_update
from dash.exceptions import PreventUpdate

from dashboard.callbacks.controls import view_dependencies, view_state
from dashboard.context import AtlasContext
from dashboard.i18n.catalog import normalise_language, t
from dashboard.layout import ids
from dashboard.layout.controls import HIDDEN
from dashboard.layout.panels.data import data_panel
from dashboard.layout.panels.programme import programme_panel
from dashboard.layout.panels.scorecard import scorecard_panel
from dashboard.layout.panels.sources import help_body, sources_panel
from dashboard.layout.panels.trends import trends_panel
from dashboard.state import PANELS
from dashboard.views.data import data_view
from dashboard.views.programme import programme_view
from dashboard.views.scorecard import scorecard_view
from dashboard.views.sources import sources_view
from dashboard.views.trends import trends_view


def is_tab(value: object) -> bool:
    """Whether ``value`` is one of the panel tabs as the page holds them (a dbc.Tab)."""
    props = value.get("props") if isinstance(value, dict) else None
    return isinstance(props, dict) and props.get("tab_id") in PANELS


def register(app: Dash, context: AtlasContext) -> None:
    """Attach the panel, help and language callbacks to ``app``."""

    @app.callback(
        Output(ids.MAP_PANEL, "style"),
        Output(ids.PANEL_CONTENT, "children"),
        Output(ids.PRESENT_PANEL, "style"),
        Output(ids.UPLOAD_PANEL, "style"),
        view_dependencies(),
    )
    def show_panel(*values):
        state = view_state(list(values), context)
        if state.panel == "map":
            return None, None, HIDDEN, HIDDEN
        # Panels whose callbacks answer later (uploads, edits) are always in the page, only
        # shown: a callback answering into removed elements stalls Dash's renderer.
        if state.panel == "present":
            return HIDDEN, None, None, HIDDEN
        if state.panel == "import":
            return HIDDEN, None, HIDDEN, None
        package = context.package()
        if state.panel == "data":
            content = data_panel(data_view(state, package, context.districts))
        elif state.panel == "trends":
            content = trends_panel(trends_view(state, package))
        elif state.panel == "programme":
            content = programme_panel(programme_view(state, package))
        elif state.panel == "scorecard":
            content = scorecard_panel(scorecard_view(state, package))
        else:
            content = sources_panel(sources_view(state, package))
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
        # The page comes in its language and for its year (callbacks/page.py).
        prevent_initial_call=True,
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
