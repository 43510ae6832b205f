"""Rebuilding the store when its newest generation is found damaged, while the app serves.

A reader that finds the newest generation's file damaged serves the newest one that
verifies and calls :func:`request_repair`. That starts, once per process and damaged
generation, a background thread which takes the import lock without waiting (if another
process holds it, that one is importing or repairing, and either commits a fresh
generation), checks that the newest is still the damaged one, and rebuilds the store from
the committed data package and the import folders, which do not depend on the damaged
file. The new generation is committed like an import's, and every reader serves it within
a second; ``/health`` says "degraded" until then, and the log says what happened.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from dashboard import DATA_DIR
from dashboard.datasets.package import load_package
from dashboard.store.build import rebuild, tidy
from dashboard.store.generations import Generation, StoreStatus, read_pointer_or_none, verify
from dashboard.store.lock import StoreBusy, import_lock
from dashboard.store.paths import StorePaths

log = logging.getLogger(__name__)

_REQUESTED: set[tuple[int, str, str]] = set()  # (process, store folder, damaged generation)
_REQUESTED_LOCK = threading.Lock()


def request_repair(
    paths: StorePaths, newest: Generation, status: StoreStatus | None = None
) -> threading.Thread | None:
    """Start rebuilding the store in a background thread, unless this process already has
    for this damaged generation; the thread, or None."""
    key = (os.getpid(), str(paths.store_dir), newest.generation)
    with _REQUESTED_LOCK:
        if key in _REQUESTED:
            return None
        _REQUESTED.add(key)
    thread = threading.Thread(
        target=repair, args=(paths, newest.generation), name="atlas-store-repair", daemon=True
    )
    thread.start()
    return thread


def repair(paths: StorePaths, damaged: str) -> Generation | None:
    """Rebuild the store if its newest generation is still ``damaged``; the new one.

    Never raises: a repair that cannot run is logged, and the app goes on serving the
    generation it fell back to.
    """
    try:
        with import_lock(paths, timeout=0):
            pointer = read_pointer_or_none(paths)
            if pointer is None or pointer.newest.generation != damaged:
                return None  # superseded: an import or another process committed meanwhile
            problem = verify(paths, pointer.newest)
            if problem is None:
                return None
            # the package the store was built from (tests build from a copy); the app's
            # own if that folder has gone (a deploy to another path)
            data_dir = Path(pointer.newest.data_dir or DATA_DIR)
            if not data_dir.is_dir():
                data_dir = DATA_DIR
            tidy(paths)
            generation = rebuild(
                paths,
                load_package(data_dir),
                f"generation {damaged}: {problem}",
                drop=[damaged],
            )
    except StoreBusy:
        log.info("store %s: another process holds the lock; not repairing here", paths.store_dir)
        return None
    except Exception:
        log.exception("store %s: rebuilding after a damaged generation failed", paths.store_dir)
        return None
    log.warning(
        "store %s: generation %s was damaged; rebuilt as generation %s",
        paths.store_dir,
        damaged,
        generation.generation,
    )
    return generation
