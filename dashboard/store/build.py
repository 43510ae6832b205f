"""Write the store: the composed tables in a new DuckDB file, committed by the pointer.

A store file is never changed once written. A build writes a new file under a temporary
name in the store folder, closes and flushes it, names it ``gen-<generation>.duckdb``
(read-only) and records its checksum; then :func:`switch` commits it by replacing the
pointer ``store/CURRENT`` (:mod:`dashboard.store.generations`). Readers that hold the
previous file keep reading it (its inode lives while it is open); readers look at the
pointer at most once a second and open the new file. A crash before the pointer is
replaced leaves the previous generation current; the half-written file is deleted by the
next holder of the import lock.

Each file carries a ``store_meta`` table: the format, a generation id (changes with every
build), when it was built, a checksum of the committed data package it was built from, and
which imports it holds or had to skip; the pointer repeats what start-up needs.
:func:`ensure_store` compares the pointer with what is on disk, checks the newest file
against its checksum and rebuilds only when something differs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from dashboard import DATA_DIR
from dashboard.datasets.package import DESCRIPTOR, DataPackage, load_package
from dashboard.store import checkpoints
from dashboard.store.compose import ORIGIN, Composition, compose
from dashboard.store.generations import (
    Generation,
    Pointer,
    PointerUnreadable,
    commit,
    prune_files,
    read_pointer,
    read_pointer_or_none,
    seal,
    verify,
)
from dashboard.store.history import ImportRecord, cleanup_leftovers, list_records, load_imports
from dashboard.store.lock import StoreBusy, import_lock
from dashboard.store.paths import (
    GENERATION_FILE,
    LEGACY_STORE_FILE,
    PENDING_PREFIX,
    REMOVING_PREFIX,
    TEMP_PREFIX,
    TEMP_SUFFIX,
    StorePaths,
    paths_for,
)
from dashboard.store.schema import column_ddl, fields_of, primary_key

log = logging.getLogger(__name__)

STORE_FORMAT = 1  # bump when the layout of the store file changes: old files are rebuilt
META_TABLE = "store_meta"
# Tables sorted on these columns when written: DuckDB skips row groups by their min/max
# (zone maps), so a year filter reads only that year's rows.
SORT_COLUMNS = {"od_flows": ["year", "origin", "destination"]}


def package_checksum(package: DataPackage) -> str:
    """SHA-256 over the descriptor and every table file of the committed data package."""
    digest = hashlib.sha256()
    folder = Path(package.data_dir)
    paths = sorted(str(r["path"]) for r in package.descriptor["resources"] if "path" in r)
    names = [DESCRIPTOR, *paths]
    for name in names:
        digest.update(name.encode() + b"\0")
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()


def table_names(package: DataPackage) -> list[str]:
    """The tabular resources of the package, in descriptor order."""
    return [r["name"] for r in package.descriptor["resources"] if r["name"] in package.tables]


def _for_duckdb(frame: pd.DataFrame) -> pd.DataFrame:
    """Booleans with gaps (object columns of True/False/None) as pandas' nullable boolean."""
    out = frame.copy()
    for name in out.columns:
        col = out[name]
        if col.dtype == object and col.map(lambda v: v is None or isinstance(v, bool)).all():
            out[name] = col.astype("boolean")
    return out


