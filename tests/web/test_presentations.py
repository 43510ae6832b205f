"""The presentation file route: a download of the saved presentation, 404 otherwise."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from dashboard.app import create_app
from dashboard.presentations.scenes import Presentation, Scene
from dashboard.presentations.storage import PresentationStore
from dashboard.settings import Settings


@pytest.fixture(scope="module")
def client_and_store(tmp_path_factory):
    instance = tmp_path_factory.mktemp("instance")
    app = create_app(Settings(instance_dir=instance))
    return app.server.test_client(), PresentationStore(instance / "presentations")


def test_a_saved_presentation_downloads_as_its_json_file(client_and_store):
    client, store = client_and_store
    scene = Scene(query="?lang=kk&indicator=population&year=2005", title="Халық")
    store.create(Presentation(name="Брифинг", scenes=(scene,)))
    response = client.get("/presentations/" + quote("Брифинг") + ".json")
    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    assert quote("Брифинг.json") in response.headers["Content-Disposition"]
    document = json.loads(response.data)
    assert document["name"] == "Брифинг"
    assert document["scenes"][0]["title"] == "Халық"


@pytest.mark.parametrize("name", ["nothing", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "a%00b"])
def test_unknown_or_hostile_names_never_reach_a_file(client_and_store, name):
    client, _ = client_and_store
    response = client.get(f"/presentations/{name}.json")
    # Not found, or (a decoded slash leaves this route) the atlas page itself: never a file.
    assert response.status_code == 404 or response.mimetype == "text/html"
    assert b"root:" not in response.data
