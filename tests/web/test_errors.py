"""Unhandled errors: a traceback in the log, an id and nothing else for the client."""

from __future__ import annotations

import logging

import pytest
from flask import Flask, abort

from dashboard.web.errors import install_error_handlers


@pytest.fixture
def client():
    server = Flask(__name__)
    install_error_handlers(server)

    @server.route("/boom")
    def boom():
        raise RuntimeError("secret path /etc/atlas/config and a password=hunter2")

    @server.route("/_dash-boom", methods=["POST"])
    def dash_boom():
        raise KeyError("internal")

    @server.route("/denied")
    def denied():
        abort(403, "imports over the web are disabled")

    return server.test_client()


def test_a_crash_is_logged_with_its_traceback_and_answered_without(client, caplog):
    with caplog.at_level(logging.ERROR):
        response = client.get("/boom", headers={"Accept": "text/html"})
    assert response.status_code == 500
    text = response.get_data(as_text=True)
    assert text.startswith("500 Internal Server Error (error id ")
    assert "hunter2" not in text and "Traceback" not in text and "RuntimeError" not in text
    error_id = text.split("error id ")[1].rstrip(")\n")
    record = next(r for r in caplog.records if error_id in r.getMessage())
    assert record.exc_info and record.exc_info[0] is RuntimeError


def test_machine_routes_get_json(client):
    response = client.post("/_dash-boom")
    assert response.status_code == 500
    body = response.get_json()
    assert body["error"] == "Internal Server Error" and len(body["id"]) == 12


def test_http_errors_keep_status_and_say_why(client):
    response = client.get("/denied")
    assert response.status_code == 403
    assert "imports over the web are disabled" in response.get_data(as_text=True)
    assert client.get("/nowhere").status_code == 404


def test_the_real_app_does_not_run_in_debug_mode(app):
    assert not app.server.debug


def test_a_script_of_an_unknown_library_is_a_404(app):
    client_app = app.server.test_client()
    response = client_app.get("/_dash-component-suites/nolib/x.js")
    assert response.status_code == 404
    assert "Traceback" not in response.get_data(as_text=True)
