"""Presentations on the server: saved atomically, listed, renamed without overwriting; owned
through an edit key kept hashed; bounded in size and number; only links of this atlas."""

from __future__ import annotations

import json

import pytest

from dashboard.datasets.catalogue import available_years
from dashboard.datasets.package import load_package
from dashboard.presentations.keys import Editor, key_hash
from dashboard.presentations.scenes import MAX_NOTE, Presentation, PresentationError, Scene
from dashboard.presentations.storage import KEY_FIELD, PresentationStore

YEARS = available_years(load_package())
SCENE = Scene(query="?lang=ru&indicator=population&year=2005", title="Население 2005")


def test_create_list_load_delete(tmp_path):
    store = PresentationStore(tmp_path / "presentations")
    assert store.names() == []
    _, key = store.create(Presentation(name="Брифинг", scenes=(SCENE,)))
    store.create(Presentation(name="Astana 2024"))
    assert store.names() == ["Astana 2024", "Брифинг"]
    loaded = store.load("Брифинг", YEARS)
    assert loaded.scenes[0].title == "Население 2005"
    assert loaded.scenes[0].query.startswith("?lang=ru&indicator=population&year=2005")
    store.delete("Брифинг", Editor({"Брифинг": key}))
    assert store.names() == ["Astana 2024"]
    assert not list((tmp_path / "presentations").glob(".*"))  # no temporary file left


def test_the_server_keeps_only_the_hash_of_the_key(tmp_path):
    store = PresentationStore(tmp_path)
    _, key = store.create(Presentation(name="Astana"))
    text = (tmp_path / "Astana.json").read_text(encoding="utf-8")
    assert key not in text
    assert json.loads(text)[KEY_FIELD] == key_hash(key)
    assert len(key) >= 43  # 256 random bits


def test_a_taken_name_gets_a_number_and_is_never_overwritten(tmp_path):
    store = PresentationStore(tmp_path)
    assert store.create(Presentation(name="Briefing"))[0].name == "Briefing"
    assert store.free_name("Briefing") == "Briefing 2"
    second, _ = store.create(Presentation(name="Briefing", scenes=(SCENE,)))
    assert second.name == "Briefing 2"
    assert store.load("Briefing", YEARS).scenes == ()  # the first one is as it was
    assert store.free_name("Briefing") == "Briefing 3"


def test_changes_need_the_key_or_the_administrator(tmp_path):
    store = PresentationStore(tmp_path)
    _, key = store.create(Presentation(name="Astana"))
    _, other_key = store.create(Presentation(name="Almaty"))
    changed = Presentation(name="Astana", scenes=(SCENE,))
    for stranger in (Editor(), Editor({"Astana": other_key}), Editor({"Almaty": other_key})):
        with pytest.raises(PresentationError) as refused:
            store.replace(changed, stranger)
        assert refused.value.key == "present.error.read_only"
        with pytest.raises(PresentationError, match="read_only"):
            store.delete("Astana", stranger)
        with pytest.raises(PresentationError, match="read_only"):
            store.rename("Astana", Presentation(name="Mine"), stranger)
    assert store.load("Astana", YEARS).scenes == ()
    assert store.names() == ["Almaty", "Astana"]

    store.replace(changed, Editor({"Astana": key}))
    assert store.load("Astana", YEARS).scenes[0].title == SCENE.title
    renamed = store.rename("Astana", Presentation(name="Астана"), Editor({"Astana": key}))
    assert store.may_edit(renamed.name, Editor({"Астана": key}))  # the key moves with it
    store.delete("Almaty", Editor(admin=True))  # the administrator may do anything
    assert store.names() == ["Астана"]


def test_a_file_saved_before_keys_existed_is_read_only_but_for_the_administrator(tmp_path):
    (tmp_path / "Old.json").write_text(
        json.dumps({"format": "migration-atlas-presentation", "version": 1, "name": "Old",
                    "scenes": []}), encoding="utf-8"
    )  # fmt: skip
    store = PresentationStore(tmp_path)
    assert not store.may_edit("Old", Editor({"Old": "k" * 43}))
    assert store.may_edit("Old", Editor(admin=True))
    store.delete("Old", Editor(admin=True))
    assert store.names() == []


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "http://evil.example/?indicator=population",
        "//evil.example/?indicator=population",
        "data:text/html,<script>alert(1)</script>",
        "?indicator=population&next=http://evil.example",
        "/other?indicator=population",
        "?indicator=population#x",
    ],
)
def test_the_storage_layer_writes_only_links_of_this_atlas(tmp_path, link):
    store = PresentationStore(tmp_path)
    _, key = store.create(Presentation(name="Astana"))
    with pytest.raises(PresentationError) as refused:
        store.create(Presentation(name="Evil", scenes=(Scene(link, "x"),)))
    assert refused.value.key == "present.error.scene_link"
    with pytest.raises(PresentationError, match="scene_link"):
        hostile = Presentation(name="Astana", scenes=(Scene(link, "x"),))
        store.replace(hostile, Editor({"Astana": key}))
    assert store.names() == ["Astana"]
    assert all(b"evil" not in p.read_bytes() for p in tmp_path.iterdir())


def test_texts_are_cleaned_and_cut_before_they_are_written(tmp_path):
    store = PresentationStore(tmp_path)
    huge = Scene(SCENE.query, "Title\u202e\x00", "n" * 400_000)
    saved, _ = store.create(Presentation(name="Astana", scenes=(huge,)))
    assert saved.scenes[0] == Scene(SCENE.query, "Title", "n" * MAX_NOTE)
    assert (tmp_path / "Astana.json").stat().st_size < 10_000


def test_the_number_of_presentations_is_bounded(tmp_path):
    store = PresentationStore(tmp_path, limit=3)
    keys = [store.create(Presentation(name="Briefing"))[1] for _ in range(3)]
    with pytest.raises(PresentationError) as refused:
        store.create(Presentation(name="Briefing"))
    assert refused.value.key == "present.error.too_many_presentations"
    assert refused.value.values == {"limit": "3"}
    assert len(store.names()) == 3
    # A rename is not one more presentation.
    store.rename("Briefing", Presentation(name="Astana"), Editor({"Briefing": keys[0]}))
    assert store.names() == ["Astana", "Briefing 2", "Briefing 3"]


def test_a_missing_or_escaping_name_is_an_error_not_a_file_access(tmp_path):
    (tmp_path / "secret.json").write_text("{}")
    store = PresentationStore(tmp_path / "presentations")
    with pytest.raises(PresentationError, match="missing"):
        store.load("nothing", YEARS)
    with pytest.raises(PresentationError, match="name"):
        store.load("../secret", YEARS)
    with pytest.raises(PresentationError, match="name"):
        store.delete("../secret", Editor(admin=True))
    assert (tmp_path / "secret.json").exists()


def test_a_file_damaged_on_disk_is_refused_like_an_upload(tmp_path):
    store = PresentationStore(tmp_path)
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(PresentationError, match="not_json"):
        store.load("broken", YEARS)
    assert store.owner("broken") is None
