"""The admin token that protects routes which change data (imports over the web).

Without ``ATLAS_ADMIN_TOKEN`` those routes are closed (403): an atlas on a closed network
is read-only unless an operator opts in. The token is compared in constant time
(``hmac.compare_digest``), so response times reveal nothing about how much of a guess was
right. Clients send it as ``Authorization: Bearer <token>`` (scripts, curl) or, from an
HTML form, in the field ``admin_token``.
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

#: Form field name of the token in an HTML upload form.
FORM_FIELD = "admin_token"


def token_matches(configured: str | None, supplied: str | None) -> bool:
    """True only if a token is configured and ``supplied`` equals it (constant time)."""
    if not configured or not supplied:
        return False
    return hmac.compare_digest(configured.encode("utf-8"), supplied.encode("utf-8"))


def supplied_token() -> str | None:
    """The token sent with the current request (header first, then the form field)."""
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    if request.method == "POST" and request.mimetype in {
        "multipart/form-data",
        "application/x-www-form-urlencoded",
    }:
        return request.form.get(FORM_FIELD) or None
    return None


def require_admin_token(settings: Settings) -> Callable:
    """Decorate a view so it answers 403 unless the request carries the admin token.

    Put :func:`dashboard.web.security.allow_body` outside it on upload routes: the
    form field is read here, so the body limit must already be raised.
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
