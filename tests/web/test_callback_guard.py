"""Bad callback bodies get a clean 4xx; the app keeps serving real ones."""

from __future__ import annotations

import copy
import json
import logging

import pytest

from dashboard.web.callback_guard import check_body, json_kind
from dashboard.web.security import DEFAULT_MAX_BODY
from tests.web.conftest import page_session

ENDPOINT = "/_dash-update-component"


def post_raw(client, data: bytes, content_type: str = "application/json"):
    return client.post(ENDPOINT, data=data, content_type=content_type)


def assert_clean(response, status: int) -> None:
    """The status, a short JSON error, and nothing of the server's insides."""
    assert response.status_code == status, response.data[:300]
    text = response.get_data(as_text=True)
    assert "Traceback" not in text and 'File "' not in text and "dashboard/" not in text
    assert response.get_json()["status"] == status


def mutated(body: dict, change) -> bytes:
    body = copy.deepcopy(body)
    change(body)
    return json.dumps(body).encode()


MALFORMED = {
    "not json": b"{output: map}",
    "truncated": b'{"output": "map.figure", "inputs": [',
    "a list": b"[1, 2, 3]",
    "a string": b'"hello"',
    "null": b"null",
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "invalid utf-8": b'{"output": "\xff\xfe"}',
    "empty object": b"{}",
}


@pytest.mark.parametrize("name", MALFORMED)
def test_malformed_json_is_a_400(client, name):
    assert_clean(post_raw(client, MALFORMED[name]), 400)


WRONG_SHAPES = {
    "unknown output": lambda b: b.update(output="secret.children"),
    "output not a string": lambda b: b.update(output=["map.figure"]),
    "inputs missing": lambda b: b.pop("inputs"),
    "one input short": lambda b: b["inputs"].pop(),
    "one input too many": lambda b: b["inputs"].append(b["inputs"][0]),
    "input of another component": lambda b: b["inputs"][0].update(id="admin"),
    "input of another property": lambda b: b["inputs"][0].update(property="style"),
    "input not an object": lambda b: b["inputs"].__setitem__(0, "language.value"),
    "state missing": lambda b: b.pop("state"),
    "outputs not a list": lambda b: b.update(outputs="map.figure"),
    "outputs one short": lambda b: b["outputs"].pop(),
    "outputs of another component": lambda b: b["outputs"][0].update(id="secret"),
    "changedPropIds not a list": lambda b: b.update(changedPropIds="year.value"),
    "changedPropIds huge": lambda b: b.update(changedPropIds=["year.value"] * 10_000),
    "list where a word is": lambda b: b["inputs"][1].update(value=["population"]),
    "object where a list is": lambda b: b["inputs"][4].update(value={"zones": True}),
    "number where a list is": lambda b: b["inputs"][4].update(value=-1),
}


@pytest.mark.parametrize("name", WRONG_SHAPES)
def test_bodies_no_renderer_sends_are_a_400(client, map_body, name):
    assert_clean(post_raw(client, mutated(map_body, WRONG_SHAPES[name])), 400)


def test_oversized_body_is_a_413_before_it_is_parsed(client, map_body):
    padding = "x" * (DEFAULT_MAX_BODY + 1)
    data = mutated(map_body, lambda b: b.update(padding=padding))
    assert_clean(post_raw(client, data), 413)


def test_body_that_is_not_json_is_a_415(client, map_body):
    assert_clean(post_raw(client, json.dumps(map_body).encode(), "text/plain"), 415)


def test_app_still_serves_after_the_abuse(client, map_body):
    for data in [*MALFORMED.values(), b"x" * (DEFAULT_MAX_BODY + 10)]:
        assert post_raw(client, data).status_code in {400, 413}
    response = client.post(ENDPOINT, json=map_body)
    assert response.status_code == 200
    assert "map" in response.get_json()["response"]
    assert client.get("/").status_code == 200


GARBAGE = ["zz", -1, None, ["x"], {"a": [1]}]  # a word, a number, null, list, object


def test_garbage_values_never_leak_a_traceback(client, caplog):
    """Every server callback, every input and state replaced by garbage of every kind:
    answered 200/204, a 400 from the guard, or a clean 500 (logged with its traceback,
    answered with an id only); the page keeps working afterwards."""
    session = page_session(client)
    session.initial(lambda body: client.post(ENDPOINT, json=body).get_json())
    statuses = set()
    with caplog.at_level(logging.ERROR, logger="dashboard.web.errors"):
        for callback in session.callbacks:
            names = [f"{i['id']}.{i['property']}" for i in callback["inputs"]]
            base = session.body(callback, names[:1])
            for section in ("inputs", "state"):
                for index, item in enumerate(base.get(section, [])):
                    if isinstance(item, list):
                        continue
                    for value in GARBAGE:

                        def change(b, section=section, index=index, value=value):
                            b[section][index]["value"] = value

                        response = post_raw(client, mutated(base, change))
                        statuses.add(response.status_code)
                        if response.status_code >= 500:
                            assert_clean(response, 500)
                            assert set(response.get_json()) == {"error", "status", "id"}
                        else:
                            assert response.status_code in {200, 204, 400}
    assert 400 in statuses
    for record in caplog.records:  # what the client did not see is in the log
        assert record.exc_info is not None
    assert page_session(client).initial(lambda body: client.post(ENDPOINT, json=body).get_json())


def test_check_body_accepts_what_the_renderer_sends(app, map_body):
    assert check_body(map_body, app.callback_map) is map_body


def test_json_kinds():
    assert [json_kind(v) for v in ("a", 1, 1.5, True, [], {}, None)] == [
        "string",
        "number",
        "number",
        "boolean",
        "array",
        "object",
        None,
    ]
