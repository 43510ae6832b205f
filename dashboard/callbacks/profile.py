"""Region profile: opens beside the map when a region is chosen, closes on request; shown
with the map tab only."""

from __future__ import annotations

from dataclasses import replace

from dash import Dash, Input, Output, State, no_update
from dash.exceptions import PreventUpdate

from dashboard.callbacks.values import known_year
from dashboard.context import AtlasContext
from dashboard.layout import ids
from dashboard.layout.controls import HIDDEN
from dashboard.layout.profile import PROFILE_CLOSE, empty_profile, profile_panel
from dashboard.state import from_controls
from dashboard.views.profile import profile_view


def register(app: Dash, context: AtlasContext) -> None:
    """Attach the profile callbacks to ``app``."""

    @app.callback(
        Output(ids.PROFILE_COLUMN, "children"),
        Output(ids.PROFILE_COLUMN, "style"),
        Input(ids.REGION, "value"),
        Input(ids.LANGUAGE, "value"),
        # The year changes through the server's year request, or in the browser while a
        # region is chosen (assets/map-frames.js): either way the profile follows.
        Input(ids.YEAR_REQUEST, "data"),
        Input(ids.PROFILE_YEAR, "data"),
        Input(ids.DECAY, "value"),
        Input(ids.INDICATOR, "value"),
        State(ids.YEAR, "value"),
        # The page comes with the profile of its link's region (callbacks/page.py).
        prevent_initial_call=True,
    )
    def render_profile(
        region: str | None,
        lang: str,
        _requested: object,
        _stepped: object,
        decay: float,
        indicator: str,
        year: int,
    ):
        # Checked like a link: an unknown region is no region, a bad decay the default, an
        # unknown indicator the default one.
        fields = {"region": region, "lang": lang, "decay": decay, "indicator": indicator}
        state, _ = from_controls(fields, context.years())
        if not state.region:
            return empty_profile(state.lang), HIDDEN
        year = known_year(year, context.years())
        if year is None:
            raise PreventUpdate
        view = profile_view(replace(state, year=year), context.package())
        return profile_panel(view), None

    # The profile belongs to the map: another tab (trends, the Programme...) hides it
    # without building it again.
    app.clientside_callback(
        """function (tab) {
            return tab === 'map' || !tab ? 'mb-3 atlas-profile' : 'mb-3 atlas-profile d-none';
        }""",
        Output(ids.PROFILE_COLUMN, "className"),
        Input(ids.PANEL, "active_tab"),
    )

    @app.callback(
        Output(ids.REGION, "value", allow_duplicate=True),
        Input(PROFILE_CLOSE, "n_clicks"),
        State(ids.REGION, "value"),
        prevent_initial_call=True,
    )
    def close_profile(clicks: int | None, region: str | None):
        # The button is re-created with n_clicks=0 on every render: only a real click counts.
        return None if clicks and region else no_update
