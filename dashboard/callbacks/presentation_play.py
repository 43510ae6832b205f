"""Playing a presentation: start, step through its scenes, show each one on the map.

The player's position is kept in the browser (``presentations.browser``): a reload in the
middle of a talk comes back to the same scene.
"""

from __future__ import annotations

from dash import ALL, Dash, Input, Output, State, ctx, no_update
from dash.exceptions import PreventUpdate

from dashboard.callbacks.controls import CONTROLS, control_outputs, control_values, year_options
from dashboard.callbacks.values import whole_number
from dashboard.context import AtlasContext
from dashboard.i18n.catalog import normalise_language
from dashboard.layout import ids
from dashboard.layout.panels.presentation import presenter_class
from dashboard.presentations.browser import (
    from_data,
    is_playing,
    opened_at,
    playing_at,
    stepped,
    stopped_at,
)
from dashboard.presentations.scenes import MAX_SCENES, scene_state
from dashboard.views.presentation import player_view

# The player's buttons, in the order of PlayerView.buttons: each named in its tooltip and
# for screen readers.
PLAYER_BUTTONS = (ids.PRESENT_PREVIOUS, ids.PRESENT_NEXT, ids.PRESENT_EXIT)
NAMED = ("title", "aria-label")


def scene_index(value: object) -> int | None:
    """``value`` if it can be the index of a scene (a whole number), else ``None``."""
    return whole_number(value, 0, MAX_SCENES - 1)


def register(app: Dash, context: AtlasContext) -> None:
    """Attach the player's callbacks."""

    @app.callback(
        Output(ids.PRESENT_POSITION, "data"),
        Input({"type": ids.PRESENT_BUTTON, "action": ALL}, "n_clicks"),
        Input({"type": ids.SCENE_BUTTON, "kind": ALL, "index": ALL}, "n_clicks"),
        State(ids.PRESENTATION, "data"),
        prevent_initial_call=True,
    )
    def start(_play, _open, data: dict | None):
        trigger = ctx.triggered_id
        if not isinstance(trigger, dict) or not ctx.triggered or not ctx.triggered[0]["value"]:
            return no_update
        if trigger.get("action") == "play" and from_data(data, "en").scenes:
            return playing_at(0)
        index = scene_index(trigger.get("index"))
        if trigger.get("kind") == "open" and index is not None:
            # One scene opened on the map, not played: the map tab shows it.
            return opened_at(index)
        return no_update

    @app.callback(
        Output(ids.PRESENT_POSITION, "data", allow_duplicate=True),
        Input(ids.PRESENT_PREVIOUS, "n_clicks"),
        Input(ids.PRESENT_NEXT, "n_clicks"),
        Input(ids.PRESENT_EXIT, "n_clicks"),
        State(ids.PRESENT_POSITION, "data"),
        State(ids.PRESENTATION, "data"),
        prevent_initial_call=True,
    )
    def step(_previous, _next, _exit, position: dict | None, data: dict | None):
        if not is_playing(position):
            return no_update
        index = scene_index(position.get("index", 0))
        if index is None:
            raise PreventUpdate
        if ctx.triggered_id == ids.PRESENT_EXIT:
            return stopped_at(index)
        total = len(from_data(data, "en").scenes)
        return playing_at(stepped(index, total, forward=ctx.triggered_id == ids.PRESENT_NEXT))

    @app.callback(
        Output(ids.PRESENTER_TITLE, "children"),
        Output(ids.PRESENTER_NOTE, "children"),
        Output(ids.PRESENTER_COUNTER, "children"),
        Output(ids.PRESENTER, "className"),
        *[Output(cid, prop) for cid in PLAYER_BUTTONS for prop in NAMED],
        Input(ids.PRESENT_POSITION, "data"),
        State(ids.PRESENTATION, "data"),
        State(ids.LANGUAGE, "value"),
    )
    def show_player(position: dict | None, data: dict | None, lang: str):
        lang = normalise_language(lang)
        presentation = from_data(data, lang)
        if not (is_playing(position) and presentation.scenes):
            hidden = presenter_class(False)
            return "", "", "", hidden, *[no_update] * (len(NAMED) * len(PLAYER_BUTTONS))
        index = scene_index(position.get("index", 0))
        if index is None:
            raise PreventUpdate
        view = player_view(presentation, index, lang)
        names = [name for name in view.buttons for _ in NAMED]
        return view.title, view.note, view.counter, presenter_class(True), *names

    @app.callback(
        control_outputs(allow_duplicate=True),
        Output(ids.YEAR, "options", allow_duplicate=True),
        Output(ids.COMPARE, "options", allow_duplicate=True),
        Input(ids.PRESENT_POSITION, "data"),
        State(ids.PRESENTATION, "data"),
        State(ids.LANGUAGE, "value"),
        prevent_initial_call=True,
    )
    def show_scene(position: dict | None, data: dict | None, lang: str):
        # Only a move to another scene changes the map; leaving keeps the last scene shown.
        unchanged = [no_update] * (len(CONTROLS) + 2)
        if not isinstance(position, dict) or "shown" not in position:
            return unchanged
        lang = normalise_language(lang)
        scenes = from_data(data, lang).scenes
        index = scene_index(position["shown"])
        if index is None or index >= len(scenes):
            return unchanged
        # The scene's view, in the language the presenter is using now.
        state = scene_state(scenes[index], lang, context.years(), context.default)
        options = year_options(state.indicator, context.years())
        return [*control_values(state), options, options]

    # The page's presenting class (CSS hides the controls), full screen while playing where
    # the browser allows it, and a resize, so the map fills the space the controls leave.
    app.clientside_callback(
        """function (className) {
            const root = document.documentElement;
            const playing = (className || '').includes('playing');
            document.body.classList.toggle('presenting', playing);
            if (playing) {
                if (!document.fullscreenElement && root.requestFullscreen) {
                    root.requestFullscreen().catch(function () {});
                }
            } else if (document.fullscreenElement && document.exitFullscreen) {
                document.exitFullscreen().catch(function () {});
            }
            setTimeout(function () { window.dispatchEvent(new Event('resize')); }, 50);
            return window.dash_clientside.no_update;
        }""",
        Output(ids.PRESENTER, "id"),
        Input(ids.PRESENTER, "className"),
        prevent_initial_call=True,
    )
