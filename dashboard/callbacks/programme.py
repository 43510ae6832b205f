"""Programme panel: filter the action plan; a regional statement highlights its regions."""

from __future__ import annotations

from dash import ALL, Dash, Input, Output, State, ctx, no_update
from dash.exceptions import PreventUpdate

from dashboard.callbacks.values import known_region
from dashboard.context import AtlasContext
from dashboard.i18n.catalog import normalise_language
from dashboard.layout import ids
from dashboard.layout.panels.programme import (
    PLAN_BODY,
    PLAN_COUNT,
    PLAN_GROUP,
    PLAN_SEARCH,
    PLAN_TABLE,
    REGION_ITEM,
    plan_style_data_conditional,
    plan_table_data,
)
from dashboard.views.programme import action_plan_rows


def register(app: Dash, context: AtlasContext) -> None:
    """Attach the Programme panel's callbacks to ``app``."""

    @app.callback(
        Output(PLAN_TABLE, "data"),
        Output(PLAN_TABLE, "style_data_conditional"),
        Output(PLAN_COUNT, "children"),
        Input(PLAN_SEARCH, "value"),
        Input(PLAN_GROUP, "value"),
        Input(PLAN_BODY, "value"),
        State(ids.LANGUAGE, "value"),
        prevent_initial_call=True,
    )
    def filter_plan(search: str | None, group: str | None, body: str | None, lang: str):
        lang = normalise_language(lang)
        plan = action_plan_rows(lang, search, group, body, context.package())
        return (
            plan_table_data(plan.rows),
            plan_style_data_conditional(plan.rows),
            plan.count_text,
        )

    @app.callback(
        Output(ids.HIGHLIGHT, "data"),
        Output(ids.PANEL, "active_tab", allow_duplicate=True),
        Input({"type": REGION_ITEM, "index": ALL}, "n_clicks"),
        State({"type": REGION_ITEM, "index": ALL}, "value"),
        prevent_initial_call=True,
    )
    def highlight_regions(clicks: list[int | None], values: list[str | None]):
        # Buttons re-created with n_clicks=0 must not count as clicks.
        if not ctx.triggered_id or not any(clicks):
            return no_update, no_update
        buttons = [item["id"] for item in ctx.inputs_list[0]]
        if ctx.triggered_id not in buttons:
            raise PreventUpdate
        position = buttons.index(ctx.triggered_id)
        if not clicks[position]:
            return no_update, no_update
        # A button's value lists region ids, space-separated; anything else is ignored.
        text = values[position] if position < len(values) else None
        if not isinstance(text, str | None):
            raise PreventUpdate
        return [r for r in (text or "").split() if known_region(r)], "map"
