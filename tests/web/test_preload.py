"""The page's head names the first view's late files, under the app's path prefix."""

from __future__ import annotations

import re

from dash import Dash

from dashboard.web.preload import install_preloads


def preloads(app: Dash) -> dict[str, str]:
    """The preloaded addresses of ``app``'s page, and what each is preloaded as."""
    html = app.interpolate_index(
        metas="", title="", css="", config="", scripts="", app_entry="", favicon="", renderer=""
    )
    return dict(re.findall(r'<link rel="preload" href="([^"]+)" as="(\w+)"', html))


def test_the_page_preloads_its_layout_callbacks_graph_code_and_base_map():
    app = Dash(__name__)
    install_preloads(app)
    assert preloads(app) == {
        "/_dash-layout": "fetch",
        "/_dash-dependencies": "fetch",
        "/_dash-component-suites/dash/dcc/async-graph.js": "script",
        "/_dash-component-suites/dash/dcc/async-dropdown.js": "script",
        "/_dash-component-suites/dash/dcc/async-slider.js": "script",
        "/assets/topojson/world_110m.json": "fetch",
    }


def test_an_atlas_served_under_a_prefix_preloads_under_it():
    app = Dash(__name__, requests_pathname_prefix="/atlas/", routes_pathname_prefix="/atlas/")
    install_preloads(app)
    assert all(href.startswith("/atlas/") for href in preloads(app))
