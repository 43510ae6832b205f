"""Where the response cache keeps its entries: a folder with a size bound, or Redis.

An entry is plain data in a format of the atlas's own, never a Python pickle: a line that
names the format, one line of JSON (status, the kept headers, the body's length, when it
expires), then the body's bytes as they are. Reading an entry parses that JSON and checks
every field; anything else, whoever wrote it (an older version's pickles, a crafted value
in a shared Redis, a half-written or damaged file), is a miss. Nothing read from the cache
is ever executed or unpickled, so write access to the cache cannot become code execution
on the atlas host.

Backends:

- :class:`FolderBackend`: one file per entry under ``<instance>/cache``, shared by the
  workers (and hosts) that share the folder, bounded in **bytes**: every write holds an
  exclusive lock on ``.lock``, keeps the folder's total in ``.size`` and, above the bound,
  deletes the oldest entries down to three quarters of it. Readers take no lock (a file
  only arrives by rename, so a reader sees a whole entry or none).
- :class:`RedisBackend`: ``SET`` with an expiry; the size of a Redis is bounded by its own
  ``maxmemory`` (with an LRU policy), which the operator sets.
- :class:`NullBackend`: caching turned off.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import secrets
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

#: First line of every entry: the format and its version.
MAGIC = b"atlas-cache/1\n"
#: The JSON line of an entry is short; a longer one is not an entry of ours.
MAX_HEADER_BYTES = 4096
#: Headers kept with a body; the rest are recomputed on the way out.
KEPT_HEADERS = frozenset({"content-type", "content-disposition"})
#: The default bound of the folder cache, in bytes (a map answer is ~170 KB: ~1,500 answers).
FOLDER_MAX_BYTES = 256 * 1024 * 1024
#: After going over the bound, the folder is pruned down to this share of it, so a busy
#: atlas does not prune on every write.
PRUNE_TO = 0.75
#: The running total is checked against the folder itself after this many writes (files
#: deleted or added by hand would otherwise drift it).
RESCAN_EVERY = 500
REDIS_PREFIX = "atlas:"
LOCK_FILE, SIZE_FILE, TEMP_PREFIX = ".lock", ".size", ".tmp-"


@dataclass(frozen=True)
class Entry:
    """A cached response: always a complete 200 with the headers worth keeping."""

    headers: tuple[tuple[str, str], ...]
    body: bytes


def encode_entry(entry: Entry, timeout: float | None, now: float | None = None) -> bytes:
    """The bytes of ``entry`` as stored; ``timeout`` seconds from ``now`` it expires."""
    now = time.time() if now is None else now
    head = {
        "status": 200,
        "headers": [list(pair) for pair in entry.headers],
        "length": len(entry.body),
        "expires": None if timeout is None else now + timeout,
    }
    line = json.dumps(head, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    return MAGIC + line + b"\n" + entry.body


def decode_entry(data: object, now: float | None = None) -> Entry | None:
    """The entry in ``data``, or None for anything that is not a whole, fresh entry of ours.

    >>> decode_entry(encode_entry(Entry((("content-type", "text/csv"),), b"a,b"), 60))
    Entry(headers=(('content-type', 'text/csv'),), body=b'a,b')
    >>> decode_entry(b"!\\x80\\x04...") is None  # e.g. a pickle
    True
    """
    if not isinstance(data, bytes) or not data.startswith(MAGIC):
        return None
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER_BYTES)
    if end < 0:
        return None
    try:
        head = json.loads(data[len(MAGIC) : end].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(head, dict) or set(head) != {"status", "headers", "length", "expires"}:
        return None
    body = data[end + 1 :]
    expires = head["expires"]
    headers = head["headers"]
    if (
        head["status"] != 200
        or head["length"] != len(body)
        or not (expires is None or isinstance(expires, int | float))
        or not isinstance(headers, list)
        or not all(_is_kept_header(pair) for pair in headers)
    ):
        return None
    if expires is not None and expires <= (time.time() if now is None else now):
        return None
    return Entry(tuple((name, value) for name, value in headers), body)


def _is_kept_header(pair: object) -> bool:
    return (
        isinstance(pair, list)
        and len(pair) == 2
        and all(isinstance(part, str) and "\n" not in part and "\r" not in part for part in pair)
        and pair[0].lower() in KEPT_HEADERS
    )


def keep_headers(headers: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The headers of a response that are kept with its body."""
    return tuple((k, v) for k, v in headers if k.lower() in KEPT_HEADERS)


