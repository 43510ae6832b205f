"""The admin token: closed without one, constant-time comparison, from the header only and
before the body is read."""

from __future__ import annotations

import io

import pytest
from flask import Flask

from dashboard.settings import Settings
from dashboard.web.admin import require_admin_token, token_matches
from dashboard.web.errors import install_error_handlers

TOKEN = "a-long-enough-admin-token"


def test_token_matches():
    assert token_matches(TOKEN, TOKEN)
    assert not token_matches(TOKEN, TOKEN[:-1])
    assert not token_matches(TOKEN, TOKEN + "x")
    assert not token_matches(TOKEN, "")
    assert not token_matches(TOKEN, None)
    assert not token_matches(None, None)
    assert not token_matches("", "")
    assert token_matches("кілт-құпия-сөз-ұзын", "кілт-құпия-сөз-ұзын")  # not only ASCII


def test_comparison_is_constant_time(monkeypatch):
    import dashboard.web.admin as admin

    calls = []
    real = admin.hmac.compare_digest
    monkeypatch.setattr(
        admin.hmac, "compare_digest", lambda a, b: calls.append((a, b)) or real(a, b)
    )
    assert not token_matches(TOKEN, "guess")
    assert calls == [(TOKEN.encode(), b"guess")]


def upload_client(token: str | None):
    server = Flask(__name__)
    install_error_handlers(server)

    @server.post("/import")
    @require_admin_token(Settings(admin_token=token))
    def upload():
        return "accepted"

    return server.test_client()


@pytest.mark.parametrize("token", [None, ""])
def test_without_a_configured_token_the_route_is_closed(token):
    response = upload_client(token).post("/import", headers={"Authorization": "Bearer x"})
    assert response.status_code == 403
    assert "ATLAS_ADMIN_TOKEN" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong-token-of-some-length"}, {"Authorization": TOKEN}],
)
def test_a_missing_or_wrong_token_is_refused(headers):
    assert upload_client(TOKEN).post("/import", headers=headers).status_code == 403


def test_the_right_token_in_the_header_is_accepted_and_nowhere_else():
    client = upload_client(TOKEN)
    assert client.post("/import", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    # a token in the body would have to be read before the sender is known: refused
    assert client.post("/import", data={"admin_token": TOKEN}).status_code == 403
    assert client.post(f"/import?admin_token={TOKEN}").status_code == 403


class TrackedBody(io.BytesIO):
    """A request body that records whether anything read it."""

    touched = False

    def read(self, *args):
        TrackedBody.touched = True
        return super().read(*args)

    def readline(self, *args):
        TrackedBody.touched = True
        return super().readline(*args)


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "Bearer wrong-token-of-some-length"}, {"Authorization": ""}]
)
def test_a_refused_request_is_answered_without_reading_its_body(headers):
    TrackedBody.touched = False
    body = b'--x\r\nContent-Disposition: form-data; name="admin_token"\r\n\r\n' + TOKEN.encode()
    response = upload_client(TOKEN).post(
        "/import",
        input_stream=TrackedBody(body + b"\r\n--x--\r\n"),
        content_length=len(body) + 9,
        content_type="multipart/form-data; boundary=x",
        headers=headers,
    )
    assert response.status_code == 403
    assert not TrackedBody.touched
