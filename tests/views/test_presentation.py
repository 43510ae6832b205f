"""The Presentation tab's view: scene rows, labels, links and messages in the reader's
language, built from any presentation; the player at a scene."""

from __future__ import annotations

import doctest
from dataclasses import FrozenInstanceError

import pytest

from dashboard.datasets.package import load_package
from dashboard.presentations.scenes import Presentation, Scene
from dashboard.state import ViewState
from dashboard.views import presentation
from dashboard.views.presentation import (
    notice,
    player_view,
    presentation_view,
    scene_title,
)

SCENES = (
    Scene(query="?lang=kk&indicator=population&year=2005", title="Халық <b>", note="Бірінші"),
    Scene(query="?lang=en&indicator=net_migration&year=2024", title="Net", note=""),
)
BRIEFING = Presentation(name="Брифинг", scenes=SCENES)


def test_the_doctests_hold():
    assert doctest.testmod(presentation).failed == 0


@pytest.mark.parametrize(
    ("lang", "heading", "remove"),
    [
        ("kk", "2-сахна", "Сахнаны жою"),
        ("ru", "Сцена 2", "Удалить сцену"),
        ("en", "Scene 2", "Delete scene"),
    ],
)
def test_the_rows_carry_the_presenters_text_and_the_readers_words(lang, heading, remove):
    view = presentation_view(BRIEFING, ["Astana", "Брифинг"], lang)
    assert [row.index for row in view.rows] == [0, 1]
    assert view.rows[1].heading == heading
    assert view.labels.remove == remove
    # The presenter's text and the view's link pass as they are (the layout shows text).
    assert view.rows[0].title == "Халық <b>"
    assert view.rows[0].note == "Бірінші"
    assert view.rows[0].link == SCENES[0].query
    assert view.name == "Брифинг" and view.picked == "Брифинг"
    assert view.saved == ("Astana", "Брифинг")
    assert view.json_link.endswith(".json") and view.pdf_link.endswith(f".pdf?lang={lang}")
    with pytest.raises(FrozenInstanceError):
        view.name = "other"  # type: ignore[misc]


def test_an_unsaved_presentation_is_not_picked_and_an_empty_one_says_how_to_start():
    view = presentation_view(Presentation(name="Briefing"), ["Astana"], "en")
    assert view.rows == () and view.picked is None
    assert view.empty.startswith("No scenes yet")


def test_the_player_counts_and_stays_inside_the_presentation():
    view = player_view(BRIEFING, 0, "ru")
    assert (view.title, view.note, view.counter) == ("Халық <b>", "Бірінші", "1 / 2")
    assert view.buttons == ("Назад", "Дальше", "Выход (Esc)")
    assert player_view(BRIEFING, 7, "en").counter == "2 / 2"


def test_a_scene_is_first_titled_by_what_the_map_shows():
    package = load_package()
    state = ViewState(lang="en", indicator="population", year=2005)
    assert scene_title(state, package) == "Population on 1 January, 2005"
    compared = ViewState(lang="en", indicator="population", year=2020, compare_year=2010)
    assert scene_title(compared, package) == "Population on 1 January: change from 2010 to 2020"


def test_a_refusal_reads_in_the_readers_language():
    message = notice("present.error.too_many", "en", "danger", limit=60)
    assert message.tone == "danger" and "60" in message.text


@pytest.mark.parametrize(
    ("access", "editable", "words"),
    [
        ("own", True, "only this browser (or the administrator)"),
        ("read_only", False, "read-only here"),
        ("admin", True, "administrator token"),
    ],
)
def test_the_tab_says_who_may_change_the_presentation(access, editable, words):
    view = presentation_view(BRIEFING, ["Брифинг"], "en", access)
    assert view.editable is editable and words in view.access
    for lang in ("kk", "ru"):
        assert presentation_view(BRIEFING, [], lang, access).access
    with pytest.raises(ValueError):
        presentation_view(BRIEFING, [], "en", "everyone")
