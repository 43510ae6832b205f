"""Nonsense values of the right JSON kind: every callback ignores them or falls back.

The callback guard (test_callback_guard.py) refuses bodies no renderer would send and
values of the wrong JSON kind; which words, numbers, lists and objects make sense is each
callback's business (dashboard/callbacks/values.py, dashboard/state.py). Here every server
callback the page registers gets, in each input and state, unknown words, huge and negative
numbers, empty lists, lists of unknown ids and objects with unexpected keys: as the change
that triggers it (inputs), or beside a real change (state). The answer is 200 or 204 (the
value ignored) or a clean 4xx (the guard), never a 500, and the page works afterwards.
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from dashboard.layout import ids
from dashboard.web.replay import PageSession, _id_key
from tests.web.conftest import page_session

ENDPOINT = "/_dash-update-component"
TOKEN = "callback-values-admin-token-0123456789"  # imports on: the Import tab's callback too
# A view with more of the page alive than the default: flows drawn, a region's profile open.
SEARCH = "?lang=en&indicator=net_migration&year=2024&layers=zones,roles,flows&region=75"

WORDS = ["zz", "", "-1", "1e400", "NaN", "x" * 10_000]
NUMBERS = [-1, 0, 10**30, -(10**30), 1.5, 1e308, True]
LISTS = [[], ["zz"], ["10", "zz"], [None, -1, 1.5], [{"zz": 1}], [[]], ["75"] * 1000]
OBJECTS = [
    {},
    {"zz": [1]},
    {"points": "zz"},  # clickData
    {"points": [5, {"curveNumber": 0, "location": "zz"}]},
    {"points": [{"curveNumber": 0, "location": ["75"]}]},
    {"version": "2022", "traces": 10**9, "static": "zz", "static_key": []},  # map meta
    {"version": ["zz"], "traces": -1},
    {"playing": True, "index": "zz", "shown": 10**30},  # presenter position
    {"playing": 1, "index": -5, "shown": -1},
    {"playing": True, "index": 10**30, "shown": "zz"},
    {"name": ["zz"], "scenes": "zz"},  # presentation
    {"name": "zz", "scenes": [5, {"query": ["?year=zz"], "title": {}}] * 100},
    {"lines": 1, "problems": "zz", "store": [5], "preview": [5], "preview_rows": 5},  # import
]
NONSENSE = [None, *WORDS, *NUMBERS, *LISTS, *OBJECTS]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):
    """An app of its own (this test fills its presentation store), with web imports on."""
    from dashboard.app import create_app
    from dashboard.settings import Settings

    folder = tmp_path_factory.mktemp("callback-values")
    return create_app(Settings(instance_dir=folder, admin_token=TOKEN))


def poster(client):
    return lambda body: client.post(ENDPOINT, json=body).get_json()


@pytest.fixture(scope="module")
def page(app) -> PageSession:
    """The page after a load, two scenes saved and the Programme tab seen (so the scene
    buttons and the Programme's region buttons are known, with their values)."""
    client = app.server.test_client()
    session = page_session(client, SEARCH)
    session.initial(poster(client))
    for clicks in (1, 2):
        session.change(ids.SCENE_ADD, "n_clicks", clicks, poster(client))
    session.change(ids.PANEL, "active_tab", "programme", poster(client))
    session.change(ids.PANEL, "active_tab", "map", poster(client))
    return session


# -- bodies -----------------------------------------------------------------------------------


def name_of(entry: dict) -> str:
    """``id.prop`` of one dependency entry, as ``changedPropIds`` names it."""
    return f"{_id_key(entry['id'])}.{entry['property']}"


def triggers(body: dict) -> list[str]:
    """What can trigger the callback: each input, each item of a pattern input."""
    names = []
    for entry in body["inputs"]:
        names += [name_of(item) for item in entry] if isinstance(entry, list) else [name_of(entry)]
    return names


def clicked(body: dict, trigger: str) -> dict:
    """``body`` triggered by ``trigger``, a button clicked if it is one (else the early
    return of "not clicked" would hide what follows)."""
    body = copy.deepcopy(body)
    body["changedPropIds"] = [trigger]
    for entry in body["inputs"]:
        for item in entry if isinstance(entry, list) else [entry]:
            if name_of(item) == trigger and item["property"] == "n_clicks":
                item["value"] = 1
    return body


def unknown_ids(items: list[dict], pattern: dict, prop: str) -> list[dict]:
    """Items of a pattern dependency naming nothing on the page: the ids of its items (or
    the pattern's) with one wildcard part at a time made odd."""
    fallback = {k: ("zz" if isinstance(v, list) else v) for k, v in pattern.items()}
    known = [item["id"] for item in items] or [fallback]
    odd_ids = {
        json.dumps({**real, key: odd}, sort_keys=True)
        for real in known
        for key, wanted in pattern.items()
        if isinstance(wanted, list)
        for odd in ("zz", -1, 10**30)
    }
    return [{"id": json.loads(i), "property": prop, "value": 1} for i in sorted(odd_ids)]


def cases(page: PageSession) -> Iterator[tuple[str, dict]]:
    """(description, body) for every callback, dependency and nonsense value."""
    for callback in page.callbacks:
        base = page.body(callback, [])
        names = triggers(base)
        # Beside state: the first input and every button (what changes the branch taken).
        beside = list(dict.fromkeys(names[:1] + [n for n in names if n.endswith(".n_clicks")]))
        specs = {"inputs": callback["inputs"], "state": callback["state"]}
        for section in ("inputs", "state"):
            for index, entry in enumerate(base.get(section, [])):
                spec = specs[section][index]
                label = f"{callback['output'][:60]} {section}[{index}] {spec['id'][:50]}"
                pattern = isinstance(entry, list)
                own = [name_of(i) for i in entry] if pattern else [name_of(entry)]
                for trigger in own[:1] if section == "inputs" else beside:
                    for value in NONSENSE:
                        body = clicked(base, trigger)
                        target = body[section][index]
                        for item in target if pattern else [target]:
                            item["value"] = value
                        yield f"{label} = {json.dumps(value)[:40]} ({trigger[:40]})", body
                if pattern:  # the pattern's buttons or fields, with ids that name nothing
                    odd = unknown_ids(entry, json.loads(spec["id"]), spec["property"])
                    for item in odd:
                        body = clicked(base, names[0] if names else "")
                        body[section][index] = [item]
                        if section == "inputs":
                            body["changedPropIds"] = [name_of(item)]
                        yield f"{label} unknown id {json.dumps(item['id'])[:60]}", body


def still_works(client) -> None:
    """A fresh page loads, its callbacks answer, and a change of year redraws the map."""
    assert client.get("/").status_code == 200
    fresh = page_session(client, SEARCH)
    answers: list[int] = []

    def post(body: dict) -> dict | None:
        response = client.post(ENDPOINT, json=body)
        answers.append(response.status_code)
        return response.get_json() if response.status_code == 200 else None

    assert fresh.initial(post) >= 10
    assert fresh.values[("region", "options")]
    assert fresh.change(ids.YEAR, "value", 2023, post) > 0
    assert set(answers) <= {200, 204}
    assert fresh.values[("boundary-info", "children")]


def test_nonsense_values_are_ignored_not_a_500(app, page, caplog):
    client = app.server.test_client()
    failures, statuses = [], set()
    with caplog.at_level(logging.ERROR, logger="dashboard.web.errors"):
        for label, body in cases(page):
            response = client.post(ENDPOINT, data=json.dumps(body), content_type="application/json")
            status = response.status_code
            statuses.add(status)
            text = response.get_data(as_text=True)
            if not (status in {200, 204} or 400 <= status < 500) or "Traceback" in text:
                failures.append(f"{status} {label}")
    assert not failures, f"{len(failures)} answers that were not 200/204/4xx:\n" + "\n".join(
        failures[:40]
    )
    assert not [r for r in caplog.records if r.exc_info], "a callback raised (see the log)"
    assert {200, 204, 400} <= statuses  # answered, ignored, and refused by the guard
    still_works(client)


def test_every_callback_is_covered(page):
    described = {label.split(" ")[0] for label, _ in cases(page)}
    assert described == {c["output"][:60] for c in page.callbacks}
    assert len(page.callbacks) >= 25
    assert any(ids.UPLOAD_REPORT in c["output"] for c in page.callbacks)  # imports on


# -- values that reach the link parser and the guard ------------------------------------------


def body_for(page: PageSession, output: str, changed: str, values: dict[str, Any]) -> dict:
    """The body of the callback whose output key starts with ``output``, triggered by
    ``changed``, with ``values`` (by ``"id.prop"``) in its inputs and state."""
    callback = next(c for c in page.callbacks if c["output"].startswith(output))
    body = clicked(page.body(callback, []), changed)
    for section in ("inputs", "state"):
        for entry in body.get(section, []):
            if isinstance(entry, dict) and name_of(entry) in values:
                entry["value"] = values[name_of(entry)]
    return body


@pytest.mark.parametrize(
    "where",
    ["link", "year control", "top-n control", "scene link"],
)
def test_digit_like_words_are_bad_parameters(app, page, where):
    # str.isdigit() accepts "²"; int() refuses it, and digit strings over 4300 long.
    scene = {"name": "digits", "scenes": [{"query": "?year=²", "title": "x", "note": ""}]}
    output, changed, values = {
        "link": ("..language.value...", "url.search", {"url.search": "?year=²"}),
        "year control": ("..map.figure", "year.value", {"year.value": "²"}),
        "top-n control": ("..map.figure", "top-n.value", {"top-n.value": "9" * 5000}),
        "scene link": (
            "..language.value@",  # the scene shown by the presenter
            "present-position.data",
            {"present-position.data": {"shown": 0}, "presentation.data": scene},
        ),
    }[where]
    body = body_for(page, output, changed, values)
    assert app.server.test_client().post(ENDPOINT, json=body).status_code in {200, 204}


def test_changed_prop_ids_that_are_not_ids_are_a_400(app, page):
    body = body_for(page, "..map.figure", "year.value", {})  # reads ctx.triggered_id
    body["changedPropIds"] = ["{not json.value"]
    assert app.server.test_client().post(ENDPOINT, json=body).status_code == 400
