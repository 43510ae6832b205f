"""Presentation callbacks: save views as scenes, edit them, files in and out; playing them
is ``callbacks.presentation_play``.

Thin: every action is one of ``presentations.library`` applied to the copy kept on the
server (``PresentationStore``); the browser keeps the last saved copy and the edit keys of
the presentations it made (local storage), so a reload finds the presentation as it was and
may still change it. With web imports on, the administrator token typed in the Import tab
may change any presentation. What the tab shows is ``views.presentation``, rendered by
``layout.panels.presentation``.
"""

from __future__ import annotations

from dash import ALL, Dash, Input, Output, State, ctx, no_update
from dash.exceptions import PreventUpdate

from dashboard.callbacks import presentation_play
from dashboard.callbacks.controls import control_states, state_from
from dashboard.callbacks.presentation_play import scene_index
from dashboard.context import AtlasContext
from dashboard.i18n.catalog import normalise_language
from dashboard.layout import ids
from dashboard.layout.panels.presentation import notice_alert, scene_list
from dashboard.presentations.browser import as_data, from_data, keys_from_data, refused_file
from dashboard.presentations.keys import Editor, token_matches
from dashboard.presentations.library import Library, Outcome, SceneChange, refusal
from dashboard.presentations.scenes import (
    SCENE_FIELDS,
    Presentation,
    PresentationError,
    scene_for,
)
from dashboard.views.presentation import presentation_view, scene_title

#: The panel's buttons that change the presentation shown.
CHANGES = {"rename", "delete"}


def answer(outcome: Outcome) -> tuple:
    """The browser's copy of the presentation, the message and the browser's edit keys, as
    the callbacks return them (``no_update`` where they stay as they are)."""
    data = as_data(outcome.presentation) if outcome.presentation else no_update
    message = no_update if outcome.keeps_message else notice_alert(outcome.notice)
    return data, message, no_update if outcome.keys is None else outcome.keys


def managed(
    library: Library,
    action: object,
    picked: object,
    upload: object,
    name: object,
    presentation: Presentation,
    editor: Editor,
    lang: str,
) -> Outcome:
    """What a button of the panel, a pick in its list or an uploaded file does to the
    ``presentation`` shown."""
    if action == ids.PRESENT_PICK:
        return library.pick(presentation, picked)
    if action == ids.PRESENT_UPLOAD:
        return library.upload(upload, editor, lang)
    if action == "new":
        return library.create(name, editor, lang)
    if action == "copy":
        return library.copy(presentation, editor, lang)
    if action == "rename":
        return library.rename(presentation, name, editor, lang)
    if action == "delete":
        return library.delete(presentation, editor, lang)
    return Outcome(keeps_message=True)  # play: another callback's business


def scene_changes(triggered: list[dict], prop_ids: dict[str, object]) -> list[SceneChange]:
    """The scene fields and buttons that changed, fields first: Dash merges a title typed
    and a button clicked at once into one call, and the title was typed before the click.
    Scenes opened on the map (``open``) and ids that are not a scene's are left out."""
    changes = []
    for item in triggered:
        cid = prop_ids.get(item.get("prop_id", ""))
        index = scene_index(cid.get("index")) if isinstance(cid, dict) else None
        if index is not None and cid.get("kind") != "open":
            changes.append((cid.get("kind"), index, item.get("value")))
    return sorted(changes, key=lambda change: change[0] not in SCENE_FIELDS)


