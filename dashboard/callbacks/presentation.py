"""Presentation callbacks: save views as scenes, edit them, play them, files in and out.

Thin: every edit is a pure function of ``presentations.scenes`` applied to the copy kept
on the server (``PresentationStore``); the browser keeps the last saved copy (local
storage), so a reload finds the presentation as it was.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import replace

import dash_bootstrap_components as dbc
from dash import ALL, Dash, Input, Output, State, ctx, no_update
from dash.exceptions import PreventUpdate

from dashboard.callbacks.controls import CONTROLS, control_values, state_from, year_options
from dashboard.callbacks.values import whole_number
from dashboard.context import AtlasContext
from dashboard.datasets.catalogue import indicator_label
from dashboard.datasets.package import DataPackage
from dashboard.i18n.catalog import normalise_language, t
from dashboard.layout import ids
from dashboard.layout.panels.presentation import file_links, scene_list
from dashboard.presentations.scenes import (
    MAX_SCENES,
    Presentation,
    PresentationError,
    Scene,
    add_scene,
    clean_name,
    edit_scene,
    from_file,
    move_scene,
    remove_scene,
    scene_for,
)
from dashboard.state import ViewState, from_query

MOVES = {"up": -1, "down": 1}
# The player's buttons and their names (tooltip and screen reader), in the reader's language.
PLAYER_BUTTONS = {
    ids.PRESENT_PREVIOUS: "present.previous",
    ids.PRESENT_NEXT: "present.next",
    ids.PRESENT_EXIT: "present.exit",
}


def as_data(presentation: Presentation) -> dict:
    """The presentation as kept in the browser's store."""
    return {
        "name": presentation.name,
        "scenes": [
            {"query": s.query, "title": s.title, "note": s.note} for s in presentation.scenes
        ],
    }


def from_data(data: dict | None, lang: str) -> Presentation:
    """The presentation in the browser's store (a new, empty one if there is none).

    The store may hold anything: scenes that are not objects are left out, and those past
    ``MAX_SCENES``; a name that is not a good one is the default.
    """
    if not isinstance(data, dict):
        return Presentation(name=t("present.default_name", lang))
    listed = data.get("scenes")
    scenes = tuple(
        Scene(**{k: str(s.get(k, "")) for k in ("query", "title", "note")})
        for s in (listed[:MAX_SCENES] if isinstance(listed, list) else [])
        if isinstance(s, dict)
    )
    try:
        name = clean_name(data.get("name"))
    except PresentationError:
        name = t("present.default_name", lang)
    return Presentation(name=name, scenes=scenes)


def scene_title(state: ViewState, package: DataPackage) -> str:
    """A scene's first title: what the map shows, in the reader's language."""
    title = f"{indicator_label(state.indicator, state.lang, package)}, {state.year}"
    return f"{title} ({state.compare_year})" if state.compare_year else title


def _alert(text: str, color: str = "success") -> dbc.Alert:
    return dbc.Alert(text, color=color, dismissable=True, className="py-2 small")


def _error(error: PresentationError, lang: str) -> dbc.Alert:
    return _alert(t(error.key, lang, **error.values), "danger")


def scene_index(value: object) -> int | None:
    """``value`` if it can be the index of a scene (a whole number), else ``None``."""
    return whole_number(value, 0, MAX_SCENES - 1)


def upload_bytes(contents: str) -> bytes:
    """The bytes of a ``dcc.Upload`` data URL (``data:…;base64,…``)."""
    if not isinstance(contents, str):
        raise PresentationError("present.error.upload")
    _, _, payload = contents.partition(",")
    try:
        return base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise PresentationError("present.error.upload") from None


