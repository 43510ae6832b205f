"""The words around the map: notices about a corrected link, the boundary version in use,
the flow caption and the sources of everything drawn."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

from dashboard.i18n.catalog import t
from dashboard.state import Notice
from dashboard.views.map import MapView

#: The boundary version of today's regions; older ones are drawn approximately.
CURRENT_BOUNDARIES = "2022"


def notices_block(notices: list[Notice], lang: str) -> list:
    """Warnings about a link that had to be corrected, in the reader's language."""
    return [
        dbc.Alert(t(n.key, lang, **n.values), color="warning", dismissable=True, className="py-2")
        for n in notices
    ]


def boundary_info(view: MapView, lang: str) -> list:
    """Which boundary version the map draws, and how many units it has."""
    info: list = [t("boundaries.info", lang, version=view.version, count=view.unit_count)]
    if view.version != CURRENT_BOUNDARIES:
        info += [html.Br(), t("boundaries.approximate", lang)]
    return info


def sources_line(view: MapView, lang: str) -> list:
    """ "Sources: ..." of everything on the map, and the method of derived values."""
    line: list = [html.Strong(t("sources.heading", lang) + ": "), "; ".join(view.sources)]
    if view.method:
        line += [html.Br(), html.Strong(t("data.col.note", lang) + ": "), view.method]
    return line


def flow_caption(view: MapView) -> str:
    """What the flow arrows show (or why none are drawn); empty without the flow layer."""
    layer = view.flow_layer
    return (layer.notice or layer.caption) if layer else ""
