"""A response cache shared by every worker (and every host, with Redis).

The backend (:mod:`.cache_backends`) is a folder under ``<instance>/cache`` on one host,
bounded in bytes, with no extra service, or Redis when ``ATLAS_CACHE_URL`` names a server
(several hosts share it). A per-process cache would be useless under gunicorn: each worker
would warm its own copy. Entries are plain data (a JSON line and the body's bytes), never
pickles: what is read back is parsed and checked, never executed.

What is cached is whole response bodies, keyed by everything that decides them:

- the *build* fingerprint (the code and the embedded data package, hashed at start-up), so a
  deploy of new code never serves what old code rendered, even from a shared Redis;
- the *data version* (a function called per request; the store's generation once imports
  exist), so an import makes old entries unreachable without a flush;
- the request itself: for a Dash callback its whole JSON body (controls, language, the map
  meta the browser holds, the triggering input), for a route its path and sorted query.
  One language's text can therefore never be served for another.

A failing backend (Redis down, disk full) only costs the cache: every call is guarded and
the request is rendered as if the entry were missing.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import Response, current_app, make_response, request

from dashboard import PROJECT_ROOT
from dashboard.web.cache_backends import (
    FOLDER_MAX_BYTES,
    Entry,
    FolderBackend,
    NullBackend,
    RedisBackend,
    decode_entry,
    encode_entry,
    keep_headers,
)

log = logging.getLogger(__name__)

#: A function returning the version of the data being served; part of every key.
DataVersion = Callable[[], str]
#: The data version while the atlas serves only its embedded package (no imports).
EMBEDDED_DATA_VERSION = "embedded"
#: Entries live a day: keys change with code and data anyway, the timeout only bounds disk.
DEFAULT_TIMEOUT = 24 * 3600
#: Bodies larger than this are not cached (a full figure is ~180 KB, a PDF a few hundred).
MAX_ENTRY_BYTES = 8 * 1024 * 1024
#: Key of the response cache in ``app.extensions`` (set by ``dashboard.web.install``).
EXTENSION = "atlas_cache"
#: Header telling whether a response came from the cache (``hit``/``miss``), for benchmarks.
CACHE_HEADER = "X-Atlas-Cache"
#: A cache backend: ``get``/``set`` of bytes and ``healthy`` (see :mod:`.cache_backends`).
Backend = FolderBackend | RedisBackend | NullBackend
# What goes into the build fingerprint: the code and the data it ships with.
_FINGERPRINT_DIRS = ("dashboard", "data", "geodata")
_FINGERPRINT_SUFFIXES = {".py", ".csv", ".json", ".geojson", ".md"}


def embedded_data_version() -> str:
    """The default data version: a constant while there is no store of imports."""
    return EMBEDDED_DATA_VERSION


@functools.cache
def build_fingerprint(root: Path = PROJECT_ROOT) -> str:
    """A short hash of the code and embedded data (~1.5 MB read once, a few ms)."""
    digest = hashlib.sha256()
    for folder in _FINGERPRINT_DIRS:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in _FINGERPRINT_SUFFIXES and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def make_backend(
    cache_url: str | None,
    instance_dir: Path,
    enabled: bool = True,
    max_bytes: int = FOLDER_MAX_BYTES,
) -> Backend:
    """Redis by URL, else a folder in the instance folder bounded to ``max_bytes``."""
    if not enabled:
        return NullBackend()
    if cache_url:
        return RedisBackend(cache_url)
    return FolderBackend(instance_dir / "cache", max_bytes)


def _digest(parts: Any) -> str:
    text = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ResponseCache:
    """Whole responses in a cache backend, keyed by build, data version and request.

    Use :meth:`cached_route` on a Flask view (exports, PDF briefs) or :meth:`lookup` and
    :meth:`store` around anything else (the Dash callback endpoint does that).
    """

    def __init__(
        self,
        backend: Backend,
        data_version: DataVersion = embedded_data_version,
        namespace: str = "",
    ) -> None:
        self.backend = backend
        self.data_version = data_version
        # The build plus whatever else changes every response (default language, districts).
        self.namespace = namespace or build_fingerprint()
        #: False turns the cache off (``serve --no-cache``, to measure what it is worth).
        self.active = True
        self._warned_at = 0.0

    @property
    def enabled(self) -> bool:
        """Whether responses are looked up and stored at all."""
        return self.active and not isinstance(self.backend, NullBackend)

    def key(self, kind: str, request_part: Any) -> str:
        """The key of a response of ``kind`` for ``request_part`` (JSON-able) now."""
        return f"{kind}:{_digest([self.namespace, self.data_version(), request_part])}"

    def lookup(self, key: str) -> Response | None:
        """The cached response for ``key``, or None (also when the backend fails)."""
        try:
            data = self.backend.get(key)
        except Exception:  # a cache outage must not become an outage of the atlas
            self._warn("read")
            return None
        # Whatever is there is parsed and checked, never unpickled or run: a value that is
        # not a whole, fresh entry of the atlas's own (another program's, a crafted one) is
        # a miss, and the next store overwrites it.
        entry = decode_entry(data)
        if entry is None:
            return None
        response = Response(entry.body, status=200, headers=list(entry.headers))
        response.headers[CACHE_HEADER] = "hit"
        return response

    def store(self, key: str, response: Response, timeout: int | None = None) -> None:
        """Keep ``response`` under ``key`` if it is a complete 200 of reasonable size."""
        response.headers.setdefault(CACHE_HEADER, "miss")
        if response.status_code != 200 or response.is_streamed or response.direct_passthrough:
            return
        body = response.get_data()
        if len(body) > MAX_ENTRY_BYTES:
            return
        entry = Entry(keep_headers(list(response.headers.items())), body)
        seconds = DEFAULT_TIMEOUT if timeout is None else timeout
        try:
            self.backend.set(key, encode_entry(entry, seconds), seconds)
        except Exception:
            self._warn("write")

    def serve_route(
        self,
        name: str,
        view: Callable[[], Any],
        timeout: int | None = None,
        request_part: Any = None,
    ) -> Response:
        """The response of ``view()`` for the current GET request, from the cache if there.

        The key is ``name``, the path, the query arguments sorted (so ``?a=1&b=2`` and
        ``?b=2&a=1`` share an entry), the data version and the build; ``request_part``,
        when given, stands for the path and query (a view that reads request headers
        names here what it reads).
        """
        if not self.enabled or request.method not in {"GET", "HEAD"}:
            return make_response(view())
        if request_part is None:
            request_part = [request.path, sorted(request.args.items(multi=True))]
        key = self.key(name, request_part)
        hit = self.lookup(key)
        if hit is not None:
            return hit
        response = make_response(view())
        self.store(key, response, timeout)
        return response

    def _warn(self, action: str) -> None:
        # One line a minute at most: a dead Redis would otherwise flood the log.
        now = time.monotonic()
        if now - self._warned_at > 60:
            self._warned_at = now
            log.warning("response cache %s failed; serving uncached", action, exc_info=True)

    def healthy(self) -> bool:
        """Whether the backend answers a write and a read (the health check)."""
        if not self.enabled:
            return True
        try:
            return self.backend.healthy()
        except Exception:
            return False


def cached_route(timeout: int | None = None, kind: str | None = None) -> Callable:
    """Decorate a GET view whose response depends only on its path and query string.

    For the export routes (a PDF brief costs seconds, a cached one a millisecond)::

        @server.route("/export.<extension>")
        @cached_route(kind="export")
        def export(extension): ...

    The cache is looked up per request in ``current_app.extensions``, so the route may be
    registered before ``dashboard.web.install`` runs; without it (a bare Flask app in
    a unit test) the view simply runs. Views that read anything besides the path and
    query (cookies, Accept-Language, the session, a form) must not use it.
    """

    def decorate(view: Callable) -> Callable:
        name = kind or f"route.{view.__name__}"

        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            cache: ResponseCache | None = current_app.extensions.get(EXTENSION)
            if cache is None:
                return view(*args, **kwargs)
            return cache.serve_route(name, lambda: view(*args, **kwargs), timeout)

        return wrapper

    return decorate


def make_response_cache(
    cache_url: str | None,
    instance_dir: Path,
    *,
    data_version: DataVersion = embedded_data_version,
    namespace_extra: str = "",
    enabled: bool = True,
    max_bytes: int = FOLDER_MAX_BYTES,
) -> ResponseCache:
    """The response cache over the backend the settings name (see :func:`make_backend`)."""
    backend = make_backend(cache_url, instance_dir, enabled, max_bytes)
    namespace = build_fingerprint() + (f"/{namespace_extra}" if namespace_extra else "")
    return ResponseCache(backend, data_version, namespace)
