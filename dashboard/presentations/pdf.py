"""The PDF of a presentation, bounded in time and cost: cached by its content, built over as
many requests as it needs, by one renderer per host at a time. Pure: no Dash, no Flask.

Rendered in one go, a 60-scene presentation took about a minute (each scene's map is a
Chromium render, each page a PNG compressed again): longer than a worker may take (gunicorn
restarts it after 60 s), and two at once took every worker of a host, ``/health`` too. So:

- The PDF is cached under a hash of what decides it (:func:`pdf_key`): every scene's view,
  title and note, the language, the day (the export date is printed) and the data and code
  version. Asked again, it is a file read.
- Each scene's map is cached under its view (:func:`image_key`): a scene in several
  presentations, or one whose title changed, is rendered once. Maps are JPEG at
  :data:`IMAGE_SCALE` (print quality on A4), which the PDF embeds as they are; a PNG is
  decoded and compressed again for every page and makes the file ~5 times larger.
- A request renders maps for at most ``budget`` seconds (:data:`RENDER_BUDGET`), then
  answers how far it got (:class:`Progress`): the page polls, and every poll goes on where
  the last stopped. Putting the document together gets a request of its own when it would
  not fit in what is left of the budget. No request comes near a worker's timeout.
- One renderer per host (:meth:`PdfCache.render_slot`, a file lock that is never waited
  for): while one worker renders, any other PDF request answers "waiting" at once, so the
  other workers keep serving pages and ``/health``.
- The cache folder is bounded (:data:`MAX_CACHE_BYTES`); the least recently used files go
  first.
"""

from __future__ import annotations

import fcntl
import hashlib
import io
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image

from dashboard.datasets.package import DataPackage
from dashboard.exports.brief import MAP_PIXELS, document, register_fonts, view_page
from dashboard.exports.images import map_png
from dashboard.i18n.catalog import t
from dashboard.state import ViewState, to_query
from dashboard.views.map import map_view

#: Seconds of rendering one request may spend; then it answers with its progress. Far
#: under gunicorn's 60 s timeout, and about what a health probe may wait on one worker.
RENDER_BUDGET = 15.0
#: Pixels per layout pixel of a scene's map: 1800 x 750 px over 273 mm, ~170 dpi.
IMAGE_SCALE = 1.5
JPEG_QUALITY = 85
#: Bytes the cache folder may hold (maps ~150 KB, a 60-scene PDF ~10 MB).
MAX_CACHE_BYTES = 512 * 1024 * 1024
#: A first guess of the seconds one page takes to put together (map view, page, its share
#: of the document); each process then learns its own (:func:`_learn_page_seconds`).
PAGE_SECONDS = 0.25
#: Changes whenever what a cached file holds would (its layout, the image format).
FORMAT = "pdf-2"
IMAGE, PDF = ".jpg", ".pdf"

_page_seconds = PAGE_SECONDS


@dataclass(frozen=True)
class PdfScene:
    """One page: the view in the document's language, the presenter's title and note."""

    state: ViewState
    title: str
    note: str


@dataclass(frozen=True)
class Progress:
    """How far the PDF of a presentation has got."""

    ready: int  # scenes whose map is rendered
    total: int
    pdf: bytes | None = None  # the document, once it is whole
    waiting: bool = False  # another request holds this host's renderer
    cached: bool = False  # the PDF was already there: nothing was rendered


def _digest(parts: object) -> str:
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def image_key(state: ViewState, version: str) -> str:
    """The cache key of a scene's map: its view (language included) and the version of the
    data and code (``version``)."""
    return _digest([FORMAT, "map", version, to_query(state), IMAGE_SCALE, JPEG_QUALITY])


def pdf_key(scenes: Sequence[PdfScene], lang: str, version: str, today: date) -> str:
    """The cache key of a presentation's PDF: everything printed in it."""
    pages = [[to_query(s.state), s.title, s.note] for s in scenes]
    return _digest([FORMAT, "pdf", version, lang, today.isoformat(), pages])


class PdfCache:
    """Rendered maps and PDFs in ``folder``, at most ``max_bytes`` of them."""

    def __init__(self, folder: Path, max_bytes: int = MAX_CACHE_BYTES) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes

    def _path(self, key: str, suffix: str) -> Path:
        if not key.isalnum():  # keys are hex digests: never a path of their own
            raise ValueError(f"not a cache key: {key!r}")
        return self.folder / f"{key}{suffix}"

    def has(self, key: str, suffix: str) -> bool:
        """Whether ``key`` is cached."""
        return self._path(key, suffix).is_file()

    def get(self, key: str, suffix: str) -> bytes | None:
        """The cached bytes of ``key`` (None if missing); a read counts as a use."""
        path = self._path(key, suffix)
        try:
            data = path.read_bytes()
            os.utime(path)
        except OSError:
            return None
        return data

    def put(self, key: str, suffix: str, data: bytes) -> None:
        """Keep ``data`` under ``key`` (atomically: a reader never sees half a file)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, self._path(key, suffix))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def prune(self) -> None:
        """Remove the least recently used files until the folder holds at most 3/4 of
        ``max_bytes`` (only when it holds more than ``max_bytes``)."""
        if not self.folder.is_dir():
            return
        files = []
        for path in self.folder.iterdir():
            if path.name.startswith(".") or not path.is_file():
                continue
            try:
                info = path.stat()
            except OSError:
                continue  # removed by another worker meanwhile
            files.append((info.st_mtime, info.st_size, path))
        total = sum(size for _, size, _ in files)
        if total <= self.max_bytes:
            return
        for _, size, path in sorted(files):
            if total <= self.max_bytes * 3 // 4:
                break
            path.unlink(missing_ok=True)
            total -= size

    @contextmanager
    def render_slot(self) -> Iterator[bool]:
        """This host's renderer, if it is free: yields True while this process holds it,
        False at once if another holds it. The lock goes with the process that held it,
        even when that process is killed."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(self.folder / ".render.lock", "a+b") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                held = False
            else:
                held = True
            try:
                yield held
            finally:
                if held:
                    fcntl.flock(handle, fcntl.LOCK_UN)


