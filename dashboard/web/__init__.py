"""Serving the atlas in production: hardening, the shared cache, health, gunicorn.

``install(app, settings)`` is called by ``create_app`` once every route and callback is
registered; it is the same for the development server and for gunicorn, so tests of the
app see what production serves. It adds:

- security headers on every response and a 1 MB request body limit (:mod:`.security`);
- error handlers that log tracebacks and answer without them (:mod:`.errors`);
- a check of every Dash callback body before Dash reads it (:mod:`.callback_guard`);
- the response cache shared by workers, used for the map callback and the page's layout
  and available to routes through the :func:`cached_route` decorator (:mod:`.cache`);
- compression of static files once per worker (:mod:`.compression`);
- ``GET /health`` (:mod:`.health`).

Helpers for routes written elsewhere: :func:`cached_route` (exports),
:func:`allow_body` (larger uploads on one route), :func:`require_admin_token` (imports).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from dash import Dash
from flask import Flask

from dashboard.settings import Settings
from dashboard.web.admin import require_admin_token, token_matches
from dashboard.web.cache import (
    EXTENSION,
    DataVersion,
    ResponseCache,
    cached_route,
    embedded_data_version,
    make_response_cache,
)
from dashboard.web.callback_guard import guard_dispatch, pure_callbacks
from dashboard.web.compression import cache_static_compression
from dashboard.web.errors import install_error_handlers
from dashboard.web.health import folder_writable, install_health
from dashboard.web.security import IMPORT_MAX_BODY, allow_body, install_security

__all__ = [
    "IMPORT_MAX_BODY",
    "ResponseCache",
    "allow_body",
    "cached_route",
    "install",
    "require_admin_token",
    "response_cache",
    "token_matches",
]

#: Callbacks whose answer depends on their request body alone and that cost enough to be
#: worth caching (named by their first output). The map callback is 15-50 ms and most of
#: the server time of an interaction, and the map's year bundle is one map per year; the
#: others take under 3 ms, about what a cache round trip costs, so caching them would only
#: add entries.
CACHED_CALLBACKS = ("map.figure", "map-frames.data")


def install(
    app: Dash,
    settings: Settings,
    *,
    data_version: DataVersion = embedded_data_version,
    checks: Mapping[str, Callable[[], bool]] | None = None,
    page_key: Callable[[], object] | None = None,
) -> ResponseCache:
    """Harden ``app`` and give it the shared cache and ``/health``; returns the cache.

    ``data_version`` returns the version of the data being served (the store's generation
    once imports land); it is part of every cache key and shown by ``/health``. ``checks``
    are the app's own health checks (e.g. ``{"data": ..., "store": ...}``), beside the
    instance folder's. ``page_key`` says what the page's layout depends on in a request
    (the layout is made per page load: ``dashboard/callbacks/page.py``); with it, layouts
    are cached too.
    """
    server = app.server
    install_security(app, csp=not settings.debug)
    install_error_handlers(server)
    responses = make_response_cache(
        settings.cache_url,
        settings.instance_dir,
        data_version=data_version,
        # Answers also depend on these settings; hosts sharing a Redis may differ in them.
        namespace_extra=f"{settings.default_language}|{settings.districts or ''}",
    )
    server.extensions[EXTENSION] = responses
    guard_dispatch(app, responses, pure_callbacks(app, CACHED_CALLBACKS))
    if page_key is not None:
        cache_page(app, responses, page_key)
    cache_static_compression(app)
    required = {"instance": folder_writable(settings.instance_dir), **(checks or {})}
    install_health(server, data_version, required, responses)
    return responses


def cache_page(app: Dash, cache: ResponseCache, page_key: Callable[[], object]) -> None:
    """Serve Dash's layout route (``/_dash-layout``) through ``cache``, keyed by
    ``page_key()``: pages opened from the same link in the same language are one entry
    (the map in them costs 50-150 ms to make; a hit about 1 ms)."""
    endpoint = next(
        rule.endpoint
        for rule in app.server.url_map.iter_rules()
        if rule.rule.endswith("/_dash-layout")
    )
    view = app.server.view_functions[endpoint]

    @functools.wraps(view)
    def cached(*args: Any, **kwargs: Any) -> Any:
        return cache.serve_route("layout", lambda: view(*args, **kwargs), request_part=page_key())

    app.server.view_functions[endpoint] = cached


def response_cache(server: Flask) -> ResponseCache:
    """The response cache that :func:`install` put on ``server``."""
    return server.extensions[EXTENSION]
