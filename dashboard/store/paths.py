"""Where the store and the import history live inside the instance folder.

::

    <instance>/store/atlas.duckdb        the current store (replaced whole, never edited)
    <instance>/store/.atlas-*.tmp        a store being written (left over only after a crash)
    <instance>/store/import.lock         held while an import or a removal runs
    <instance>/imports/<id>/             one accepted import: original.*, normalised.csv,
                                         report.json, meta.json
    <instance>/imports/.pending-<id>/    an import being written (not yet accepted)
    <instance>/imports/log.jsonl         who imported or removed what, when
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

STORE_FILE = "atlas.duckdb"
TEMP_PREFIX = ".atlas-"
TEMP_SUFFIX = ".tmp"
PENDING_PREFIX = ".pending-"
REMOVING_PREFIX = ".removing-"
# Import ids are made by the store (UTC time + random hex), so a command-line or URL id can
# be checked against this before it is used as a folder name: no path ever comes from input.
IMPORT_ID = re.compile(r"^\d{8}T\d{6}Z-[0-9a-f]{6}$")


@dataclass(frozen=True)
class StorePaths:
    """The store's files for one instance folder."""

    instance_dir: Path

    @property
    def store_dir(self) -> Path:
        return self.instance_dir / "store"

    @property
    def store_file(self) -> Path:
        return self.store_dir / STORE_FILE

    @property
    def lock_file(self) -> Path:
        return self.store_dir / "import.lock"

    @property
    def imports_dir(self) -> Path:
        return self.instance_dir / "imports"

    @property
    def log_file(self) -> Path:
        return self.imports_dir / "log.jsonl"

    def import_dir(self, import_id: str) -> Path:
        """The folder of accepted import ``import_id`` (the id is checked first)."""
        if not IMPORT_ID.match(import_id):
            raise ValueError(f"not an import id: {import_id!r}")
        return self.imports_dir / import_id

    def make_dirs(self) -> None:
        self.store_dir.mkdir(parents=True, exist_ok=True)
        self.imports_dir.mkdir(parents=True, exist_ok=True)


def paths_for(instance_dir: Path | str) -> StorePaths:
    """The store paths of ``instance_dir`` (resolved, so caches keyed by it agree)."""
    return StorePaths(Path(instance_dir).resolve())
