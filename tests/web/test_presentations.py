"""The presentation routes: the JSON file of a saved presentation (404 otherwise) and its
PDF, made in bounded steps with a progress page, cached, one renderer per host."""

from __future__ import annotations

import json
import threading
from urllib.parse import quote

import pytest

from dashboard.app import create_app
from dashboard.presentations import pdf
from dashboard.presentations.scenes import Presentation, Scene
from dashboard.presentations.storage import PresentationStore
from dashboard.settings import Settings
from tests.conftest import missing_tool


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


# -- the PDF: bounded in time, cached, one renderer per host ----------------------------------


@pytest.fixture
def pdf_app(tmp_path):
    """An app of its own (a fresh PDF cache) and its presentation store."""
    app = create_app(Settings(instance_dir=tmp_path))
    return app, PresentationStore(tmp_path / "presentations")


def saved_scenes(store: PresentationStore, name: str, count: int) -> None:
    scenes = tuple(
        Scene(query=f"?indicator=population&year={2000 + i % 26}&top={1 + i // 26}", title=f"S{i}")
        for i in range(count)
    )
    store.create(Presentation(name=name, scenes=scenes))


def fake_maps(monkeypatch, before=lambda: None) -> list:
    """Scene maps made without Chromium (a tiny JPEG), counted."""
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (12, 5), "white").save(buffer, "JPEG")
    made = []

    def render(state, package, districts):
        made.append(state)
        before()
        return buffer.getvalue()

    monkeypatch.setattr(pdf, "scene_image", render)
    return made


def test_a_long_pdf_shows_its_progress_and_every_poll_goes_further(pdf_app, monkeypatch):
    app, store = pdf_app
    saved_scenes(store, "Долгий", 60)
    made = fake_maps(monkeypatch)
    monkeypatch.setattr(pdf, "RENDER_BUDGET", 0.0)  # one map a request
    client = app.server.test_client()
    url = "/presentations/" + quote("Долгий") + ".pdf?lang=kk"
    first = client.get(url)
    assert first.status_code == 202 and first.headers["Retry-After"]
    page = first.get_data(as_text=True)
    assert 'lang="kk"' in page and "60 сахнаның 1 картасы дайын" in page
    assert 'http-equiv="refresh"' in page and "progress=1" in page
    assert first.headers["Cache-Control"] == "no-store"
    polls = [client.get(url + "&progress=1")]
    while polls[-1].status_code == 202 and len(polls) < 100:
        polls.append(client.get(url + "&progress=1"))
    # One map a poll, then the document in a poll of its own.
    assert len(polls) == 60
    assert "60 сахнаның 60 картасы дайын" in polls[-2].get_data(as_text=True)
    ready = polls[-1]  # the poll that finished: "ready", and once more to the PDF
    assert ready.status_code == 200 and ready.mimetype == "text/html"
    assert 'content="0;url=' in ready.get_data(as_text=True)
    assert len(made) == 60  # each map once
    done = client.get(url)
    assert done.mimetype == "application/pdf" and done.headers["X-Atlas-Cache"] == "hit"
    assert len(made) == 60


def test_a_short_pdf_downloads_at_once_and_a_second_request_is_a_hit(pdf_app, monkeypatch):
    app, store = pdf_app
    saved_scenes(store, "Short", 2)
    made = fake_maps(monkeypatch)
    client = app.server.test_client()
    first = client.get("/presentations/Short.pdf?lang=en")
    assert first.status_code == 200 and first.data.startswith(b"%PDF")
    assert first.headers["X-Atlas-Cache"] == "miss" and "attachment" in first.headers[
        "Content-Disposition"]  # fmt: skip
    second = client.get("/presentations/Short.pdf?lang=en")
    assert second.headers["X-Atlas-Cache"] == "hit" and second.data == first.data
    assert len(made) == 2


def test_health_answers_and_other_pdfs_wait_while_a_pdf_renders(pdf_app, monkeypatch):
    app, store = pdf_app
    saved_scenes(store, "A", 3)
    saved_scenes(store, "B", 3)
    rendering, release = threading.Event(), threading.Event()

    def hold():
        rendering.set()
        release.wait(30)

    made = fake_maps(monkeypatch, before=hold)
    answers = {}

    def fetch_a():
        answers["a"] = app.server.test_client().get("/presentations/A.pdf?lang=en")

    worker = threading.Thread(target=fetch_a)
    worker.start()
    try:
        assert rendering.wait(30)  # A holds this host's renderer now
        client = app.server.test_client()
        health = client.get("/health")
        assert health.status_code == 200 and health.get_json()["status"] in {"ok", "degraded"}
        other = client.get("/presentations/B.pdf?lang=en")  # answered at once, nothing drawn
        assert other.status_code == 202
        assert "Another PDF is being prepared" in other.get_data(as_text=True)
        assert len(made) == 1
    finally:
        release.set()
        worker.join(60)
    assert answers["a"].status_code in {200, 202}


def test_a_real_pdf_prints_one_page_a_scene_and_is_cached(pdf_app, read_pdf):
    from dashboard.exports.images import chromium_path

    if chromium_path() is None:
        missing_tool("chromium is not installed (apt-get install chromium)")
    app, store = pdf_app
    scene = Scene(query="?lang=kk&indicator=population&year=2005", title="Халық 2005")
    other = Scene(query="?lang=kk&indicator=population&year=2023", title="Халық 2023")
    store.create(Presentation(name="Брифинг", scenes=(scene, other)))
    client = app.server.test_client()
    url = "/presentations/" + quote("Брифинг") + ".pdf?lang=ru"
    first = client.get(url)
    while first.status_code == 202:  # a slow machine: as the page would, ask again
        first = client.get(url)
    assert first.headers["X-Atlas-Cache"] == "miss"
    assert read_pdf.pages(first.data) == 2
    words = read_pdf.text(first.data)
    assert "Халық 2005" in words and "Туркестанская область" in words  # scenes in Russian
    assert client.get(url).headers["X-Atlas-Cache"] == "hit"
