"""The controls that make up the view state: as callback inputs and states, their values
for a state, and the state their values make (validated like a link); and the flow
controls' callbacks: the kinds of flows a year offers, the controls a kind shows."""

from __future__ import annotations

from dataclasses import replace

from dash import Dash, Input, Output, State
from dash.exceptions import PreventUpdate
from flask import has_request_context, request

from dashboard.callbacks.values import known_year
from dashboard.context import AtlasContext
from dashboard.i18n.catalog import normalise_language
from dashboard.i18n.languages import LANGUAGES
from dashboard.layout import ids
from dashboard.layout.controls import HIDDEN
from dashboard.state import (
    CONTROL_FIELDS,
    Notice,
    ViewState,
    from_controls,
    from_query,
    to_controls,
)
from dashboard.views.controls import flow_blocks, flow_kind_options, year_options

__all__ = [
    "CONTROLS",
    "browser_language",
    "control_inputs",
    "control_outputs",
    "control_states",
    "control_values",
    "opened_link",
    "register",
    "state_from",
    "view_dependencies",
    "view_state",
    "year_options",  # the years a control offers: views.controls, named here too
]

# Controls that make up the view state (id, property, state field), in the order of the
# callbacks' arguments: from the state's table of fields.
CONTROLS = [(field.control, field.prop, field.name) for field in CONTROL_FIELDS]
_INDEX = {cid: index for index, (cid, _, _) in enumerate(CONTROLS)}


def control_inputs() -> list[Input]:
    """Every control of the view state as a callback Input."""
    return [Input(cid, prop) for cid, prop, _ in CONTROLS]


def control_states() -> list[State]:
    """Every control of the view state as a callback State."""
    return [State(cid, prop) for cid, prop, _ in CONTROLS]


def control_outputs(**flags: bool) -> list:
    """Every control of the view state as a callback Output."""
    return [Output(cid, prop, **flags) for cid, prop, _ in CONTROLS]


def state_from(values: list, context: AtlasContext) -> ViewState:
    """The (validated) state the controls show, from values in CONTROLS order."""
    fields = {name: value for (_, _, name), value in zip(CONTROLS, values, strict=True)}
    state, _ = from_controls(fields, context.years(), context.default, context.observed_years())
    return state


def view_dependencies() -> list:
    """The controls as the server's views take them: each an Input but the year, the flow
    mode and the direction, whose values are States (last, in ``ids.REQUESTS`` order)
    triggered by their request stores. A view the browser draws itself from the map's
    frames (``assets/map-frames.js``) then asks nothing of the server."""
    return [
        Input(ids.REQUESTS[cid], "data") if cid in ids.REQUESTS else Input(cid, prop)
        for cid, prop, _ in CONTROLS
    ] + [State(cid, "value") for cid in ids.REQUESTS]


def view_state(values: list, context: AtlasContext) -> ViewState:
    """The state from values in :func:`view_dependencies` order."""
    controls = list(values[: len(CONTROLS)])
    for cid, value in zip(ids.REQUESTS, values[len(CONTROLS) :], strict=True):
        controls[_INDEX[cid]] = value
    return state_from(controls, context)


def control_values(state: ViewState) -> list:
    """The value of each control in CONTROLS for ``state``."""
    values = to_controls(state)
    return [values[name] for _, _, name in CONTROLS]


def browser_language(default: str) -> str:
    """The reader's preferred interface language (Accept-Language), else ``default``."""
    if not has_request_context():
        return default
    return request.accept_languages.best_match(LANGUAGES) or default


def opened_link(search: object, context: AtlasContext) -> tuple[ViewState, list[Notice]]:
    """The state of a link a reader opened, and what had to be corrected in it; a link
    without a language opens in the browser's language (kk, ru or en)."""
    reader = replace(context.default, lang=browser_language(context.default.lang))
    query = search if isinstance(search, str) else ""
    return from_query(query, context.years(), reader, context.observed_years())


def register(app: Dash, context: AtlasContext) -> None:
    """Attach the flow controls' callbacks to ``app``."""

    @app.callback(
        Output(ids.FLOW_KIND, "options"),
        Input(ids.LANGUAGE, "value"),
        Input(ids.YEAR_REQUEST, "data"),  # the boundaries' years: see view_dependencies
        State(ids.YEAR, "value"),
        # The page comes in its language and for its year (callbacks/page.py).
        prevent_initial_call=True,
    )
    def offer_flow_kinds(lang: str, _requested: object, year: int):
        # A kind without arrows in this year is offered disabled, its label saying why.
        year = known_year(year, context.years())
        if year is None:
            raise PreventUpdate
        return flow_kind_options(normalise_language(lang), year, context.package())

    @app.callback(
        Output(ids.FLOW_PANEL, "is_open"),
        Output(ids.VOLUME_BLOCK, "style"),
        Output(ids.DIRECTION_BLOCK, "style"),
        Output(ids.DECAY_BLOCK, "style"),
        Output(ids.ORIGINS_BLOCK, "style"),
        Input(ids.LAYERS, "value"),
        Input(ids.FLOW_KIND, "value"),
        # The page comes in its language and for its year (callbacks/page.py).
        prevent_initial_call=True,
    )
    def show_flow_controls(layers: list[str] | None, kind: str):
        # Only the controls that mean something for this kind of flows are shown: no
        # top-N or threshold for the Programme's directions, which have no volumes.
        shown = flow_blocks(kind if isinstance(kind, str) else "")
        styles = [None if shown[block] else HIDDEN for block in shown]
        return ("flows" in (layers or []), *styles)
