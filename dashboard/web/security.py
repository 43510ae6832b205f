"""Security headers on every response, and request size limits.

The Content-Security-Policy allows only the app's own origin. Scripts: Dash puts each
clientside callback and the renderer's start-up line (``new DashRenderer()``) in inline
``<script>`` elements; they are allowed by their SHA-256 hashes (``Dash.csp_hashes``),
not by ``'unsafe-inline'``, so an injected inline script still cannot run. The hashes are
computed on the first request, after every callback has been registered, and are the same
in every worker. ``<script id="_dash-config" type="application/json">`` is data, not
script, so CSP does not apply to it.

Styles need ``'unsafe-inline'``: plotly.js writes ``<style>`` elements for its modebar and
hover labels at run time, and React sets ``style`` attributes. Inline styles cannot run
code, so this is the usual trade-off (see tests/browser/test_security_page.py, which loads
the page under this policy and fails on any violation).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any

from dash import Dash
from flask import Response, abort, request

#: Largest request body by default: a callback body is a few KB; a presentation file
#: (256 KB at most, base64 in a callback) must still reach the app so it can say "too big".
DEFAULT_MAX_BODY = 1024 * 1024
#: Largest body of a data import (the import route raises its limit with :func:`allow_body`).
IMPORT_MAX_BODY = 20 * 1024 * 1024

# Headers that do not depend on the page.
STATIC_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    # The page's link goes to the atlas itself only: its layout is drawn for that link
    # (dashboard/callbacks/page.py); no other host ever hears of it.
    "Referrer-Policy": "same-origin",
    # frame-ancestors in the CSP is the modern form; X-Frame-Options covers old browsers.
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    # The presenter mode goes full screen; nothing else is ever asked of the browser.
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    "fullscreen=(self)",
}


def content_security_policy(script_hashes: list[str]) -> str:
    """The policy: own origin only; inline scripts by hash; no framing, plugins or base."""
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'", *script_hashes],
        "style-src": ["'self'", "'unsafe-inline'"],
        # plotly draws its modebar icons and exports images through data: and blob: URLs.
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "worker-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


class SecurityHeaders:
    """Adds the headers to every response of ``app``; ``csp=False`` leaves the CSP out
    (Dash's debug tools load scripts the policy would refuse)."""

    def __init__(self, app: Dash, csp: bool = True) -> None:
        self.app = app
        self.csp = csp
        self._policy: str | None = None
        self._lock = threading.Lock()

    def policy(self) -> str:
        """The CSP, computed once: Dash knows every inline script by the first request."""
        if self._policy is None:
            with self._lock:
                if self._policy is None:
                    self._policy = content_security_policy(list(self.app.csp_hashes()))
        return self._policy

    def __call__(self, response: Response) -> Response:
        for name, value in STATIC_HEADERS.items():
            response.headers.setdefault(name, value)
        if self.csp:
            response.headers.setdefault("Content-Security-Policy", self.policy())
        return response


def allow_body(max_bytes: int = IMPORT_MAX_BODY) -> Callable:
    """Decorate a view that accepts a larger body than the app's ``MAX_CONTENT_LENGTH``.

    The body must announce its length, and not more than ``max_bytes``: a body without
    ``Content-Length`` (chunked) is refused with 411 and one announcing more with 413,
    both before any of it is read, so the time a worker spends reading is bounded by the
    announced size (and gunicorn's timeout stops a client that announces and never sends).
    Flask 3.1 reads the limit from ``request.max_content_length`` when the body is first
    read, so the view must not be preceded by anything that reads the body. Put the
    admin check outside it, so an anonymous client learns nothing about the limits::

        @server.route("/import", methods=["POST"])
        @require_admin_token(settings)
        @allow_body(IMPORT_MAX_BODY)
        def upload(): ...
    """

    def decorate(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            length = request.content_length
            if length is None:
                abort(411, "send the file with a Content-Length")
            if length > max_bytes:
                abort(413)
            request.max_content_length = max_bytes
            return view(*args, **kwargs)

        return wrapper

    return decorate


def install_security(app: Dash, csp: bool = True, max_body: int = DEFAULT_MAX_BODY) -> None:
    """Headers on every response of ``app`` and a request size limit."""
    app.server.config["MAX_CONTENT_LENGTH"] = max_body
    app.server.after_request(SecurityHeaders(app, csp=csp))
