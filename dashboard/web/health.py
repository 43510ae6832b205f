"""``GET /health``: whether this worker can serve, for load balancers and monitors.

Cheap on purpose (a probe may come every second): it reads no data table, it only asks
each check whether its resource answers. 200 when the data and the instance folder are
usable, 503 when not, so a reverse proxy takes the host out of rotation. A failing cache
does not make the host unhealthy (the atlas serves without it, slower), and all hosts
share one Redis: a Redis outage must not take every host out at once. It is reported as
``"degraded"``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from flask import Flask, Response, jsonify

from dashboard.web.cache import DataVersion, ResponseCache

if TYPE_CHECKING:
    from dashboard.datasets.package import DataPackage

#: Monotonic time of the import of this module: the process start, near enough.
STARTED = time.monotonic()


def data_loaded(package: Callable[[], DataPackage]) -> Callable[[], bool]:
    """A check that the app's current data package loads (``package``: the store's provider).

    The package of a store generation is read once and then shared, so this is free.
    """

    def check() -> bool:
        try:
            package()
        except Exception:
            return False
        return True

    return check


def folder_writable(folder: Path) -> Callable[[], bool]:
    """A check that ``folder`` exists and this process may write into it."""

    def check() -> bool:
        return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)

    return check


def install_health(
    server: Flask,
    data_version: DataVersion,
    required: Mapping[str, Callable[[], bool]],
    cache: ResponseCache | None = None,
) -> None:
    """Serve ``/health``. ``required`` checks decide 200/503 (e.g. ``{"store": ...}``)."""

    @server.route("/health")
    def health() -> Response:
        checks = {}
        for name, check in required.items():
            try:
                checks[name] = bool(check())
            except Exception:
                checks[name] = False
        healthy = all(checks.values())
        cache_ok = cache.healthy() if cache is not None else True
        try:
            version = data_version()
        except Exception:
            version, healthy = None, False
        status = "ok" if healthy and cache_ok else "degraded" if healthy else "unavailable"
        response = jsonify(
            {
                "status": status,
                "data_version": version,
                "checks": {**checks, "cache": cache_ok},
                # No process id or host detail: an anonymous probe learns whether the
                # atlas serves, not how it is laid out (the access log names the worker).
                "uptime_s": round(time.monotonic() - STARTED, 1),
            }
        )
        response.status_code = 200 if healthy else 503
        response.headers["Cache-Control"] = "no-store"
        return response
