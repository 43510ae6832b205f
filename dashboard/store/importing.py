"""Accept, check, list and remove imports: the store's side of an import.

The importer (``dashboard.imports``) reads a file and gives a normalised table, its
metadata and a report; these functions decide whether that table may join the atlas,
keep it in the instance folder's history and switch the store to a new generation that
holds it.

Order of an import, under the import lock (so two imports never interleave):

1. compose the committed package and the accepted imports, check the new rows against
   them (conflicts, sources, catalogue, regions, schema): refused means nothing written;
2. write the history folder under ``imports/.pending-<id>``;
3. write the new store file, close, flush and seal it (its checksum recorded);
4. replace the store's pointer with one naming the new generation: the one commit point.
   The import is accepted and readers see it (within a second) from here on;
5. rename the pending folder to ``imports/<id>``.

A crash before 4 leaves the previous generation current and files the next holder of the
lock deletes: the import did not happen. A crash after 4 leaves it accepted and shown; the
next holder of the lock renames its folder. There is no moment at which an import is
accepted but not shown. Removal mirrors it: a new generation without the import, the
pointer naming it and the import as removed (commit point), then the folder deleted.
"""

from __future__ import annotations

import datetime as dt
import getpass
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from dashboard import DATA_DIR
from dashboard.datasets.package import DataPackage, load_package
from dashboard.i18n.catalog import t
from dashboard.store import checkpoints
from dashboard.store.build import read_meta, switch, tidy, write_store
from dashboard.store.compose import (
    ImportData,
    apply,
    check,
    compose,
    slice_label,
    slices_of,
)
from dashboard.store.generations import current_file, prune_files, read_pointer_or_none
from dashboard.store.history import (
    ImportRecord,
    append_log,
    discard,
    file_pending,
    list_records,
    load_imports,
    new_import_id,
    next_sequence,
    write_pending,
)
from dashboard.store.lock import DEFAULT_TIMEOUT, import_lock
from dashboard.store.paths import IMPORT_ID, StorePaths, paths_for
from dashboard.store.problems import Problem


