"""The Presentation tab's actions on the presentations kept on the server: each saves what
it changes and says what happened; a refused name or file changes nothing; only the browser
holding a presentation's key (or the administrator) may change it; whatever the browser's
store holds, only checked views of this atlas are written."""

from __future__ import annotations

import base64
import threading

import pytest

from dashboard.datasets.catalogue import available_years
from dashboard.datasets.package import load_package
from dashboard.presentations.browser import as_data
from dashboard.presentations.keys import Editor
from dashboard.presentations.library import Library, Outcome, refusal
from dashboard.presentations.scenes import (
    MAX_NOTE,
    MAX_SCENES,
    Presentation,
    PresentationError,
    Scene,
    to_file,
)
from dashboard.presentations.storage import PresentationStore
from dashboard.state import ViewState

YEARS = available_years(load_package())
SCENE = Scene(query="?lang=en&indicator=population&year=2005", title="Population 2005")
OTHER = Scene(query="?lang=en&indicator=population&year=2010", title="Population 2010")
NOBODY = Editor()


@pytest.fixture
def library(tmp_path) -> Library:
    return Library(PresentationStore(tmp_path / "presentations"), YEARS, ViewState())


def owned(library: Library, presentation: Presentation) -> tuple[Presentation, Editor]:
    """``presentation`` saved by a browser, and that browser."""
    outcome = library.create(presentation.name, NOBODY, "en")
    editor = Editor(outcome.keys)
    for scene in presentation.scenes:
        outcome = library.add(as_data(outcome.presentation), scene, editor, "en")
    return outcome.presentation, editor


def files(library: Library) -> bytes:
    return b"".join(p.read_bytes() for p in library.store.folder.glob("*.json"))


def test_the_servers_copy_wins_over_the_browsers(library):
    owned(library, Presentation(name="Astana", scenes=(SCENE,)))
    assert library.current(as_data(Presentation(name="Astana")), "en").scenes[0].title == (
        "Population 2005"
    )
    assert library.current(None, "kk") == Presentation(name="Брифинг")  # not saved yet


def test_a_scene_added_is_saved_counted_and_the_key_handed_to_the_browser(library):
    outcome = library.add(None, SCENE, NOBODY, "en")
    assert outcome.presentation.name == "Briefing"
    assert outcome.presentation.scenes[0].title == SCENE.title
    assert outcome.notice.text.startswith("Scene 1 added") and outcome.notice.tone == "success"
    assert set(outcome.keys) == {"Briefing"}  # the browser that made it holds its key
    again = library.add(as_data(outcome.presentation), OTHER, Editor(outcome.keys), "en")
    assert again.keys is None  # nothing new to keep
    assert [s.title for s in library.load("Briefing").scenes] == [SCENE.title, OTHER.title]


def test_a_new_browser_adding_a_scene_gets_its_own_presentation_not_anothers(library):
    first = library.add(None, SCENE, NOBODY, "en")
    second = library.add(None, OTHER, NOBODY, "en")  # another browser, nothing chosen yet
    assert second.presentation.name == "Briefing 2"
    assert library.load("Briefing").scenes == first.presentation.scenes


def test_an_edit_is_saved_and_clears_the_message_and_nothing_to_edit_keeps_it(library):
    shown, editor = owned(library, Presentation(name="Astana", scenes=(SCENE, SCENE)))
    outcome = library.edit(shown, [("title", 1, "Second")], editor)
    assert outcome == Outcome(outcome.presentation)
    assert library.load("Astana").scenes[1].title == "Second"
    assert library.edit(shown, [("up", 1, None)], editor) == Outcome(keeps_message=True)
    with pytest.raises(PresentationError):
        library.edit(shown, [("remove", 5, 1)], editor)


