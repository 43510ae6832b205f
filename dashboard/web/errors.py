"""Errors: logged in full on the server, answered in one plain line to the client.

A traceback on a page tells an attacker the code paths and library versions and tells a
reader nothing. So every unhandled exception is logged with an id, and the client gets the
status and that id (JSON for the callback endpoint and other machine routes, plain text
otherwise). HTTP errors (400, 404, 413, ...) keep their status and short standard text.

In debug mode Dash registers its own handler (tracebacks in the dev tools) when the dev
server starts, after this one, and so replaces it; production never runs in debug mode.
"""

from __future__ import annotations

import logging
import secrets

from dash.exceptions import DependencyException
from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException, NotFound

from dashboard.store.reader import StoreUnavailable

log = logging.getLogger(__name__)


def wants_json() -> bool:
    """Whether the client is a program: the Dash renderer, a JSON client, the health check."""
    if request.path.startswith(("/_dash-", "/health")) or request.is_json:
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"


def _answer(status: int, message: str, error_id: str | None = None) -> Response:
    if wants_json():
        body = {"error": message, "status": status}
        if error_id:
            body["id"] = error_id
        response = jsonify(body)
    else:
        text = f"{status} {message}" + (f" (error id {error_id})" if error_id else "") + "\n"
        response = Response(text, mimetype="text/plain")
    response.status_code = status
    return response


def handle_http_error(error: HTTPException) -> Response | HTTPException:
    """4xx/5xx raised on purpose: the status and its standard name, never a stack."""
    if error.code is None or error.code < 400:
        return error  # redirects raised by routing (RequestRedirect) pass through
    message = error.name
    if error.code < 500 and error.description:
        # Client errors say what was wrong (our checks of callback bodies, the admin
        # token, the size limit): static texts that reveal nothing about the server.
        message = f"{error.name}: {error.description}"
    return _answer(error.code, message)


def handle_exception(error: Exception) -> Response | HTTPException:
    """Anything else: log the traceback with an id, answer 500 with the id only."""
    if isinstance(error, HTTPException):
        return handle_http_error(error)
    error_id = secrets.token_hex(6)
    log.error("unhandled error %s on %s %s", error_id, request.method, request.path, exc_info=error)
    return _answer(500, "Internal Server Error", error_id)


def handle_unknown_script(error: DependencyException) -> Response:
    """A script URL of a library the page does not use: Dash raises, it is a plain 404."""
    return handle_http_error(NotFound())


#: Seconds a client is told to wait when no store generation can be served (a rebuild
#: takes a few seconds).
RETRY_AFTER = 10


def handle_store_unavailable(error: StoreUnavailable) -> Response:
    """No verified generation of the store (all damaged, or none yet): 503, not 500, so a
    proxy retries elsewhere; the reason is in the log and ``/health``, not in the answer."""
    log.error("store unavailable on %s %s: %s", request.method, request.path, error)
    response = _answer(503, "Service Unavailable")
    response.headers["Retry-After"] = str(RETRY_AFTER)
    return response


def install_error_handlers(server: Flask) -> None:
    """Register the handlers; Dash's own (PreventUpdate -> 204) stay, being more specific."""
    server.register_error_handler(HTTPException, handle_http_error)
    server.register_error_handler(StoreUnavailable, handle_store_unavailable)
    server.register_error_handler(DependencyException, handle_unknown_script)
    server.register_error_handler(Exception, handle_exception)
