"""Presentations kept on the server: one JSON file per presentation in the instance folder.

Each file is the presentation's file form (``scenes.to_file``) plus the hash of its edit key
(``"edit_key": "sha256:…"``, see ``presentations.keys``); downloads are written from the
model and never carry it. Anyone may read a presentation; :meth:`PresentationStore.replace`,
:meth:`~PresentationStore.rename` and :meth:`~PresentationStore.delete` need its key or the
administrator. A file without a key (saved before keys existed) can only be changed by the
administrator.

What is written is bounded whatever the caller checked: at most :data:`MAX_PRESENTATIONS`
files, each at most ``MAX_FILE_BYTES`` and ``MAX_SCENES`` scenes, every scene's link a view
of this atlas (``scenes.atlas_query``) and every text cleaned. Writes go to a temporary
file that replaces the old one (``os.replace``), so a reader or a crash never sees half a
file; a new presentation is linked into place only if its name is still free
(``os.link``), so two workers creating "Briefing" at once make "Briefing" and
"Briefing 2", never one file over the other. A change that reads the saved copy and writes
it again holds the folder's lock (:meth:`PresentationStore.locked`), so two changes sent at
once (a title typed and a move clicked, two workers) each see the other's.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from dashboard.presentations.keys import Editor, key_hash, key_matches, new_key
from dashboard.presentations.scenes import (
    MAX_FILE_BYTES,
    MAX_NAME,
    MAX_NOTE,
    MAX_SCENES,
    MAX_TITLE,
    Presentation,
    PresentationError,
    atlas_query,
    clean_name,
    clean_text,
    from_file,
    to_file,
)
from dashboard.state import ViewState
from dashboard.store.lock import file_lock

#: Presentations one atlas keeps (at most ``MAX_FILE_BYTES`` each: 128 MB in all).
MAX_PRESENTATIONS = 500
#: Field of a stored file that holds the hash of its edit key.
KEY_FIELD = "edit_key"
#: The folder's lock file (not a presentation: ``names`` lists ``*.json``).
LOCK_FILE = ".lock"
# Seconds a change waits for another; each takes a few milliseconds.
LOCK_TIMEOUT = 10.0
# Tries at a free name when other workers take the names being tried at the same time.
_NAME_TRIES = 20


def stored_form(presentation: Presentation) -> Presentation:
    """``presentation`` as it may be written: a good name, at most ``MAX_SCENES`` scenes,
    every link a view of this atlas, texts cleaned (:class:`PresentationError` if not)."""
    if len(presentation.scenes) > MAX_SCENES:
        raise PresentationError("present.error.too_many", limit=MAX_SCENES)
    scenes = []
    for number, scene in enumerate(presentation.scenes, 1):
        try:
            query = atlas_query(scene.query)
        except PresentationError:
            raise PresentationError("present.error.scene_link", number=number) from None
        title, note = clean_text(scene.title, MAX_TITLE), clean_text(scene.note, MAX_NOTE)
        scenes.append(replace(scene, query=query, title=title, note=note))
    return Presentation(name=clean_name(presentation.name), scenes=tuple(scenes))


def stored_bytes(presentation: Presentation, owner: str | None) -> bytes:
    """The file written for ``presentation`` whose key hashes to ``owner``
    (:class:`PresentationError` if it would be larger than a file may be)."""
    document = json.loads(to_file(stored_form(presentation)))
    if owner:
        document[KEY_FIELD] = owner
    data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        raise PresentationError("present.error.too_big", limit=MAX_FILE_BYTES // 1024)
    return data


class PresentationStore:
    """The presentations in ``folder`` (created on first write), at most ``limit`` of them."""

    def __init__(self, folder: Path, limit: int = MAX_PRESENTATIONS) -> None:
        self.folder = Path(folder)
        self.limit = limit

    def _path(self, name: str) -> Path:
        return self.folder / f"{clean_name(name)}.json"

    def names(self) -> list[str]:
        """The saved presentations, by name."""
        if not self.folder.is_dir():
            return []
        return sorted(p.stem for p in self.folder.glob("*.json") if not p.name.startswith("."))

    def exists(self, name: str) -> bool:
        """Whether a presentation of that name is saved."""
        return self._path(name).is_file()

    def load(
        self, name: str, available: dict[str, list[int]], default: ViewState | None = None
    ) -> Presentation:
        """The saved presentation ``name`` (checked like an uploaded file)."""
        path = self._path(name)
        if not path.is_file():
            raise PresentationError("present.error.missing", name=name)
        return from_file(path.read_bytes(), available, default)

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the folder's lock while a change reads and writes (not reentrant);
        ``present.error.busy`` if another holds it over ``LOCK_TIMEOUT`` seconds."""
        self.folder.mkdir(parents=True, exist_ok=True)
        busy = PresentationError("present.error.busy")
        with file_lock(self.folder / LOCK_FILE, LOCK_TIMEOUT, busy):
            yield

    # -- who may change what --------------------------------------------------------------

    def owner(self, name: str) -> str | None:
        """The hash of the edit key of presentation ``name`` (None: none, or no such file)."""
        try:
            document = json.loads(self._path(name).read_bytes()[: MAX_FILE_BYTES + 1])
        except (OSError, ValueError, RecursionError):
            return None
        owner = document.get(KEY_FIELD) if isinstance(document, dict) else None
        return owner if isinstance(owner, str) else None

    def may_edit(self, name: str, editor: Editor) -> bool:
        """Whether ``editor`` may change or delete presentation ``name``."""
        if editor.admin:
            return True
        return key_matches(self.owner(name), editor.key(name))

    def _permitted(self, name: str, editor: Editor) -> str | None:
        """The owner hash of ``name``, if ``editor`` may change it; else the refusal."""
        if not self.may_edit(name, editor):
            raise PresentationError("present.error.read_only", name=name)
        return self.owner(name)

    # -- writes ---------------------------------------------------------------------------

    def _temporary(self, data: bytes) -> str:
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return temporary

    def _write_new(
        self, presentation: Presentation, owner: str | None, adds: bool = True
    ) -> Presentation:
        """``presentation`` written under its name, or the next free one (never over a file);
        ``adds``: one more presentation is kept (not a rename), so the limit applies."""
        if adds and len(self.names()) >= self.limit:
            raise PresentationError("present.error.too_many_presentations", limit=self.limit)
        presentation = stored_form(presentation)
        for _ in range(_NAME_TRIES):
            named = replace(presentation, name=self.free_name(presentation.name))
            temporary = self._temporary(stored_bytes(named, owner))
            try:
                os.link(temporary, self._path(named.name))  # fails if the name was taken
                return named
            except FileExistsError:
                continue  # another worker took that name just now: the next one
            finally:
                Path(temporary).unlink(missing_ok=True)
        raise PresentationError("present.error.name")

    def create(self, presentation: Presentation) -> tuple[Presentation, str]:
        """Save ``presentation`` as a new one (numbered if its name is taken) with a new edit
        key; the saved presentation and the key (only its hash is kept)."""
        key = new_key()
        return self._write_new(presentation, key_hash(key)), key

    def replace(self, presentation: Presentation, editor: Editor) -> Presentation:
        """Save ``presentation`` over the saved one of its name, if ``editor`` may change it
        (:class:`PresentationError` ``present.error.read_only`` if not); its key stays."""
        owner = self._permitted(presentation.name, editor)
        presentation = stored_form(presentation)
        temporary = self._temporary(stored_bytes(presentation, owner))
        try:
            os.replace(temporary, self._path(presentation.name))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return presentation

    def rename(self, old_name: str, presentation: Presentation, editor: Editor) -> Presentation:
        """Presentation ``old_name`` saved as ``presentation`` (its new name, numbered if
        taken) with the same key; the old file is removed."""
        owner = self._permitted(old_name, editor)
        renamed = self._write_new(presentation, owner, adds=False)
        self._path(old_name).unlink(missing_ok=True)
        return renamed

    def delete(self, name: str, editor: Editor) -> None:
        """Remove presentation ``name`` if ``editor`` may (nothing happens if it is gone)."""
        if not self.exists(name):
            return
        self._permitted(name, editor)
        self._path(name).unlink(missing_ok=True)

    def free_name(self, name: str) -> str:
        """``name``, or ``name 2``, ``name 3``… if that one is taken."""
        name = clean_name(name)
        number = 1
        candidate = name
        while self.exists(candidate):
            number += 1
            suffix = f" {number}"
            candidate = name[: MAX_NAME - len(suffix)] + suffix
        return candidate
