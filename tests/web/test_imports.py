"""The import routes: closed without the admin token; with it, a file is checked (nothing
stored), then imported, and refused files leave the store byte for byte as it was."""

from __future__ import annotations

import hashlib
import io

import pytest

from dashboard.settings import Settings
from dashboard.store.generations import current_file
from dashboard.store.paths import paths_for
from tests.store.helpers import revised, wide_csv

TOKEN = "a-test-admin-token-of-some-length"
NET = "bns-net-migration-all-flows"


def make_client(folder, token: str | None):
    from dashboard.app import create_app

    return create_app(Settings(instance_dir=folder, admin_token=token)).server.test_client()


def checksum(folder) -> str:
    return hashlib.sha256(current_file(paths_for(folder)).read_bytes()).hexdigest()


def post(client, body: bytes, name: str = "Сальдо 2024.csv", token: str = TOKEN, **fields):
    data = {"file": (io.BytesIO(body), name), "lang": "en", **fields}
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.post("/imports", data=data, headers=headers)


@pytest.fixture(scope="module")
def closed(tmp_path_factory):
    return make_client(tmp_path_factory.mktemp("closed"), token=None)


@pytest.fixture
def opened(tmp_path):
    return tmp_path, make_client(tmp_path, token=TOKEN)


def test_without_a_configured_token_every_import_route_refuses(closed):
    csv = wide_csv("net_migration", 2024)
    assert post(closed, csv, indicator="net_migration", source=NET).status_code == 403
    assert closed.get("/imports", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 403
    assert closed.delete("/imports/20250101-000000-abcd").status_code == 403


def test_a_wrong_or_missing_token_is_refused(opened):
    _, client = opened
    csv = wide_csv("net_migration", 2024)
    assert post(client, csv, token="wrong-token-but-long-enough").status_code == 403
    assert post(client, csv, token="").status_code == 403
    assert client.get("/imports").status_code == 403


def test_a_file_is_checked_then_imported_and_reaches_the_map(opened):
    folder, client = opened
    csv = revised(wide_csv("net_migration", 2024))  # the package's own figures: nothing new
    before = checksum(folder)
    # The committed 2024 values exist: refused unless the import may replace them.
    # A revised figure is a warning to accept; then the store's word on the committed year.
    ok = {"indicator": "net_migration", "source": NET, "accept_warnings": "1"}
    refused = post(client, csv, **ok, dry_run="1")
    assert refused.status_code == 422
    assert any("2024" in p["message"] for p in refused.get_json()["store"])
    checked = post(client, csv, **ok, dry_run="1", replace="1")
    body = checked.get_json()
    assert checked.status_code == 200 and body["accepted"] and body["dry_run"]
    assert body["rows"] == 20
    assert any("Астана" in " ".join(row) for row in body["preview"])  # what was read
    assert checksum(folder) == before  # a check stores nothing

    imported = post(client, csv, **ok, replace="1")
    body = imported.get_json()
    assert imported.status_code == 200 and body["import_id"] and not body["dry_run"]
    assert checksum(folder) != before
    listed = client.get("/imports", headers={"Authorization": f"Bearer {TOKEN}"}).get_json()
    assert [i["id"] for i in listed] == [body["import_id"]]
    export = client.get("/export.csv?lang=en&indicator=net_migration&year=2024&layers=")
    assert "75854" in export.data.decode("utf-8-sig")  # Astana, BNS 2024, as committed

    removed = client.delete(
        f"/imports/{body['import_id']}", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert removed.status_code == 200


@pytest.mark.parametrize(
    ("body", "name", "fields"),
    [
        (b"", "empty.csv", {"indicator": "net_migration", "source": NET}),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "map.csv", {"indicator": "net_migration"}),
        ("Неизвестная область;5\n".encode(), "../../etc/passwd.csv", {"source": NET}),
        (wide_csv("net_migration", 2024), "no source.csv", {"indicator": "net_migration"}),
    ],
)
def test_bad_files_get_a_report_in_the_readers_language_and_change_nothing(
    opened, body, name, fields
):
    folder, client = opened
    before = checksum(folder)
    response = post(client, body, name=name, **fields, lang="ru")
    result = response.get_json()
    assert response.status_code == 422 and not result["accepted"]
    assert result["problems"] and all(p["message"] for p in result["problems"])
    assert any("а" <= ch <= "я" for p in result["problems"] for ch in p["message"])  # Russian
    assert checksum(folder) == before
    assert client.get("/imports", headers={"Authorization": f"Bearer {TOKEN}"}).get_json() == []
    assert not list(folder.rglob("passwd*"))  # the name never became a path


# -- a hostile client on a real socket ------------------------------------------------


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """The app with web imports on, served by the threaded development server."""
    import threading

    from werkzeug.serving import make_server

    from dashboard.app import create_app

    app = create_app(Settings(instance_dir=tmp_path_factory.mktemp("live"), admin_token=TOKEN))
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_port
    server.shutdown()
    thread.join(timeout=30)


def announce(port: int, headers: str) -> str:
    """Send a request's head only (the body it announces never comes); the status line.

    The socket's timeout only keeps the test from hanging: an answer has to come while
    the body is still missing.
    """
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        head = "POST /imports HTTP/1.1\r\nHost: atlas\r\n" + headers + "\r\n"
        sock.sendall(head.encode("ascii"))
        try:
            return sock.makefile("rb").readline().decode("ascii").strip()
        except TimeoutError:
            return "no answer while the body was missing"


MULTIPART = "Content-Type: multipart/form-data; boundary=x\r\n"


@pytest.mark.parametrize(
    "authorization", ["", "Authorization: Bearer \r\n", "Authorization: Bearer wrong-but-long\r\n"]
)
def test_an_anonymous_client_announcing_a_big_body_is_refused_at_once(live, authorization):
    head = MULTIPART + "Content-Length: 10485760\r\n" + authorization
    assert announce(live, head).startswith("HTTP/1.1 403")


def test_with_the_token_a_body_must_announce_a_length_within_the_limit(live):
    token = f"Authorization: Bearer {TOKEN}\r\n"
    too_big = MULTIPART + f"Content-Length: {30 * 1024 * 1024}\r\n" + token
    assert announce(live, too_big).startswith("HTTP/1.1 413")
    chunked = MULTIPART + "Transfer-Encoding: chunked\r\n" + token
    assert announce(live, chunked).startswith("HTTP/1.1 411")
