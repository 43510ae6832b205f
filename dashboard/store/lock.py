"""Exclusive ``flock`` locks: one import (or removal) at a time per instance folder, one
change at a time to the saved presentations.

The lock is a kernel lock on an open file, so it is released when its process dies, even
by SIGKILL: a crashed import never leaves the store locked. Each holder opens the file
anew, so threads of one worker exclude each other as workers do. Readers never take it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from dashboard.store.paths import StorePaths

DEFAULT_TIMEOUT = 60.0  # seconds; an import of a large table takes a few seconds


class StoreBusy(RuntimeError):
    """Another import or removal holds the lock for longer than the timeout."""


@contextlib.contextmanager
def file_lock(path: Path, timeout: float, busy: Exception | None = None) -> Iterator[None]:
    """Hold the exclusive lock of file ``path`` (created if missing); raise ``busy``
    (:class:`TimeoutError` if none) if another holder keeps it over ``timeout`` seconds."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise busy or TimeoutError(path) from None
                time.sleep(0.01)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextlib.contextmanager
def import_lock(paths: StorePaths, timeout: float = DEFAULT_TIMEOUT) -> Iterator[None]:
    """Hold the instance's import lock; raise :class:`StoreBusy` after ``timeout`` seconds."""
    paths.make_dirs()
    busy = StoreBusy(f"another import is running in {paths.instance_dir}; try again later")
    with file_lock(paths.lock_file, timeout, busy):
        yield
