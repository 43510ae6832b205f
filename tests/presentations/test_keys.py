"""Edit keys: unguessable, only their hash kept, compared whole; the administrator token."""

from __future__ import annotations

import doctest

from dashboard.presentations import keys
from dashboard.presentations.keys import (
    Editor,
    is_key,
    key_hash,
    key_matches,
    new_key,
    token_matches,
)


def test_the_doctests_hold():
    assert doctest.testmod(keys).failed == 0


def test_keys_are_new_each_time_and_only_the_right_one_matches():
    made = {new_key() for _ in range(100)}
    assert len(made) == 100 and all(is_key(k) for k in made)
    key = new_key()
    stored = key_hash(key)
    assert key not in stored and stored.startswith("sha256:")
    assert key_matches(stored, key)
    for wrong in (key[:-1], key + "x", key.upper(), "", None, 5, ["x"], stored):
        assert not key_matches(stored, wrong)


def test_the_administrator_token_only_when_one_is_configured():
    assert token_matches("s" * 20, "s" * 20)
    assert not token_matches("s" * 20, "s" * 19)
    assert not token_matches(None, "")
    assert not token_matches("", "")
    assert not token_matches("s" * 20, None)


def test_the_browsers_keys_follow_its_presentations():
    editor = Editor({"Astana": "a" * 43})
    assert editor.key("Astana") == "a" * 43 and editor.key("Almaty") is None
    assert editor.with_key("Almaty", "b" * 43) == {"Astana": "a" * 43, "Almaty": "b" * 43}
    assert editor.with_key("Astana", None) == {}
