"""The first view's late files, asked for with the page: ``<link rel="preload">``.

Dash asks for the page's layout (made per link: the map comes with it) and its callbacks
only once every script of the page has run, loads the code of dcc's graph, dropdown and
slider only once React renders them, and plotly asks for the world base map only once it
draws the map: waits in a row before the first map (issue 16). Named in the page's head,
the browser fetches them with the scripts, and takes them from its memory cache when asked.
"""

from __future__ import annotations

from dash import Dash

#: dcc's lazily loaded parts that the first view renders (its graph, year list, slider).
FIRST_VIEW_CHUNKS = ("async-graph.js", "async-dropdown.js", "async-slider.js")
#: What Dash's renderer fetches first: the page's layout and its callbacks.
DASH_REQUESTS = ("/_dash-layout", "/_dash-dependencies")
#: The base map plotly fetches for every geo subplot (``topojsonURL`` in layout/shell.py).
BASE_MAP = "/assets/topojson/world_110m.json"


def preload_links(app: Dash) -> str:
    """The ``<link rel="preload">`` tags of the first view's late files, under the app's
    path prefix."""
    chunks = [
        app.get_relative_path(f"/_dash-component-suites/dash/dcc/{chunk}")
        for chunk in FIRST_VIEW_CHUNKS
    ]
    links = [f'<link rel="preload" href="{href}" as="script">' for href in chunks]
    # Dash fetches and plotly reads with XMLHttpRequest in CORS mode with same-origin
    # credentials: a "fetch" preload matches them only with crossorigin="anonymous".
    for path in (*DASH_REQUESTS, BASE_MAP):
        href = app.get_relative_path(path)
        links.append(f'<link rel="preload" href="{href}" as="fetch" crossorigin="anonymous">')
    return "\n        ".join(links)


def install_preloads(app: Dash) -> None:
    """Name the first view's late files in the head of the page ``app`` serves."""
    app.index_string = app.index_string.replace(
        "{%css%}", "{%css%}\n        " + preload_links(app), 1
    )
