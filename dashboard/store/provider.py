"""The app's data comes from the store: the package of its current generation.

:func:`open_store` builds or refreshes the store at start-up; :func:`package_provider`
gives the app a function returning the store's current package, which ``create_app``
puts in the ``AtlasContext`` and callbacks and routes pass on explicitly. Nothing global
is set. Within one web request the provider returns the same generation every time
(pinned on ``flask.g``): an import that switches the store while a callback runs cannot
hand it the indicator list of the new generation and the values of the old one. The next
request sees the new generation, at the latest one second (the reader's check interval)
after the commit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dashboard.datasets.package import DataPackage
from dashboard.store.build import ensure_store
from dashboard.store.generations import StoreStatus
from dashboard.store.reader import Snapshot, StoreReader, reader_for

_PINNED = "_atlas_store_snapshot"


def _current(reader: StoreReader) -> Snapshot:
    """The reader's snapshot, the same one for the whole of a web request."""
    from flask import g, has_request_context

    if not has_request_context():
        return reader.snapshot()
    snapshot = g.get(_PINNED)
    if snapshot is None:
        snapshot = reader.snapshot()
        setattr(g, _PINNED, snapshot)
    return snapshot


def package_provider(reader: StoreReader) -> Callable[[], DataPackage]:
    """A provider of ``reader``'s current package, pinned per web request."""
    return lambda: _current(reader).package


def data_version(instance_dir: Path | str) -> Callable[[], str]:
    """The generation of the store a request is served from, for cache keys and /health.

    Pinned like the package, so a response is cached under the generation it was made
    from: an import makes the old entries unreachable (``dashboard.web.install``).
    """
    reader = reader_for(instance_dir)
    return lambda: _current(reader).generation


def store_readable(instance_dir: Path | str) -> Callable[[], StoreStatus]:
    """Health check of the store of ``instance_dir``: the generation served (verified),
    the newest committed, and what is wrong when they differ or none can be served.

    ``ok`` is false only when no generation can be served; serving an older one because
    the newest is damaged is ``ok`` with a ``problem`` (``/health``: "degraded", 200).
    """
    reader = reader_for(instance_dir)
    return reader.status


def open_store(instance_dir: Path | str, package: DataPackage | None = None) -> DataPackage:
    """Build or refresh the store in ``instance_dir``; its current package.

    ``package``: the committed package to build from (default: ``data/``; tests pass a
    copy). Returns the current package (the committed data plus the accepted imports).
    Raises ``DataValidationError`` when the committed data package is invalid, as loading
    it did.
    """
    ensure_store(instance_dir, package)
    return reader_for(instance_dir).snapshot().package
