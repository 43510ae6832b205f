"""The store is built from the committed data package and its package view equals it."""

from __future__ import annotations

import hashlib
import os

import duckdb
import pandas as pd
import pytest

from dashboard.store.build import ensure_store, read_meta, rebuild
from dashboard.store.generations import current_file, read_pointer
from dashboard.store.lock import import_lock
from dashboard.store.paths import paths_for
from dashboard.store.reader import Snapshot, StoreReader, store_package
from tests.store.helpers import committed, damage, trimmed_package


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
    path = current_file(paths_for(instance))
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
    paths = paths_for(instance)
    store = current_file(paths)
    before = (read_meta(store)["generation"], sha(store), store.stat().st_ino)
    pointer = paths.pointer_file.read_bytes()
    ensure_store(instance)
    assert (read_meta(store)["generation"], sha(store), store.stat().st_ino) == before
    assert paths.pointer_file.read_bytes() == pointer


def test_a_store_file_is_read_only_and_its_checksum_is_in_the_pointer(instance):
    paths = paths_for(instance)
    newest = read_pointer(paths).newest
    store = paths.generation_file(newest.file)
    assert store.stat().st_mode & 0o222 == 0
    assert (newest.sha256, newest.bytes) == (sha(store), store.stat().st_size)
    assert newest.generation == read_meta(store)["generation"]


@pytest.mark.parametrize("how", ["overwritten", "truncated", "missing", "not a store"])
def test_a_damaged_or_missing_newest_store_is_rebuilt_at_start_up(instance, how):
    paths = paths_for(instance)
    damaged = read_pointer(paths).newest
    damage(paths.generation_file(damaged.file), how)
    rebuilt = ensure_store(instance)
    assert rebuilt.generation != damaged.generation
    assert [g.generation for g in read_pointer(paths).generations] == [rebuilt.generation]
    assert not paths.generation_file(damaged.file).exists()  # not kept to fall back to
    store = current_file(paths)
    pd.testing.assert_frame_equal(Snapshot(store).package.regional, committed().regional)


@pytest.mark.parametrize("pointer", [None, b"", b"{not json", b'{"format": 1, "generations": []}'])
def test_a_missing_or_unreadable_pointer_is_rebuilt_at_start_up(instance, pointer):
    paths = paths_for(instance)
    if pointer is None:
        paths.pointer_file.unlink()
    else:
        paths.pointer_file.write_bytes(pointer)
    ensure_store(instance)
    store = current_file(paths)
    pd.testing.assert_frame_equal(Snapshot(store).package.regional, committed().regional)


def test_the_store_of_the_older_layout_is_replaced(tmp_path):
    folder = tmp_path / "instance"
    (folder / "store").mkdir(parents=True)
    (folder / "store" / "atlas.duckdb").write_bytes(b"a store of the format before the pointer")
    ensure_store(folder)
    names = sorted(p.name for p in (folder / "store").iterdir())
    assert "atlas.duckdb" not in names and "CURRENT" in names


def test_a_changed_data_package_rebuilds_the_store(tmp_path):
    folder = tmp_path / "instance"
    trimmed = trimmed_package(tmp_path, "net_migration", 2024)
    ensure_store(folder, trimmed)
    first = read_meta(current_file(paths_for(folder)))
    ensure_store(folder)  # the committed package differs from the trimmed one
    second = read_meta(current_file(paths_for(folder)))
    assert first["package_checksum"] != second["package_checksum"]
    store = current_file(paths_for(folder))
    assert len(Snapshot(store).package.regional) == len(committed().regional)


def new_generation(instance) -> None:
    """Commit a new generation of the same data (what an import or a rebuild does)."""
    paths = paths_for(instance)
    with import_lock(paths):
        rebuild(paths, committed(), "test")


def test_the_reader_opens_a_new_generation_and_keeps_the_package_per_generation(instance):
    reader = StoreReader(instance, interval=0)
    first = reader.snapshot()
    assert reader.snapshot() is first and first.package is first.package
    store = current_file(paths_for(instance))
    os.utime(store)  # touched, same generation: same snapshot, same package object
    assert reader.snapshot() is first
    new_generation(instance)
    second = reader.snapshot()
    assert second.generation != first.generation
    # the old snapshot still reads its own file
    assert len(first.query("SELECT * FROM store.sources")) == len(committed().sources)


def test_a_reader_looks_at_the_files_at_most_once_per_interval(instance, monkeypatch):
    reader = StoreReader(instance, interval=60)
    reader.snapshot()
    calls = []
    monkeypatch.setattr("dashboard.store.reader.file_key", lambda p: calls.append(p))
    for _ in range(100):
        reader.snapshot()
    assert calls == []


def test_leftovers_of_a_crash_are_removed_by_the_next_build(instance):
    paths = paths_for(instance)
    (paths.store_dir / ".atlas-deadbeef.tmp").write_bytes(b"half")
    (paths.store_dir / f"gen-{'0' * 32}.duckdb").write_bytes(b"written, never committed")
    (paths.imports_dir / ".pending-20250101T000000Z-abcdef").mkdir(parents=True)
    current_file(paths).unlink()
    ensure_store(instance)
    newest = read_pointer(paths).newest
    assert sorted(p.name for p in paths.store_dir.iterdir()) == sorted(
        ["CURRENT", newest.file, "import.lock"]
    )
    assert list(paths.imports_dir.iterdir()) == []