def register(app: Dash, context: AtlasContext) -> None:
    """Attach the presentation callbacks; presentations are kept in the context's store."""
    admin_token = context.settings.admin_token
    # The Import tab's token field is in the page only when web imports are on.
    token_state = [State(ids.UPLOAD_TOKEN, "value")] if admin_token else []
    token_input = [Input(ids.UPLOAD_TOKEN, "value")] if admin_token else []

    def open_library() -> Library:
        return Library(context.presentations, context.years(), context.default)

    def editor(keys: object, token: list) -> Editor:
        """Who asks: the browser's edit keys, and the administrator if the token is right."""
        admin = bool(token) and token_matches(admin_token, token[0])
        return Editor(keys_from_data(keys), admin=admin)

    @app.callback(
        Output(ids.PRESENTATION, "data"),
        Output(ids.SCENE_MESSAGE, "children"),
        Output(ids.PRESENT_KEYS, "data"),
        Input(ids.SCENE_ADD, "n_clicks"),
        State(ids.PRESENTATION, "data"),
        State(ids.PRESENT_KEYS, "data"),
        *token_state,
        *control_states(),
        prevent_initial_call=True,
    )
    def add_view(clicks: int | None, data: dict | None, keys: object, *values):
        token, values = values[: len(token_state)], values[len(token_state) :]
        state = state_from(list(values), context)
        if not clicks:
            return no_update, no_update, no_update
        try:
            scene = scene_for(state, scene_title(state, context.package()))
            return answer(open_library().add(data, scene, editor(keys, token), state.lang))
        except PresentationError as error:
            return no_update, notice_alert(refusal(error, state.lang)), no_update

    @app.callback(
        Output(ids.PRESENTATION, "data", allow_duplicate=True),
        Output(ids.PRESENT_MESSAGE, "children", allow_duplicate=True),
        Output(ids.PRESENT_KEYS, "data", allow_duplicate=True),
        Input({"type": ids.SCENE_BUTTON, "kind": ALL, "index": ALL}, "n_clicks"),
        Input({"type": ids.SCENE_FIELD, "kind": ALL, "index": ALL}, "value"),
        State(ids.PRESENTATION, "data"),
        State(ids.PRESENT_KEYS, "data"),
        State(ids.LANGUAGE, "value"),
        *token_state,
        prevent_initial_call=True,
    )
    def edit_scenes(_clicks, _values, data: dict | None, keys: object, lang: str, *token):
        lang = normalise_language(lang)
        changes = scene_changes(ctx.triggered, ctx.triggered_prop_ids)
        if not changes:
            raise PreventUpdate
        library = open_library()
        try:
            with library.changing(data, lang) as shown:
                outcome = library.edit(shown, changes, editor(keys, list(token)))
            return answer(outcome)
        except PresentationError as error:
            return no_update, notice_alert(refusal(error, lang)), no_update

    @app.callback(
        Output(ids.PRESENTATION, "data", allow_duplicate=True),
        Output(ids.PRESENT_MESSAGE, "children", allow_duplicate=True),
        Output(ids.PRESENT_KEYS, "data", allow_duplicate=True),
        Output(ids.PRESENT_UPLOAD, "contents"),
        Input({"type": ids.PRESENT_BUTTON, "action": ALL}, "n_clicks"),
        Input(ids.PRESENT_PICK, "value"),
        Input(ids.PRESENT_UPLOAD, "contents"),
        State(ids.PRESENT_NAME, "value"),
        State(ids.PRESENTATION, "data"),
        State(ids.PRESENT_KEYS, "data"),
        State(ids.LANGUAGE, "value"),
        *token_state,
        prevent_initial_call=True,
    )
    def manage(_clicks, picked, upload, name, data, keys, lang, *token):
        lang = normalise_language(lang)
        trigger = ctx.triggered_id
        action = trigger.get("action") if isinstance(trigger, dict) else trigger
        if action is None or not ctx.triggered or not ctx.triggered[0]["value"]:
            return no_update, no_update, no_update, no_update
        asking = editor(keys, list(token))
        library = open_library()
        try:
            with library.changing(data, lang) as shown:
                outcome = managed(library, action, picked, upload, name, shown, asking, lang)
        except PresentationError as error:
            # A refused file or name changes nothing: the message says why.
            return no_update, notice_alert(refusal(error, lang)), no_update, None
        return (*answer(outcome), None)  # the upload is emptied: the same file again works

    @app.callback(
        Output(ids.PRESENT_MESSAGE, "children", allow_duplicate=True),
        Input(ids.PRESENT_REFUSED, "data"),
        State(ids.LANGUAGE, "value"),
        prevent_initial_call=True,
    )
    def refused(data: object, lang: str):
        # A file the page would not send (too large) or the server refused (413).
        error = refused_file(data)
        if error is None:
            raise PreventUpdate
        return notice_alert(refusal(error, normalise_language(lang)))

    @app.callback(
        Output(ids.PRESENT_LIST, "children"),
        Output(ids.PRESENT_NAME, "value"),
        Output(ids.PRESENT_PICK, "options"),
        Output(ids.PRESENT_PICK, "value"),
        Output(ids.PRESENT_JSON, "href"),
        Output(ids.PRESENT_PDF, "href"),
        Output(ids.PRESENT_ACCESS, "children"),
        Output({"type": ids.PRESENT_BUTTON, "action": ALL}, "disabled"),
        Input(ids.PRESENTATION, "data"),
        Input(ids.LANGUAGE, "value"),
        Input(ids.PRESENT_KEYS, "data"),
        *token_input,
    )
    def show_scenes(data: dict | None, lang: str, keys: object, *token):
        lang = normalise_language(lang)
        asking = editor(keys, list(token))
        library = open_library()
        try:
            presentation = library.current(data, lang)  # the server's copy wins
        except PresentationError:  # a file damaged on the server: the browser's copy
            presentation = from_data(data, lang)
        access = (
            "read_only"
            if not library.editable(presentation, asking)
            else "admin"
            if asking.admin
            else "own"
        )
        view = presentation_view(presentation, context.presentations.names(), lang, access)
        saved, picked = list(view.saved), view.picked
        # Another browser's presentation: renaming and deleting it are off (the server
        # refuses them anyway); new, copy and play stay on.
        buttons = [
            not view.editable and button["id"].get("action") in CHANGES
            for button in ctx.outputs_list[-1]
        ]
        return (
            *(scene_list(view), view.name, saved, picked, view.json_link, view.pdf_link),
            *(view.access, buttons),
        )

    presentation_play.register(app, context)