def write_tables(
    path: Path,
    tables: dict[str, pd.DataFrame],
    resources: dict[str, dict[str, Any]],
    meta: dict[str, Any],
) -> None:
    """Write ``tables`` with the column types of their ``resources`` into a new DuckDB file.

    Tables that carry ``import_id`` keep it (where each row came from). Primary keys are
    checked with one GROUP BY per table, not declared: a declared key builds an index
    that made a million-row OD table 15 times larger on disk (67 MB against 4.5 MB, see
    bench/bench_store.py) and the build twice as slow, for queries that never use it.
    A composition with a duplicate key fails here, before any switch.
    """
    con = duckdb.connect(str(path))
    try:
        names = list(tables)
        for i, name in enumerate(names):
            resource = resources[name]
            frame = tables[name]
            columns = column_ddl(resource)
            wanted = [f["name"] for f in fields_of(resource)]
            if ORIGIN in frame:
                columns.append(f'"{ORIGIN}" VARCHAR')
                wanted.append(ORIGIN)
            con.execute(f'CREATE TABLE "{name}" ({", ".join(columns)})')
            con.register("incoming", _for_duckdb(frame[wanted]))
            quoted = ", ".join(f'"{c}"' for c in wanted)
            order = ", ".join(f'"{c}"' for c in SORT_COLUMNS.get(name, []) if c in frame)
            con.execute(
                f'INSERT INTO "{name}" ({quoted}) SELECT {quoted} FROM incoming'
                + (f" ORDER BY {order}" if order else "")
            )
            con.unregister("incoming")
            _check_key(con, name, primary_key(resource))
            if i == len(names) // 2:
                checkpoints.reached("store-half-written")
        con.execute(f"CREATE TABLE {META_TABLE} (key VARCHAR PRIMARY KEY, value VARCHAR)")
        con.executemany(
            f"INSERT INTO {META_TABLE} VALUES (?, ?)",
            [(k, json.dumps(v, ensure_ascii=False)) for k, v in meta.items()],
        )
        con.execute("CHECKPOINT")
    finally:
        con.close()
    with path.open("rb") as file:
        os.fsync(file.fileno())


class DuplicateKey(ValueError):
    """A composed table holds a key twice (a bug in composing: imports are checked first)."""


def _check_key(con: duckdb.DuckDBPyConnection, name: str, key: list[str]) -> None:
    if not key:
        return
    quoted = ", ".join(f'"{k}"' for k in key)
    found = con.execute(
        f'SELECT {quoted}, COUNT(*) FROM "{name}" GROUP BY {quoted} HAVING COUNT(*) > 1 LIMIT 3'
    ).fetchall()
    if found:
        raise DuplicateKey(f"{name}: duplicate key ({', '.join(key)}): {found}")


def write_store(
    paths: StorePaths, package: DataPackage, composition: Composition, reason: str
) -> Generation:
    """Write the composition to a new store file, flushed and sealed, not yet committed."""
    paths.make_dirs()
    meta = {
        "format": STORE_FORMAT,
        "generation": uuid.uuid4().hex,
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "package_checksum": package_checksum(package),
        "applied": composition.applied,
        "skipped": {
            k: [p.to_json() for p in problems] for k, problems in composition.skipped.items()
        },
        "duckdb": duckdb.__version__,
        # what the package view needs, so readers never load data/ themselves
        "tables": table_names(package),
        "data_dir": str(package.data_dir),
        "descriptor": dict(package.descriptor),
    }
    temp = paths.store_dir / f"{TEMP_PREFIX}{meta['generation']}{TEMP_SUFFIX}"
    resources = {name: package.resource(name) for name in composition.tables}
    tables = {name: composition.tables[name] for name in table_names(package)}
    try:
        write_tables(temp, tables, resources, meta)
    except BaseException:
        temp.unlink(missing_ok=True)
        Path(f"{temp}.wal").unlink(missing_ok=True)
        raise
    checkpoints.reached("store-written")
    return seal(paths, temp, meta, reason)


def switch(
    paths: StorePaths,
    generation: Generation,
    removed: Iterable[str] = (),
    drop: Iterable[str] = (),
) -> Pointer:
    """Commit ``generation``: the pointer names it first (see :func:`generations.commit`)."""
    pointer = commit(paths, generation, removed=removed, drop=drop)
    checkpoints.reached("store-switched")
    return pointer


def read_meta(path: Path | None) -> dict[str, Any] | None:
    """The ``store_meta`` of a store file, or None if there is no readable store there."""
    if path is None or not path.is_file():
        return None
    con = duckdb.connect()  # in memory; the file is attached, see reader.py for why
    try:
        con.execute("ATTACH ? AS store (READ_ONLY)", [str(path)])
        rows = con.execute(f"SELECT key, value FROM store.{META_TABLE}").fetchall()
    except duckdb.Error:
        return None
    finally:
        con.close()
    return {k: json.loads(v) for k, v in rows}