def test_new_copy_rename_pick_and_delete(library):
    created = library.create("Astana", NOBODY, "en")
    assert created.presentation == Presentation(name="Astana")
    editor = Editor(created.keys)
    assert library.create(None, NOBODY, "en").presentation.name == "Briefing"
    again = library.create("Astana", editor, "en")
    assert again.presentation.name == "Astana 2"  # a taken name gets a number, never replaces
    editor = Editor(again.keys)
    renamed = library.rename(again.presentation, "Almaty", editor, "ru")
    assert renamed.presentation.name == "Almaty" and "Almaty" in renamed.notice.text
    assert set(renamed.keys) == {"Astana", "Almaty"}  # the key moved with the name
    editor = Editor(renamed.keys)
    assert library.store.names() == ["Almaty", "Astana", "Briefing"]
    assert library.rename(renamed.presentation, "Almaty", editor, "ru") == Outcome()
    assert library.pick(renamed.presentation, "Almaty") == Outcome(keeps_message=True)
    assert library.pick(renamed.presentation, "Astana").presentation.name == "Astana"
    copied = library.copy(library.load("Briefing"), editor, "en")
    assert copied.presentation.name == "Briefing 2" and "Briefing 2" in copied.keys
    deleted = library.delete(renamed.presentation, editor, "en")
    assert deleted.notice.tone == "secondary"
    assert deleted.presentation.name == "Astana"  # the first other one follows
    assert "Almaty" not in deleted.keys


def test_an_upload_is_saved_as_a_copy_and_a_hostile_one_refused(library):
    owned(library, Presentation(name="Astana"))
    file = to_file(Presentation(name="Astana", scenes=(SCENE,)))
    contents = "data:application/json;base64," + base64.b64encode(file).decode()
    outcome = library.upload(contents, NOBODY, "en")
    assert outcome.presentation.name == "Astana 2" and "1 scene(s)" in outcome.notice.text
    assert set(outcome.keys) == {"Astana 2"}
    for link in (
        "https://evil.example/?indicator=population&year=2005",
        "javascript:alert(1)//?indicator=population",
        "data:text/html;base64,PHNjcmlwdD4=",
    ):
        hostile = to_file(Presentation(name="Evil", scenes=(Scene(link, "x"),)))
        with pytest.raises(PresentationError) as refused:
            library.upload("data:," + base64.b64encode(hostile).decode(), NOBODY, "en")
        assert "not a view of this atlas" in refusal(refused.value, "en").text
        assert refusal(refused.value, "en").tone == "danger"
    assert library.store.names() == ["Astana", "Astana 2"]


# -- a hostile client: whatever its store holds --------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(document.cookie)",
        "http://evil.example/?indicator=population&year=2005",
        "data:text/html,<script>alert(1)</script>",
        "?indicator=population&year=2005&redirect=http://evil.example",
    ],
)
def test_a_crafted_store_writes_no_link_that_is_not_a_view_of_this_atlas(library, link):
    crafted = {"name": "Crafted", "scenes": [{"query": link, "title": "x"}, as_data(
        Presentation(name="x", scenes=(SCENE,)))["scenes"][0]]}  # fmt: skip
    outcome = library.add(crafted, OTHER, NOBODY, "en")
    saved = library.load("Crafted")
    assert [s.title for s in saved.scenes] == [SCENE.title, OTHER.title]
    assert outcome.presentation == saved
    written = files(library)
    assert b"evil" not in written and b"javascript" not in written and b"data:" not in written


def test_a_crafted_store_with_huge_notes_writes_a_small_file(library):
    crafted = {"name": "Big", "scenes": [{"query": SCENE.query, "title": "t" * 400_000,
                                          "note": "n" * 400_000}]}  # fmt: skip
    library.add(crafted, OTHER, NOBODY, "en")
    saved = library.load("Big")
    assert len(saved.scenes[0].note) == MAX_NOTE
    assert len(files(library)) < 20_000


def test_a_crafted_store_with_thousands_of_scenes_writes_nothing(library):
    crafted = {"name": "Many", "scenes": [{"query": SCENE.query, "title": "x"}] * 5000}
    with pytest.raises(PresentationError) as refused:
        library.add(crafted, OTHER, NOBODY, "en")
    assert refused.value.key == "present.error.too_many"
    assert refused.value.values == {"limit": str(MAX_SCENES)}
    assert library.store.names() == []


