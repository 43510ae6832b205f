"""Presentation callbacks: save views as scenes, edit them, files in and out; playing them
is ``callbacks.presentation_play``.

Thin: every action is one of ``presentations.library`` applied to the copy kept on the
server (``PresentationStore``); the browser keeps the last saved copy (local storage), so
a reload finds the presentation as it was. What the tab shows is ``views.presentation``,
rendered by ``layout.panels.presentation``.
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
from dashboard.presentations.browser import as_data, from_data
from dashboard.presentations.library import Library, Outcome, refusal
from dashboard.presentations.scenes import PresentationError, scene_for
from dashboard.views.presentation import presentation_view, scene_title


def answer(outcome: Outcome) -> tuple:
    """The browser's copy of the presentation and the message, as the callbacks return
    them (``no_update`` where they stay as they are)."""
    data = as_data(outcome.presentation) if outcome.presentation else no_update
    return data, (no_update if outcome.keeps_message else notice_alert(outcome.notice))


def managed(
    library: Library,
    action: object,
    picked: object,
    upload: object,
    name: object,
    data: dict | None,
    lang: str,
) -> Outcome:
    """What a button of the panel, a pick in its list or an uploaded file does."""
    presentation = library.current(data, lang)
    if action == ids.PRESENT_PICK:
        return library.pick(presentation, picked)
    if action == ids.PRESENT_UPLOAD:
        return library.upload(upload, lang)
    if action == "new":
        return library.create(name, lang)
    if action == "rename":
        return library.rename(presentation, name, lang)
    if action == "delete":
        return library.delete(presentation, lang)
    return Outcome(keeps_message=True)  # play: another callback's business


def register(app: Dash, context: AtlasContext) -> None:
    """Attach the presentation callbacks; presentations are kept in the context's store."""

    def open_library() -> Library:
        return Library(context.presentations, context.years(), context.default)

    @app.callback(
        Output(ids.PRESENTATION, "data"),
        Output(ids.SCENE_MESSAGE, "children"),
        Input(ids.SCENE_ADD, "n_clicks"),
        State(ids.PRESENTATION, "data"),
        *control_states(),
        prevent_initial_call=True,
    )
    def add_view(clicks: int | None, data: dict | None, *values):
        state = state_from(list(values), context)
        if not clicks:
            return no_update, no_update
        try:
            library = open_library()
            scene = scene_for(state, scene_title(state, context.package()))
            return answer(library.add(library.current(data, state.lang), scene, state.lang))
        except PresentationError as error:
            return no_update, notice_alert(refusal(error, state.lang))

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
            library = open_library()
            return answer(library.edit(library.current(data, lang), kind, index, value))
        except PresentationError as error:
            return no_update, notice_alert(refusal(error, lang))

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
            outcome = managed(open_library(), action, picked, upload, name, data, lang)
        except PresentationError as error:
            # A refused file or name changes nothing: the message says why.
            return no_update, notice_alert(refusal(error, lang)), None
        return (*answer(outcome), None)  # the upload is emptied: the same file again works

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
        view = presentation_view(from_data(data, lang), context.presentations.names(), lang)
        saved, picked = list(view.saved), view.picked
        return scene_list(view), view.name, saved, picked, view.json_link, view.pdf_link

    presentation_play.register(app, context)
