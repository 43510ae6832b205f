"""Compress each static file once per worker, not once per request.

Dash compresses responses with flask-compress. A first visit downloads ~7 MB of scripts
(plotly.js alone is 4.8 MB); gzip of plotly.js takes ~150 ms of CPU, zstd ~25 ms, and
flask-compress redoes it for every visitor. Script bundles under
``/_dash-component-suites/`` carry their version in the URL and ``/assets/`` files their
modification time in ``?m=``, so a compressed copy keyed by URL and algorithm stays right
for the life of the process. Everything else (pages, callback answers) is compressed per
response as before: the backend simply refuses to store it.
"""

from __future__ import annotations

import threading

from dash import Dash
from flask import Request
from flask_compress import Compress

#: URL prefixes whose bodies never change for a given URL (within one process).
STATIC_PREFIXES = ("/_dash-component-suites/", "/assets/", "/_favicon.ico")
_NOT_STATIC = "\0dynamic"


def compress_cache_key(request: Request) -> str:
    """The key of a response in the compressed-copy store (full URL for static files)."""
    if request.path.startswith(STATIC_PREFIXES):
        return request.full_path
    return _NOT_STATIC


class StaticCompressedStore:
    """flask-compress cache backend that keeps static files only (bounded by their count)."""

    def __init__(self) -> None:
        self._data: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> bytes | None:
        return self._data.get(key)

    def set(self, key: str, value: bytes) -> None:
        if key.endswith(_NOT_STATIC):
            return
        with self._lock:
            self._data[key] = value


def find_compress(app: Dash) -> Compress | None:
    """The flask-compress instance Dash created (it keeps no other reference to it)."""
    for function in app.server.after_request_funcs.get(None, []):
        owner = getattr(function, "__self__", None)
        if isinstance(owner, Compress):
            return owner
    return None


def cache_static_compression(app: Dash) -> bool:
    """Give Dash's flask-compress a store for static files; False if compression is off."""
    compress = find_compress(app)
    if compress is None:
        return False
    compress.cache = StaticCompressedStore()
    compress.cache_key = compress_cache_key
    return True
