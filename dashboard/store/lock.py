"""One import (or removal) at a time per instance folder: an exclusive ``flock``.

The lock is a kernel lock on an open file, so it is released when its process dies, even
by SIGKILL: a crashed import never leaves the store locked. Readers never take it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator

from dashboard.store.paths import StorePaths

DEFAULT_TIMEOUT = 60.0  # seconds; an import of a large table takes a few seconds


class StoreBusy(RuntimeError):
    """Another import or removal holds the lock for longer than the timeout."""


@contextlib.contextmanager
def import_lock(paths: StorePaths, timeout: float = DEFAULT_TIMEOUT) -> Iterator[None]:
    """Hold the instance's import lock; raise :class:`StoreBusy` after ``timeout`` seconds."""
    paths.make_dirs()
    fd = os.open(paths.lock_file, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StoreBusy(
                        f"another import is running in {paths.instance_dir}; try again later"
                    ) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
