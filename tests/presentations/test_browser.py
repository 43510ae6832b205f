"""The browser's side: the copy it keeps read back whatever it holds, an upload's data URL
decoded or refused, the player's position kept inside the presentation."""

from __future__ import annotations

import base64
import doctest

import pytest

from dashboard.presentations import browser
from dashboard.presentations.browser import (
    as_data,
    from_data,
    is_playing,
    keys_from_data,
    opened_at,
    playing_at,
    refused_file,
    stepped,
    stopped_at,
    upload_bytes,
)
from dashboard.presentations.scenes import (
    MAX_SCENES,
    MAX_TITLE,
    Presentation,
    PresentationError,
    Scene,
)
from dashboard.presentations.storage import MAX_PRESENTATIONS


def test_the_doctests_hold():
    assert doctest.testmod(browser).failed == 0


def test_the_browsers_copy_reads_back_as_it_was_kept():
    kept = Presentation(name="Брифинг", scenes=(Scene("?year=2005", "Халық", "note"),))
    assert from_data(as_data(kept), "kk") == kept
    assert as_data(kept) == {
        "name": "Брифинг",
        "scenes": [{"query": "?year=2005", "title": "Халық", "note": "note"}],
    }


@pytest.mark.parametrize(
    "data",
    [None, [], "zz", {"name": ["zz"], "scenes": "zz"}, {"name": "../etc", "scenes": [5, "x"]}],
)
def test_anything_else_in_the_browser_is_a_new_briefing(data):
    assert from_data(data, "ru") == Presentation(name="Брифинг")


def test_the_browser_holds_at_most_the_allowed_scenes_and_only_looks_at_those():
    data = {"name": "zz", "scenes": [{"query": "?year=zz", "title": {}}] * 100_000}
    presentation = from_data(data, "en")
    assert len(presentation.scenes) == MAX_SCENES
    assert presentation.scenes[0] == Scene(query="?year=zz", title="", note="")


@pytest.mark.parametrize(
    "query",
    [
        ["?year=2005"],
        "javascript:alert(1)",
        "http://evil.example/?year=2005",
        "data:text/html,<b>x</b>",
        "?year=2005&evil=1",
        None,
    ],
)
def test_a_scene_whose_link_is_not_a_view_of_this_atlas_is_left_out(query):
    good = {"query": "/?year=2005", "title": "t" * 10_000, "note": "n\u202e"}
    presentation = from_data({"name": "zz", "scenes": [{"query": query}, good]}, "en")
    assert presentation.scenes == (Scene(query="?year=2005", title="t" * MAX_TITLE, note="n"),)


def test_the_browsers_keys_are_read_back_checked():
    key = "k" * 43
    assert keys_from_data({"Астана": key}) == {"Астана": key}
    for junk in (None, [], "x", {"Астана": "short"}, {"../x": key}, {"a": 5}, {"": key}):
        assert keys_from_data(junk) == {}
    assert len(keys_from_data({f"n{i}": key for i in range(10_000)})) == MAX_PRESENTATIONS


def test_a_refused_file_is_said_in_the_readers_language():
    too_big = refused_file({"reason": "size", "name": "Брифинг.json", "bytes": 300 * 1024})
    assert too_big.key == "present.error.file_too_big"
    assert too_big.values == {"file": "Брифинг.json", "size": "300", "limit": "256"}
    assert refused_file({"reason": "server"}).key == "present.error.server_too_big"
    for junk in (None, {}, {"reason": "size", "bytes": "9"}, {"reason": "size", "bytes": True}):
        assert refused_file(junk) is None


def test_an_upload_is_its_bytes_or_refused():
    payload = base64.b64encode('{"name": "Астана"}'.encode()).decode()
    assert upload_bytes("data:application/json;base64," + payload) == '{"name": "Астана"}'.encode()
    for contents in (None, 5, "data:application/json;base64,not base64!"):
        with pytest.raises(PresentationError) as refused:
            upload_bytes(contents)
        assert refused.value.key == "present.error.upload"


def test_the_players_position():
    assert is_playing(playing_at(2)) and playing_at(2) == {"playing": True, "index": 2, "shown": 2}
    assert not is_playing(opened_at(1)) and opened_at(1)["shown"] == 1
    assert stopped_at(3) == {"playing": False, "index": 3}  # no "shown": the map stays
    assert not any(is_playing(p) for p in (None, "playing", {"playing": 0}, []))
    assert [stepped(i, 3, True) for i in range(3)] == [1, 2, 2]
    assert [stepped(i, 3, False) for i in range(3)] == [0, 0, 1]
    assert stepped(0, 0, True) == 0  # an emptied presentation: the first place