def register(app: Dash, context: AtlasContext) -> None:
    """Attach the presentation callbacks; presentations are kept in the context's store."""
    default, store = context.default, context.presentations

    def current(data: dict | None, lang: str) -> Presentation:
        # The server's copy wins: another window may have changed the presentation.
        draft = from_data(data, lang)
        if store.exists(draft.name):
            return store.load(draft.name, context.years(), default)
        return draft

    def saved(presentation: Presentation) -> dict:
        store.save(presentation)
        return as_data(presentation)

    @app.callback(
        Output(ids.PRESENTATION, "data"),
        Output(ids.SCENE_MESSAGE, "children"),
        Input(ids.SCENE_ADD, "n_clicks"),
        State(ids.PRESENTATION, "data"),
        *[State(cid, prop) for cid, prop, _ in CONTROLS],
        prevent_initial_call=True,
    )
    def add_view(clicks: int | None, data: dict | None, *values):
        state = state_from(list(values), context)
        if not clicks:
            return no_update, no_update
        try:
            presentation = current(data, state.lang)
            scene = scene_for(state, scene_title(state, context.package()))
            presentation = add_scene(presentation, scene)
            message = t(
                "present.added",
                state.lang,
                number=len(presentation.scenes),
                name=presentation.name,
            )
            return saved(presentation), _alert(message)
        except PresentationError as error:
            return no_update, _error(error, state.lang)

    @app.callback(
        Output(ids.PRESENTATION, "data", allow_duplicate=True),
        Output(ids.PRESENT_MESSAGE, "children", allow_duplicate=True),
        Input({"type": ids.SCENE_BUTTON, "kind": ALL, "index": ALL}, "n_clicks"),
        Input({"type": ids.SCENE_FIELD, "kind": ALL, "index": ALL}, "value"),
        State(ids.PRESENTATION, "data"),
        State(ids.LANGUAGE, "value"),
        prevent_initial_call=True,
    )
    def edit_scenes(_clicks, _values, data: dict | None, lang: str):
        lang = normalise_language(lang)
        trigger = ctx.triggered_id
        if not isinstance(trigger, dict) or trigger.get("kind") == "open" or not ctx.triggered:
            return no_update, no_update
        value = ctx.triggered[0]["value"]
        kind, index = trigger.get("kind"), scene_index(trigger.get("index"))
        if index is None:
            raise PreventUpdate
        try:
            presentation = current(data, lang)
            if kind in MOVES and value:
                presentation = move_scene(presentation, index, MOVES[kind])
            elif kind == "remove" and value:
                presentation = remove_scene(presentation, index)
            elif kind in {"title", "note"} and isinstance(value, str):
                presentation = edit_scene(presentation, index, **{kind: value})
            else:
                return no_update, no_update
            return saved(presentation), None
        except PresentationError as error:
            return no_update, _error(error, lang)

    @app.callback(
        Output(ids.PRESENTATION, "data", allow_duplicate=True),
        Output(ids.PRESENT_MESSAGE, "children", allow_duplicate=True),
        Output(ids.PRESENT_UPLOAD, "contents"),
        Input({"type": ids.PRESENT_BUTTON, "action": ALL}, "n_clicks"),
        Input(ids.PRESENT_PICK, "value"),
        Input(ids.PRESENT_UPLOAD, "contents"),
        State(ids.PRESENT_NAME, "value"),
        State(ids.PRESENTATION, "data"),
        State(ids.LANGUAGE, "value"),
        prevent_initial_call=True,
    )
    def manage(_clicks, picked: str | None, upload: str | None, name: str | None, data, lang):
        lang = normalise_language(lang)
        trigger = ctx.triggered_id
        action = trigger.get("action") if isinstance(trigger, dict) else trigger
        if action is None or not ctx.triggered or not ctx.triggered[0]["value"]:
            return no_update, no_update, no_update
        try:
            presentation, message = _managed(action, picked, upload, name, data, lang)
        except PresentationError as error:
            # A refused file or name changes nothing: the message says why.
            return no_update, _error(error, lang), None
        return (as_data(presentation) if presentation else no_update), message, None

    def _managed(action, picked, upload, name, data, lang) -> tuple[Presentation | None, object]:
        presentation = current(data, lang)
        if action == ids.PRESENT_PICK:
            if picked == presentation.name:
                return None, no_update  # the list only caught up with the store
            return store.load(picked, context.years(), default), None
        if action == ids.PRESENT_UPLOAD:
            loaded = from_file(upload_bytes(upload), context.years(), default)
            loaded = replace(loaded, name=store.free_name(loaded.name))
            store.save(loaded)
            count = len(loaded.scenes)
            return loaded, _alert(t("present.uploaded", lang, name=loaded.name, count=count))
        if action == "new":
            fresh = Presentation(name=store.free_name(name or t("present.default_name", lang)))
            store.save(fresh)
            return fresh, _alert(t("present.created", lang, name=fresh.name))
        if action == "rename":
            new_name = clean_name(name)
            if new_name == presentation.name:
                return None, None
            renamed = replace(presentation, name=store.free_name(new_name))
            store.save(renamed)
            store.delete(presentation.name)
            return renamed, _alert(t("present.renamed", lang, name=renamed.name))
        if action == "delete":
            store.delete(presentation.name)
            others = store.names()
            following = (
                store.load(others[0], context.years(), default)
                if others
                else Presentation(name=t("present.default_name", lang))
            )
            message = t("present.deleted", lang, name=presentation.name)
            return following, _alert(message, "secondary")
        return None, no_update

    @app.callback(
        Output(ids.PRESENT_LIST, "children"),
        Output(ids.PRESENT_NAME, "value"),
        Output(ids.PRESENT_PICK, "options"),
        Output(ids.PRESENT_PICK, "value"),
        Output(ids.PRESENT_JSON, "href"),
        Output(ids.PRESENT_PDF, "href"),
        Input(ids.PRESENTATION, "data"),
        Input(ids.LANGUAGE, "value"),
    )
    def show_scenes(data: dict | None, lang: str):
        lang = normalise_language(lang)
        presentation = from_data(data, lang)
        names = store.names()
        json_link, pdf_link = file_links(presentation.name, lang)
        return (
            scene_list(presentation, lang),
            presentation.name,
            names,
            presentation.name if presentation.name in names else None,
            json_link,
            pdf_link,
        )

    # ------------------------------------------------------------------ playing
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
            return {"playing": True, "index": 0, "shown": 0}
        index = scene_index(trigger.get("index"))
        if trigger.get("kind") == "open" and index is not None:
            # One scene opened on the map, not played: the map tab shows it.
            return {"playing": False, "index": index, "shown": index}
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
        if not (isinstance(position, dict) and position.get("playing")):
            return no_update
        index = scene_index(position.get("index", 0))
        if index is None:
            raise PreventUpdate
        if ctx.triggered_id == ids.PRESENT_EXIT:
            return {"playing": False, "index": index}
        total = len(from_data(data, "en").scenes)
        index += 1 if ctx.triggered_id == ids.PRESENT_NEXT else -1
        index = max(0, min(total - 1, index))
        return {"playing": True, "index": index, "shown": index}

    @app.callback(
        Output(ids.PRESENTER_TITLE, "children"),
        Output(ids.PRESENTER_NOTE, "children"),
        Output(ids.PRESENTER_COUNTER, "children"),
        Output(ids.PRESENTER, "className"),
        *[Output(cid, prop) for cid in PLAYER_BUTTONS for prop in ("title", "aria-label")],
        Input(ids.PRESENT_POSITION, "data"),
        State(ids.PRESENTATION, "data"),
        State(ids.LANGUAGE, "value"),
    )
    def show_player(position: dict | None, data: dict | None, lang: str):
        lang = normalise_language(lang)
        scenes = from_data(data, lang).scenes
        if not (isinstance(position, dict) and position.get("playing") and scenes):
            return "", "", "", "presenter", *[no_update] * (2 * len(PLAYER_BUTTONS))
        index = scene_index(position.get("index", 0))
        if index is None:
            raise PreventUpdate
        index = min(len(scenes) - 1, index)
        scene = scenes[index]
        counter = t("present.counter", lang, number=index + 1, total=len(scenes))
        names = [t(key, lang) for key in PLAYER_BUTTONS.values() for _ in range(2)]
        return scene.title, scene.note, counter, "presenter playing", *names

    @app.callback(
        [Output(cid, prop, allow_duplicate=True) for cid, prop, _ in CONTROLS],
        Output(ids.YEAR, "options", allow_duplicate=True),
        Output(ids.COMPARE, "options", allow_duplicate=True),
        Input(ids.PRESENT_POSITION, "data"),
        State(ids.PRESENTATION, "data"),
        State(ids.LANGUAGE, "value"),
        prevent_initial_call=True,
    )
    def show_scene(position: dict | None, data: dict | None, lang: str):
        # Only a move to another scene changes the map; leaving keeps the last scene shown.
        if not isinstance(position, dict) or "shown" not in position:
            return [no_update] * (len(CONTROLS) + 2)
        lang = normalise_language(lang)
        scenes = from_data(data, lang).scenes
        index = scene_index(position["shown"])
        if index is None or index >= len(scenes):
            return [no_update] * (len(CONTROLS) + 2)
        # The scene's view, in the language the presenter is using now.
        state, _ = from_query(scenes[index].query, context.years(), default)
        state = replace(state, lang=lang, panel="map")
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
