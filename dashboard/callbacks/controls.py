"""The controls that make up the view state: as callback inputs and states, their values
for a state, and the state their values make (validated like a link)."""

from __future__ import annotations

from dash import Input, Output, State
from flask import has_request_context, request

from dashboard.context import AtlasContext
from dashboard.i18n.languages import LANGUAGES
from dashboard.state import CONTROL_FIELDS, ViewState, from_controls, to_controls
from dashboard.views.controls import year_options

__all__ = [
    "CONTROLS",
    "browser_language",
    "control_inputs",
    "control_outputs",
    "control_states",
    "control_values",
    "state_from",
    "year_options",  # the years a control offers: views.controls, named here too
]

# Controls that make up the view state (id, property, state field), in the order of the
# callbacks' arguments: from the state's table of fields.
CONTROLS = [(field.control, field.prop, field.name) for field in CONTROL_FIELDS]


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


def control_values(state: ViewState) -> list:
    """The value of each control in CONTROLS for ``state``."""
    values = to_controls(state)
    return [values[name] for _, _, name in CONTROLS]


def browser_language(default: str) -> str:
    """The reader's preferred interface language (Accept-Language), else ``default``."""
    if not has_request_context():
        return default
    return request.accept_languages.best_match(LANGUAGES) or default
