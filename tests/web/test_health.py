"""/health: cheap, 200 when the data and instance folder are usable, 503 otherwise."""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from dashboard.web.cache import make_response_cache
from dashboard.web.health import folder_writable, install_health


def test_health_of_the_real_app(client):
    response = client.get("/health")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok"
    assert body["data_version"]
    assert {"data", "instance", "cache"} <= set(body["checks"])  # and the app's own (store)
    assert all(body["checks"].values())
    assert body["uptime_s"] >= 0
    assert response.headers["Cache-Control"] == "no-store"


def test_health_tells_an_anonymous_probe_nothing_about_the_processes(client):
    import os

    body = client.get("/health").get_json()
    assert "pid" not in body
    assert str(os.getpid()) not in client.get("/health").get_data(as_text=True)


def health_app(tmp_path: Path, required, cache=None, version=lambda: "g1") -> Flask:
    server = Flask(__name__)
    install_health(server, version, required, cache)
    return server


def test_a_failing_required_check_is_a_503(tmp_path):
    server = health_app(tmp_path, {"store": lambda: False, "data": lambda: True})
    response = server.test_client().get("/health")
    assert response.status_code == 503
    assert response.get_json()["status"] == "unavailable"
    assert response.get_json()["checks"]["store"] is False


def test_a_check_that_raises_counts_as_failed(tmp_path):
    def broken():
        raise OSError("disk gone")

    response = health_app(tmp_path, {"store": broken}).test_client().get("/health")
    assert response.status_code == 503


def test_a_missing_instance_folder_fails(tmp_path):
    check = folder_writable(tmp_path / "missing")
    assert check() is False
    assert folder_writable(tmp_path)() is True


def test_a_dead_cache_degrades_but_stays_in_rotation(tmp_path):
    server = Flask(__name__)
    # A Redis that nothing listens on: the cache fails, the atlas serves without it.
    cache = make_response_cache("redis://127.0.0.1:9/0", tmp_path)
    install_health(server, lambda: "g1", {"data": lambda: True}, cache)
    response = server.test_client().get("/health")
    assert response.status_code == 200
    assert response.get_json()["status"] == "degraded"
    assert response.get_json()["checks"]["cache"] is False


def test_the_data_version_is_reported(tmp_path):
    response = health_app(tmp_path, {}, version=lambda: "generation-7").test_client().get("/health")
    assert response.get_json()["data_version"] == "generation-7"
