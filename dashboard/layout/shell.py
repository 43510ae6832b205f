"""The page: header with language switch, controls, the map, its captions and the profile."""

from __future__ import annotations

from dataclasses import dataclass

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.i18n.catalog import t
from dashboard.i18n.languages import LANGUAGE_LABELS, LANGUAGES
from dashboard.layout import ids
from dashboard.layout.controls import (
    HIDDEN,
    flow_controls,
    layer_controls,
    map_controls,
    time_bar,
)
from dashboard.layout.panels.presentation import (
    add_scene_block,
    presentation_panel,
    presenter,
)
from dashboard.layout.profile import empty_profile
from dashboard.layout.texts import text
from dashboard.state import PANELS, ViewState

GRAPH_CONFIG = {
    # Offline: plotly.js would fetch the world topojson from a CDN without this.
    "topojsonURL": "/assets/topojson/",
    "showSendToCloud": False,
    "displaylogo": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["select2d", "lasso2d"],
}


@dataclass(frozen=True)
class FirstMap:
    """The map of the page's first view, drawn on the server with the page: the figure,
    the words around it (:func:`dashboard.layout.map_panel.map_words`), the notices about
    its link, that link as the reader opened it (``?...``), and the kinds of flows its year
    offers."""

    figure: dict
    words: dict
    notices: list
    link: str | None
    flow_kinds: list[dict]


