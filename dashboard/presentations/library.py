"""What the Presentation tab does with the presentations kept on the server: add a scene,
edit, create, open, upload, copy, rename, delete. Each action saves what it changes and says
what happened in the reader's language; nothing here knows Dash.

The server's copy of a presentation wins over the browser's: another window may have
changed it since. Anyone may open a saved presentation; only the browser holding its edit
key, or the administrator, may change it (``presentations.keys``): to everyone else it is
read-only, and "Copy" makes them their own. What is saved is checked first, whatever the
browser sent: every scene a valid view of this atlas (``scenes.checked``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from dashboard.presentations.browser import from_data, upload_bytes
from dashboard.presentations.keys import Editor
from dashboard.presentations.scenes import (
    Presentation,
    PresentationError,
    Scene,
    add_scene,
    checked,
    clean_name,
    default_name,
    from_file,
    scene_edit,
)
from dashboard.presentations.storage import PresentationStore
from dashboard.state import ViewState
from dashboard.views.presentation import Notice, notice

#: A scene's field or button changed: its kind (``title``, ``up``…), index and value.
SceneChange = tuple[object, int, object]


@dataclass(frozen=True)
class Outcome:
    """What an action leaves for the page."""

    presentation: Presentation | None = None  # the browser's new copy; None: its copy stands
    notice: Notice | None = None  # what to say; None clears the last message
    keeps_message: bool = False  # True: the last message stays as it is
    keys: dict[str, str] | None = None  # the browser's edit keys now; None: they stay


def refusal(error: PresentationError, lang: str) -> Notice:
    """Why a presentation, a file or a name was refused, in ``lang``."""
    return notice(error.key, lang, "danger", **error.values)


@dataclass(frozen=True)
class Library:
    """The presentations in ``store``; scenes are checked against ``available`` years and
    completed from the ``default`` view, like an opened link."""

    store: PresentationStore
    available: dict[str, list[int]]
    default: ViewState

    def load(self, name: str) -> Presentation:
        """The saved presentation ``name`` (:class:`PresentationError` if there is none)."""
        return self.store.load(name, self.available, self.default)

    def current(self, data: dict | None, lang: str) -> Presentation:
        """The presentation the browser keeps in ``data``: the server's copy if it has one."""
        draft = from_data(data, lang)
        return self.load(draft.name) if self.store.exists(draft.name) else draft

    @contextlib.contextmanager
    def changing(self, data: dict | None, lang: str) -> Iterator[Presentation]:
        """The presentation the browser keeps in ``data`` (the server's copy if it has one),
        read under the store's lock held until the change is written: a change sent while
        another is saved (a title typed just before a move, another worker) starts from it
        instead of overwriting it. Not reentrant: one per action."""
        with self.store.locked():
            yield self.current(data, lang)

    def editable(self, presentation: Presentation, editor: Editor) -> bool:
        """Whether ``editor`` may change ``presentation``: one not saved yet is the
        browser's own draft; a saved one needs its key or the administrator."""
        name = presentation.name
        return not self.store.exists(name) or self.store.may_edit(name, editor)

    def _created(self, presentation: Presentation, editor: Editor) -> tuple[Presentation, dict]:
        """``presentation`` saved as a new one with a new key; the browser's keys after."""
        saved, key = self.store.create(checked(presentation, self.available, self.default))
        return saved, editor.with_key(saved.name, key)

    def _saved(self, presentation: Presentation, editor: Editor) -> Outcome:
        """``presentation`` saved: over the saved one if ``editor`` may change it (else
        ``present.error.read_only``), as a new one (with a key) if it is not saved yet."""
        if not self.store.exists(presentation.name):
            saved, keys = self._created(presentation, editor)
            return Outcome(saved, keys=keys)
        fresh = checked(presentation, self.available, self.default)
        return Outcome(self.store.replace(fresh, editor))

    def add(self, data: dict | None, scene: Scene, editor: Editor, lang: str) -> Outcome:
        """``scene`` added at the end of the presentation the browser keeps in ``data``.

        A browser that has chosen none yet gets a presentation of its own (numbered if the
        default name is another's); one it chose but may not change is refused.
        """
        with self.changing(data, lang) as presentation:
            return self._added(presentation, isinstance(data, dict), scene, editor, lang)

    def _added(
        self, presentation: Presentation, chosen: bool, scene: Scene, editor: Editor, lang: str
    ) -> Outcome:
        saved_here = self.store.exists(presentation.name)
        if saved_here and not self.store.may_edit(presentation.name, editor):
            if chosen:  # one the reader chose: read-only here
                raise PresentationError("present.error.read_only", name=presentation.name)
            # Nothing chosen yet, and the default name is another's: a new one, numbered.
            presentation, saved_here = Presentation(name=presentation.name), False
        longer = add_scene(presentation, scene)
        if saved_here:
            fresh = checked(longer, self.available, self.default)
            saved, keys = self.store.replace(fresh, editor), None
        else:
            saved, keys = self._created(longer, editor)
        number = len(saved.scenes)
        message = notice("present.added", lang, number=number, name=saved.name)
        return Outcome(saved, message, keys=keys)

    def edit(
        self, presentation: Presentation, changes: Sequence[SceneChange], editor: Editor
    ) -> Outcome:
        """Scenes of ``presentation`` moved, removed or rewritten (see ``scene_edit``), in
        the order given. Changes that change nothing are passed over, and if none is left
        nothing is said: the scene list drawn anew (another language) sends its fields'
        values again, which must not read as an edit of a read-only presentation."""
        edited = presentation
        for kind, index, value in changes:
            edited = scene_edit(edited, kind, index, value) or edited
        if edited == presentation:
            return Outcome(keeps_message=True)
        if not self.editable(presentation, editor):
            raise PresentationError("present.error.read_only", name=presentation.name)
        return self._saved(edited, editor)

    def pick(self, shown: Presentation, picked: object) -> Outcome:
        """The saved presentation ``picked`` in the list, if it is not the one ``shown``."""
        if picked == shown.name:
            return Outcome(keeps_message=True)  # the list only caught up with the store
        return Outcome(self.load(picked))

    def upload(self, contents: object, editor: Editor, lang: str) -> Outcome:
        """An uploaded file (a data URL), saved as a new presentation of this browser's: a
        taken name gets a number."""
        loaded = from_file(upload_bytes(contents), self.available, self.default)
        saved, keys = self._created(loaded, editor)
        count = len(saved.scenes)
        message = notice("present.uploaded", lang, name=saved.name, count=count)
        return Outcome(saved, message, keys=keys)

    def create(self, name: str | None, editor: Editor, lang: str) -> Outcome:
        """A new, empty presentation called ``name`` (or the default name), never replacing
        a saved one."""
        fresh, keys = self._created(Presentation(name=name or default_name(lang)), editor)
        return Outcome(fresh, notice("present.created", lang, name=fresh.name), keys=keys)

    def copy(self, presentation: Presentation, editor: Editor, lang: str) -> Outcome:
        """A copy of ``presentation`` (another's, read-only here) that this browser owns."""
        copied, keys = self._created(presentation, editor)
        return Outcome(copied, notice("present.copied", lang, name=copied.name), keys=keys)

    def rename(
        self, presentation: Presentation, name: object, editor: Editor, lang: str
    ) -> Outcome:
        """``presentation`` under ``name`` (numbered if taken); the old file is removed."""
        new_name = clean_name(name)
        if new_name == presentation.name:
            return Outcome()
        wanted = replace(presentation, name=new_name)
        if not self.store.exists(presentation.name):
            renamed, keys = self._created(wanted, editor)
        else:
            fresh = checked(wanted, self.available, self.default)
            renamed = self.store.rename(presentation.name, fresh, editor)
            key = editor.key(presentation.name)
            keys = Editor(editor.with_key(presentation.name, None)).with_key(renamed.name, key)
        return Outcome(renamed, notice("present.renamed", lang, name=renamed.name), keys=keys)

    def delete(self, presentation: Presentation, editor: Editor, lang: str) -> Outcome:
        """``presentation`` deleted; the first other saved one (or a new one) follows."""
        self.store.delete(presentation.name, editor)
        others = self.store.names()
        following = self.load(others[0]) if others else Presentation(name=default_name(lang))
        message = notice("present.deleted", lang, "secondary", name=presentation.name)
        return Outcome(following, message, keys=editor.with_key(presentation.name, None))