def stale(paths: StorePaths, checksum: str, records: Sequence[ImportRecord]) -> str | None:
    """None when the store is current; otherwise why it must be rebuilt, in words.

    Current: a readable pointer whose newest generation has the store format of this code,
    was built from the data package with ``checksum`` and the accepted imports
    ``records``, and whose file is the one committed (checksum).
    """
    try:
        pointer = read_pointer(paths)
    except PointerUnreadable as error:
        return f"the store's pointer is unreadable ({error})"
    if pointer is None:
        return "there is no store yet"
    newest = pointer.newest
    if newest.format != STORE_FORMAT:
        return f"the store has format {newest.format}, this code writes {STORE_FORMAT}"
    if newest.package_checksum != checksum:
        return "the committed data package changed"
    if newest.held != {r.id for r in records}:
        return "the accepted imports changed"
    problem = verify(paths, newest)
    if problem:
        return f"the newest generation {newest.generation}: {problem}"
    return None


def tidy(paths: StorePaths) -> None:
    """After a crash: folders in line with the pointer, unused store files deleted (call
    under the import lock)."""
    cleanup_leftovers(paths)
    prune_files(paths, read_pointer_or_none(paths))


def untidy(paths: StorePaths) -> bool:
    """Whether a crash left something for :func:`tidy` (one look at two folders)."""
    pointer = read_pointer_or_none(paths)
    kept = {g.file for g in pointer.generations} if pointer else set()
    removed = set(pointer.removed) if pointer else set()
    for folder in (paths.imports_dir, paths.store_dir):
        if not folder.is_dir():
            continue
        for name in os.listdir(folder):
            if (
                name.startswith((PENDING_PREFIX, REMOVING_PREFIX, TEMP_PREFIX))
                or name in removed
                or (GENERATION_FILE.match(name) and name not in kept)
                or name == LEGACY_STORE_FILE
            ):
                return True
    return False


def rebuild(
    paths: StorePaths, package: DataPackage, reason: str, drop: Iterable[str] = ()
) -> Generation:
    """Build the store from the package and the accepted imports and commit it.

    Call under the import lock. ``drop``: generations not to fall back to (found corrupt).
    """
    records = list_records(paths)
    composition = compose(package, load_imports(package, records))
    generation = write_store(paths, package, composition, f"rebuild: {reason}")
    pointer = switch(paths, generation, drop=drop)
    prune_files(paths, pointer)
    return generation


def ensure_store(instance_dir: Path | str, package: DataPackage | None = None) -> Generation:
    """Make sure the store of ``instance_dir`` is current; return its newest generation.

    Cheap when it is (a checksum of the data folder, the pointer, and the newest file's
    checksum, which this process then remembers). Otherwise the store is rebuilt under the
    import lock: on first run, after the committed data package or this code's store format
    changed, after a crash, when an import folder was restored or deleted by hand, and when
    the newest file is missing or damaged. Several processes starting at once rebuild once.
    """
    paths = paths_for(instance_dir)
    package = package or load_package(DATA_DIR)
    checksum = package_checksum(package)
    if stale(paths, checksum, list_records(paths)) is None:
        pointer = read_pointer(paths)
        if untidy(paths):
            # leftovers of a crash; if the lock is held, its holder is importing and tidies
            with contextlib.suppress(StoreBusy), import_lock(paths, timeout=0):
                tidy(paths)
        return pointer.newest  # type: ignore[union-attr]
    with import_lock(paths):
        tidy(paths)  # what a crash left, before deciding (it may finish a commit)
        pointer = read_pointer_or_none(paths)
        reason = stale(paths, checksum, list_records(paths))
        if reason is None and pointer is not None:
            return pointer.newest  # another process has built it meanwhile
        # a damaged newest file is not kept to fall back to
        corrupt = [pointer.newest.generation] if pointer and verify(paths, pointer.newest) else []
        log.warning("store %s: rebuilding: %s", paths.store_dir, reason)
        return rebuild(paths, package, str(reason), drop=corrupt)
