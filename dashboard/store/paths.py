"""Where the store and the import history live inside the instance folder.

::

    <instance>/store/CURRENT             the pointer: which generation is current, with the
                                         checksum of its file, and the ones before it (JSON,
                                         replaced whole: the commit point of every change)
    <instance>/store/gen-<generation>.duckdb   one generation of the store (never changed)
    <instance>/store/.atlas-*.tmp        a store being written (left over only after a crash)
    <instance>/store/import.lock         held while an import, a removal or a rebuild runs
    <instance>/imports/<id>/             one accepted import: original.*, normalised.csv,
                                         report.json, meta.json
    <instance>/imports/.pending-<id>/    an import being written (accepted only once the
                                         pointer names a generation holding it)
    <instance>/imports/log.jsonl         who imported or removed what, when
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

POINTER_FILE = "CURRENT"
GENERATION_PREFIX, GENERATION_SUFFIX = "gen-", ".duckdb"
LEGACY_STORE_FILE = "atlas.duckdb"  # the one store file of format 1, before the pointer
TEMP_PREFIX = ".atlas-"
TEMP_SUFFIX = ".tmp"
PENDING_PREFIX = ".pending-"
REMOVING_PREFIX = ".removing-"
# Import ids are made by the store (UTC time + random hex), so a command-line or URL id can
# be checked against this before it is used as a folder name: no path ever comes from input.
IMPORT_ID = re.compile(r"^\d{8}T\d{6}Z-[0-9a-f]{6}$")
GENERATION_FILE = re.compile(r"^gen-[0-9a-f]{32}\.duckdb$")


@dataclass(frozen=True)
class StorePaths:
    """The store's files for one instance folder."""

    instance_dir: Path

    @property
    def store_dir(self) -> Path:
        return self.instance_dir / "store"

    @property
    def pointer_file(self) -> Path:
        return self.store_dir / POINTER_FILE

    def generation_file(self, name: str) -> Path:
        """The file ``name`` of a generation, as the pointer names it (checked: no path
        ever comes from the pointer's text)."""
        if not GENERATION_FILE.match(name):
            raise ValueError(f"not a store generation file: {name!r}")
        return self.store_dir / name

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
