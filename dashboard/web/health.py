"""``GET /health``: whether this worker can serve, for load balancers and monitors.

Cheap on purpose (a probe may come every second): it reads no data table, it only asks
each check whether its resource answers. 200 when the data and the instance folder are
usable, 503 when not, so a reverse proxy takes the host out of rotation. Some troubles
leave the host serving and are reported as ``"degraded"`` (200) with a line in
``problems`` for a monitor: a failing cache (the atlas serves without it, slower; all hosts
share one Redis, and a Redis outage must not take every host out at once), and a store
serving an older generation because the newest one is damaged (it is being rebuilt).
Every worker decides from the same files, so all answer the same.

A check returns a bool, or a status with ``ok``, ``problem`` and ``details()`` (the store's
:class:`dashboard.store.reader.StoreStatus`): not ``ok`` is 503; ``ok`` with a problem is
"degraded"; the details are shown under the check's name.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from flask import Flask, Response, jsonify

from dashboard.web.cache import DataVersion, ResponseCache

if TYPE_CHECKING:
    from dashboard.datasets.package import DataPackage

#: Monotonic time of the import of this module: the process start, near enough.
STARTED = time.monotonic()


class Status(Protocol):
    """What a check may return instead of a bool."""

    @property
    def ok(self) -> bool: ...

    @property
    def problem(self) -> str | None: ...

    def details(self) -> dict[str, Any]: ...


Check = Callable[[], "bool | Status"]


def _run(check: Check) -> tuple[bool, str | None, dict[str, Any] | None]:
    """(ok, problem, details) of one check; one that raises has failed."""
    try:
        result = check()
    except Exception:
        return False, None, None
    if isinstance(result, bool):
        return result, None, None
    return bool(result.ok), result.problem, result.details()


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
    required: Mapping[str, Check],
    cache: ResponseCache | None = None,
) -> None:
    """Serve ``/health``. ``required`` checks decide 200/503 (e.g. ``{"store": ...}``)."""

    @server.route("/health")
    def health() -> Response:
        checks: dict[str, bool] = {}
        problems: list[str] = []
        details: dict[str, Any] = {}
        for name, check in required.items():
            checks[name], problem, detail = _run(check)
            if problem:
                problems.append(f"{name}: {problem}")
            if detail is not None:
                details[name] = detail
        healthy = all(checks.values())
        cache_ok = cache.healthy() if cache is not None else True
        if not cache_ok:
            problems.append("cache: the cache does not answer; serving without it")
        try:
            version = data_version()
        except Exception:
            version, healthy = None, False
        status = "unavailable" if not healthy else "degraded" if problems else "ok"
        response = jsonify(
            {
                "status": status,
                "data_version": version,
                "problems": problems,
                **details,
                "checks": {**checks, "cache": cache_ok},
                # No process id or host detail: an anonymous probe learns whether the
                # atlas serves, not how it is laid out (the access log names the worker).
                "uptime_s": round(time.monotonic() - STARTED, 1),
            }
        )
        response.status_code = 200 if healthy else 503
        response.headers["Cache-Control"] = "no-store"
        return response
