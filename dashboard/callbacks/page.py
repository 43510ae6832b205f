"""The page each reader gets: drawn on the server for the link they opened, map included.

Dash asks for the page's layout (``/_dash-layout``) once the page's scripts have loaded.
The layout is made per request, for the link of the page asking (its Referer: the atlas
sends it to itself only, see ``dashboard/web/security.py``), so the map of that link comes
with the page and appears without waiting for a callback; the controls, captions and link
are that view's, and so is the profile of its region (a click on the map may come before
any callback of the page has answered: none at load may overwrite it). A request without
the link (no Referer) gets the default view, and the page's ``open_link`` callback then
reads the link from the address bar as before.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from dash.development.base_component import Component
from flask import has_request_context, request

from dashboard.callbacks.controls import browser_language, opened_link
from dashboard.context import AtlasContext
from dashboard.layout.map_panel import map_words, notices_block
from dashboard.layout.panels.upload import upload_panel
from dashboard.layout.profile import profile_panel
from dashboard.layout.shell import FirstMap, page
from dashboard.views.controls import (
    flow_kind_options,
    indicator_options,
    region_options,
    year_options,
)
from dashboard.views.map import map_view
from dashboard.views.profile import profile_view


def page_link() -> str | None:
    """The query (``?...``, or ``""``) of the page whose layout is asked for, None when the
    request does not say which page (no request, or no Referer)."""
    if not has_request_context() or not request.referrer:
        return None
    query = urlsplit(request.referrer).query
    return f"?{query}" if query else ""


def first_page(context: AtlasContext) -> Component:
    """The whole page for the link of the request, its map drawn (see the module's doc)."""
    link = page_link()
    state, notices = opened_link(link, context)
    package = context.package()
    view = map_view(state, package, context.districts)
    first = FirstMap(
        figure=view.figure_json(),
        words=map_words(view, state),
        notices=notices_block(notices, state.lang),
        link=link,
        flow_kinds=flow_kind_options(state.lang, state.year, package),
    )
    years = context.years()
    return page(
        state,
        indicator_options(state.lang, package),
        year_options(state.indicator, years),
        region_options(state.lang, state.year),
        profile=profile_panel(profile_view(state, package)) if state.region else None,
        upload_panel=upload_panel(state.lang, bool(context.settings.admin_token), package),
        first=first,
    )


def page_layout(context: AtlasContext) -> Callable[[], Component]:
    """The app's layout function: :func:`first_page` for each page's layout request. Any
    other caller (Dash checking the layout on the first request, whatever it asks for; the
    callback checks reading the page's components) gets the page made once here, for the
    default view: the same components, and no store read that could fail another answer
    (``/health`` must say itself that the store is unavailable)."""
    made = first_page(context)

    def layout() -> Component:
        if has_request_context() and request.path.endswith("/_dash-layout"):
            return first_page(context)
        return made

    return layout


def page_key(context: AtlasContext) -> Callable[[], dict]:
    """What the page made for a request depends on (besides the data, which the response
    cache keys on anyway): the page's link, the browser's language for a link naming none,
    and whether this host takes imports (its page has the import form; hosts sharing a
    Redis cache may differ in that). Two requests with the same key get the same page."""
    imports = bool(context.settings.admin_token)
    return lambda: {
        "link": page_link(),
        "lang": browser_language(context.default.lang),
        "imports": imports,
    }
