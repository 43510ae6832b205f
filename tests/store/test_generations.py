"""A damaged store file: every reader serves the newest generation that verifies and says
so, a worker started later answers like the others, and the store is rebuilt.

The damage is what a failing disk or a careless hand does to the newest file (4 KB
overwritten in the middle, the size unchanged; truncated; deleted), after the readers of
running workers had opened it.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys

import pytest

from dashboard import PROJECT_ROOT
from dashboard.store.generations import read_pointer
from dashboard.store.importing import accept_import
from dashboard.store.paths import paths_for
from dashboard.store.reader import StoreReader, StoreUnavailable
from dashboard.store.repair import request_repair
from tests.store.helpers import NEW_INDICATOR, damage, new_indicator_import, request

STATUS = """
import json, sys
from dashboard.store.reader import StoreReader
reader = StoreReader(sys.argv[1], interval=0)
status = reader.status()
print(json.dumps([status.serving, status.newest, status.problem]))
"""


def indicators(reader: StoreReader) -> set[str]:
    return set(reader.snapshot().package.indicators["id"])


@pytest.fixture
def imported(instance):
    """The instance after one import: (newest generation, the one before it)."""
    assert accept_import(instance, request(new_indicator_import())).accepted
    newest, previous = read_pointer(paths_for(instance)).generations[:2]
    return instance, newest, previous


@pytest.mark.parametrize("how", ["overwritten", "truncated", "missing"])
def test_a_damaged_newest_generation_is_not_served_an_older_one_is(imported, how, caplog):
    instance, newest, previous = imported
    early = StoreReader(instance, interval=0)  # a worker that opened the store before
    assert early.snapshot().generation == newest.generation
    damage(paths_for(instance).generation_file(newest.file), how)
    late = StoreReader(instance, interval=0)  # a worker started after the damage
    with caplog.at_level(logging.ERROR, logger="dashboard.store.reader"):
        for reader in (early, late):
            assert reader.snapshot().generation == previous.generation
            assert NEW_INDICATOR not in indicators(reader)  # the older data, whole
            status = reader.status()
            assert status.ok
            assert (status.serving, status.newest) == (previous.generation, newest.generation)
            assert f"using generation {previous.generation}" in status.problem
            assert newest.generation in status.problem
    assert any(newest.generation in r.getMessage() for r in caplog.records)  # logged


def test_workers_in_other_processes_started_later_agree(imported):
    instance, newest, previous = imported
    running = StoreReader(instance, interval=0)
    running.snapshot()
    damage(paths_for(instance).generation_file(newest.file))
    started = [
        subprocess.Popen(
            [sys.executable, "-c", STATUS, str(instance)],
            cwd=PROJECT_ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    answers = [json.loads(p.communicate(timeout=300)[0]) for p in started]
    status = running.status()
    expected = [status.serving, status.newest, status.problem]
    assert expected[0] == previous.generation
    assert answers == [expected] * 3


def test_the_store_is_rebuilt_and_every_reader_serves_the_new_generation(imported):
    instance, newest, previous = imported
    paths = paths_for(instance)
    threads = []
    reader = StoreReader(
        instance, interval=0, on_problem=lambda *args: threads.append(request_repair(*args))
    )
    damage(paths.generation_file(newest.file))
    assert reader.snapshot().generation == previous.generation
    [thread] = [t for t in threads if t is not None]
    thread.join(timeout=300)
    pointer = read_pointer(paths)
    rebuilt = pointer.newest
    assert rebuilt.generation not in (newest.generation, previous.generation)
    assert "rebuild" in rebuilt.reason and newest.generation in rebuilt.reason
    # the damaged file is not kept to fall back to; the older good one is
    assert [g.generation for g in pointer.generations] == [rebuilt.generation, previous.generation]
    assert not paths.generation_file(newest.file).exists()
    # every reader, the one that asked and a new one, serves it: the import is back
    for each in (reader, StoreReader(instance, interval=0)):
        assert each.snapshot().generation == rebuilt.generation
        assert NEW_INDICATOR in indicators(each)
        assert each.status().problem is None
    # one repair per process and damaged generation, however many requests noticed it
    assert request_repair(paths, newest) is None


def test_a_repair_does_nothing_when_an_import_has_committed_meanwhile(imported):
    from dashboard.store.repair import repair

    instance, newest, _ = imported
    assert repair(paths_for(instance), newest.generation) is None  # the newest verifies
    assert read_pointer(paths_for(instance)).newest == newest


def test_when_no_generation_verifies_every_reader_refuses_alike(instance):
    paths = paths_for(instance)
    early = StoreReader(instance, interval=0)
    early.snapshot()
    for generation in read_pointer(paths).generations:
        damage(paths.generation_file(generation.file))
    late = StoreReader(instance, interval=0)
    for reader in (early, late):
        with pytest.raises(StoreUnavailable):
            reader.snapshot()
        status = reader.status()
        assert not status.ok and "no generation can be served" in status.problem
