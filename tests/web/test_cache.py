"""The response cache: shared by app instances (workers) through a folder or a real Redis,
keyed so that language, data version and build never mix."""

from __future__ import annotations

import copy
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from flask import Flask, request

from dashboard.web.cache import (
    CACHE_HEADER,
    cached_route,
    make_response_cache,
)
from dashboard.web.cache_backends import MAGIC
from tests.conftest import IN_CI

ENDPOINT = "/_dash-update-component"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory):
    """A real redis-server on a free loopback port, no persistence, stopped afterwards."""
    binary = shutil.which("redis-server")
    if binary is None:
        reason = "redis-server is not installed (apt-get install redis-server)"
        if IN_CI:
            pytest.fail(reason + "; the Redis cache must be tested in CI")
        pytest.skip(reason)
    port = free_port()
    folder = tmp_path_factory.mktemp("redis")
    # No persistence: a throw-away server in a temporary folder.
    options = ["--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen(
        [binary, *options, "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("redis-server did not start")
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def two_workers(tmp_path: Path, cache_url: str | None, versions=("v1", "v1")):
    """Two Flask apps (like two gunicorn workers) with one cached route, sharing a backend."""
    calls = []
    clients = []
    for version in versions:
        server = Flask(__name__)
        cache = make_response_cache(cache_url, tmp_path, data_version=lambda v=version: v)
        server.extensions["atlas_cache"] = cache

        @server.route("/export.csv")
        @cached_route(kind="export")
        def export(server=server):
            calls.append(server)
            return f"lang={request.args.get('lang')};n={len(calls)}"

        clients.append(server.test_client())
    return clients, calls


@pytest.mark.parametrize("backend", ["filesystem", "redis"])
def test_a_route_rendered_by_one_worker_is_a_hit_in_the_other(tmp_path, backend, request):
    url = request.getfixturevalue("redis_url") if backend == "redis" else None
    (first, second), calls = two_workers(tmp_path, url)
    miss = first.get("/export.csv?lang=ru&year=2005")
    assert miss.headers[CACHE_HEADER] == "miss" and len(calls) == 1
    hit = second.get("/export.csv?year=2005&lang=ru")  # same query, other order
    assert hit.headers[CACHE_HEADER] == "hit" and len(calls) == 1
    assert hit.get_data() == miss.get_data()
    assert hit.mimetype == miss.mimetype
    other = second.get("/export.csv?lang=kk&year=2005")
    assert other.headers[CACHE_HEADER] == "miss" and b"lang=kk" in other.get_data()


def test_a_new_data_version_is_a_miss(tmp_path):
    (old, new), calls = two_workers(tmp_path, None, versions=("generation-1", "generation-2"))
    old.get("/export.csv?lang=ru")
    assert new.get("/export.csv?lang=ru").headers[CACHE_HEADER] == "miss"
    assert len(calls) == 2


def test_a_failing_backend_serves_uncached(tmp_path):
    (client, _), calls = two_workers(tmp_path, "redis://127.0.0.1:9/0")
    assert client.get("/export.csv?lang=ru").status_code == 200
    assert client.get("/export.csv?lang=ru").status_code == 200
    assert len(calls) == 2


def test_errors_are_not_cached(tmp_path):
    server = Flask(__name__)
    server.extensions["atlas_cache"] = make_response_cache(None, tmp_path)
    calls = []

    @server.route("/flaky")
    @cached_route()
    def flaky():
        calls.append(1)
        return "not now", 503

    client = server.test_client()
    client.get("/flaky")
    client.get("/flaky")
    assert len(calls) == 2


def test_without_install_the_decorator_just_runs_the_view():
    server = Flask(__name__)

    @server.route("/plain")
    @cached_route()
    def plain():
        return "ok"

    assert server.test_client().get("/plain").get_data() == b"ok"


# -- the map callback, through the real app ----------------------------------------------


@pytest.fixture(scope="module")
def shared_folder_apps(tmp_path_factory: pytest.TempPathFactory):
    """Two real apps (two workers) with one instance folder, hence one cache folder."""
    from dashboard.app import create_app
    from dashboard.settings import Settings

    folder = tmp_path_factory.mktemp("shared-instance")
    return create_app(Settings(instance_dir=folder)), create_app(Settings(instance_dir=folder))


def test_map_answer_of_one_instance_is_a_hit_in_the_other(shared_folder_apps, map_body):
    first, second = (app.server.test_client() for app in shared_folder_apps)
    body = copy.deepcopy(map_body)
    body["inputs"][2]["value"] = 2021  # a year no other test asked for
    miss = first.post(ENDPOINT, json=body)
    hit = second.post(ENDPOINT, json=body)
    assert miss.status_code == hit.status_code == 200
    assert (miss.headers[CACHE_HEADER], hit.headers[CACHE_HEADER]) == ("miss", "hit")
    assert hit.get_json() == miss.get_json()


def test_one_language_is_never_served_for_another(shared_folder_apps, map_body):
    client = shared_folder_apps[0].server.test_client()
    answers = {}
    for lang in ("kk", "ru", "en"):
        body = copy.deepcopy(map_body)
        body["inputs"][0]["value"] = lang
        client.post(ENDPOINT, json=body)  # warm
        response = client.post(ENDPOINT, json=body)
        assert response.headers[CACHE_HEADER] == "hit"
        answers[lang] = response.get_json()["response"]["boundary-info"]["children"]
    assert len({str(a) for a in answers.values()}) == 3, answers


def test_callbacks_other_than_the_map_are_not_cached(client, map_body):
    from tests.web.conftest import page_session

    session = page_session(client)
    callback = next(c for c in session.callbacks if c["output"] == "region.options")
    response = client.post(ENDPOINT, json=session.body(callback, ["year.value"]))
    assert response.status_code == 200 and CACHE_HEADER not in response.headers


# -- what a hostile writer of the cache can do -----------------------------------------


class RunsACommand:
    """A pickle that, once unpickled, would run a shell command (creating ``marker``)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        import os

        return (os.system, (f"touch {self.marker}",))


def crafted_values(marker: Path) -> list[bytes]:
    """What an attacker with write access to the cache might put under a key."""
    import pickle
    import struct

    payload = pickle.dumps(RunsACommand(marker))
    forged_head = b'{"status":200,"headers":[["Set-Cookie","a=b"]],"length":3,"expires":null}'
    return [
        b"!" + payload,  # flask-caching's Redis format
        struct.pack("I", 0) + payload,  # cachelib's file format (expiry, then the pickle)
        payload,
        MAGIC + forged_head + b"\nabc",  # our format, with a header we never keep
        MAGIC + b'{"status":302,"headers":[],"length":0,"expires":null}\n',
        MAGIC + b'{"status":200,"headers":[],"length":99,"expires":null}\nshort',
        MAGIC + b'{"status":200,"headers":[],"length":2,"expires":1}\nok',  # expired
        MAGIC + b"[" * 100_000,  # deep junk instead of a header
    ]


def the_key(client, query: list[tuple[str, str]]) -> str:
    """The key under which the cache of ``client``'s app keeps /export.csv?<query>."""
    cache = client.application.extensions["atlas_cache"]
    return cache.key("export", ["/export.csv", sorted(query)])


@pytest.mark.parametrize("backend", ["filesystem", "redis"])
def test_a_crafted_entry_is_a_miss_and_never_runs(tmp_path, backend, request):
    url = request.getfixturevalue("redis_url") if backend == "redis" else None
    (client, _), calls = two_workers(tmp_path / "instance", url)
    cache = client.application.extensions["atlas_cache"]
    marker = tmp_path / "the-command-ran"
    for number, value in enumerate(crafted_values(marker)):
        query = [("lang", "ru"), ("n", str(number))]
        cache.backend.set(the_key(client, query), value, 600)  # as an attacker would
        response = client.get(f"/export.csv?lang=ru&n={number}")
        assert response.status_code == 200 and response.headers[CACHE_HEADER] == "miss"
        assert "Set-Cookie" not in response.headers
        assert response.get_data(as_text=True).startswith("lang=ru;")
        assert len(calls) == number + 1  # rendered, not taken from the crafted value
        # the crafted value is replaced by a real entry
        assert client.get(f"/export.csv?lang=ru&n={number}").headers[CACHE_HEADER] == "hit"
    assert not marker.exists()


def test_the_folder_cache_stays_within_its_bound_in_bytes(tmp_path):
    bound = 600_000
    folder = tmp_path / "instance" / "cache"
    folder.mkdir(parents=True)
    for number in range(40):  # an older version's entries (and junk) already there
        (folder / f"old-{number}").write_bytes(bytes(30_000))
    clients = []
    for _ in range(2):  # two workers sharing the folder
        server = Flask(__name__)
        server.extensions["atlas_cache"] = make_response_cache(
            None, tmp_path / "instance", max_bytes=bound
        )

        @server.route("/export.csv")
        @cached_route(kind="export")
        def export():
            return "x" * 20_000 + request.args.get("junk", "")

        clients.append(server.test_client())
    backend = clients[0].application.extensions["atlas_cache"].backend

    def junk(start: int) -> None:
        for number in range(start, start + 150):
            response = clients[number % 2].get(f"/export.csv?junk={number}")
            assert response.status_code == 200

    import threading

    threads = [threading.Thread(target=junk, args=(start,)) for start in (0, 1000, 2000)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert backend.total_bytes() <= bound
    # what is left is still a cache: the latest answers are hits
    assert clients[1].get("/export.csv?junk=2149").headers[CACHE_HEADER] == "hit"
    # an answer bigger than an eighth of the bound is served, not kept
    assert clients[0].get("/export.csv?junk=" + "y" * 90_000).headers[CACHE_HEADER] == "miss"
    assert backend.total_bytes() <= bound
