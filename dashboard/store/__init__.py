"""DuckDB as the atlas's embedded analytical store, and the history of imports.

A store file ``<instance>/store/gen-<generation>.duckdb`` holds the committed data
package plus the accepted imports. A file is never changed: an import, a removal or a
rebuild writes a new one and commits it by replacing the pointer ``store/CURRENT`` (written,
flushed, renamed), which records the file's checksum. So a reader always sees a complete,
verified generation, a crash at any point leaves the previous one current, and a file
damaged later is noticed: readers fall back to the newest good generation, ``/health``
says so, and the store is rebuilt. The store is built at start-up when missing, damaged
or out of date, and opened read-only by every worker process.

Modules, by what they do:

- ``paths``: where things live in the instance folder; ``lock``: one import at a time;
- ``schema``: the package's column types and constraints for frames in and out of DuckDB;
- ``compose``: committed tables + accepted imports, with the rules for overlaps;
- ``history``: import folders (original file, normalised.csv, report.json, meta.json);
- ``generations``: the pointer (the commit point) and checking a generation's file;
- ``build``: writing, sealing and committing store files, ``ensure_store``;
- ``reader``: the read-only snapshot per process (of a verified generation) and its
  ``DataPackage`` view; ``repair``: rebuilding a damaged store while the app serves;
- ``queries``: SQL for OD flows and indicator values;
- ``importing``: accept, check (dry run), list and remove imports;
- ``provider``: the app's current package, from the store (``package_provider``);
- ``workflow``: one import from file to store, for the command line and the web;
- ``problems``: the store's findings (message keys ``store.*`` in ``dashboard.i18n``).

Typical use::

    from dashboard.store import open_store, accept_import, ImportRequest, ImportData
    package = open_store(settings.instance_dir)       # app start-up
    outcome = accept_import(instance_dir, ImportRequest(ImportData("od_flows", rows), ...))
"""

from __future__ import annotations

import importlib
from typing import Any

# Loaded on first use (PEP 562), so ``python -m dashboard --help``, which imports the
# command line, does not import DuckDB and pandas.
_EXPORTS = {
    "ImportData": "compose",
    "ImportRequest": "importing",
    "Outcome": "importing",
    "accept_import": "importing",
    "check_import": "importing",
    "list_imports": "importing",
    "remove_import": "importing",
    "ensure_store": "build",
    "StoreBusy": "lock",
    "open_store": "provider",
    "package_provider": "provider",
    "Snapshot": "reader",
    "reader_for": "reader",
    "store_package": "reader",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'dashboard.store' has no attribute {name!r}")
    return getattr(importlib.import_module(f"dashboard.store.{_EXPORTS[name]}"), name)