def test_deleting_needs_the_key_or_the_administrator(library):
    shown, owner = owned(library, Presentation(name="Astana", scenes=(SCENE,)))
    _, stranger = owned(library, Presentation(name="Almaty"))
    wrong = Editor({"Astana": stranger.key("Almaty")})
    for editor in (NOBODY, stranger, wrong):
        with pytest.raises(PresentationError) as refused:
            library.delete(shown, editor, "ru")
        assert refused.value.key == "present.error.read_only"
        assert "другой браузер" in refusal(refused.value, "ru").text
        for change in (
            lambda e: library.edit(shown, [("remove", 0, 1)], e),
            lambda e: library.edit(shown, [("note", 0, "<script>")], e),
            lambda e: library.rename(shown, "Mine", e, "en"),
            lambda e: library.add(as_data(shown), OTHER, e, "en"),
        ):
            with pytest.raises(PresentationError, match="read_only"):
                change(editor)
    assert library.load("Astana") == shown
    # Its fields sent again as they are (the list drawn anew in another language) change
    # nothing and are not refused: nothing was tried.
    again = [("title", 0, SCENE.title), ("note", 0, SCENE.note), ("up", 0, None)]
    assert library.edit(shown, again, NOBODY) == Outcome(keeps_message=True)
    # A copy is the stranger's own.
    copied = library.copy(shown, stranger, "en")
    assert library.edit(copied.presentation, [("remove", 0, 1)], Editor(copied.keys)).presentation
    # The administrator may do anything; so may the owner.
    library.edit(shown, [("title", 0, "By the admin")], Editor(admin=True))
    assert library.load("Astana").scenes[0].title == "By the admin"
    library.delete(library.load("Almaty"), Editor(admin=True), "en")
    library.delete(shown, owner, "en")
    assert library.store.names() == ["Astana 2"]


def test_the_number_of_presentations_is_bounded_with_a_message(tmp_path):
    library = Library(PresentationStore(tmp_path, limit=2), YEARS, ViewState())
    library.create("A", NOBODY, "kk")
    library.add(None, SCENE, NOBODY, "kk")
    with pytest.raises(PresentationError) as refused:
        library.create("C", NOBODY, "kk")
    for lang, word in (("kk", "ең көбі 2"), ("ru", "не больше 2"), ("en", "at most 2")):
        assert word in refusal(refused.value, lang).text
    assert len(library.store.names()) == 2


def test_a_title_typed_and_a_move_clicked_at_once_both_count(library):
    """Dash sends a title left with Enter and a click just after as one call (or the click
    before the title's answer came back): the move carries the new title with it."""
    shown, editor = owned(library, Presentation(name="Astana", scenes=(SCENE, OTHER, SCENE)))
    library.edit(shown, [("title", 2, "Where people went"), ("up", 2, 1)], editor)
    titles = [scene.title for scene in library.load("Astana").scenes]
    assert titles == ["Population 2005", "Where people went", "Population 2010"]


def test_changes_sent_at_once_from_a_stale_page_each_see_the_others(library):
    """Eight changes from eight windows (or workers) at the same moment, all from a page
    that saw none of them: every one is kept, none writes over another."""
    scenes = tuple(Scene(query=SCENE.query, title=f"Scene {n}") for n in range(8))
    stale, editor = owned(library, Presentation(name="Astana", scenes=scenes))
    start = threading.Barrier(len(scenes))

    def retitle(number: int) -> None:
        start.wait()
        with library.changing(as_data(stale), "en") as shown:
            library.edit(shown, [("note", number, f"note {number}")], editor)

    workers = [threading.Thread(target=retitle, args=(n,)) for n in range(len(scenes))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    notes = [scene.note for scene in library.load("Astana").scenes]
    assert notes == [f"note {n}" for n in range(len(scenes))]


def test_a_change_waits_for_another_and_says_so_if_it_waits_too_long(library, monkeypatch):
    from dashboard.presentations import storage

    monkeypatch.setattr(storage, "LOCK_TIMEOUT", 0.2)
    shown, editor = owned(library, Presentation(name="Astana", scenes=(SCENE,)))
    refused: list[str] = []

    def add_meanwhile() -> None:
        try:
            library.add(as_data(shown), OTHER, editor, "en")
        except PresentationError as error:
            refused.append(error.key)

    with library.changing(as_data(shown), "en"):
        blocked = threading.Thread(target=add_meanwhile)
        blocked.start()
        blocked.join()
    assert refused == ["present.error.busy"]
    assert len(library.load("Astana").scenes) == 1
    library.add(as_data(shown), OTHER, editor, "en")  # the lock is free again
    assert len(library.load("Astana").scenes) == 2
    assert refusal(PresentationError("present.error.busy"), "kk").text.startswith("Презентация")
