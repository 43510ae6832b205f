"""What the Presentation tab does with the presentations kept on the server: add a scene,
edit, create, open, upload, rename, delete. Each action saves what it changes and says what
happened in the reader's language; nothing here knows Dash.

The server's copy of a presentation wins over the browser's: another window may have
changed it since.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from dashboard.presentations.browser import from_data, upload_bytes
from dashboard.presentations.scenes import (
    Presentation,
    PresentationError,
    Scene,
    add_scene,
    clean_name,
    default_name,
    from_file,
    scene_edit,
)
from dashboard.presentations.storage import PresentationStore
from dashboard.state import ViewState
from dashboard.views.presentation import Notice, notice


@dataclass(frozen=True)
class Outcome:
    """What an action leaves for the page."""

    presentation: Presentation | None = None  # the browser's new copy; None: its copy stands
    notice: Notice | None = None  # what to say; None clears the last message
    keeps_message: bool = False  # True: the last message stays as it is


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

    def saved(self, presentation: Presentation) -> Presentation:
        """``presentation``, now saved."""
        self.store.save(presentation)
        return presentation

    def add(self, presentation: Presentation, scene: Scene, lang: str) -> Outcome:
        """``scene`` added at the end of ``presentation``."""
        presentation = self.saved(add_scene(presentation, scene))
        number = len(presentation.scenes)
        return Outcome(
            presentation, notice("present.added", lang, number=number, name=presentation.name)
        )

    def edit(self, presentation: Presentation, kind: object, index: int, value: object) -> Outcome:
        """A scene of ``presentation`` moved, removed or rewritten (see ``scene_edit``)."""
        edited = scene_edit(presentation, kind, index, value)
        if edited is None:
            return Outcome(keeps_message=True)
        return Outcome(self.saved(edited))

    def pick(self, shown: Presentation, picked: object) -> Outcome:
        """The saved presentation ``picked`` in the list, if it is not the one ``shown``."""
        if picked == shown.name:
            return Outcome(keeps_message=True)  # the list only caught up with the store
        return Outcome(self.load(picked))

    def upload(self, contents: object, lang: str) -> Outcome:
        """An uploaded file (a data URL), saved as a copy: a taken name gets a number."""
        loaded = from_file(upload_bytes(contents), self.available, self.default)
        loaded = self.saved(replace(loaded, name=self.store.free_name(loaded.name)))
        count = len(loaded.scenes)
        return Outcome(loaded, notice("present.uploaded", lang, name=loaded.name, count=count))

    def create(self, name: str | None, lang: str) -> Outcome:
        """A new, empty presentation called ``name`` (or the default name), never replacing
        a saved one."""
        fresh = Presentation(name=self.store.free_name(name or default_name(lang)))
        self.saved(fresh)
        return Outcome(fresh, notice("present.created", lang, name=fresh.name))

    def rename(self, presentation: Presentation, name: object, lang: str) -> Outcome:
        """``presentation`` under ``name`` (numbered if taken); the old file is removed."""
        new_name = clean_name(name)
        if new_name == presentation.name:
            return Outcome()
        renamed = self.saved(replace(presentation, name=self.store.free_name(new_name)))
        self.store.delete(presentation.name)
        return Outcome(renamed, notice("present.renamed", lang, name=renamed.name))

    def delete(self, presentation: Presentation, lang: str) -> Outcome:
        """``presentation`` deleted; the first other saved one (or a new one) follows."""
        self.store.delete(presentation.name)
        others = self.store.names()
        following = self.load(others[0]) if others else Presentation(name=default_name(lang))
        message = notice("present.deleted", lang, "secondary", name=presentation.name)
        return Outcome(following, message)