def header(state: ViewState) -> dbc.Row:
    """Title, subtitle and the language switch."""
    return dbc.Row(
        [
            dbc.Col(
                [
                    html.H1(text("app.title", state.lang), id=ids.TITLE, className="h3 mb-1"),
                    html.P(
                        text("app.subtitle", state.lang),
                        id=ids.SUBTITLE,
                        className="text-muted mb-0",
                    ),
                ],
                md=True,  # takes what the language switch leaves: the subtitle wraps
            ),
            dbc.Col(
                [
                    dbc.Label(
                        text("control.language", state.lang),
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
                    dbc.Button(
                        text("header.help", state.lang),
                        id=ids.HELP_OPEN,
                        color="link",
                        size="sm",
                        className="ms-2",
                    ),
                ],
                md="auto",  # its natural width: never drawn over the subtitle
                className="d-flex align-items-center justify-content-md-end mt-2 mt-md-0",
            ),
        ],
        className="py-2 border-bottom mb-3 align-items-center atlas-header",
    )


# The downloads of the current view, by route extension: tables, then images and the brief.
EXPORTS = {
    "csv": (ids.EXPORT_CSV, "CSV"),
    "xlsx": (ids.EXPORT_XLSX, "XLSX"),
    "geojson": (ids.EXPORT_GEOJSON, "GeoJSON"),
    "png": (ids.EXPORT_PNG, "PNG"),
    "svg": (ids.EXPORT_SVG, "SVG"),
    "pdf": (ids.EXPORT_PDF, None),  # labelled "PDF brief" in the reader's language
}


def export_links(state: ViewState) -> html.Div:
    """Download the current view (the same query as the link) as a table, image or brief."""
    links: list = []
    for n, (cid, label) in enumerate(EXPORTS.values()):
        name = label or text("export.brief", state.lang)
        links += ([" · "] if n else []) + [html.A(name, id=cid, download="")]
    return html.Div(
        [text("export.download", state.lang), ": ", *links],
        id=ids.EXPORT_LINKS,
        className="small px-1 mb-2",
    )


def map_column(state: ViewState, year_options: list[dict], first: FirstMap | None) -> list:
    """The map, the year slider, its flow caption and the sources of everything on it;
    drawn for ``state`` when ``first`` is given."""
    words = first.words if first else {}
    figure = {"figure": first.figure} if first else {}
    return [
        dcc.Loading(
            dcc.Graph(
                id=ids.MAP,
                config=GRAPH_CONFIG,
                style={"height": "72vh", "minHeight": "440px"},
                **figure,
            ),
            delay_show=400,  # only when a change takes longer than a moment
            overlay_style={"visibility": "visible", "opacity": 0.6},
        ),
        time_bar(state, year_options),
        html.Div(words.get("caption"), id=ids.FLOW_CAPTION, className="small mt-1 fst-italic"),
        html.Div(words.get("sources"), id=ids.MAP_SOURCES, className="small text-muted mt-1"),
    ]


def panel_tabs(state: ViewState) -> dbc.Tabs:
    """The panels: the map first, then trends, the Programme, its scorecard, the data table,
    sources, presentation and import."""
    return dbc.Tabs(
        [dbc.Tab(label=t(f"panel.{panel}", state.lang), tab_id=panel) for panel in PANELS],
        id=ids.PANEL,
        active_tab=state.panel,
        className="mb-2",
    )


def help_modal(state: ViewState) -> dbc.Modal:
    """How to use the atlas, opened from the header."""
    return dbc.Modal(
        [
            dbc.ModalHeader(dbc.ModalTitle(text("header.help_title", state.lang))),
            dbc.ModalBody(id=ids.HELP_MODAL + "-body"),
        ],
        id=ids.HELP_MODAL,
        size="lg",
        scrollable=True,
        is_open=False,
    )


def page(
    state: ViewState,
    indicator_options: list[dict],
    year_options: list[dict],
    region_options: list[dict],
    profile: html.Component | None,
    upload_panel: html.Component,
    first: FirstMap | None = None,
) -> dbc.Container:
    """The whole page for ``state``; with ``first``, its map drawn and the link it was made
    for (the reader's), so the map needs no callback before it appears. ``profile``: the
    profile of the state's region, None for the prompt shown before one is chosen."""
    words = first.words if first else {}
    return dbc.Container(
        [
            dcc.Location(id=ids.URL, refresh=False),
            dcc.Store(id=ids.PAGE_LINK, data=first.link if first else None),
            dcc.Store(id=ids.PERMALINK, data=words.get("query")),
            dcc.Store(id=ids.MAP_META, data=words.get("meta")),
            dcc.Store(id=ids.HTML_LANG),
            dcc.Store(id=ids.HIGHLIGHT),
            # What the server's views take the year, flow mode and direction from.
            dcc.Store(id=ids.YEAR_REQUEST, data=state.year if first else None),
            dcc.Store(id=ids.FLOW_MODE_REQUEST, data=state.flow_mode if first else None),
            dcc.Store(id=ids.DIRECTION_REQUEST, data=state.direction if first else None),
            dcc.Store(id=ids.MAP_FRAMES),
            dcc.Store(id=ids.MAP_FRAMES_WANTED),
            dcc.Store(id=ids.MAP_VARIANTS),
            dcc.Store(id=ids.PROFILE_YEAR),
            # The presentation being edited outlives a reload (local), and so does the slide
            # being shown, for the length of the tab's session.
            dcc.Store(id=ids.PRESENTATION, storage_type="local"),
            dcc.Store(id=ids.PRESENT_POSITION, storage_type="session"),
            presenter(state.lang),
            header(state),
            help_modal(state),
            html.Div(first.notices if first else None, id=ids.NOTICES),
            dbc.Row(
                [
                    dbc.Col(
                        [
                            map_controls(
                                state,
                                indicator_options,
                                year_options,
                                region_options,
                                words.get("boundary"),
                            ),
                            layer_controls(state),
                            flow_controls(state, first.flow_kinds if first else None),
                            export_links(state),
                            add_scene_block(state.lang),
                        ],
                        xl=3,
                        className="mb-3 atlas-controls",
                    ),
                    dbc.Col(
                        [
                            panel_tabs(state),
                            dbc.Row(
                                dbc.Col(map_column(state, year_options, first), id=ids.MAP_COLUMN),
                                id=ids.MAP_PANEL,
                                style=None if state.panel == "map" else HIDDEN,
                            ),
                            dcc.Loading(html.Div(id=ids.PANEL_CONTENT), delay_show=400),
                            presentation_panel(state.lang),
                            upload_panel,
                        ],
                        xl=9,
                        className="mb-3 atlas-main",
                    ),
                    # The region profile: from 1200 px at the top of the left column, above
                    # the controls and beside the map (atlas.css), where the eye is when a
                    # region is clicked; on narrower screens below the map. Hidden until a
                    # region is chosen.
                    dbc.Col(
                        profile or empty_profile(state.lang),
                        id=ids.PROFILE_COLUMN,
                        xs=12,
                        className="mb-3 atlas-profile",
                        style=None if profile else HIDDEN,
                    ),
                ],
                className="atlas-body",
            ),
            html.Footer(
                [text("footer.boundaries", state.lang), " ", text("footer.basemap", state.lang)],
                id=ids.FOOTER,
                className="small text-muted border-top mt-2 pt-2 pb-3",
            ),
        ],
        id=ids.ROOT,
        fluid=True,
    )