def current_user() -> str:
    """The operating-system user running the command (who, in the history)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass(frozen=True)
class ImportRequest:
    """An import as the importer hands it over.

    ``data``: the normalised rows and the catalogue/source rows they need (no id yet).
    ``original``/``original_name``: the uploaded file, kept byte for byte. ``report``: the
    importer's report, JSON-serialisable, kept as it is. ``options``: what the user chose
    (indicator, unit, source, quality, language...). ``user``/``via``: who, and through
    which door (``cli``, ``web``).
    """

    data: ImportData
    original: bytes
    original_name: str
    report: Any = None
    options: Mapping[str, Any] = field(default_factory=dict)
    user: str = field(default_factory=current_user)
    via: str = "cli"


@dataclass
class Outcome:
    """What the store decided: accepted (or valid, on a dry run) or refused, and why."""

    accepted: bool
    problems: list[Problem]
    rows: int = 0
    slices: list[str] = field(default_factory=list)
    import_id: str | None = None
    dry_run: bool = False

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.error]

    @property
    def notices(self) -> list[Problem]:
        return [p for p in self.problems if not p.error]

    def lines(self, lang: str) -> list[str]:
        """The verdict, then every refusal and notice, one per line, in ``lang``."""
        if not self.accepted:
            head = t("store.verdict.refused", lang, count=len(self.errors))
        elif self.dry_run:
            head = t("store.verdict.valid", lang, rows=self.rows)
        else:
            head = t("store.verdict.imported", lang, id=self.import_id, rows=self.rows)
        return [
            head,
            *(f"  ✗ {p.message(lang)}" for p in self.errors),
            *(f"  · {p.message(lang)}" for p in self.notices),
        ]

    def to_json(self) -> dict[str, Any]:
        return {
            "accepted": self.accepted,
            "dry_run": self.dry_run,
            "import_id": self.import_id,
            "rows": self.rows,
            "slices": self.slices,
            "problems": [p.to_json() for p in self.problems],
        }


def _labels(data: ImportData) -> list[str]:
    if data.table not in ("regional_indicators", "od_flows") or data.rows.empty:
        return []
    try:
        return [slice_label(data.table, k) for k in slices_of(data.table, data.rows)]
    except (KeyError, TypeError, ValueError):
        return []


def check_import(
    instance_dir: Path | str, data: ImportData, package: DataPackage | None = None
) -> Outcome:
    """Dry run: would ``data`` be accepted now? Nothing is written, no lock is taken."""
    paths = paths_for(instance_dir)
    package = package or load_package(DATA_DIR)
    records = list_records(paths)
    composition = compose(package, load_imports(package, records))
    prepared, problems = check(package, composition.tables, data)
    accepted = not any(p.error for p in problems)
    return Outcome(accepted, problems, len(prepared.rows), _labels(prepared), dry_run=True)


def accept_import(
    instance_dir: Path | str,
    request: ImportRequest,
    package: DataPackage | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Outcome:
    """Check the import and, if nothing refuses it, keep it and switch the store to it.

    Raises :class:`dashboard.store.lock.StoreBusy` when another import holds the lock for
    longer than ``timeout`` seconds.
    """
    paths = paths_for(instance_dir)
    package = package or load_package(DATA_DIR)
    with import_lock(paths, timeout):
        tidy(paths)
        records = list_records(paths)
        composition = compose(package, load_imports(package, records))
        import_id = new_import_id()
        prepared, problems = check(
            package, composition.tables, replace(request.data, import_id=import_id)
        )
        slices = _labels(prepared)
        if any(p.error for p in problems):
            return Outcome(False, problems, len(prepared.rows), slices)

        composition.tables = apply(composition.tables, prepared)
        composition.applied.append(import_id)
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        meta = {
            "sequence": next_sequence(paths),
            "created_at": now,
            "user": request.user,
            "via": request.via,
            "options": dict(request.options),
            "slices": slices,
        }
        report = {"importer": request.report, "store": [p.to_json() for p in problems]}
        pending = write_pending(
            paths,
            prepared,
            original=request.original,
            original_name=request.original_name,
            report=report,
            meta=meta,
        )
        try:
            checkpoints.reached("pending-written")
            generation = write_store(paths, package, composition, f"import {import_id}")
        except BaseException:
            shutil.rmtree(pending, ignore_errors=True)
            raise
        pointer = switch(paths, generation)  # the commit point
        file_pending(paths, pending, import_id)
        checkpoints.reached("import-filed")
        prune_files(paths, pointer)
        append_log(
            paths,
            {
                "event": "import",
                "id": import_id,
                "at": now,
                "user": request.user,
                "via": request.via,
                "rows": len(prepared.rows),
                "slices": slices,
            },
        )
    return Outcome(True, problems, len(prepared.rows), slices, import_id=import_id)


def remove_import(
    instance_dir: Path | str,
    import_id: str,
    user: str | None = None,
    package: DataPackage | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Outcome:
    """Remove an accepted import and switch the store to a generation without it.

    Refused (nothing changed) when there is no such import, or when a later import would
    stop applying without it (e.g. it uses the indicator this one added to the catalogue).
    """
    paths = paths_for(instance_dir)
    package = package or load_package(DATA_DIR)
    missing = Outcome(False, [Problem("store.not_found", {"id": import_id})])
    if not IMPORT_ID.match(import_id):
        return missing
    with import_lock(paths, timeout):
        tidy(paths)
        records = list_records(paths)
        target = next((r for r in records if r.id == import_id), None)
        if target is None:
            return missing
        datas = load_imports(package, records)
        before = compose(package, datas)
        others = [d for d, r in zip(datas, records, strict=True) if r.id != import_id]
        after = compose(package, others)
        broken = [
            Problem("store.needed_by", {"other": other, "reason": after.skipped[other][0]})
            for other in before.applied
            if other in after.skipped
        ]
        if broken:
            return Outcome(False, broken, import_id=import_id)
        generation = write_store(paths, package, after, f"remove {import_id}")
        pointer = switch(paths, generation, removed=[import_id])  # the commit point
        discard(paths, import_id)
        prune_files(paths, pointer)
        append_log(
            paths,
            {
                "event": "remove",
                "id": import_id,
                "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "user": user or current_user(),
            },
        )
    return Outcome(
        True,
        [],
        int(target.meta.get("rows", 0)),
        target.meta.get("slices", []),
        import_id=import_id,
    )


@dataclass(frozen=True)
class ImportStatus:
    """An accepted import and whether the current store shows it."""

    record: ImportRecord
    status: str  # "applied", "skipped" or "pending" (a folder restored by hand, not yet
    # in the store: the next start-up rebuilds it)
    reasons: list[dict[str, Any]] = field(default_factory=list)

    def status_text(self, lang: str) -> str:
        if self.status == "skipped":
            reason = self.reasons[0]["text"].get(lang, "") if self.reasons else ""
            return t("store.status.skipped", lang, reason=reason)
        return t(f"store.status.{self.status}", lang)


def list_imports(instance_dir: Path | str) -> list[ImportStatus]:
    """The accepted imports, oldest first, each with its status in the current store."""
    paths = paths_for(instance_dir)
    pointer = read_pointer_or_none(paths)
    applied = set(pointer.newest.applied) if pointer else set()
    # the reasons of a skip are in the generation's own meta (the pointer only names them)
    skipped = _skip_reasons(paths) if pointer and pointer.newest.skipped else {}
    out = []
    for record in list_records(paths):
        if record.id in applied:
            out.append(ImportStatus(record, "applied"))
        elif pointer and record.id in pointer.newest.skipped:
            out.append(ImportStatus(record, "skipped", skipped.get(record.id, [])))
        else:
            out.append(ImportStatus(record, "pending"))
    return out


def _skip_reasons(paths: StorePaths) -> dict[str, list[dict[str, Any]]]:
    """Import id -> why the newest generation could not apply it (its ``store_meta``)."""
    return dict((read_meta(current_file(paths)) or {}).get("skipped", {}))
