"""Fixtures: the real app with its serving layer, a test client, a reader's page session."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.web.replay import PageSession

SEARCH = "?lang=en&indicator=population&year=2023"


@pytest.fixture(scope="session")
def instance_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("instance")


@pytest.fixture(scope="session")
def app(instance_dir: Path):
    """The app as create_app builds it (serving installed), on a fresh instance folder."""
    from dashboard.app import create_app
    from dashboard.settings import Settings

    return create_app(Settings(instance_dir=instance_dir))


@pytest.fixture
def client(app):
    return app.server.test_client()


def page_session(client, search: str = SEARCH) -> PageSession:
    """A page as the renderer holds it, from the app's own layout and dependency list."""
    layout = client.get("/_dash-layout").get_json()
    dependencies = client.get("/_dash-dependencies").get_json()
    return PageSession(layout, dependencies, search)


def map_callback(session: PageSession) -> dict:
    """The dependency entry of the map callback (its first output is the figure)."""
    return next(c for c in session.callbacks if c["output"].startswith("..map.figure..."))


@pytest.fixture
def map_body(client) -> dict:
    """A real body of the map callback, as the renderer sends it after a page load."""
    session = page_session(client)
    session.initial(lambda body: client.post("/_dash-update-component", json=body).get_json())
    return session.body(map_callback(session), ["year.value"])
