"""The store is built from the committed data package and its package view equals it."""

from __future__ import annotations

import hashlib
import os

import duckdb
import pandas as pd
import pytest

from dashboard.store.build import ensure_store, read_meta
from dashboard.store.paths import paths_for
from dashboard.store.reader import Snapshot, StoreReader, store_package
from tests.store.helpers import committed, trimmed_package


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_package_view_equals_the_committed_tables(instance):
    package = committed()
    view = store_package(instance)
    assert list(view.tables) == list(package.tables)
    for name, frame in package.tables.items():
        pd.testing.assert_frame_equal(view.tables[name], frame, obj=name)
    assert dict(view.descriptor) == dict(package.descriptor)


def test_the_store_is_a_duckdb_file_with_keys_and_where_each_row_came_from(instance):
    path = paths_for(instance).store_file
    con = duckdb.connect(str(path), read_only=True)
    try:
        count = con.execute("SELECT COUNT(*) FROM regional_indicators").fetchone()[0]
        origins = con.execute("SELECT DISTINCT import_id FROM regional_indicators").fetchall()
        with pytest.raises(duckdb.Error):  # read-only: nothing can write into a store
            con.execute("DELETE FROM regional_indicators")
    finally:
        con.close()
    assert count == len(committed().regional)
    assert origins == [("",)]  # committed rows carry no import id


def test_ensure_store_does_nothing_when_the_store_is_current(instance):
    store = paths_for(instance).store_file
    before = (read_meta(store)["generation"], sha(store), store.stat().st_ino)
    ensure_store(instance)
    assert (read_meta(store)["generation"], sha(store), store.stat().st_ino) == before


def test_a_missing_or_damaged_store_is_rebuilt(instance):
    store = paths_for(instance).store_file
    store.write_bytes(b"not a duckdb file")
    ensure_store(instance)
    assert read_meta(store) is not None
    store.unlink()
    ensure_store(instance)
    pd.testing.assert_frame_equal(Snapshot(store).package.regional, committed().regional)


def test_a_changed_data_package_rebuilds_the_store(tmp_path):
    folder = tmp_path / "instance"
    trimmed = trimmed_package(tmp_path, "net_migration", 2024)
    ensure_store(folder, trimmed)
    store = paths_for(folder).store_file
    first = read_meta(store)
    ensure_store(folder)  # the committed package differs from the trimmed one
    second = read_meta(store)
    assert first["package_checksum"] != second["package_checksum"]
    assert len(Snapshot(store).package.regional) == len(committed().regional)


def test_the_reader_opens_a_new_generation_and_keeps_the_package_per_generation(instance):
    store = paths_for(instance).store_file
    reader = StoreReader(store, interval=0)
    first = reader.snapshot()
    assert reader.snapshot() is first and first.package is first.package
    os.utime(store)  # touched, same generation: same snapshot, same package object
    assert reader.snapshot() is first
    store.unlink()
    ensure_store(instance)  # a new generation at the same path
    second = reader.snapshot()
    assert second.generation != first.generation
    # the old snapshot still reads its own (now unlinked) file
    assert len(first.query("SELECT * FROM store.sources")) == len(committed().sources)


def test_a_reader_looks_at_the_file_at_most_once_per_interval(instance, monkeypatch):
    reader = StoreReader(paths_for(instance).store_file, interval=60)
    reader.snapshot()
    calls = []
    monkeypatch.setattr("dashboard.store.reader._file_key", lambda p: calls.append(p))
    for _ in range(100):
        reader.snapshot()
    assert calls == []


def test_leftovers_of_a_crash_are_removed_by_the_next_build(instance):
    paths = paths_for(instance)
    (paths.store_dir / ".atlas-deadbeef.tmp").write_bytes(b"half")
    (paths.imports_dir / ".pending-20250101T000000Z-abcdef").mkdir(parents=True)
    paths.store_file.unlink()
    ensure_store(instance)
    assert sorted(p.name for p in paths.store_dir.iterdir()) == ["atlas.duckdb", "import.lock"]
    assert list(paths.imports_dir.iterdir()) == []


def test_a_reader_keeps_its_generation_if_a_new_file_cannot_be_opened(instance):
    store = paths_for(instance).store_file
    reader = StoreReader(store, interval=0)
    first = reader.snapshot()
    broken = store.with_name("broken")
    broken.write_bytes(b"not a store")
    os.replace(broken, store)  # only a bug or a hand could do this
    assert reader.snapshot() is first  # no error for the reader
    store.unlink()
    ensure_store(instance)
    assert reader.snapshot().generation != first.generation
