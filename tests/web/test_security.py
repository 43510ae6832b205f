"""Security headers on every kind of response, the body limit, and raising it per route."""

from __future__ import annotations

import pytest
from flask import Flask, request

from dashboard.web.security import (
    DEFAULT_MAX_BODY,
    STATIC_HEADERS,
    allow_body,
    content_security_policy,
)

ENDPOINT = "/_dash-update-component"


def assert_headers(response) -> None:
    for name, value in STATIC_HEADERS.items():
        assert response.headers[name] == value, name
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy


def test_headers_on_the_page(client):
    response = client.get("/?lang=en")
    assert response.status_code == 200
    assert_headers(response)


def test_headers_on_assets_and_scripts(client, app):
    page = client.get("/").get_data(as_text=True)
    script = next(
        line.split('"')[1]
        for line in page.splitlines()
        if "dash_renderer" in line and "src=" in line
    )
    for url in [script, "/assets/bootstrap.min.css", "/_favicon.ico"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_headers(response)


def test_headers_on_callback_answers_and_errors(client, map_body):
    assert_headers(client.post(ENDPOINT, json=map_body))
    assert_headers(client.post(ENDPOINT, data=b"nonsense", content_type="application/json"))


def test_every_inline_script_of_the_page_is_allowed_by_its_hash(client, app):
    policy = client.get("/").headers["Content-Security-Policy"]
    script_src = next(d for d in policy.split("; ") if d.startswith("script-src"))
    for digest in app.csp_hashes():
        assert digest in script_src
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src


def test_policy_text():
    policy = content_security_policy(["'sha256-abc'"])
    assert "script-src 'self' 'sha256-abc';" in policy
    assert "connect-src 'self'" in policy  # the page talks to its own host only


def test_body_limit_is_set(app):
    assert app.server.config["MAX_CONTENT_LENGTH"] == DEFAULT_MAX_BODY


@pytest.fixture
def upload_app() -> Flask:
    server = Flask(__name__)
    server.config["MAX_CONTENT_LENGTH"] = 1000

    @server.post("/small")
    def small():
        return str(len(request.get_data()))

    @server.post("/upload")
    @allow_body(5000)
    def upload():
        return str(len(request.get_data()))

    return server


def test_allow_body_raises_the_limit_on_one_route_only(upload_app):
    client = upload_app.test_client()
    assert client.post("/upload", data=b"x" * 4000).get_data(as_text=True) == "4000"
    assert client.post("/upload", data=b"x" * 6000).status_code == 413
    assert client.post("/small", data=b"x" * 4000).status_code == 413
    assert client.post("/small", data=b"x" * 900).status_code == 200
