"""The pointer to the current generation of the store, and checking a generation's file.

Every change of the store (an import, a removal, a rebuild) writes a new generation file
``store/gen-<generation>.duckdb`` and then commits it by replacing the pointer
``store/CURRENT``: a small JSON file written under a temporary name, flushed to disk and
renamed over the old one (then the folder is flushed). The rename is the one commit point:
before it the change did not happen, after it every reader sees it within a second.

The pointer names the newest generation first and keeps up to :data:`KEPT` of them, each
with the SHA-256 and size of its file computed when it was committed. A reader verifies a
file against them before opening it; if the newest does not match (a damaged disk, a file
changed by hand) it serves the newest one that does, says so in ``/health``, and the
store is rebuilt (:mod:`dashboard.store.repair`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dashboard.store.paths import (
    GENERATION_FILE,
    LEGACY_STORE_FILE,
    TEMP_PREFIX,
    TEMP_SUFFIX,
    StorePaths,
)

log = logging.getLogger(__name__)

POINTER_FORMAT = 1
#: Generations the pointer keeps (the newest and the ones to fall back to).
KEPT = 3


@dataclass(frozen=True)
class Generation:
    """One committed generation: its file, the file's checksum, what it holds."""

    generation: str
    file: str
    sha256: str
    bytes: int
    built_at: str
    package_checksum: str
    format: int = 0  # the store file's layout (``build.STORE_FORMAT`` when it was written)
    data_dir: str = ""  # the committed data package it was built from (for a rebuild)
    applied: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    reason: str = ""  # why it was made: "import <id>", "remove <id>", "rebuild: ..."

    @property
    def held(self) -> frozenset[str]:
        """The imports this generation took into account (applied or skipped)."""
        return frozenset(self.applied) | frozenset(self.skipped)

    def to_json(self) -> dict[str, Any]:
        return {
            "generation": self.generation,
            "file": self.file,
            "sha256": self.sha256,
            "bytes": self.bytes,
            "built_at": self.built_at,
            "package_checksum": self.package_checksum,
            "format": self.format,
            "data_dir": self.data_dir,
            "applied": list(self.applied),
            "skipped": list(self.skipped),
            "reason": self.reason,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Generation:
        generation = cls(
            generation=str(data["generation"]),
            file=str(data["file"]),
            sha256=str(data["sha256"]),
            bytes=int(data["bytes"]),
            built_at=str(data.get("built_at", "")),
            package_checksum=str(data.get("package_checksum", "")),
            format=int(data.get("format", 0)),
            data_dir=str(data.get("data_dir", "")),
            applied=tuple(str(i) for i in data.get("applied", [])),
            skipped=tuple(str(i) for i in data.get("skipped", [])),
            reason=str(data.get("reason", "")),
        )
        if not GENERATION_FILE.match(generation.file):
            raise ValueError(f"not a generation file: {generation.file!r}")
        return generation


@dataclass(frozen=True)
class Pointer:
    """The content of ``store/CURRENT``: generations, newest first, and the imports whose
    removal the newest committed (their folders may still be on disk after a crash)."""

    generations: tuple[Generation, ...]
    removed: tuple[str, ...] = field(default=())

    @property
    def newest(self) -> Generation:
        return self.generations[0]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": POINTER_FORMAT,
            "generations": [g.to_json() for g in self.generations],
            "removed": list(self.removed),
        }


@dataclass(frozen=True)
class StoreStatus:
    """What a reader serves: the generation, the newest committed, and what is wrong."""

    serving: str | None
    newest: str | None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        """Whether a verified generation is served (it may be an older one: see problem)."""
        return self.serving is not None

    def details(self) -> dict[str, Any]:
        """For ``/health``: the generation served and the newest one."""
        return {"generation": self.serving, "newest": self.newest}


class PointerUnreadable(ValueError):
    """``store/CURRENT`` exists but is not a pointer (damaged, or written by hand)."""


def read_pointer(paths: StorePaths) -> Pointer | None:
    """The pointer, or None when there is none yet (a new instance folder).

    Raises :class:`PointerUnreadable` when the file is there but cannot be read as one.
    """
    try:
        text = paths.pointer_file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise PointerUnreadable(f"{paths.pointer_file}: {error}") from error
    try:
        data = json.loads(text)
        if data.get("format") != POINTER_FORMAT:
            raise ValueError(f"pointer format {data.get('format')!r}")
        generations = tuple(Generation.from_json(g) for g in data["generations"])
        if not generations:
            raise ValueError("no generation")
        return Pointer(generations, tuple(str(i) for i in data.get("removed", [])))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise PointerUnreadable(f"{paths.pointer_file}: {error}") from error


