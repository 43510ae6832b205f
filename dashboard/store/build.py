"""Write the store file: the composed tables in DuckDB, switched in whole with os.replace.

A store file is never changed once written. A build writes a new file under a temporary
name in the store folder (same file system, so the rename is atomic), closes and flushes
it, then ``os.replace`` puts it at ``store/atlas.duckdb``. Readers that hold the previous
file keep reading it (its inode lives while it is open); readers that open the path after
the rename get the new one. A crash before the rename leaves the previous file untouched,
a half-written temporary file is deleted by the next import.

Each file carries a ``store_meta`` table: the format, a generation id (changes with every
build), when it was built, a checksum of the committed data package it was built from, and
which imports it holds or had to skip. :func:`ensure_store` compares those with what is on
disk and rebuilds only when they differ, so start-up costs one small read normally.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from dashboard import DATA_DIR
from dashboard.datasets.package import DESCRIPTOR, DataPackage, load_package
from dashboard.store import checkpoints
from dashboard.store.compose import ORIGIN, Composition, compose
from dashboard.store.history import (
    ImportRecord,
    cleanup_leftovers,
    fsync_dir,
    list_records,
    load_imports,
)
from dashboard.store.lock import import_lock
from dashboard.store.paths import TEMP_PREFIX, TEMP_SUFFIX, StorePaths, paths_for
from dashboard.store.schema import column_ddl, fields_of, primary_key

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
    paths: StorePaths, package: DataPackage, composition: Composition
) -> tuple[Path, dict[str, Any]]:
    """Write the composition to a new temporary store file; return its path and meta."""
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
    return temp, meta


def switch(paths: StorePaths, temp: Path) -> None:
    """Put a written store file in place, atomically."""
    os.replace(temp, paths.store_file)
    fsync_dir(paths.store_dir)
    checkpoints.reached("store-switched")


def read_meta(path: Path) -> dict[str, Any] | None:
    """The ``store_meta`` of a store file, or None if there is no readable store there."""
    if not path.is_file():
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


def is_current(meta: dict[str, Any] | None, checksum: str, records: Sequence[ImportRecord]) -> bool:
    """Whether a store with ``meta`` reflects the data package and the accepted imports."""
    if not meta or meta.get("format") != STORE_FORMAT:
        return False
    held = list(meta.get("applied", [])) + list(meta.get("skipped", {}))
    return meta.get("package_checksum") == checksum and sorted(held) == sorted(
        r.id for r in records
    )


def rebuild(paths: StorePaths, package: DataPackage) -> dict[str, Any]:
    """Build the store from the package and the accepted imports and switch to it.

    Call under the import lock.
    """
    records = list_records(paths)
    composition = compose(package, load_imports(package, records))
    temp, meta = write_store(paths, package, composition)
    switch(paths, temp)
    return meta


def ensure_store(instance_dir: Path | str, package: DataPackage | None = None) -> dict[str, Any]:
    """Make sure ``<instance>/store/atlas.duckdb`` is current; return its meta.

    Cheap when it is (one checksum of the data folder and one small read). Otherwise the
    store is rebuilt under the import lock: on first run, after the committed data package
    changed, after a crash between accepting an import and switching the store, or when
    the file is missing or unreadable. Several processes starting at once rebuild once.
    """
    paths = paths_for(instance_dir)
    package = package or load_package(DATA_DIR)
    checksum = package_checksum(package)
    meta = read_meta(paths.store_file)
    if is_current(meta, checksum, list_records(paths)):
        return meta or {}
    with import_lock(paths):
        meta = read_meta(paths.store_file)  # another process may have built it meanwhile
        if is_current(meta, checksum, list_records(paths)):
            return meta or {}
        cleanup_leftovers(paths)
        return rebuild(paths, package)
