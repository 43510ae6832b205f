"""The controls that make up the view state: as callback inputs and states, their values
for a state, and the state their values make (validated like a link)."""

from __future__ import annotations

from dash import Input, Output, State
from flask import has_request_context, request

from dashboard.context import AtlasContext
from dashboard.i18n.languages import LANGUAGES
from dashboard.layout import ids
from dashboard.state import ViewState, from_controls

# Controls that make up the view state (id, property, state field), in the order of the
# callbacks' arguments.
CONTROLS = [
    (ids.LANGUAGE, "value", "lang"),
    (ids.INDICATOR, "value", "indicator"),
    (ids.YEAR, "value", "year"),
    (ids.COMPARE, "value", "compare_year"),
    (ids.LAYERS, "value", "layers"),
    (ids.FLOW_KIND, "value", "flow_kind"),
    (ids.TOP_N, "value", "top_n"),
    (ids.MIN_PERSONS, "value", "min_persons"),
    (ids.REGION, "value", "region"),
    (ids.DIRECTION, "value", "direction"),
    (ids.FLOW_MODE, "value", "flow_mode"),
    (ids.DECAY, "value", "decay"),
    (ids.ORIGINS, "value", "origins"),
    (ids.PANEL, "active_tab", "panel"),
]


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
    layers = fields["layers"]
    if not (isinstance(layers, list) and all(isinstance(layer, str) for layer in layers)):
        fields["layers"] = None  # from_controls joins layer names; anything else: the default
    state, _ = from_controls(fields, context.years(), context.default)
    return state


def year_options(indicator: str, years: dict[str, list[int]]) -> list[dict]:
    """Years of ``indicator``, newest first."""
    return [{"label": str(y), "value": y} for y in sorted(years[indicator], reverse=True)]


def control_values(state: ViewState) -> list:
    """The value of each control in CONTROLS for ``state``."""
    values = {name: getattr(state, name) for _, _, name in CONTROLS}
    values["layers"] = list(state.layers)
    return [values[name] for _, _, name in CONTROLS]


def browser_language(default: str) -> str:
    """The reader's preferred interface language (Accept-Language), else ``default``."""
    if not has_request_context():
        return default
    return request.accept_languages.best_match(LANGUAGES) or default
