"""An import killed at any point leaves the previous store intact, readable and unchanged.

The import runs in a subprocess that kills itself (SIGKILL: no cleanup, no finally) at a
named checkpoint of the protocol (dashboard/store/checkpoints.py), or is killed from here
at a random moment of a large import.
"""

from __future__ import annotations

import hashlib
import random
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from dashboard import PROJECT_ROOT
from dashboard.store import checkpoints
from dashboard.store.build import ensure_store, read_meta
from dashboard.store.compose import ImportData
from dashboard.store.generations import current_file
from dashboard.store.importing import accept_import, list_imports, remove_import
from dashboard.store.paths import paths_for
from dashboard.store.reader import Snapshot, StoreReader
from tests.store.helpers import NEW_INDICATOR, committed, new_indicator_import, request

KILLED_AT = """
import os, signal, sys
from pathlib import Path
from dashboard.store import checkpoints
from dashboard.store.importing import accept_import
from tests.store.helpers import new_indicator_import, request

point = sys.argv[2]

def hook(name):
    if name == point:
        os.kill(os.getpid(), signal.SIGKILL)

checkpoints.hook = hook
accept_import(Path(sys.argv[1]), request(new_indicator_import()))
"""

BIG_IMPORT = """
import sys
from pathlib import Path
import pandas as pd
from dashboard.store.compose import ImportData
from dashboard.datasets.package import load_package
from dashboard.store.importing import accept_import
from tests.store.helpers import request

load_package()  # validated before "start": the kill lands in the import, not in loading
# An OD fixture of every ordered pair of the 16 units of 1997 in 1991-2017, arbitrary numbers:
# large enough that writing takes a while, so a kill can land in the middle of it.
from dashboard.geo.boundaries import region_ids
units = region_ids("1997")
rows = pd.DataFrame(
    [
        {"year": y, "origin": o, "destination": d, "persons": float(i % 997),
         "source_id": "kanatislambekov-interregional", "quality": "unverified", "note": "fixture"}
        for i, (y, o, d) in enumerate(
            (y, o, d) for y in range(1991, 2018) for o in units for d in units if o != d
        )
    ]
)
print("start", flush=True)
accept_import(Path(sys.argv[1]), request(ImportData("od_flows", rows)))
print("done", flush=True)
"""


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(script: str, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        **kwargs,
    )


def assert_committed_store(store) -> None:
    package = Snapshot(store).package
    for name, frame in committed().tables.items():
        pd.testing.assert_frame_equal(package.tables[name], frame, obj=name)


@pytest.mark.parametrize("point", checkpoints.NAMES)
def test_an_import_killed_at_any_checkpoint_leaves_a_usable_store(instance, point):
    paths = paths_for(instance)
    before = sha(current_file(paths))
    pointer = paths.pointer_file.read_bytes()
    result = run(KILLED_AT, instance, point)
    assert result.returncode == -signal.SIGKILL, result.stderr

    if point in ("store-switched", "import-filed"):  # killed after the commit point
        # accepted and shown at once, by a reader of another process as by the list;
        # never "accepted, not shown" (and so /health has nothing to hide)
        [status] = list_imports(instance)
        assert status.status == "applied"
        assert NEW_INDICATOR in set(StoreReader(instance).snapshot().package.indicators["id"])
        # the next holder of the lock files the folder under its id (rolls it forward)
        ensure_store(instance)
        assert [p.name for p in paths.imports_dir.iterdir() if p.is_dir()] == [status.record.id]
        assert list_imports(instance)[0].status == "applied"
        return

    # before the commit point: the pointer and the store file are byte for byte the same,
    # the store reads as the committed package, and the import did not happen
    assert paths.pointer_file.read_bytes() == pointer
    assert sha(current_file(paths)) == before
    assert_committed_store(current_file(paths))
    assert list_imports(instance) == []
    # the next import clears the leftovers and succeeds
    outcome = accept_import(instance, request(new_indicator_import()))
    assert outcome.accepted
    leftovers = [p.name for p in (*paths.store_dir.iterdir(), *paths.imports_dir.iterdir())]
    assert not [n for n in leftovers if n.startswith(".")], leftovers


def test_an_import_killed_at_a_random_moment_leaves_old_or_new_never_broken(instance):
    paths = paths_for(instance)
    rng = random.Random(6)
    outcomes = []
    # the import takes about a second after "start"; kills spread over it and past it
    for delay in [0.05, 0.3, 0.6, 0.9, 1.5, *(rng.uniform(0, 1.2) for _ in range(3))]:
        before = sha(current_file(paths))
        process = subprocess.Popen(
            [sys.executable, "-c", BIG_IMPORT, str(instance)],
            cwd=PROJECT_ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout.readline().strip() == "start"
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        meta = read_meta(current_file(paths))
        assert meta is not None  # always a complete, readable store at the path
        statuses = [s.status for s in list_imports(instance)]
        if meta["applied"]:  # killed after the switch: the new store, whole
            assert len(Snapshot(current_file(paths)).package["od_flows"]) == 27 * 16 * 15
            outcomes.append("new")
        else:  # before it: the old store, byte for byte
            assert sha(current_file(paths)) == before
            assert statuses in ([], ["pending"])
            outcomes.append("old" if not statuses else "accepted, not switched")
            ensure_store(instance)  # what the next start-up does
        for status in list_imports(instance):
            remove_import(instance, status.record.id)
        assert_committed_store(current_file(paths))
    assert "old" in outcomes, outcomes  # the kills did land before the switch


def test_the_imported_table_is_the_one_read_back(instance):
    outcome = accept_import(instance, request(ImportData("od_flows", od_rows())))
    table = Snapshot(current_file(paths_for(instance))).package["od_flows"]
    imported = table[table["year"] == 2022].reset_index(drop=True)  # the package has no 2022
    pd.testing.assert_frame_equal(imported, od_rows(), check_dtype=False)
    assert outcome.rows == 3


def od_rows() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "year": [2022, 2022, 2022],
            "origin": ["43", "61", "71"],
            "destination": ["75", "71", "61"],
            "persons": [800.0, 5000.0, 1200.0],
            "source_id": "kanatislambekov-interregional",
            "quality": "unverified",
            "note": "fixture",
        }
    )
