"""The words around the map: notices about a corrected link, the boundary version in use,
the flow caption and the sources of everything drawn."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

from dashboard.i18n.catalog import t
from dashboard.state import Notice, ViewState, to_query
from dashboard.views.map import MapView
from dashboard.views.map_frames import frame_key, view_key

#: The boundary version of today's regions; older ones are drawn approximately.
CURRENT_BOUNDARIES = "2022"
#: What the map panel shows around the figure, in the map callback's outputs' order.
WORDS = ("meta", "boundary", "sources", "caption", "query")


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


def map_meta(view: MapView) -> dict:
    """What the browser holds after an update: version, trace counts, static overlays."""
    return {
        "version": view.version,
        "traces": len(view.figure.data),
        "static": view.static_traces,
        "static_key": view.static_key,
    }


def map_words(view: MapView, state: ViewState, highlight: list[str] | None = None) -> dict:
    """What the map panel shows around the figure for ``state`` (:data:`WORDS`): the map
    meta (with the keys of its view and frame: ``views/map_frames.py``), the boundary
    version, the sources, the flow caption and the link."""
    meta = {**map_meta(view), "view": view_key(state, highlight), "frame": frame_key(state)}
    return {
        "meta": meta,
        "boundary": boundary_info(view, state.lang),
        "sources": sources_line(view, state.lang),
        "caption": flow_caption(view),
        "query": to_query(state),
    }
