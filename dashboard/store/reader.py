"""Reading the store: one read-only snapshot per process, reopened when the file changed.

A :class:`Snapshot` is one generation of the store file, opened read-only. It is opened by
ATTACHing the file to a fresh in-memory DuckDB database rather than with
``duckdb.connect(path)``: DuckDB keeps one database instance per path in a process, so
connecting to the same path again, while any connection to the old file is open, returns
the *old* file's instance even after os.replace put a new file there. An in-memory
database per generation avoids that cache; each has its own attached file (its own
inode), so a snapshot keeps reading its generation until the last query on it is done.

:class:`StoreReader` checks at most once a second (``os.stat``: inode, mtime, size)
whether the path now holds another file, and then opens the new generation. A file at the
path is always complete (it only ever arrives by rename), so opening never sees a half
store. Queries run on a cursor per call (DuckDB connections are not shared across
threads); the package view of a generation is read once and shared.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

import duckdb
import pandas as pd

from dashboard.datasets.package import DataPackage
from dashboard.store.build import META_TABLE
from dashboard.store.paths import paths_for
from dashboard.store.schema import fields_of, from_duckdb

log = logging.getLogger(__name__)

CHECK_INTERVAL = 1.0  # seconds between two looks at the store file
# Snapshots opened before a fork: never closed in the child (their DuckDB state belongs to
# the parent), only kept from being garbage collected there.
_INHERITED: list[Snapshot] = []


class StoreMissing(FileNotFoundError):
    """There is no store file yet (``ensure_store`` builds it)."""


class Snapshot:
    """One generation of the store, open read-only in this process."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.pid = os.getpid()
        self._con = duckdb.connect()  # in memory: see the module docstring
        try:
            self._con.execute("ATTACH ? AS store (READ_ONLY)", [str(self.path)])
            rows = self._con.execute(f"SELECT key, value FROM store.{META_TABLE}").fetchall()
        except BaseException:
            self._con.close()
            raise
        self.meta: dict[str, Any] = {k: json.loads(v) for k, v in rows}
        self.generation: str = self.meta["generation"]
        self._package: DataPackage | None = None
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection of this snapshot for one thread's queries (closed afterwards)."""
        cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def query(self, sql: str, params: Sequence[Any] | None = None) -> pd.DataFrame:
        """Run ``sql`` (tables as ``store.<name>``) and return the result as a DataFrame."""
        with self.cursor() as cur:
            return cur.execute(sql, params or []).df()

    @property
    def package(self) -> DataPackage:
        """The store's tables as a :class:`DataPackage`, read once per generation.

        The tables have exactly the columns and types of the committed package (the
        ``import_id`` of each row stays in DuckDB), so every data function works on it.
        """
        if self._package is None:
            with self._lock:
                if self._package is None:
                    self._package = self._read_package()
        return self._package

    def adopt(self, other: Snapshot) -> None:
        """Reuse ``other``'s package when it is the same generation (after a fork)."""
        if other.generation == self.generation and other._package is not None:
            self._package = other._package

    def _read_package(self) -> DataPackage:
        descriptor = self.meta["descriptor"]
        tables: dict[str, pd.DataFrame] = {}
        with self.cursor() as cur:
            for resource in descriptor["resources"]:
                name = resource["name"]
                if name not in self.meta["tables"]:
                    continue
                fields = fields_of(resource)
                columns = ", ".join(f'"{f["name"]}"' for f in fields)
                frame = cur.execute(f'SELECT {columns} FROM store."{name}" ORDER BY rowid').df()
                tables[name] = from_duckdb(frame, fields)
        return DataPackage(
            descriptor=MappingProxyType(descriptor),
            tables=MappingProxyType(tables),
            data_dir=Path(self.meta["data_dir"]),
        )

    def close(self) -> None:
        self._con.close()


def _file_key(path: Path) -> tuple[int, int, int, int]:
    st = os.stat(path)
    return (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)


class StoreReader:
    """The current snapshot of one store file, for every thread of this process."""

    def __init__(self, path: Path | str, interval: float = CHECK_INTERVAL) -> None:
        self.path = Path(path)
        self.interval = interval
        self._snapshot: Snapshot | None = None
        self._key: tuple[int, int, int, int] | None = None
        self._checked = float("-inf")
        self._lock = threading.Lock()

    def snapshot(self) -> Snapshot:
        """The newest generation, looking at the file at most once per ``interval``.

        If the file has gone (instance folder removed) the last snapshot is kept: the app
        goes on serving what it had rather than failing.
        """
        snap = self._snapshot
        if (
            snap is not None
            and snap.pid == os.getpid()
            and time.monotonic() - self._checked < self.interval
        ):
            return snap
        with self._lock:
            return self._refresh()

    def _refresh(self) -> Snapshot:
        snap = self._snapshot
        pid = os.getpid()
        self._checked = time.monotonic()
        try:
            key = _file_key(self.path)
        except FileNotFoundError:
            if snap is not None and snap.pid == pid:
                return snap
            raise StoreMissing(f"no store at {self.path}; run ensure_store first") from None
        if snap is not None and snap.pid == pid and key == self._key:
            return snap
        try:
            fresh = Snapshot(self.path)
        except (duckdb.Error, OSError, KeyError, ValueError):
            # Cannot happen with files that only arrive by rename, but if the new file
            # cannot be opened, readers keep the generation they have and look again at
            # the next check, rather than fail a request.
            if snap is not None and snap.pid == pid:
                log.warning(
                    "store %s: cannot open the new file; still serving %s",
                    self.path,
                    snap.generation,
                    exc_info=True,
                )
                return snap
            raise
        if snap is not None and snap.pid != pid:
            _INHERITED.append(snap)  # opened by the parent before a fork: leave it alone
            fresh.adopt(snap)  # same generation: keep the package, and the caches keyed by it
        elif snap is not None and fresh.generation == snap.generation:
            fresh.close()  # touched, not changed (same generation)
            self._key = key
            return snap
        # The previous snapshot is not closed here: another thread may be reading it. It
        # closes when the last reference to it goes.
        self._snapshot, self._key = fresh, key
        return fresh


_READERS: dict[Path, StoreReader] = {}
_READERS_LOCK = threading.Lock()


def reader_for(instance_dir: Path | str) -> StoreReader:
    """The process's reader of the store in ``instance_dir``."""
    path = paths_for(instance_dir).store_file
    with _READERS_LOCK:
        reader = _READERS.get(path)
        if reader is None:
            reader = _READERS[path] = StoreReader(path)
        return reader


def store_package(instance_dir: Path | str) -> DataPackage:
    """The :class:`DataPackage` view of the store in ``instance_dir`` (current generation).

    The same object for as long as the generation stays, so the data API's caches keyed by
    the package stay warm; a new object after an import switched the store.
    """
    return reader_for(instance_dir).snapshot().package
