"""The Dash callback endpoint, guarded: malformed bodies get a 400, not a traceback.

Dash trusts the body of ``POST /_dash-update-component``: an unknown ``output`` raises
``KeyError``, a missing ``inputs`` list or a wrong shape raises deep in its grouping code,
and each of those is a 500 with a traceback in the log (and on the page in debug mode).
The renderer only ever sends bodies that match a registered callback, so anything else is
a broken or hostile client. :func:`check_body` compares the body with the callback's
declared dependencies before Dash sees it; :func:`guard_dispatch` wraps Dash's view with
that check and, for the callbacks named pure, with the response cache.

Values are checked only for their JSON kind: a property that the layout starts as a
list or an object must arrive as one (or null), and one that starts as a string, number
or boolean must arrive as one of those (or null): a number field may send its text, but
a dropdown's value never turns into an object in a real page. Which strings or numbers are allowed
is each callback's business (the map's controls go through
``dashboard.state.from_controls``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable
from typing import Any

from dash import Dash
from dash._utils import split_callback_id
from dash.development.base_component import Component
from flask import Response, request
from werkzeug.exceptions import BadRequest

from dashboard.web.cache import ResponseCache

#: (component id, property) -> JSON kind of its value ("string", "number", ...).
Kinds = dict[tuple[str, str], str]
#: Kinds that hold other values; scalars of one kind may arrive as another (see above).
CONTAINERS = frozenset({"array", "object"})
#: Most matching components a pattern (ALL) dependency may list: the page has ~100 ids.
MAX_PATTERN_ITEMS = 1000
#: Longest ``changedPropIds`` list: a single interaction changes a handful of props.
MAX_CHANGED = 200


class CallbackBodyError(BadRequest):
    """A callback request that no Dash renderer would send (HTTP 400)."""


def json_kind(value: Any) -> str | None:
    """The JSON kind of ``value`` (numbers are one kind: a slider may send 1 or 1.5)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else None


def layout_kinds(layout: Any) -> Kinds:
    """(component id, property) -> JSON kind of its value in the initial layout.

    Only components with a plain string id and a non-null starting value are recorded;
    the rest (pattern ids, stores that start empty) are not checked.
    """
    kinds: Kinds = {}
    stack = [layout]
    while stack:
        node = stack.pop()
        if isinstance(node, list | tuple):
            stack.extend(node)
            continue
        if not isinstance(node, Component):
            continue
        props = {name: getattr(node, name) for name in node._prop_names if hasattr(node, name)}
        component_id = props.pop("id", None)
        for name, value in props.items():
            kind = json_kind(value)
            if isinstance(component_id, str) and kind is not None and name != "children":
                kinds[(component_id, name)] = kind
            stack.append(value)
    return kinds


def endpoint_of(app: Dash) -> str:
    """The Flask endpoint name of Dash's callback route (it follows the URL prefix)."""
    for rule in app.server.url_map.iter_rules():
        if rule.rule.endswith("/_dash-update-component"):
            return rule.endpoint
    raise LookupError("the Dash app has no /_dash-update-component route")


def read_json() -> Any:
    """The request's JSON; 400 on bad JSON or absurd nesting, 415 if not JSON, 413 if large.

    Flask keeps the parsed body, so Dash's own ``request.get_json()`` does not parse again.
    """
    try:
        return request.get_json()  # BadRequest, UnsupportedMediaType, RequestEntityTooLarge
    except (ValueError, RecursionError):  # e.g. [[[[…]]]] thousands deep
        raise CallbackBodyError("the request body is not valid JSON") from None


def _fail(message: str) -> CallbackBodyError:
    return CallbackBodyError(message)


def _declared(spec: dict[str, str]) -> tuple[str | dict, str, bool]:
    """(id, property, is_pattern) of a declared dependency (ids of patterns are JSON)."""
    raw = spec["id"]
    if raw.startswith("{"):
        return json.loads(raw), spec["property"], True
    return raw, spec["property"], False


def _check_pattern_id(item_id: Any, declared: dict, where: str) -> None:
    if not isinstance(item_id, dict) or set(item_id) != set(declared):
        raise _fail(f"{where}: id does not match the callback's pattern")
    for key, wanted in declared.items():
        if isinstance(wanted, list):  # a wildcard (ALL, MATCH, ALLSMALLER): any scalar
            if not isinstance(item_id[key], str | int | float | bool):
                raise _fail(f"{where}: id part {key!r} must be a plain value")
        elif item_id[key] != wanted:
            raise _fail(f"{where}: id part {key!r} does not match the callback")


def _check_kind(entry: dict, kinds: Kinds, where: str) -> None:
    wanted = kinds.get((entry["id"], entry["property"])) if isinstance(entry["id"], str) else None
    got = json_kind(entry.get("value"))
    if wanted is None or got is None or got == wanted:
        return
    if wanted not in CONTAINERS and got not in CONTAINERS:  # scalars: the callback checks
        return
    raise _fail(f"{where}: value of {entry['id']}.{entry['property']} must be a {wanted}")


