"""Map callbacks: thin wrappers that turn control values into a state and render its view.

The link in the address bar sets the controls once when the page opens; afterwards the
controls write the link back with ``history.replaceState`` (no reload, no callback loop).
"""

from __future__ import annotations

import json

from dash import ClientsideFunction, Dash, Input, Output, State, ctx, no_update
from dash.exceptions import PreventUpdate

from dashboard.callbacks.controls import (
    control_outputs,
    control_values,
    opened_link,
    view_dependencies,
    view_state,
    year_options,
)
from dashboard.callbacks.figure_patch import map_parts, map_update
from dashboard.callbacks.values import indicator_years, known_region, known_regions
from dashboard.context import AtlasContext
from dashboard.layout import ids
from dashboard.layout.map_panel import WORDS, map_words, notices_block
from dashboard.layout.shell import EXPORTS
from dashboard.state import from_query, to_query
from dashboard.views.chosen_region import clicked_region
from dashboard.views.controls import flow_kind_options
from dashboard.views.map import map_view
from dashboard.views.map_frames import frame_views, switches, view_key


def register(app: Dash, context: AtlasContext) -> None:
    """Attach the map callbacks to ``app``."""

    @app.callback(
        control_outputs(),
        Output(ids.YEAR, "options"),
        Output(ids.COMPARE, "options"),
        Output(ids.NOTICES, "children"),
        Input(ids.URL, "search"),
        State(ids.PAGE_LINK, "data"),
    )
    def open_link(search: str | None, drawn_for: str | None):
        # The page came drawn for the link it was opened with (callbacks/page.py): nothing
        # to do unless the link is another (or the page was drawn without knowing it).
        if isinstance(search, str) and search == drawn_for:
            raise PreventUpdate
        state, notices = opened_link(search, context)
        years = context.years()
        return [
            *control_values(state),
            year_options(state.indicator, years),
            year_options(state.indicator, years),
            notices_block(notices, state.lang),
        ]

    @app.callback(
        Output(ids.YEAR, "options", allow_duplicate=True),
        Output(ids.YEAR, "value", allow_duplicate=True),
        Output(ids.COMPARE, "options", allow_duplicate=True),
        Output(ids.COMPARE, "value", allow_duplicate=True),
        Input(ids.INDICATOR, "value"),
        State(ids.YEAR, "value"),
        State(ids.COMPARE, "value"),
        prevent_initial_call=True,
    )
    def years_for_indicator(indicator: str, year: int | None, compare: int | None):
        years = indicator_years(indicator, context.years())
        if not years:
            raise PreventUpdate
        options = year_options(indicator, context.years())
        keep = year if year in years else max(years)
        return options, keep, options, compare if compare in years and compare != keep else None

    @app.callback(
        Output(ids.MAP, "figure"),
        Output(ids.MAP_META, "data"),
        Output(ids.BOUNDARY_INFO, "children"),
        Output(ids.MAP_SOURCES, "children"),
        Output(ids.FLOW_CAPTION, "children"),
        Output(ids.PERMALINK, "data"),
        view_dependencies(),
        Input(ids.HIGHLIGHT, "data"),
        State(ids.MAP_META, "data"),
        # The page comes with the map of its link drawn (callbacks/page.py).
        prevent_initial_call=True,
    )
    def render_map(*args):
        *values, highlight, meta = args
        state = view_state(values, context)
        if ctx.triggered_id == ids.PANEL:
            # Another tab: the map stays as it is; only the link changes.
            return (*[no_update] * 5, to_query(state))
        # Anything but a list of region ids highlights nothing (a bad meta: see map_update).
        highlight = known_regions(highlight)
        view = map_view(state, context.package(), context.districts, highlight=highlight)
        words = map_words(view, state, highlight)
        return (map_update(view, meta), *(words[w] for w in WORDS))

    @app.callback(
        Output(ids.MAP_FRAMES, "data"),
        Output(ids.MAP_VARIANTS, "data"),
        Input(ids.MAP_FRAMES_WANTED, "data"),
        prevent_initial_call=True,
    )
    def map_frames(wanted: dict | None):
        # The view comes back as its link (checked like any link) and its highlight; with
        # "variants", only the flow modes and directions of its year are wanted.
        if not isinstance(wanted, dict) or not isinstance(wanted.get("query"), str):
            raise PreventUpdate
        state, _ = from_query(
            wanted["query"], context.years(), context.default, context.observed_years()
        )
        highlight = known_regions(wanted.get("highlight"))
        variants = wanted.get("variants") is True
        package = context.package()
        views = frame_views(state, package, context.districts, highlight, years=not variants)
        frames = {
            key: {
                **map_words(view, framed, highlight),
                "figure": map_parts(view),
                "flow_kinds": flow_kind_options(state.lang, framed.year, package),
            }
            for key, (framed, view) in views.items()
        }
        bundle = {"key": view_key(state, highlight), "frames": frames}
        if variants:
            return no_update, bundle
        return {**bundle, "switches": switches(state)}, no_update

    # A year's variants join the frames the page holds, when they are of its view.
    app.clientside_callback(
        ClientsideFunction("atlasFrames", "merge"),
        Output(ids.MAP_FRAMES, "data", allow_duplicate=True),
        Input(ids.MAP_VARIANTS, "data"),
        State(ids.MAP_FRAMES, "data"),
        prevent_initial_call=True,
    )

    # A frame the browser holds is drawn there; any other view goes to the server through
    # the request stores of the controls that changed (assets/map-frames.js).
    app.clientside_callback(
        ClientsideFunction("atlasFrames", "step"),
        *[Output(store, "data") for store in ids.REQUESTS.values()],
        Output(ids.MAP, "figure", allow_duplicate=True),
        Output(ids.MAP_META, "data", allow_duplicate=True),
        Output(ids.BOUNDARY_INFO, "children", allow_duplicate=True),
        Output(ids.MAP_SOURCES, "children", allow_duplicate=True),
        Output(ids.FLOW_CAPTION, "children", allow_duplicate=True),
        Output(ids.PERMALINK, "data", allow_duplicate=True),
        Output(ids.FLOW_KIND, "options", allow_duplicate=True),
        Output(ids.PROFILE_YEAR, "data"),
        # In the order of the frame's key: year, flow mode, direction.
        Input(ids.YEAR, "value"),
        Input(ids.FLOW_MODE, "value"),
        Input(ids.DIRECTION, "value"),
        State(ids.MAP_FRAMES, "data"),
        State(ids.MAP_META, "data"),
        State(ids.PANEL, "active_tab"),
        State(ids.REGION, "value"),
        State(ids.MAP, "figure"),
        prevent_initial_call=True,
    )
    # The page keeps the frames it holds and the map's meta for a press on a control to be
    # drawn at once; the map's column says whether its frames are in (``frames-ready``: not
    # on the graph itself, whose classes dcc.Graph sets as it draws).
    app.clientside_callback(
        ClientsideFunction("atlasFrames", "keep"),
        Output(ids.MAP_COLUMN, "className"),
        Input(ids.MAP_FRAMES, "data"),
        Input(ids.MAP_META, "data"),
    )
    # Each map the server draws wants its frames, unless the browser holds them; a year
    # stepped to in the browser wants its flow modes and directions if they are not held.
    app.clientside_callback(
        ClientsideFunction("atlasFrames", "want"),
        Output(ids.MAP_FRAMES_WANTED, "data"),
        Input(ids.MAP_META, "data"),
        State(ids.MAP_FRAMES, "data"),
        State(ids.PERMALINK, "data"),
        State(ids.HIGHLIGHT, "data"),
    )

    app.clientside_callback(
        """function (query) {
            if (query && window.location.search !== query) {
                window.history.replaceState(null, "", query);
            }
            return window.dash_clientside.no_update;
        }""",
        Output(ids.PERMALINK, "id"),
        Input(ids.PERMALINK, "data"),
    )

    # The download links carry the same query as the link in the address bar.
    app.clientside_callback(
        "function (query) { const q = query || window.location.search; return "
        + json.dumps(list(EXPORTS))
        + ".map(function (ext) { return '/export.' + ext + q; }); }",
        [Output(cid, "href") for cid, _ in EXPORTS.values()],
        Input(ids.PERMALINK, "data"),
    )

    @app.callback(
        Output(ids.REGION, "value", allow_duplicate=True),
        Input(ids.MAP, "clickData"),
        prevent_initial_call=True,
    )
    def select_clicked_region(click: dict | None):
        # A click on a region's shape or a city's symbol selects it; arrows and marks do not.
        points = click.get("points") if isinstance(click, dict) else None
        point = points[0] if isinstance(points, list) and points else None
        if not ctx.triggered:
            return no_update
        return known_region(clicked_region(point)) or no_update
