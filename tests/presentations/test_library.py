"""The Presentation tab's actions on the presentations kept on the server: each saves what
it changes and says what happened; a refused name or file changes nothing."""

from __future__ import annotations

import base64

import pytest

from dashboard.datasets.catalogue import available_years
from dashboard.datasets.package import load_package
from dashboard.presentations.browser import as_data
from dashboard.presentations.library import Library, Outcome, refusal
from dashboard.presentations.scenes import Presentation, PresentationError, Scene, to_file
from dashboard.presentations.storage import PresentationStore
from dashboard.state import ViewState

YEARS = available_years(load_package())
SCENE = Scene(query="?lang=en&indicator=population&year=2005", title="Population 2005")


@pytest.fixture
def library(tmp_path) -> Library:
    return Library(PresentationStore(tmp_path / "presentations"), YEARS, ViewState())


def test_the_servers_copy_wins_over_the_browsers(library):
    library.saved(Presentation(name="Astana", scenes=(SCENE,)))
    assert library.current(as_data(Presentation(name="Astana")), "en").scenes[0].title == (
        "Population 2005"
    )
    assert library.current(None, "kk") == Presentation(name="Брифинг")  # not saved yet


def test_a_scene_added_is_saved_and_counted(library):
    outcome = library.add(Presentation(name="Astana"), SCENE, "en")
    assert outcome.presentation.scenes == (SCENE,)
    assert outcome.notice.text.startswith("Scene 1 added") and outcome.notice.tone == "success"
    assert library.load("Astana").scenes[0].title == SCENE.title


def test_an_edit_is_saved_and_clears_the_message_and_nothing_to_edit_keeps_it(library):
    shown = library.saved(Presentation(name="Astana", scenes=(SCENE, SCENE)))
    outcome = library.edit(shown, "title", 1, "Second")
    assert outcome == Outcome(outcome.presentation)
    assert library.load("Astana").scenes[1].title == "Second"
    assert library.edit(shown, "up", 1, None) == Outcome(keeps_message=True)  # not clicked
    with pytest.raises(PresentationError):
        library.edit(shown, "remove", 5, 1)


def test_new_rename_pick_and_delete(library):
    created = library.create("Astana", "en")
    assert created.presentation == Presentation(name="Astana")
    assert library.create(None, "en").presentation.name == "Briefing"
    again = library.create("Astana", "en").presentation
    assert again.name == "Astana 2"  # a taken name gets a number, never replaces
    renamed = library.rename(again, "Almaty", "ru")
    assert renamed.presentation.name == "Almaty" and "Almaty" in renamed.notice.text
    assert library.store.names() == ["Almaty", "Astana", "Briefing"]
    assert library.rename(renamed.presentation, "Almaty", "ru") == Outcome()
    assert library.pick(renamed.presentation, "Almaty") == Outcome(keeps_message=True)
    assert library.pick(renamed.presentation, "Astana").presentation.name == "Astana"
    deleted = library.delete(renamed.presentation, "en")
    assert deleted.notice.tone == "secondary"
    assert deleted.presentation.name == "Astana"  # the first other one follows
    for name in library.store.names():
        library.store.delete(name)
    assert library.delete(Presentation(name="Astana"), "kk").presentation.name == "Брифинг"


def test_an_upload_is_saved_as_a_copy_and_a_hostile_one_refused(library):
    library.saved(Presentation(name="Astana"))
    file = to_file(Presentation(name="Astana", scenes=(SCENE,)))
    contents = "data:application/json;base64," + base64.b64encode(file).decode()
    outcome = library.upload(contents, "en")
    assert outcome.presentation.name == "Astana 2" and "1 scene(s)" in outcome.notice.text
    hostile = to_file(
        Presentation(name="Evil", scenes=(Scene("https://evil.example/?indicator=<script>", "x"),))
    )
    with pytest.raises(PresentationError) as refused:
        library.upload("data:," + base64.b64encode(hostile).decode(), "en")
    assert "not a view of this atlas" in refusal(refused.value, "en").text
    assert refusal(refused.value, "en").tone == "danger"
    assert library.store.names() == ["Astana", "Astana 2"]