# -- rendering --------------------------------------------------------------------------------

#: (state, package, districts) -> the scene's map as JPEG bytes.
RenderImage = Callable[[ViewState, DataPackage, str | None], bytes]
#: (scenes, their maps, lang, package, districts, today) -> the PDF.
Assemble = Callable[
    [Sequence[PdfScene], Sequence[bytes], str, DataPackage, str | None, date], bytes
]


def scene_image(state: ViewState, package: DataPackage, districts: str | None = None) -> bytes:
    """A scene's map with its legends, as the PDF prints it (JPEG, :data:`IMAGE_SCALE`)."""
    width, height = MAP_PIXELS
    png = map_png(map_view(state, package, districts), state, width, height, IMAGE_SCALE)
    buffer = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("RGB").save(buffer, "JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()


def pdf_document(
    scenes: Sequence[PdfScene],
    images: Sequence[bytes],
    lang: str,
    package: DataPackage,
    districts: str | None = None,
    today: date | None = None,
) -> bytes:
    """The PDF of ``scenes``, one page each, with their maps already rendered: the
    presenter's title and note (printed as typed, never read as markup), the map, key
    figures and sources, all in ``lang``."""
    register_fonts()
    pages = []
    for scene, image in zip(scenes, images, strict=True):
        view = map_view(scene.state, package, districts)
        title, note = scene.title or None, scene.note or None
        pages.append(view_page(view, scene.state, today, title=title, note=note, image=image))
    first_title = next((s.title for s in scenes if s.title), t("app.title", lang))
    return document(pages, first_title, lang)


def _learn_page_seconds(pages: int, seconds: float) -> None:
    global _page_seconds
    if pages:
        _page_seconds = 0.5 * _page_seconds + 0.5 * seconds / pages


def advance(
    scenes: Sequence[PdfScene],
    lang: str,
    package: DataPackage,
    *,
    cache: PdfCache,
    version: str,
    districts: str | None = None,
    today: date | None = None,
    budget: float | None = None,
    clock: Callable[[], float] = time.monotonic,
    render: RenderImage | None = None,
    assemble: Assemble | None = None,
) -> Progress:
    """Take the PDF of ``scenes`` (in ``lang``; each state already in it) one step further,
    spending at most about ``budget`` seconds (:data:`RENDER_BUDGET`): the PDF if it is
    cached or could be finished, else how many scenes are ready.

    ``version`` names the data and code the pages are made from (part of every key);
    ``render`` and ``assemble`` default to :func:`scene_image` and :func:`pdf_document`.
    """
    today = today or date.today()
    budget = RENDER_BUDGET if budget is None else budget
    render, assemble = render or scene_image, assemble or pdf_document
    total = len(scenes)
    key = pdf_key(scenes, lang, version, today)
    cached = cache.get(key, PDF)
    if cached is not None:
        return Progress(total, total, cached, cached=True)
    keys = [image_key(scene.state, version) for scene in scenes]
    with cache.render_slot() as held:
        if not held:
            ready = sum(cache.has(k, IMAGE) for k in keys)
            return Progress(ready, total, waiting=True)
        start = clock()
        slowest = 0.0  # the longest map of this request: the next one may take as long
        for scene, image in zip(scenes, keys, strict=True):
            if cache.has(image, IMAGE):
                continue
            if slowest and clock() - start + slowest > budget:
                break
            began = clock()
            cache.put(image, IMAGE, render(scene.state, package, districts))
            slowest = max(slowest, clock() - began)
        ready = sum(cache.has(k, IMAGE) for k in keys)
        if ready < total:
            return Progress(ready, total)
        images = [cache.get(k, IMAGE) for k in keys]
        if None in images:  # pruned by another worker meanwhile: rendered again next time
            return Progress(total - images.count(None), total)
        if slowest and clock() - start + total * _page_seconds > budget:
            return Progress(ready, total)  # put together in a request of its own
        began = clock()
        pdf = assemble(scenes, images, lang, package, districts, today)
        _learn_page_seconds(total, clock() - began)
        cache.put(key, PDF, pdf)
    cache.prune()
    return Progress(total, total, pdf)
