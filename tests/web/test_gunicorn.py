"""``python -m dashboard serve --prod``: gunicorn starts, serves the page and callbacks from
several workers, and stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from dashboard import PROJECT_ROOT
from dashboard.web.replay import PageSession


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, **headers: str) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def post_json(url: str, body: dict) -> dict | None:
    data = json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read()) if response.status == 200 else None


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    """The production server with 2 workers on a free port; its output is kept in files."""
    folder = tmp_path_factory.mktemp("prod")
    port = free_port()
    env = {**os.environ, "ATLAS_INSTANCE": str(folder / "instance"), "PYTHONUNBUFFERED": "1"}
    env.pop("ATLAS_DEBUG", None)
    out, err = (folder / "stdout.log").open("wb"), (folder / "stderr.log").open("wb")
    command = [sys.executable, "-m", "dashboard", "serve", "--prod", "--workers", "2"]
    process = subprocess.Popen(
        [*command, "--host", "127.0.0.1", "--port", str(port)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=out,
        stderr=err,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90  # loading the data takes seconds on a busy machine
    while True:
        if process.poll() is not None:
            pytest.fail(
                f"server exited {process.returncode}: {(folder / 'stderr.log').read_text()}"
            )
        try:
            if get(f"{base}/health")[0] == 200:
                break
        except OSError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("the production server did not answer /health within 90 s")
        time.sleep(0.3)
    yield base, process, folder
    if process.poll() is None:
        process.kill()
        process.wait()


def test_health_page_and_headers(server):
    base, _, _ = server
    status, headers, body = get(f"{base}/health")
    assert status == 200 and json.loads(body)["status"] == "ok"
    status, headers, body = get(f"{base}/?lang=en", **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert "Content-Security-Policy" in headers and headers["X-Content-Type-Options"] == "nosniff"


def test_callbacks_run_in_the_workers(server):
    base, _, _ = server
    layout = json.loads(get(f"{base}/_dash-layout")[2])
    dependencies = json.loads(get(f"{base}/_dash-dependencies")[2])
    session = PageSession(layout, dependencies, "?lang=ru&indicator=population&year=2023")
    assert session.initial(lambda body: post_json(f"{base}/_dash-update-component", body)) > 5
    assert session.values[("map-meta", "data")]["version"] == "2022"
    session.change("year", "value", 2005, lambda b: post_json(f"{base}/_dash-update-component", b))
    assert session.values[("map-meta", "data")]["version"] == "1997"


def test_two_workers_were_forked(server):
    _, process, _ = server
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    if not children.exists():
        pytest.skip("no /proc children list on this system")
    assert len(children.read_text().split()) == 2


def test_a_bad_callback_body_is_a_400_from_gunicorn_too(server):
    base, _, _ = server
    request = urllib.request.Request(
        f"{base}/_dash-update-component", data=b"[[[", headers={"Content-Type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=30)
    assert error.value.code == 400
    assert b"Traceback" not in error.value.read()


def test_sigterm_stops_it_cleanly(server):
    _, process, folder = server
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 0
    log = (folder / "stderr.log").read_text(errors="replace")
    assert "Shutting down: Master" in log
    assert "SIGSEGV" not in log and "Traceback" not in log
    access = (folder / "stdout.log").read_text(errors="replace")
    assert '"GET /health HTTP/1.1" 200' in access  # the access log goes to stdout
