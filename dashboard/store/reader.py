"""Reading the store: one read-only snapshot per process, of a verified generation.

A :class:`Snapshot` is one generation of the store, opened read-only. It is opened by
ATTACHing the file to a fresh in-memory DuckDB database rather than with
``duckdb.connect(path)``: DuckDB keeps one database instance per path in a process, so
connecting to the same path again, while any connection to the old file is open, returns
the *old* file's instance. An in-memory database per generation avoids that cache; each
has its own attached file (its own inode), so a snapshot keeps reading its generation
until the last query on it is done.

:class:`StoreReader` looks at most once a second (two ``os.stat``) whether the pointer
``store/CURRENT`` or the file it serves has changed. Then it reads the pointer and takes
the newest generation whose file is the one committed (size and SHA-256, see
:mod:`dashboard.store.generations`; a file is hashed once per process while it does not
change). When the newest does not verify it serves the next one that does, reports it in
:meth:`StoreReader.status` (``/health`` says "degraded"), logs it, and asks for a rebuild
(``on_problem``). When none verifies it raises :class:`StoreUnavailable` (503): every
process decides from the same files the same way, so all workers agree.

Queries run on a cursor per call (DuckDB connections are not shared across threads); the
package view of a generation is read once and shared.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

import duckdb
import pandas as pd

from dashboard.datasets.package import DataPackage
from dashboard.store.build import META_TABLE
from dashboard.store.generations import (
    Generation,
    Pointer,
    PointerUnreadable,
    StoreStatus,
    file_key,
    read_pointer,
    verify,
)
from dashboard.store.paths import StorePaths, paths_for
from dashboard.store.repair import request_repair
from dashboard.store.schema import fields_of, from_duckdb

log = logging.getLogger(__name__)

CHECK_INTERVAL = 1.0  # seconds between two looks at the pointer
# Snapshots opened before a fork: never closed in the child (their DuckDB state belongs to
# the parent), only kept from being garbage collected there.
_INHERITED: list[Snapshot] = []


class StoreUnavailable(RuntimeError):
    """No generation of the store can be served: none committed, or none verifies."""


class StoreMissing(StoreUnavailable, FileNotFoundError):
    """There is no store yet (``ensure_store`` builds it)."""


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


ProblemHook = Callable[[StorePaths, Generation, StoreStatus], None]


class StoreReader:
    """The current snapshot of the store of one instance folder, for every thread of this
    process. ``on_problem(paths, newest, status)`` is called when the newest generation
    does not verify (``reader_for`` passes one that starts a rebuild)."""

    def __init__(
        self,
        instance_dir: Path | str,
        interval: float = CHECK_INTERVAL,
        on_problem: ProblemHook | None = None,
    ) -> None:
        self.paths = paths_for(instance_dir)
        self.interval = interval
        self.on_problem = on_problem
        self._snapshot: Snapshot | None = None
        self._key: tuple[Any, ...] | None = None
        self._checked = float("-inf")
        self._lock = threading.Lock()
        self._status = StoreStatus(None, None, "the store has not been opened yet")

    def snapshot(self) -> Snapshot:
        """The newest verified generation, looking at the pointer at most once per
        ``interval``. Raises :class:`StoreUnavailable` when no generation can be served.
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

    def status(self) -> StoreStatus:
        """What this reader serves now (looking at the pointer if ``interval`` has passed)."""
        with contextlib.suppress(StoreUnavailable):
            self.snapshot()
        return self._status

    def _keys(self, snap: Snapshot | None) -> tuple[Any, ...]:
        """The pointer's file key and the served file's (FileNotFoundError: no pointer)."""
        served = None
        if snap is not None:
            with contextlib.suppress(FileNotFoundError):
                served = file_key(snap.path)
        return (file_key(self.paths.pointer_file), served)

    def _refresh(self) -> Snapshot:
        pid = os.getpid()
        snap = self._snapshot if self._snapshot and self._snapshot.pid == pid else None
        self._checked = time.monotonic()
        try:
            key = self._keys(snap)
        except FileNotFoundError:
            # No pointer: the instance folder was removed under a running app. Go on with
            # what is open rather than fail; a process without one cannot serve.
            return self._keep(snap, "the store's pointer is missing", missing=True)
        if snap is not None and key == self._key:
            return snap
        try:
            pointer = read_pointer(self.paths)
        except PointerUnreadable:
            log.error("store %s: pointer unreadable", self.paths.store_dir, exc_info=True)
            return self._keep(snap, "the store's pointer is unreadable")
        if pointer is None:
            return self._keep(snap, "the store's pointer is missing", missing=True)
        chosen, problems = self._choose(pointer, snap)
        newest = pointer.newest
        if problems:
            text = "; ".join(f"generation {g.generation}: {problem}" for g, problem in problems)
            if chosen is None:
                text = f"no generation can be served ({text})"
                self._set_status(StoreStatus(None, newest.generation, text))
            else:
                text = f"using generation {chosen.generation}, the newest is not usable ({text})"
                self._set_status(StoreStatus(chosen.generation, newest.generation, text))
            if self.on_problem is not None and problems[0][0] is newest:
                self.on_problem(self.paths, newest, self._status)
        else:
            self._set_status(StoreStatus(newest.generation, newest.generation))
        if chosen is None:
            raise StoreUnavailable(f"store {self.paths.store_dir}: {self._status.problem}")
        self._snapshot = chosen
        self._key = (key[0], file_key(chosen.path))
        return chosen

    def _choose(
        self, pointer: Pointer, snap: Snapshot | None
    ) -> tuple[Snapshot | None, list[tuple[Generation, str]]]:
        """The newest generation that verifies and opens, and what was wrong before it."""
        problems: list[tuple[Generation, str]] = []
        for generation in pointer.generations:
            problem = verify(self.paths, generation)
            if problem is not None:
                problems.append((generation, problem))
                continue
            if snap is not None and snap.generation == generation.generation:
                return snap, problems
            path = self.paths.generation_file(generation.file)
            try:
                fresh = Snapshot(path)
            except (duckdb.Error, OSError, KeyError, ValueError):
                log.error("store %s: cannot open %s", self.paths.store_dir, path, exc_info=True)
                problems.append((generation, "the file cannot be opened"))
                continue
            if fresh.generation != generation.generation:
                fresh.close()
                problems.append((generation, "the file holds another generation"))
                continue
            inherited = self._snapshot
            if inherited is not None and inherited.pid != os.getpid():
                _INHERITED.append(inherited)  # opened by the parent before a fork
                fresh.adopt(inherited)  # same generation: keep the package and its caches
            # The previous snapshot is not closed here: another thread may be reading it.
            # It closes when the last reference to it goes.
            return fresh, problems
        return None, problems

    def _keep(self, snap: Snapshot | None, problem: str, missing: bool = False) -> Snapshot:
        """Go on serving ``snap`` despite ``problem``; without one, raise."""
        if snap is not None:
            self._set_status(StoreStatus(snap.generation, None, f"{problem}; serving what is open"))
            return snap
        self._set_status(StoreStatus(None, None, problem))
        error = StoreMissing if missing else StoreUnavailable
        raise error(f"store {self.paths.store_dir}: {problem}; run ensure_store first")

    def _set_status(self, status: StoreStatus) -> None:
        """Keep ``status``; log when the problem appears, changes or goes."""
        before = self._status
        self._status = status
        if status.problem and status.problem != before.problem:
            log.error("store %s: %s", self.paths.store_dir, status.problem)
        elif before.problem and not status.problem and before.serving is not None:
            log.warning(
                "store %s: serving the newest generation %s again",
                self.paths.store_dir,
                status.serving,
            )


_READERS: dict[Path, StoreReader] = {}
_READERS_LOCK = threading.Lock()


def reader_for(instance_dir: Path | str) -> StoreReader:
    """The process's reader of the store in ``instance_dir``; a damaged newest generation
    is rebuilt in the background (:func:`dashboard.store.repair.request_repair`)."""
    path = paths_for(instance_dir).store_dir
    with _READERS_LOCK:
        reader = _READERS.get(path)
        if reader is None:
            reader = _READERS[path] = StoreReader(path.parent, on_problem=request_repair)
        return reader


def store_package(instance_dir: Path | str) -> DataPackage:
    """The :class:`DataPackage` view of the store in ``instance_dir`` (current generation).

    The same object for as long as the generation stays, so the data API's caches keyed by
    the package stay warm; a new object after an import switched the store.
    """
    return reader_for(instance_dir).snapshot().package
