"""The app over a damaged store: /health tells a monitor, pages keep being served from the
newest good generation, the store is rebuilt, and with nothing good left every answer is a
503 (never a 500)."""

from __future__ import annotations

import threading

import pytest
from flask import Flask

from dashboard.settings import Settings
from dashboard.store.generations import StoreStatus, read_pointer
from dashboard.store.importing import accept_import
from dashboard.store.paths import paths_for
from dashboard.store.reader import _READERS, reader_for
from dashboard.web.health import install_health
from tests.store.helpers import NEW_INDICATOR, damage, new_indicator_import, request

EXPORT = f"/export.csv?lang=en&indicator={NEW_INDICATOR}&year=2024&layers="


@pytest.fixture
def atlas(tmp_path):
    """A fresh app whose store holds one import (two generations), and its folder."""
    from dashboard.app import create_app

    folder = tmp_path / "instance"
    app = create_app(Settings(instance_dir=folder))
    assert accept_import(folder, request(new_indicator_import())).accepted
    reader_for(folder).interval = 0  # look at the pointer on every request
    yield app.server.test_client(), folder
    _READERS.pop(paths_for(folder).store_dir, None)


def repairs() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "atlas-store-repair"]


def test_a_damaged_newest_store_is_degraded_served_and_rebuilt(atlas):
    client, folder = atlas
    paths = paths_for(folder)
    newest, previous = read_pointer(paths).generations[:2]
    assert client.get("/health").get_json()["data_version"] == newest.generation

    damage(paths.generation_file(newest.file))
    health = client.get("/health")
    body = health.get_json()
    assert health.status_code == 200 and body["status"] == "degraded"
    assert body["data_version"] == previous.generation
    assert body["store"] == {"generation": previous.generation, "newest": newest.generation}
    [problem] = body["problems"]
    assert f"using generation {previous.generation}" in problem and newest.generation in problem
    # pages are served meanwhile, from the older generation (no 500)
    assert client.get("/export.csv?lang=en&indicator=population&year=2023").status_code == 200

    for thread in repairs():
        thread.join(timeout=300)
    health = client.get("/health")
    body = health.get_json()
    rebuilt = read_pointer(paths).newest.generation
    assert health.status_code == 200 and body["status"] == "ok" and body["problems"] == []
    assert body["data_version"] == rebuilt not in (newest.generation, previous.generation)
    assert "(test copy)" in client.get(EXPORT).get_data(as_text=True)  # the import is back


def test_with_no_good_generation_every_answer_is_a_503(atlas, monkeypatch):
    client, folder = atlas
    paths = paths_for(folder)
    # no repair in this test: it would fix the store before the answers are looked at
    monkeypatch.setattr(reader_for(folder), "on_problem", None)
    for generation in read_pointer(paths).generations:
        damage(paths.generation_file(generation.file))
    health = client.get("/health")
    assert health.status_code == 503 and health.get_json()["status"] == "unavailable"
    assert "no generation can be served" in health.get_json()["problems"][0]
    export = client.get("/export.csv?lang=en&indicator=population&year=2023")
    assert export.status_code == 503 and export.headers["Retry-After"]
    assert "Traceback" not in export.get_data(as_text=True)


def health_of(status: StoreStatus):
    server = Flask(__name__)
    install_health(server, lambda: status.serving or "none", {"store": lambda: status})
    return server.test_client().get("/health")


def test_health_of_a_store_status():
    ok = health_of(StoreStatus("g2", "g2"))
    assert (ok.status_code, ok.get_json()["status"], ok.get_json()["problems"]) == (200, "ok", [])
    older = health_of(StoreStatus("g1", "g2", "using generation g1, the newest is not usable"))
    assert older.status_code == 200 and older.get_json()["status"] == "degraded"
    assert older.get_json()["problems"] == ["store: using generation g1, the newest is not usable"]
    none = health_of(StoreStatus(None, "g2", "no generation can be served"))
    assert none.status_code == 503 and none.get_json()["status"] == "unavailable"
