"""Accepted imports as folders in the instance folder: the source of truth for imports.

Each accepted import is a folder ``imports/<id>/`` holding

- ``original.<ext>``: the file as uploaded, byte for byte, under a name the store makes
  (the uploaded name, which may hold any characters, is kept in meta.json only);
- ``normalised.csv``: the rows in the data package's own columns, UTF-8 (and
  ``totals.csv``: the country totals the table states, if any);
- ``report.json``: the importer's report and the store's checks, in kk/ru/en;
- ``meta.json``: who and when, the options, the catalogue and source rows it adds.

The store file is derived from the committed data package plus these folders, so it can
always be rebuilt. A folder is written under ``.pending-<id>``; the import is accepted when
the store's pointer names a generation holding it (:mod:`dashboard.store.generations`, the
one commit point), and the folder is then renamed to ``<id>``. A crash between the two
leaves a ``.pending-<id>`` the pointer holds: it counts as accepted, and the next holder of
the import lock renames it (rolls it forward). A ``.pending-<id>`` the pointer does not
hold was never accepted and is deleted. A removal commits a pointer that names the import
as removed, then deletes the folder (by way of ``.removing-<id>``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import re
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from dashboard.datasets.package import DataPackage
from dashboard.store.compose import TOTALS, ImportData
from dashboard.store.generations import fsync_dir, read_pointer_or_none
from dashboard.store.paths import (
    IMPORT_ID,
    PENDING_PREFIX,
    REMOVING_PREFIX,
    TEMP_PREFIX,
    StorePaths,
)
from dashboard.store.problems import Problem
from dashboard.store.schema import coerce, fields_of

ROWS_FILE = "normalised.csv"
TOTALS_FILE = "totals.csv"  # country totals stated by a regional table, when there are any
REPORT_FILE = "report.json"
META_FILE = "meta.json"
SAFE_EXTENSION = re.compile(r"^[a-z0-9]{1,8}$")


def new_import_id(now: dt.datetime | None = None) -> str:
    """A sortable, unguessable id: UTC time to the second and 6 random hex digits."""
    now = now or dt.datetime.now(dt.UTC)
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def original_file_name(original_name: str) -> str:
    """``original.<ext>``: the uploaded name's extension if it is plain, else ``.bin``.

    The uploaded name is never used as a path (it may hold '../', separators, control
    characters or be very long); it is kept as text in meta.json.
    """
    ext = Path(original_name.replace("\\", "/")).suffix.lower().lstrip(".")
    return f"original.{ext if SAFE_EXTENSION.match(ext) else 'bin'}"


@dataclass(frozen=True)
class ImportRecord:
    """One accepted import as stored: its folder and its meta.json."""

    id: str
    path: Path
    meta: dict[str, Any]

    @property
    def table(self) -> str:
        return str(self.meta["table"])

    @property
    def sequence(self) -> int:
        return int(self.meta.get("sequence", 0))

    def report(self) -> dict[str, Any]:
        """The report.json of the import."""
        return json.loads((self.path / REPORT_FILE).read_text(encoding="utf-8"))

    def data(self, package: DataPackage) -> ImportData:
        """The import's rows (in the package's types) and rows it adds, ready to compose."""
        rows = _read_csv(self.path / ROWS_FILE, package.resource(self.table))
        totals = None
        if (self.path / TOTALS_FILE).is_file():
            totals = _read_csv(self.path / TOTALS_FILE, package.resource(TOTALS))
        return ImportData(
            table=self.table,
            rows=rows,
            totals=totals,
            indicator=self.meta.get("indicator_row"),
            source=self.meta.get("source_row"),
            replace=bool(self.meta.get("replace")),
            import_id=self.id,
        )


def load_imports(package: DataPackage, records: list[ImportRecord]) -> list[ImportData | Problem]:
    """The data of each record, or a problem naming it when its files cannot be read (a
    folder damaged by hand must not stop the atlas from starting)."""
    out: list[ImportData | Problem] = []
    for record in records:
        try:
            out.append(record.data(package))
        except (OSError, ValueError, KeyError, pd.errors.ParserError) as error:
            out.append(Problem("store.unreadable", {"id": record.id, "error": str(error)}))
    return out


def _read_csv(path: Path, resource: dict[str, Any]) -> pd.DataFrame:
    """A CSV the store wrote, in the package's types (as the package reads its own CSVs)."""
    text = path.read_text(encoding="utf-8")
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    return coerce(frame, fields_of(resource))[0]


def _committed(paths: StorePaths) -> tuple[frozenset[str], frozenset[str]]:
    """The imports the store's pointer holds, and those whose removal it committed."""
    pointer = read_pointer_or_none(paths)
    if pointer is None:
        return frozenset(), frozenset()
    return pointer.newest.held, frozenset(pointer.removed)


def _import_of(name: str, held: frozenset[str], removed: frozenset[str]) -> str | None:
    """The accepted import a folder of ``imports/`` holds, or None."""
    if IMPORT_ID.match(name):
        return None if name in removed else name
    if name.startswith(PENDING_PREFIX) and name[len(PENDING_PREFIX) :] in held:
        return name[len(PENDING_PREFIX) :]  # committed, its folder not renamed yet
    return None  # uncommitted, being removed, log.jsonl


