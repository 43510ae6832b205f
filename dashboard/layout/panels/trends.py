"""The trends panel: national series as a grid of small charts (layout factory, no callbacks).

``trends_panel(view)`` renders a :class:`~dashboard.views.trends.TrendsView` (built by
:func:`~dashboard.views.trends.trends_view` in the reader's language): a heading, a short
intro and one card per chart. Each card holds the chart, a one-line reading in plain words
and the sources with their quality. Cards sit in a grid (``.trend-grid`` in assets/atlas.css)
that never makes one narrower than the charts are laid out for
(:data:`~dashboard.figures.trends.MIN_WIDTH`): two to a row where two fit (1920 px), else
one; on a phone the chart scrolls sideways inside its card rather than squeeze its words
together. Nothing here reads data: the view holds every figure and word.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.figures.trends import MIN_WIDTH
from dashboard.views.trends import TrendCard, TrendsView

# Element ids (exported; callbacks and browser tests import them from here).
TRENDS_PANEL = "trends-panel"
TREND_CHART = "trend-chart"  # pattern id type: {"type": TREND_CHART, "chart": name}
TREND_READING = "trend-reading"
TREND_SOURCES = "trend-sources"

GRAPH_CONFIG = {
    "displaylogo": False,
    "showSendToCloud": False,
    "modeBarButtonsToRemove": ["select2d", "lasso2d"],
}

__all__ = [
    "GRAPH_CONFIG",
    "TRENDS_PANEL",
    "TREND_CHART",
    "TREND_READING",
    "TREND_SOURCES",
    "chart_id",
    "trends_panel",
]


def chart_id(chart: str, kind: str = TREND_CHART) -> dict[str, str]:
    """Pattern-matching id of a chart's graph (or of its reading / sources line)."""
    return {"type": kind, "chart": chart}


def _card(card: TrendCard) -> dbc.Card:
    height = card.figure.get("layout", {}).get("height")
    return dbc.Card(
        dbc.CardBody(
            [
                dcc.Graph(
                    id=chart_id(card.chart),
                    figure=card.figure,
                    config=GRAPH_CONFIG,
                    className="trend-graph",
                    style={"height": f"{height}px", "minWidth": f"{MIN_WIDTH}px"}
                    if height
                    else {"minWidth": f"{MIN_WIDTH}px"},
                    responsive=True,
                ),
                html.P(
                    card.reading,
                    id=chart_id(card.chart, TREND_READING),
                    className="small mb-1 mt-2",
                ),
                html.P(
                    card.sources,
                    id=chart_id(card.chart, TREND_SOURCES),
                    className="small text-muted mb-0",
                ),
            ],
            className="p-2 trend-card-body",
        ),
        className="h-100",
    )


def trends_panel(view: TrendsView) -> html.Div:
    """The trends panel of ``view``: heading, intro and one card per chart (two per row where
    both are at least :data:`~dashboard.figures.trends.MIN_WIDTH` wide, else one). Ids:
    :data:`TRENDS_PANEL` on the panel, :func:`chart_id` on each graph, reading and sources
    line."""
    return html.Div(
        [
            html.H2(view.heading, className="h5 mt-2 mb-1"),
            html.P(view.intro, className="small text-muted mb-3"),
            html.Div([_card(card) for card in view.cards], className="trend-grid"),
        ],
        id=TRENDS_PANEL,
        lang=view.lang,
    )
