"""Time: the year slider follows the year list, and play animates the years in the browser.

Play asks the server once for every year's map of the current view (``views.time``:
values, colours and texts; each boundary version's geometry once) and then steps through
them with ``Plotly.react`` in the browser: no server round trip per frame. Stopping (or
reaching the last year) sets the year control, and the map returns to the normal path.
"""

from __future__ import annotations

import json

from dash import Dash, Input, Output, State, no_update
from dash.exceptions import PreventUpdate

from dashboard.callbacks.controls import control_states, state_from
from dashboard.callbacks.values import indicator_years, known_year, whole_number
from dashboard.context import AtlasContext
from dashboard.layout import ids
from dashboard.layout.controls import year_marks
from dashboard.views.time import play_view

#: Play speeds the timer accepts, in milliseconds per year (the list offers 400 to 1600).
INTERVAL_RANGE = (100, 10_000)


def register(app: Dash, context: AtlasContext) -> None:
    """Attach the time callbacks to ``app``."""

    @app.callback(
        Output(ids.YEAR_SLIDER, "min"),
        Output(ids.YEAR_SLIDER, "max"),
        Output(ids.YEAR_SLIDER, "marks"),
        Input(ids.INDICATOR, "value"),
        # The page comes in its language and for its year (callbacks/page.py).
        prevent_initial_call=True,
    )
    def slider_years(indicator: str):
        years = sorted(indicator_years(indicator, context.years()) or [])
        if not years:
            raise PreventUpdate
        return years[0], years[-1], year_marks(years)

    # One year, two controls: whichever moved sets both, in the browser (a year step must
    # not wait for the server: assets/map-frames.js). A year the list does not offer is
    # ignored, as a link's would be.
    app.clientside_callback(
        "function (fromList, fromSlider, options) {"
        "  const nu = window.dash_clientside.no_update;"
        "  const slid = window.dash_clientside.callback_context.triggered_id === "
        + json.dumps(ids.YEAR_SLIDER)
        + ";"
        "  const year = slid ? fromSlider : fromList;"
        "  if (!(options || []).some(function (o) { return o.value === year; })) {"
        "    return [nu, nu];"
        "  }"
        "  return [year === fromList ? nu : year, year === fromSlider ? nu : year];"
        "}",
        Output(ids.YEAR, "value", allow_duplicate=True),
        Output(ids.YEAR_SLIDER, "value"),
        Input(ids.YEAR, "value"),
        Input(ids.YEAR_SLIDER, "value"),
        State(ids.YEAR, "options"),
        prevent_initial_call="initial_duplicate",
    )

    @app.callback(
        Output(ids.PLAY_FRAMES, "data"),
        Output(ids.PLAY_TIMER, "disabled"),
        Output(ids.PLAY_TIMER, "n_intervals"),
        Output(ids.PLAY, "children"),
        Output(ids.YEAR_SLIDER, "value", allow_duplicate=True),
        Input(ids.PLAY, "n_clicks"),
        State(ids.PLAY_TIMER, "disabled"),
        State(ids.PLAY_STATUS, "children"),
        control_states(),
        prevent_initial_call=True,
    )
    def start_or_stop(clicks: int, stopped: bool, shown: str | None, *values):
        if not stopped:
            # Stopped by the reader: the year shown becomes the year of the controls.
            year = known_year(shown, context.years())
            return None, True, 0, "▶", no_update if year is None else year
        state = state_from(list(values), context)
        return play_view(state, context.package(), context.districts), False, 0, "■", no_update

    @app.callback(
        Output(ids.PLAY_TIMER, "interval"),
        Input(ids.PLAY_SPEED, "value"),
        prevent_initial_call=True,  # the page's timer has the speed first shown
    )
    def speed(ms: str):
        interval = whole_number(ms, *INTERVAL_RANGE)
        if interval is None:
            raise PreventUpdate
        return interval

    # Each tick draws the next year in the browser; the last frame stops the timer and
    # hands the year to the controls (one server round trip at the end, none per frame).
    app.clientside_callback(
        """function (tick, bundle) {
            const nu = window.dash_clientside.no_update;
            if (!bundle || !bundle.frames || !bundle.frames.length) { return [nu, nu, nu, nu]; }
            const frames = bundle.frames;
            // Step one frame per drawn frame, not per tick: a slow frame (new boundaries)
            // must not make the animation skip years.
            const i = (!tick || window.__atlasBundle !== bundle) ? 0
                : Math.min((window.__atlasFrame || 0) + 1, frames.length - 1);
            window.__atlasBundle = bundle;
            window.__atlasFrame = i;
            const frame = frames[i];
            const figure = JSON.parse(JSON.stringify(frame.figure));
            figure.data[0].geojson = bundle.geometry[frame.version];
            const gd = document.querySelector('#map .js-plotly-plot');
            if (gd && window.Plotly) { window.Plotly.react(gd, figure.data, figure.layout); }
            const last = i >= frames.length - 1;
            return [String(frame.year), last ? true : nu, last ? frame.year : nu,
                    last ? '▶' : nu];
        }""",
        Output(ids.PLAY_STATUS, "children"),
        Output(ids.PLAY_TIMER, "disabled", allow_duplicate=True),
        Output(ids.YEAR_SLIDER, "value", allow_duplicate=True),
        Output(ids.PLAY, "children", allow_duplicate=True),
        Input(ids.PLAY_TIMER, "n_intervals"),
        State(ids.PLAY_FRAMES, "data"),
        prevent_initial_call=True,
    )
