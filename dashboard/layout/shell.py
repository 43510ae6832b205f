"""The page: header with language switch, controls, the map, sources and attribution."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.i18n.catalog import LANGUAGE_LABELS, LANGUAGES, t
from dashboard.layout import ids
from dashboard.state import Notice, ViewState

GRAPH_CONFIG = {
    # Offline: plotly.js would fetch the world topojson from a CDN without this.
    "topojsonURL": "/assets/topojson/",
    "showSendToCloud": False,
    "displaylogo": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["select2d", "lasso2d"],
}


def notices_block(notices: list[Notice], lang: str) -> list:
    """Warnings about a link that had to be corrected, in the reader's language."""
    return [
        dbc.Alert(t(n.key, lang, **n.values), color="warning", dismissable=True, className="py-2")
        for n in notices
    ]


def header(state: ViewState) -> dbc.Row:
    """Title, subtitle and the language switch."""
    return dbc.Row(
        [
            dbc.Col(
                [
                    html.H1(t("app.title", state.lang), id=ids.TITLE, className="h3 mb-1"),
                    html.P(
                        t("app.subtitle", state.lang), id=ids.SUBTITLE, className="text-muted mb-0"
                    ),
                ],
                md=9,
            ),
            dbc.Col(
                [
                    dbc.Label(
                        t("control.language", state.lang),
                        id=ids.LANGUAGE_LABEL,
                        html_for=ids.LANGUAGE,
                        className="me-2 mb-0",
                    ),
                    html.Div(
                        dbc.RadioItems(
                            id=ids.LANGUAGE,
                            options=[
                                {"label": LANGUAGE_LABELS[code], "value": code}
                                for code in LANGUAGES
                            ],
                            value=state.lang,
                            className="btn-group",
                            inputClassName="btn-check",
                            labelClassName="btn btn-outline-primary btn-sm",
                            labelCheckedClassName="active",
                        ),
                        className="radio-group",
                    ),
                ],
                md=3,
                className="d-flex align-items-center justify-content-md-end mt-2 mt-md-0",
            ),
        ],
        className="py-3 border-bottom mb-3 align-items-center",
    )


def controls(state: ViewState, indicator_options: list[dict], year_options: list[dict]) -> dbc.Card:
    """Indicator and year pickers, and the boundary version in use."""
    return dbc.Card(
        dbc.CardBody(
            [
                dbc.Label(
                    t("control.indicator", state.lang),
                    id=ids.INDICATOR_LABEL,
                    html_for=ids.INDICATOR,
                ),
                dcc.Dropdown(
                    id=ids.INDICATOR,
                    options=indicator_options,
                    value=state.indicator,
                    clearable=False,
                    className="mb-3",
                ),
                dbc.Label(t("control.year", state.lang), id=ids.YEAR_LABEL, html_for=ids.YEAR),
                dcc.Dropdown(
                    id=ids.YEAR,
                    options=year_options,
                    value=state.year,
                    clearable=False,
                    className="mb-3",
                ),
                html.Div(id=ids.BOUNDARY_INFO, className="small text-muted"),
            ]
        )
    )


def page(
    state: ViewState,
    notices: list[Notice],
    indicator_options: list[dict],
    year_options: list[dict],
) -> dbc.Container:
    """The whole page for a first request (later changes arrive through callbacks)."""
    return dbc.Container(
        [
            dcc.Location(id=ids.URL, refresh=False),
            dcc.Store(id=ids.PERMALINK),
            header(state),
            html.Div(notices_block(notices, state.lang), id=ids.NOTICES),
            dbc.Row(
                [
                    dbc.Col(
                        controls(state, indicator_options, year_options), lg=3, className="mb-3"
                    ),
                    dbc.Col(
                        [
                            dcc.Graph(id=ids.MAP, config=GRAPH_CONFIG, style={"height": "68vh"}),
                            html.Div(id=ids.MAP_SOURCES, className="small text-muted mt-2"),
                        ],
                        lg=9,
                    ),
                ]
            ),
            html.Footer(id=ids.FOOTER, className="small text-muted border-top mt-3 pt-2 pb-3"),
        ],
        fluid=True,
    )
