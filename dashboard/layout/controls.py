"""Control panels: what to map, which layers to draw, and how to select flows."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.i18n.catalog import t
from dashboard.layout import ids
from dashboard.layout.texts import text
from dashboard.state import (
    DECAY_RANGE,
    DIRECTIONS,
    FLOW_KINDS,
    FLOW_MODES,
    LAYERS,
    MAP_OPTIONS,
    ORIGIN_PERIODS,
    TOP_N_RANGE,
    ViewState,
)
from dashboard.views.controls import flow_blocks

TOP_N_MARKS = {1: "1", 50: "50", 100: "100", 200: "200", 380: "380"}
#: A control or panel not shown.
HIDDEN = {"display": "none"}


def choice_options(prefix: str, values: tuple[str, ...], lang: str) -> list[dict]:
    """Radio/checklist options whose labels are the messages ``prefix.value``."""
    return [{"label": t(f"{prefix}.{value}", lang), "value": value} for value in values]


def option_sets(lang: str) -> dict[str, list[dict]]:
    """Every translated option list of the panels, keyed by component id (the kinds of
    flows depend on the year too: :func:`dashboard.views.controls.flow_kind_options`)."""
    return {
        ids.LAYERS: choice_options("layer", LAYERS, lang),
        ids.MAP_OPTIONS: choice_options("map_option", MAP_OPTIONS, lang),
        ids.DIRECTION: choice_options("control.direction", DIRECTIONS, lang),
        ids.FLOW_MODE: choice_options("control.flow_mode", FLOW_MODES, lang),
        ids.ORIGINS: choice_options("control.origins", ORIGIN_PERIODS, lang),
    }


def _label(key: str, lang: str, target: str, label_id: str) -> dbc.Label:
    return dbc.Label(text(key, lang), id=label_id, html_for=target, className="mb-1")


def map_controls(
    state: ViewState,
    indicator_options: list[dict],
    year_options: list[dict],
    region_options: list[dict],
    boundary: list | None = None,
) -> dbc.Card:
    """Indicator, year and region, and the boundary version in use (``boundary``: its
    words, :func:`dashboard.layout.map_panel.boundary_info`)."""
    lang = state.lang
    return dbc.Card(
        dbc.CardBody(
            [
                _label("control.indicator", lang, ids.INDICATOR, ids.INDICATOR_LABEL),
                dcc.Dropdown(
                    id=ids.INDICATOR,
                    options=indicator_options,
                    value=state.indicator,
                    clearable=False,
                    optionHeight=50,
                    className="mb-2",
                ),
                _label("control.year", lang, ids.YEAR, ids.YEAR_LABEL),
                dcc.Dropdown(
                    id=ids.YEAR,
                    options=year_options,
                    value=state.year,
                    clearable=False,
                    className="mb-2",
                ),
                _label("control.compare", lang, ids.COMPARE, ids.COMPARE_LABEL),
                dcc.Dropdown(
                    id=ids.COMPARE,
                    options=year_options,
                    value=state.compare_year,
                    placeholder=t("control.compare_placeholder", lang),
                    className="mb-2",
                ),
                _label("control.region", lang, ids.REGION, ids.REGION_LABEL),
                dcc.Dropdown(
                    id=ids.REGION,
                    options=region_options,
                    value=state.region,
                    placeholder=t("control.region_placeholder", lang),
                    className="mb-2",
                ),
                html.Div(boundary, id=ids.BOUNDARY_INFO, className="small text-muted"),
            ]
        ),
        className="mb-2",
    )


def layer_controls(state: ViewState) -> dbc.Card:
    """Switches for the overlays drawn over the choropleth."""
    return dbc.Card(
        dbc.CardBody(
            [
                _label("control.layers", state.lang, ids.LAYERS, ids.LAYERS_LABEL),
                dbc.Checklist(
                    id=ids.LAYERS,
                    options=option_sets(state.lang)[ids.LAYERS],
                    value=list(state.layers),
                    switch=True,
                ),
                html.Hr(className="my-2"),
                dbc.Checklist(
                    id=ids.MAP_OPTIONS,
                    options=option_sets(state.lang)[ids.MAP_OPTIONS],
                    value=list(state.map_options),
                    switch=True,
                    className="small",
                ),
            ]
        ),
        className="mb-2",
    )


def flow_controls(state: ViewState, kinds: list[dict] | None = None) -> dbc.Collapse:
    """How flows are selected; shown while the flow layer is on, with the blocks that mean
    something for the state's kind of flows. ``kinds``: the kinds offered in the state's
    year (:func:`dashboard.views.controls.flow_kind_options`), else all of them."""
    lang = state.lang
    options = option_sets(lang)
    shown = {block: None if on else HIDDEN for block, on in flow_blocks(state.flow_kind).items()}
    return dbc.Collapse(
        dbc.Card(
            dbc.CardBody(
                [
                    _label("control.flow_kind", lang, ids.FLOW_KIND, ids.FLOW_KIND_LABEL),
                    dbc.RadioItems(
                        id=ids.FLOW_KIND,
                        # Kinds without data in the year are disabled (a callback follows).
                        options=kinds or choice_options("control.flow_kind", FLOW_KINDS, lang),
                        value=state.flow_kind,
                        className="mb-2",
                    ),
                    # Volumes: only for kinds whose arrows have them (not the Programme's).
                    html.Div(
                        [
                            _label("control.top_n", lang, ids.TOP_N, ids.TOP_N_LABEL),
                            dcc.Slider(
                                id=ids.TOP_N,
                                min=TOP_N_RANGE[0],
                                max=TOP_N_RANGE[1],
                                step=1,
                                value=state.top_n,
                                marks=TOP_N_MARKS,
                                tooltip={"placement": "bottom", "always_visible": False},
                                updatemode="mouseup",
                            ),
                            _label(
                                "control.min_persons", lang, ids.MIN_PERSONS, ids.MIN_PERSONS_LABEL
                            ),
                            dbc.Input(
                                id=ids.MIN_PERSONS,
                                type="number",
                                min=0,
                                step=100,
                                value=state.min_persons,
                                debounce=True,
                                size="sm",
                                className="mb-2",
                            ),
                            _label("control.flow_mode", lang, ids.FLOW_MODE, ids.FLOW_MODE_LABEL),
                            dbc.RadioItems(
                                id=ids.FLOW_MODE,
                                options=options[ids.FLOW_MODE],
                                value=state.flow_mode,
                                inline=True,
                                className="mb-2",
                            ),
                        ],
                        id=ids.VOLUME_BLOCK,
                        style=shown["volume"],
                    ),
                    html.Div(
                        [
                            _label("control.direction", lang, ids.DIRECTION, ids.DIRECTION_LABEL),
                            dbc.RadioItems(
                                id=ids.DIRECTION,
                                options=options[ids.DIRECTION],
                                value=state.direction,
                                inline=True,
                                className="mb-2",
                            ),
                        ],
                        id=ids.DIRECTION_BLOCK,
                        style=shown["direction"],
                    ),
                    html.Div(
                        [
                            _label("control.decay", lang, ids.DECAY, ids.DECAY_LABEL),
                            dcc.Slider(
                                id=ids.DECAY,
                                min=DECAY_RANGE[0],
                                max=DECAY_RANGE[1],
                                step=0.1,
                                value=state.decay,
                                marks={v: f"{v:g}" for v in (0, 0.5, 1, 1.5, 2, 2.5, 3)},
                                tooltip={"placement": "bottom", "always_visible": True},
                                updatemode="mouseup",
                            ),
                        ],
                        id=ids.DECAY_BLOCK,
                        style=shown["decay"],
                    ),
                    html.Div(
                        [
                            _label("control.origins", lang, ids.ORIGINS, ids.ORIGINS_LABEL),
                            dbc.RadioItems(
                                id=ids.ORIGINS, options=options[ids.ORIGINS], value=state.origins
                            ),
                        ],
                        id=ids.ORIGINS_BLOCK,
                        style=shown["origins"],
                    ),
                ]
            ),
            className="mb-2",
        ),
        id=ids.FLOW_PANEL,
        is_open="flows" in state.layers,
    )


def time_bar(state: ViewState, year_options: list[dict]) -> dbc.Row:
    """The year slider under the map, with play (animated in the browser) and speed."""
    years = sorted(o["value"] for o in year_options)
    return dbc.Row(
        [
            dbc.Col(
                html.Button(
                    "▶",
                    id=ids.PLAY,
                    className="btn btn-primary btn-sm",
                    n_clicks=0,
                    title=t("control.play", state.lang),
                    **{"aria-label": t("control.play", state.lang)},
                ),
                width="auto",
            ),
            dbc.Col(
                dcc.Slider(
                    id=ids.YEAR_SLIDER,
                    min=years[0],
                    max=years[-1],
                    step=None,
                    value=state.year,
                    marks=year_marks(years),
                    updatemode="mouseup",
                ),
            ),
            dbc.Col(
                [
                    dbc.Label(
                        text("control.speed", state.lang),
                        html_for=ids.PLAY_SPEED,
                        className="visually-hidden",
                    ),
                    dbc.Select(
                        id=ids.PLAY_SPEED,
                        options=[
                            {"label": "0.5×", "value": "1600"},
                            {"label": "1×", "value": "800"},
                            {"label": "2×", "value": "400"},
                        ],
                        value="800",
                        size="sm",
                    ),
                ],
                width="auto",
            ),
            dbc.Col(html.Span(id=ids.PLAY_STATUS, className="small text-muted"), width="auto"),
            dcc.Interval(id=ids.PLAY_TIMER, interval=800, disabled=True),
            dcc.Store(id=ids.PLAY_FRAMES),
        ],
        className="align-items-center g-2 mt-1 time-bar",
    )


def year_marks(years: list[int]) -> dict:
    """Slider marks: every year a step, labels on a few so they never overlap."""
    every = max(1, round(len(years) / 8))
    return {y: (str(y) if i % every == 0 or y == years[-1] else "") for i, y in enumerate(years)}