def read_pointer_or_none(paths: StorePaths) -> Pointer | None:
    """:func:`read_pointer`, with an unreadable pointer logged and taken as none."""
    try:
        return read_pointer(paths)
    except PointerUnreadable:
        log.error("store pointer unreadable; the store will be rebuilt", exc_info=True)
        return None


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries, so a rename in it survives a power cut."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_pointer(paths: StorePaths, pointer: Pointer) -> None:
    """Replace ``store/CURRENT`` with ``pointer``: written, flushed, renamed, folder flushed.

    The rename is atomic: a reader (or a crash) sees the old pointer or the new one whole.
    """
    temp = paths.store_dir / f"{TEMP_PREFIX}CURRENT-{os.getpid()}{TEMP_SUFFIX}"
    data = json.dumps(pointer.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
    with temp.open("wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temp, paths.pointer_file)
    fsync_dir(paths.store_dir)


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in 1 MB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while block := file.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def file_key(path: Path) -> tuple[int, int, int, int]:
    """What changes when a file is replaced or written: device, inode, mtime, size."""
    st = os.stat(path)
    return (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)


# Files this process checked, by their key: a file that has not changed since is not read
# again (inherited by forked workers, so they do not hash what the master just checked).
_VERIFIED: dict[tuple[str, tuple[int, int, int, int]], str] = {}


def verify(paths: StorePaths, generation: Generation) -> str | None:
    """None when the generation's file is there and is the file that was committed;
    otherwise what is wrong with it, in words for the log and ``/health`` (no path)."""
    path = paths.generation_file(generation.file)
    try:
        key = file_key(path)
    except FileNotFoundError:
        return "the file is missing"
    if key[3] != generation.bytes:
        return f"the file is damaged ({key[3]} bytes, {generation.bytes} were committed)"
    known = _VERIFIED.get((str(path), key))
    if known is None:
        try:
            known = file_sha256(path)
        except OSError as error:
            return f"the file cannot be read ({error.strerror})"
        _VERIFIED[(str(path), key)] = known
    if known != generation.sha256:
        return "the file is damaged (its checksum differs from the one committed)"
    return None


def seal(paths: StorePaths, temp: Path, meta: dict[str, Any], reason: str) -> Generation:
    """Give a written, flushed store file its generation name; its pointer entry.

    The file is made read-only (a hand that opens it for writing is refused) and its
    checksum is computed from what is on disk. Nothing is committed yet.
    """
    name = f"gen-{meta['generation']}.duckdb"
    target = paths.generation_file(name)
    os.chmod(temp, 0o444)
    os.replace(temp, target)
    fsync_dir(paths.store_dir)
    digest = file_sha256(target)
    _VERIFIED[(str(target), file_key(target))] = digest
    return Generation(
        generation=meta["generation"],
        file=name,
        sha256=digest,
        bytes=target.stat().st_size,
        built_at=meta["built_at"],
        package_checksum=meta["package_checksum"],
        format=int(meta["format"]),
        data_dir=str(meta["data_dir"]),
        applied=tuple(meta.get("applied", [])),
        skipped=tuple(meta.get("skipped", {})),
        reason=reason,
    )


def commit(
    paths: StorePaths,
    generation: Generation,
    removed: Iterable[str] = (),
    drop: Iterable[str] = (),
) -> Pointer:
    """Make ``generation`` the current one: the commit point of every change.

    The generations before it stay in the pointer (up to :data:`KEPT` in all) to fall back
    to, except those named in ``drop`` (found corrupt) and those whose file is gone.
    """
    previous = read_pointer_or_none(paths)
    dropped = set(drop) | {generation.generation}
    older = [
        g
        for g in (previous.generations if previous else ())
        if g.generation not in dropped and paths.generation_file(g.file).is_file()
    ]
    pointer = Pointer((generation, *older[: KEPT - 1]), tuple(removed))
    write_pointer(paths, pointer)
    return pointer


def prune_files(paths: StorePaths, pointer: Pointer | None) -> list[str]:
    """Delete generation files the pointer no longer names, and the store file of format 1
    (call under the import lock). Readers holding one open keep reading it."""
    kept = {g.file for g in pointer.generations} if pointer else set()
    removed = []
    for item in paths.store_dir.iterdir():
        name = item.name
        if (GENERATION_FILE.match(name) and name not in kept) or (
            pointer is not None and name in (LEGACY_STORE_FILE, f"{LEGACY_STORE_FILE}.wal")
        ):
            with contextlib.suppress(FileNotFoundError):
                item.unlink()
            removed.append(name)
    return removed


def current_file(paths: StorePaths) -> Path | None:
    """The file of the newest committed generation (no check), or None without a pointer."""
    pointer = read_pointer_or_none(paths)
    return paths.generation_file(pointer.newest.file) if pointer else None