def _check_item(item: Any, spec: dict[str, str], where: str, kinds: Kinds | None) -> None:
    """One dependency of the body against its declaration (``kinds``: None for outputs,
    which carry no value; else the JSON kinds values must have)."""
    declared_id, prop, pattern = _declared(spec)
    if pattern:
        if isinstance(item, dict):  # MATCH dependencies arrive as a single item
            item = [item]
        if not isinstance(item, list) or len(item) > MAX_PATTERN_ITEMS:
            raise _fail(f"{where}: expected a list of matching components")
        for index, entry in enumerate(item):
            _check_entry(entry, declared_id, prop, f"{where}[{index}]", kinds, pattern=True)
        return
    _check_entry(item, declared_id, prop, where, kinds, pattern=False)


def _check_entry(
    entry: Any, declared_id: Any, prop: str, where: str, kinds: Kinds | None, *, pattern: bool
) -> None:
    if not isinstance(entry, dict) or "id" not in entry or "property" not in entry:
        raise _fail(f"{where}: expected an object with id and property")
    if entry["property"] != prop:
        raise _fail(f"{where}: property does not match the callback")
    if pattern:
        _check_pattern_id(entry["id"], declared_id, where)
    elif entry["id"] != declared_id:
        raise _fail(f"{where}: id does not match the callback")
    if kinds is not None:  # inputs and state carry values; outputs do not
        _check_kind(entry, kinds, where)


def _check_list(body: dict, name: str, declared: list[dict], kinds: Kinds | None) -> None:
    items = body.get(name, [])
    if not isinstance(items, list) or len(items) != len(declared):
        raise _fail(f"{name}: expected a list of {len(declared)} items")
    for index, (item, spec) in enumerate(zip(items, declared, strict=True)):
        _check_item(item, spec, f"{name}[{index}]", kinds)


def check_body(body: Any, callback_map: dict[str, dict], kinds: Kinds | None = None) -> dict:
    """``body`` if it matches a registered callback's dependencies and the value kinds of
    the layout (``kinds``, from :func:`layout_kinds`), else CallbackBodyError."""
    kinds = {} if kinds is None else kinds
    if not isinstance(body, dict):
        raise _fail("expected a JSON object")
    output = body.get("output")
    if not isinstance(output, str) or output not in callback_map:
        raise _fail("output: not a callback of this app")
    spec = callback_map[output]
    _check_list(body, "inputs", spec["inputs"], kinds)
    _check_list(body, "state", spec.get("state", []), kinds)
    if not spec.get("no_output"):
        declared = split_callback_id(output)
        outputs = body.get("outputs")
        if isinstance(declared, list):
            _check_list({"outputs": outputs}, "outputs", declared, None)
        else:
            _check_item(outputs, declared, "outputs", None)
    changed = body.get("changedPropIds", [])
    if (
        not isinstance(changed, list)
        or len(changed) > MAX_CHANGED
        or not all(isinstance(c, str) for c in changed)
    ):
        raise _fail("changedPropIds: expected a short list of strings")
    for name in changed:
        component = name.rpartition(".")[0]
        # A pattern id is JSON; Dash parses it for ctx.triggered_id and fails on bad JSON.
        if component.startswith("{") and not _json_object(component):
            raise _fail("changedPropIds: not an id of this page")
    return body


def _json_object(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def pure_callbacks(app: Dash, first_outputs: Iterable[str]) -> set[str]:
    """Callback keys (``output`` values) whose first output is one of ``first_outputs``.

    ``"map.figure"`` names the map callback; outputs with ``allow_duplicate`` (``@hash``)
    belong to other callbacks and are not matched.
    """
    wanted = set(first_outputs)
    keys = set()
    for key in app.callback_map:
        declared = split_callback_id(key)
        first = declared[0] if isinstance(declared, list) else declared
        if f"{first['id']}.{first['property']}" in wanted:
            keys.add(key)
    return keys


def guard_dispatch(
    app: Dash, cache: ResponseCache | None = None, cached: Iterable[str] = ()
) -> None:
    """Wrap Dash's callback view: check the body, then serve ``cached`` callbacks from
    ``cache`` (their response must depend on the body alone: no request headers, no
    side effects), else call Dash."""
    endpoint = endpoint_of(app)
    dispatch: Callable[..., Any] = app.server.view_functions[endpoint]
    cached_keys = frozenset(cached)
    # The page is made per load (dashboard/callbacks/page.py); its components and their
    # kinds are the same whatever the link, so the default view's (outside a request) say them.
    kinds = layout_kinds(app.layout() if callable(app.layout) else app.layout)

    @functools.wraps(dispatch)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        body = check_body(read_json(), app.callback_map, kinds)
        if cache is None or not cache.enabled or body["output"] not in cached_keys:
            return dispatch(*args, **kwargs)
        # The renderer's bookkeeping fields do not change the answer.
        key = cache.key("callback", {k: v for k, v in body.items() if k != "parsedChangedPropsIds"})
        hit = cache.lookup(key)
        if hit is not None:
            return hit
        response = app.server.make_response(dispatch(*args, **kwargs))
        if isinstance(response, Response):
            cache.store(key, response)
        return response

    app.server.view_functions[endpoint] = guarded
