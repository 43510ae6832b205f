"""Region profile: opens beside the map when a region is chosen, closes on request."""

from __future__ import annotations

import pandas as pd
from dash import Dash, Input, Output, State, no_update

from dashboard.datasets import flow_tables
from dashboard.datasets.profiles import region_profile
from dashboard.i18n.catalog import normalise_language
from dashboard.layout import ids
from dashboard.layout.profile import PROFILE_CLOSE, empty_profile, profile_panel

HIDDEN = {"display": "none"}


def region_flows(year: int, decay: float) -> pd.DataFrame:
    """The interregional flows a profile lists partners from: every kind with data."""
    frames = [
        flow_tables.model_flows(year, decay),
        flow_tables.observed_flows(year),
        flow_tables.schematic_flows(),
    ]
    return pd.concat([f for f in frames if not f.empty], ignore_index=True)


def register(app: Dash) -> None:
    """Attach the profile callbacks to ``app``."""

    @app.callback(
        Output(ids.PROFILE_COLUMN, "children"),
        Output(ids.PROFILE_COLUMN, "style"),
        Output(ids.MAP_COLUMN, "xxl"),
        Input(ids.REGION, "value"),
        Input(ids.LANGUAGE, "value"),
        Input(ids.YEAR, "value"),
        Input(ids.DECAY, "value"),
    )
    def render_profile(region: str | None, lang: str, year: int, decay: float):
        lang = normalise_language(lang)
        if not region:
            return empty_profile(lang), HIDDEN, 12
        profile = region_profile(region, int(year), flows=region_flows(int(year), float(decay)))
        return profile_panel(profile, lang, int(year)), None, 8

    @app.callback(
        Output(ids.REGION, "value", allow_duplicate=True),
        Input(PROFILE_CLOSE, "n_clicks"),
        State(ids.REGION, "value"),
        prevent_initial_call=True,
    )
    def close_profile(clicks: int | None, region: str | None):
        # The button is re-created with n_clicks=0 on every render: only a real click counts.
        return None if clicks and region else no_update