class NullBackend:
    """No cache: nothing is kept, every lookup misses."""

    def get(self, key: str) -> bytes | None:
        return None

    def set(self, key: str, data: bytes, timeout: float | None) -> None:
        return None

    def healthy(self) -> bool:
        return True


class RedisBackend:
    """Entries in Redis under ``atlas:<key>``, each with its expiry."""

    def __init__(self, url: str) -> None:
        import redis  # only when a Redis is configured

        # A Redis that stops answering must cost a request milliseconds, not minutes.
        self.client = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)

    def get(self, key: str) -> bytes | None:
        value = self.client.get(REDIS_PREFIX + key)
        return value if isinstance(value, bytes) else None

    def set(self, key: str, data: bytes, timeout: float | None) -> None:
        seconds = None if timeout is None else max(1, int(timeout))
        self.client.set(REDIS_PREFIX + key, data, ex=seconds)

    def healthy(self) -> bool:
        self.client.set(REDIS_PREFIX + "health", b"ok", ex=60)
        return self.client.get(REDIS_PREFIX + "health") == b"ok"


class FolderBackend:
    """Entries as files in ``folder``, at most ``max_bytes`` in all (see the module doc)."""

    def __init__(self, folder: Path, max_bytes: int = FOLDER_MAX_BYTES) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes
        self.folder.mkdir(parents=True, exist_ok=True)

    def path(self, key: str) -> Path:
        """The file of ``key`` (a hash: no key ever becomes a path of its own)."""
        return self.folder / hashlib.sha256(key.encode("utf-8")).hexdigest()

    def get(self, key: str) -> bytes | None:
        try:
            return self.path(key).read_bytes()
        except FileNotFoundError:
            return None

    def set(self, key: str, data: bytes, timeout: float | None) -> None:
        # One entry may take an eighth of the bound at most, so pruning always makes room.
        if len(data) > self.max_bytes // 8:
            return
        target = self.path(key)
        with self._locked():
            total, writes = self._read_total()
            if total is None or writes >= RESCAN_EVERY:
                total, writes = self._scan_total(), 0
            try:
                replaced = target.stat().st_size
            except FileNotFoundError:
                replaced = 0
            temp = self.folder / f"{TEMP_PREFIX}{secrets.token_hex(8)}"
            try:
                temp.write_bytes(data)
                os.replace(temp, target)
            finally:
                temp.unlink(missing_ok=True)
            total += len(data) - replaced
            if total > self.max_bytes:
                total = self._prune(int(self.max_bytes * PRUNE_TO))
            self._write_total(total, writes + 1)

    def healthy(self) -> bool:
        # A look, not a write: /health may be probed every second.
        return self.folder.is_dir() and os.access(self.folder, os.W_OK | os.X_OK)

    def total_bytes(self) -> int:
        """The bytes of every file in the folder now (what the bound is about)."""
        return self._scan_total()

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        fd = os.open(self.folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def _files(self) -> Iterator[os.DirEntry]:
        with os.scandir(self.folder) as found:
            for item in found:
                if item.name not in (LOCK_FILE, SIZE_FILE) and item.is_file(follow_symlinks=False):
                    yield item

    def _scan_total(self) -> int:
        total = 0
        for item in self._files():
            with contextlib.suppress(FileNotFoundError):
                total += item.stat(follow_symlinks=False).st_size
        return total

    def _prune(self, goal: int) -> int:
        """Delete the oldest files (anything in the folder counts) until ``goal`` bytes are
        left; the bytes left."""
        files = []
        for item in self._files():
            with contextlib.suppress(FileNotFoundError):
                stat = item.stat(follow_symlinks=False)
                files.append((stat.st_mtime_ns, stat.st_size, item.path))
        total = sum(size for _, size, _ in files)
        for _, size, path in sorted(files):
            if total <= goal:
                break
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
            total -= size
        return total

    def _read_total(self) -> tuple[int | None, int]:
        try:
            total, writes = (self.folder / SIZE_FILE).read_text(encoding="ascii").split()
            return int(total), int(writes)
        except (OSError, ValueError):
            return None, 0

    def _write_total(self, total: int, writes: int) -> None:
        (self.folder / SIZE_FILE).write_text(f"{total} {writes}\n", encoding="ascii")
