"""Presentations on the server: saved atomically, listed, renamed without overwriting."""

from __future__ import annotations

import pytest

from dashboard.datasets.catalogue import available_years
from dashboard.datasets.package import load_package
from dashboard.presentations.scenes import Presentation, PresentationError, Scene
from dashboard.presentations.storage import PresentationStore

YEARS = available_years(load_package())
SCENE = Scene(query="?lang=ru&indicator=population&year=2005", title="Население 2005")


def test_save_list_load_delete(tmp_path):
    store = PresentationStore(tmp_path / "presentations")
    assert store.names() == []
    store.save(Presentation(name="Брифинг", scenes=(SCENE,)))
    store.save(Presentation(name="Astana 2024"))
    assert store.names() == ["Astana 2024", "Брифинг"]
    loaded = store.load("Брифинг", YEARS)
    assert loaded.scenes[0].title == "Население 2005"
    assert loaded.scenes[0].query.startswith("?lang=ru&indicator=population&year=2005")
    store.delete("Брифинг")
    assert store.names() == ["Astana 2024"]
    assert not list((tmp_path / "presentations").glob(".*"))  # no temporary file left


def test_a_taken_name_gets_a_number(tmp_path):
    store = PresentationStore(tmp_path)
    store.save(Presentation(name="Briefing"))
    assert store.free_name("Briefing") == "Briefing 2"
    store.save(Presentation(name="Briefing 2"))
    assert store.free_name("Briefing") == "Briefing 3"


def test_a_missing_or_escaping_name_is_an_error_not_a_file_access(tmp_path):
    (tmp_path / "secret.json").write_text("{}")
    store = PresentationStore(tmp_path / "presentations")
    with pytest.raises(PresentationError, match="missing"):
        store.load("nothing", YEARS)
    with pytest.raises(PresentationError, match="name"):
        store.load("../secret", YEARS)


def test_a_file_damaged_on_disk_is_refused_like_an_upload(tmp_path):
    store = PresentationStore(tmp_path)
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(PresentationError, match="not_json"):
        store.load("broken", YEARS)
