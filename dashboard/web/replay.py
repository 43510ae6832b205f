"""A reader's page without a browser: the callback requests Dash's renderer would send.

Built from what the page itself downloads (``/_dash-layout`` and ``/_dash-dependencies``),
so the bodies always match the running app, however its callbacks change. It keeps the
value of every component property, like the renderer's store, and on a change finds the
server callbacks that take it as input, builds their bodies, and after each answer
follows the chain (outputs that are inputs of further callbacks). Clientside callbacks run
in the browser and are skipped; Patch answers (the map figure) are not applied, which
changes nothing that a later body carries except the figure itself, never an input.

The transport is the caller's: a Flask test client in tests, ``http.client`` in the load
benchmark (bench/bench_load.py), ``urllib`` in a post-deploy smoke check.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from dash._utils import split_callback_id

from dashboard.layout import ids

#: How many rounds of chained callbacks to follow after one change (the atlas needs 3).
MAX_CHAIN = 4
#: Clientside callbacks that hand a value on to the server's callbacks, as they do in a
#: page that cannot answer itself: the year, flow mode and direction go to the server as
#: requests when the browser holds no frame of the view (a replayed page never fetches
#: them; assets/map-frames.js).
RELAYS = {f"{control}.value": (store, "data") for control, store in ids.REQUESTS.items()}

Post = Callable[[dict], dict | None]  # body -> JSON answer (None: 204 or error)


def _id_key(component_id: Any) -> str:
    """Dash's string form of an id (dict ids as sorted compact JSON)."""
    if isinstance(component_id, dict):
        return json.dumps(component_id, sort_keys=True, separators=(",", ":"))
    return str(component_id)


def _walk(node: Any) -> Iterator[dict]:
    """Every component (``{"props": ..., "type": ...}``) in a layout tree."""
    if isinstance(node, list):
        for child in node:
            yield from _walk(child)
    elif isinstance(node, dict) and "props" in node:
        yield node
        for value in node["props"].values():
            yield from _walk(value)


def _matches(pattern: dict, component_id: Any) -> bool:
    if not isinstance(component_id, dict) or set(component_id) != set(pattern):
        return False
    return all(isinstance(v, list) or component_id[k] == v for k, v in pattern.items())


class PageSession:
    """Component values and callback graph of one page, as the renderer holds them."""

    def __init__(self, layout: dict, dependencies: list[dict], search: str = "") -> None:
        self.values: dict[tuple[str, str], Any] = {}
        self.ids: list[Any] = []
        self._absorb(layout)
        self.values[("url", "search")] = search
        self.values[("url", "pathname")] = "/"
        self.callbacks = [d for d in dependencies if not d.get("clientside_function")]

    def _absorb(self, tree: Any) -> None:
        for component in _walk(tree):
            props = component["props"]
            if "id" in props:
                self.ids.append(props["id"])
                for name, value in props.items():
                    if name != "id":
                        self.values[(_id_key(props["id"]), name)] = value

    # -- bodies ---------------------------------------------------------------------------

    def _dependency(self, spec: dict, with_value: bool) -> dict | list:
        raw, prop = spec["id"], spec["property"].split("@")[0]
        if raw.startswith("{"):
            pattern = json.loads(raw)
            items = [i for i in self.ids if _matches(pattern, i)]
            return [self._entry(i, spec["property"], prop, with_value) for i in items]
        return self._entry(raw, spec["property"], prop, with_value)

    def _entry(self, component_id: Any, sent_prop: str, prop: str, with_value: bool) -> dict:
        entry = {"id": component_id, "property": sent_prop if not with_value else prop}
        if with_value:
            entry["value"] = self.values.get((_id_key(component_id), prop))
        return entry

    def body(self, callback: dict, changed: list[str]) -> dict:
        """The request body for ``callback`` (an entry of ``/_dash-dependencies``)."""
        declared = split_callback_id(callback["output"])
        outputs = (
            [self._dependency(o, False) for o in declared]
            if isinstance(declared, list)
            else self._dependency(declared, False)
        )
        inputs = [self._dependency(i, True) for i in callback["inputs"]]
        state = [self._dependency(s, True) for s in callback["state"]]
        body = {
            "output": callback["output"],
            "outputs": outputs,
            "inputs": inputs,
            "changedPropIds": changed,
        }
        if state:
            body["state"] = state
        return body

    # -- the renderer's loop --------------------------------------------------------------

    def triggered_by(self, changed: set[str]) -> list[dict]:
        """Server callbacks with an input among ``changed`` (``"id.prop"`` strings)."""
        found = []
        for callback in self.callbacks:
            names = {f"{i['id']}.{i['property']}" for i in callback["inputs"]}
            if names & changed:
                found.append(callback)
        return found

    def apply(self, answer: dict | None) -> set[str]:
        """Store an answer's new values; returns the ``id.prop`` names that changed."""
        changed: set[str] = set()
        for component_id, props in ((answer or {}).get("response") or {}).items():
            for name, value in props.items():
                if isinstance(value, dict) and "__dash_patch_update" in value:
                    changed.add(f"{component_id}.{name}")  # a Patch: not applied, see above
                    continue
                if self.values.get((component_id, name), object()) == value:
                    continue  # the renderer fires nothing for an unchanged value
                self.values[(component_id, name)] = value
                changed.add(f"{component_id}.{name}")
                if name == "children":
                    self._absorb(value)
        return self._relay(changed)

    def _relay(self, changed: set[str]) -> set[str]:
        """``changed`` with what :data:`RELAYS` hands on from it."""
        for name in list(changed):
            if name in RELAYS:
                target = RELAYS[name]
                self.values[target] = self.values.get(tuple(name.rsplit(".", 1)))
                changed.add(".".join(target))
        return changed

    def initial(self, post: Post) -> int:
        """The callbacks of a page load; returns how many requests were sent."""
        first = [c for c in self.callbacks if not c.get("prevent_initial_call")]
        return self._cascade(first, set(), post, initial=True)

    def change(self, component_id: str, prop: str, value: Any, post: Post) -> int:
        """Set a control as a reader would and run what follows; returns requests sent."""
        self.values[(component_id, prop)] = value
        changed = self._relay({f"{component_id}.{prop}"})
        return self._cascade(self.triggered_by(changed), changed, post)

    def _cascade(self, todo: list[dict], changed: set[str], post: Post, initial=False) -> int:
        sent = 0
        for _ in range(MAX_CHAIN):
            if not todo:
                break
            now_changed: set[str] = set()
            for callback in todo:
                names = [
                    f"{i['id']}.{i['property']}"
                    for i in callback["inputs"]
                    if f"{i['id']}.{i['property']}" in changed or initial
                ]
                now_changed |= self.apply(post(self.body(callback, names)))
                sent += 1
            changed, initial = now_changed, False
            todo = self.triggered_by(changed)
        return sent
