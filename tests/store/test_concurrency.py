"""Readers during imports see the old or the new data, never an error; imports queue.

Readers run in threads of this process (which also imports: the hardest case for DuckDB's
per-process database cache) and in separate processes, each reading in a loop with no
pause between checks of the file, while imports and removals switch the store.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading

import pytest

from dashboard import PROJECT_ROOT
from dashboard.store.compose import ImportData
from dashboard.store.importing import accept_import, list_imports, remove_import
from dashboard.store.lock import StoreBusy, import_lock
from dashboard.store.paths import paths_for
from dashboard.store.queries import indicator_rows
from dashboard.store.reader import StoreReader
from tests.store.helpers import (
    NEW_INDICATOR,
    NEW_YEAR,
    new_indicator_import,
    od_import,
    request,
    rows_of,
)

READER = """
import json, sys
from pathlib import Path
from dashboard.store.queries import indicator_rows
from dashboard.store.reader import StoreReader

reader = StoreReader(Path(sys.argv[1]), interval=0)
stop = Path(sys.argv[2])
seen, errors, reads = set(), [], 0
while not stop.exists() or reads < 20:
    try:
        snap = reader.snapshot()
        package = snap.package
        n = int((package.regional["indicator"] == sys.argv[3]).sum())
        seen.add((n, len(indicator_rows(snap, sys.argv[3], int(sys.argv[4])))))
        reads += 1
    except Exception as error:
        errors.append(repr(error))
print(json.dumps({"seen": sorted(seen), "errors": errors[:5], "reads": reads}))
"""

IMPORT = """
import sys
from pathlib import Path
from dashboard.store.importing import accept_import
from tests.store.helpers import new_indicator_import, od_import, request

data = new_indicator_import() if sys.argv[2] == "indicator" else od_import()
outcome = accept_import(Path(sys.argv[1]), request(data), timeout=120)
print(outcome.import_id if outcome.accepted else "refused")
"""


def python(script: str, *args) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_readers_see_old_or_new_never_an_error(instance, tmp_path):
    stop = tmp_path / "stop"
    allowed = {(0, 0), (20, 20)}  # before the import, after it: never half of it
    processes = [python(READER, instance, stop, NEW_INDICATOR, NEW_YEAR) for _ in range(2)]
    seen: set[tuple[int, int]] = set()
    errors: list[str] = []
    reads = [0]

    def read_in_a_loop() -> None:
        reader = StoreReader(instance, interval=0)
        while not stop.exists():
            try:
                snap = reader.snapshot()
                n = int((snap.package.regional["indicator"] == NEW_INDICATOR).sum())
                seen.add((n, len(indicator_rows(snap, NEW_INDICATOR, NEW_YEAR))))
                reads[0] += 1
            except Exception as error:
                errors.append(repr(error))

    threads = [threading.Thread(target=read_in_a_loop) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        for cycle in range(3):
            if cycle == 1:  # one import from another process, as the CLI does
                result = python(IMPORT, instance, "indicator")
                import_id = result.communicate(timeout=300)[0].strip()
            else:
                import_id = accept_import(instance, request(new_indicator_import())).import_id
            assert import_id and import_id != "refused"
            assert remove_import(instance, import_id).accepted
    finally:
        stop.touch()
        for thread in threads:
            thread.join(timeout=60)
    assert errors == [] and seen <= allowed and seen == allowed, (errors, seen)
    assert reads[0] > 20
    for process in processes:
        out, _ = process.communicate(timeout=120)
        report = json.loads(out)
        assert report["errors"] == [], report
        assert {tuple(x) for x in report["seen"]} <= allowed, report


def test_two_imports_at_once_queue_on_the_lock_and_both_arrive(instance):
    first = python(IMPORT, instance, "indicator")
    second = python(IMPORT, instance, "od")
    ids = [p.communicate(timeout=300)[0].strip() for p in (first, second)]
    assert "refused" not in ids and all(ids), ids
    statuses = list_imports(instance)
    assert sorted(s.record.id for s in statuses) == sorted(ids)
    assert {s.status for s in statuses} == {"applied"}


def test_an_import_waits_for_the_lock_then_gives_up_clearly(instance):
    with import_lock(paths_for(instance)), pytest.raises(StoreBusy, match="another import"):
        accept_import(instance, request(od_import()), timeout=0.2)
    data = ImportData("regional_indicators", rows_of("population", 2023))
    assert not accept_import(instance, request(data), timeout=1).accepted  # lock free again
