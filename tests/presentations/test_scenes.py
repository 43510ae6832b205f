"""Scenes and presentation files: edits keep order and text; hostile files are refused."""

from __future__ import annotations

import json

import pytest

from dashboard.datasets.catalogue import available_years
from dashboard.datasets.package import load_package
from dashboard.i18n.catalog import LANGUAGES, MESSAGES
from dashboard.presentations.scenes import (
    MAX_SCENES,
    Presentation,
    PresentationError,
    Scene,
    add_scene,
    clean_name,
    edit_scene,
    from_file,
    move_scene,
    remove_scene,
    scene_for,
    to_file,
)
from dashboard.state import ViewState, from_query

YEARS = available_years(load_package())


def three() -> Presentation:
    presentation = Presentation(name="Брифинг 2024")
    for year in (2020, 2021, 2022):
        state = ViewState(lang="kk", indicator="population", year=year, panel="data")
        presentation = add_scene(presentation, scene_for(state, f"Халық {year}"))
    return presentation


def test_a_scene_is_the_map_view_of_its_state_whatever_tab_it_came_from():
    scene = three().scenes[0]
    state, notices = from_query(scene.query, YEARS)
    assert notices == []
    assert (state.indicator, state.year, state.panel) == ("population", 2020, "map")


def test_moving_renaming_and_deleting_scenes():
    presentation = move_scene(three(), 2, -1)
    assert [s.title for s in presentation.scenes] == ["Халық 2020", "Халық 2022", "Халық 2021"]
    presentation = move_scene(presentation, 0, -1)  # already first: stays
    assert presentation.scenes[0].title == "Халық 2020"
    presentation = edit_scene(presentation, 1, title="  Қайда көшті\x00 ", note="1-жол\r\n2-жол")
    assert presentation.scenes[1].title == "Қайда көшті"
    assert presentation.scenes[1].note == "1-жол\n2-жол"
    presentation = remove_scene(presentation, 0)
    assert [s.title for s in presentation.scenes] == ["Қайда көшті", "Халық 2021"]
    with pytest.raises(PresentationError) as error:
        remove_scene(presentation, 5)
    assert error.value.key == "present.error.no_scene"


def test_a_presentation_holds_a_bounded_number_of_scenes():
    presentation = Presentation(name="x", scenes=(Scene("?", "t"),) * MAX_SCENES)
    with pytest.raises(PresentationError, match="too_many"):
        add_scene(presentation, Scene("?", "t"))


def test_the_file_round_trip_keeps_names_titles_notes_and_views():
    original = edit_scene(three(), 0, note='<b>жуан</b> & "=1+1"')
    again = from_file(to_file(original), YEARS)
    assert again == original
    document = json.loads(to_file(original))
    assert document["scenes"][0]["note"] == '<b>жуан</b> & "=1+1"'  # kept as text


@pytest.mark.parametrize(
    "name", ["../../etc/passwd", "a/b", "..", ".hidden", "", " ", "x" * 61, "a\\b", "nul\x00"]
)
def test_names_that_could_escape_the_folder_are_refused(name):
    with pytest.raises(PresentationError) as error:
        clean_name(name)
    assert error.value.key == "present.error.name"


def test_names_in_any_language_are_kept():
    assert clean_name("  Брифинг   Ақмола-2024 ") == "Брифинг Ақмола-2024"


def document(**changes) -> bytes:
    base = {
        "format": "migration-atlas-presentation",
        "version": 1,
        "name": "Briefing",
        "scenes": [{"url": "?indicator=population&year=2005", "title": "Population"}],
    }
    return json.dumps({**base, **changes}).encode()


SCENE_LINK = "present.error.scene_link"
HOSTILE = [
    (b"", "present.error.not_json"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "present.error.not_json"),
    (b"[1, 2, 3]", "present.error.not_presentation"),
    (b"{" * 100_000, "present.error.not_json"),
    (b"[" * 50_000 + b"]" * 50_000, "present.error.not_json"),
    (b" " * 300_000, "present.error.too_big"),
    (json.dumps({"scenes": []}).encode(), "present.error.not_presentation"),
    (document(version=99), "present.error.version"),
    (document(scenes="all"), "present.error.not_presentation"),
    (document(scenes=[{"url": "?x"}] * 61), "present.error.too_many"),
    (document(name="../../../etc/cron.d/job"), "present.error.name"),
    (document(scenes=[{"url": 5}]), "present.error.scene"),
    (
        document(scenes=[{"url": "?indicator=population", "title": {"$gt": ""}}]),
        "present.error.scene",
    ),
    (document(scenes=[{"url": "?indicator=<script>alert(1)</script>"}]), SCENE_LINK),
    (document(scenes=[{"url": "?year=1800"}]), "present.error.scene_link"),
    (document(scenes=[{"url": "?lang=de"}]), "present.error.scene_link"),
]


@pytest.mark.parametrize(("data", "key"), HOSTILE)
def test_malformed_or_hostile_files_are_refused_with_a_message(data, key):
    with pytest.raises(PresentationError) as error:
        from_file(data, YEARS)
    assert error.value.key == key
    for lang in LANGUAGES:  # the message exists in every language
        assert MESSAGES[key][lang]


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/?indicator=population&year=2005",
        "//evil.example/?indicator=population&year=2005",
        "javascript:alert(1)",
        "javascript:alert(1)//?indicator=population",
        "data:text/html,<script>alert(1)</script>",
        "?indicator=population&year=2005&next=https://evil.example",
        "?indicator=population&indicator=population",
        "/elsewhere?indicator=population",
        "?indicator=population#fragment",
        "?indicator=population\n",
        "?indicator=%D0%B0" + "x" * 3000,
    ],
)
def test_a_link_that_is_not_a_view_of_this_atlas_is_refused_not_loaded(url):
    with pytest.raises(PresentationError) as error:
        from_file(document(scenes=[{"url": url}]), YEARS)
    assert error.value.key == SCENE_LINK
    assert error.value.values == {"number": "1"}


@pytest.mark.parametrize("url", ["?indicator=population&year=2005", "/?indicator=population"])
def test_relative_links_of_this_atlas_are_loaded(url):
    presentation = from_file(document(scenes=[{"url": url}]), YEARS)
    assert presentation.scenes[0].query.startswith("?lang=")


def test_the_doctests_hold():
    import doctest

    from dashboard.presentations import scenes

    assert doctest.testmod(scenes).failed == 0