def list_records(paths: StorePaths) -> list[ImportRecord]:
    """The accepted imports, in the order they were accepted."""
    if not paths.imports_dir.is_dir():
        return []
    held, removed = _committed(paths)
    records = []
    for folder in paths.imports_dir.iterdir():
        import_id = _import_of(folder.name, held, removed)
        if import_id is None or not folder.is_dir():
            continue
        try:
            meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # not a complete import folder: cannot happen through the store
        records.append(ImportRecord(import_id, folder, meta))
    return sorted(records, key=lambda r: (r.sequence, r.id))


def read_record(paths: StorePaths, import_id: str) -> ImportRecord | None:
    """The accepted import ``import_id``, or None (also for a string that is not an id)."""
    if not IMPORT_ID.match(import_id):
        return None
    return next((r for r in list_records(paths) if r.id == import_id), None)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=_default) + "\n"


def _default(value: Any) -> Any:
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _write(path: Path, data: bytes) -> None:
    with path.open("wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())


def write_pending(
    paths: StorePaths,
    data: ImportData,
    *,
    original: bytes,
    original_name: str,
    report: Any,
    meta: dict[str, Any],
) -> Path:
    """Write the folder of a new import under ``.pending-<id>``; return its path."""
    paths.make_dirs()
    folder = paths.imports_dir / f"{PENDING_PREFIX}{data.import_id}"
    folder.mkdir()
    original_file = original_file_name(original_name)
    _write(folder / original_file, original)
    _write(folder / ROWS_FILE, data.rows.to_csv(index=False, lineterminator="\n").encode())
    totals = data.totals if data.totals is not None and not data.totals.empty else None
    if totals is not None:
        _write(folder / TOTALS_FILE, totals.to_csv(index=False, lineterminator="\n").encode())
    _write(folder / REPORT_FILE, _json(report).encode())
    full_meta = {
        **meta,
        "id": data.import_id,
        "table": data.table,
        "original_name": original_name,
        "original_file": original_file,
        "original_sha256": hashlib.sha256(original).hexdigest(),
        "original_bytes": len(original),
        "indicator_row": data.indicator,
        "source_row": data.source,
        "replace": data.replace,
        "rows": len(data.rows),
        "totals": 0 if totals is None else len(totals),
    }
    _write(folder / META_FILE, _json(full_meta).encode())
    fsync_dir(folder)
    return folder


def file_pending(paths: StorePaths, pending: Path, import_id: str) -> Path:
    """Rename the folder of a committed import from ``.pending-<id>`` to ``<id>``."""
    target = paths.import_dir(import_id)
    os.rename(pending, target)
    fsync_dir(paths.imports_dir)
    return target


def discard(paths: StorePaths, import_id: str) -> None:
    """Delete the folder of an import whose removal is committed (``.removing-<id>`` first,
    so a crash in the middle leaves nothing that reads as an import)."""
    source = paths.import_dir(import_id)
    target = paths.imports_dir / f"{REMOVING_PREFIX}{import_id}"
    os.rename(source, target)
    fsync_dir(paths.imports_dir)
    shutil.rmtree(target, ignore_errors=True)


def cleanup_leftovers(paths: StorePaths) -> list[str]:
    """Bring the folders in line with the store's pointer after a crash (call only under
    the import lock): roll committed imports forward, delete uncommitted ones, finish
    committed removals, delete half-written store files. Returns what it changed."""
    held, removed = _committed(paths)
    changed = []
    if paths.imports_dir.is_dir():
        for item in paths.imports_dir.iterdir():
            name = item.name
            if not item.is_dir():
                continue
            if name.startswith(PENDING_PREFIX) and name[len(PENDING_PREFIX) :] in held:
                file_pending(paths, item, name[len(PENDING_PREFIX) :])
            elif name.startswith((PENDING_PREFIX, REMOVING_PREFIX)):
                shutil.rmtree(item, ignore_errors=True)
            elif name in removed:
                discard(paths, name)
            else:
                continue
            changed.append(name)
    if paths.store_dir.is_dir():
        for item in paths.store_dir.iterdir():
            if item.name.startswith(TEMP_PREFIX):  # a store file (or its .wal) half written
                with contextlib.suppress(FileNotFoundError):
                    item.unlink()
                changed.append(item.name)
    return changed


def next_sequence(paths: StorePaths) -> int:
    """The sequence number of the next accepted import (order of application)."""
    return max((r.sequence for r in list_records(paths)), default=0) + 1


def append_log(paths: StorePaths, event: dict[str, Any]) -> None:
    """One line in imports/log.jsonl: what happened, to which import, who and when."""
    paths.make_dirs()
    line = json.dumps(event, ensure_ascii=False, default=_default) + "\n"
    with paths.log_file.open("a", encoding="utf-8") as file:
        file.write(line)
        file.flush()
        os.fsync(file.fileno())
