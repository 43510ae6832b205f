"""The admin token that protects routes which change data (imports over the web).

Without ``ATLAS_ADMIN_TOKEN`` those routes are closed (403): an atlas on a closed network
is read-only unless an operator opts in. The token is compared in constant time
(``hmac.compare_digest``), so response times reveal nothing about how much of a guess was
right. Clients send it as ``Authorization: Bearer <token>`` (scripts, curl, the Import
panel's fetch), and only there: a token in a form field would mean reading the body (up to
20 MB for an import) before knowing who sends it, so an anonymous client announcing a large
body and sending nothing could hold a worker. The header is checked before any byte of the
body is read; a refused request is answered at once, its body left unread.
"""

from __future__ import annotations

import functools
import hmac
import logging
from collections.abc import Callable
from typing import Any

from flask import abort, request

from dashboard.settings import Settings

log = logging.getLogger(__name__)


def token_matches(configured: str | None, supplied: str | None) -> bool:
    """True only if a token is configured and ``supplied`` equals it (constant time)."""
    if not configured or not supplied:
        return False
    return hmac.compare_digest(configured.encode("utf-8"), supplied.encode("utf-8"))


def supplied_token() -> str | None:
    """The token of the current request's ``Authorization: Bearer`` header (never the body)."""
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


def require_admin_token(settings: Settings) -> Callable:
    """Decorate a view so it answers 403 unless the request carries the admin token.

    Reads headers only. Put it outside (above) :func:`dashboard.web.security.allow_body`
    on upload routes, so a request without the token is refused before the body limit is
    raised or the body looked at.
    """

    def decorate(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if not settings.admin_token:
                abort(403, "imports over the web are disabled (no ATLAS_ADMIN_TOKEN)")
            if not token_matches(settings.admin_token, supplied_token()):
                log.warning("refused admin token from %s on %s", request.remote_addr, request.path)
                abort(403)
            return view(*args, **kwargs)

        return wrapper

    return decorate
