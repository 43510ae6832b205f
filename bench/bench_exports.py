"""Benchmark: what a server-side image or PDF export of a view costs.

Prints cold and warm medians of
- the PNG export (map, legends and footer, 2400 x 1500 px) and the SVG export;
- the one-page PDF brief (map PNG by kaleido, page by reportlab);
- a plain ``fig.to_image`` PNG of the same figure: the baseline, in the same process;
and the ratios warm / cold and export / plain PNG. "Cold" is the first export after
the renderer's Chromium has been stopped (it starts again); "warm" is every later one.

Run: .venv/bin/python bench/bench_exports.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import plotly.io as pio

from dashboard.datasets.package import load_package
from dashboard.exports.brief import brief_pdf
from dashboard.exports.images import TOPOJSON_URL, shutdown_renderer, to_png, to_svg
from dashboard.state import ViewState
from dashboard.views.map import map_view

# The default view (zones and roles) and one with model flows, in Russian.
STATES = [
    ViewState(lang="ru", indicator="net_migration", year=2023),
    ViewState(lang="ru", indicator="net_migration", year=2023, layers=("zones", "roles", "flows")),
]


def timed(function: Callable[[], bytes]) -> tuple[float, int]:
    """Milliseconds and bytes of one call."""
    start = time.perf_counter()
    body = function()
    return (time.perf_counter() - start) * 1000, len(body)


def plain_png(view) -> bytes:
    """The baseline: plotly's own ``to_image`` of the view's figure, nothing added."""
    return pio.to_image(view.figure_json(), format="png", width=1200, height=750, scale=2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    pio.defaults.topojson = TOPOJSON_URL  # the baseline must not fetch from the CDN either
    # plotly passes its (empty) launch options to the running renderer, which ignores them.
    warnings.filterwarnings("ignore", message="The kopts argument is ignored")

    views = [(map_view(state, load_package()), state) for state in STATES]
    exports: dict[str, Callable] = {
        "PNG export": to_png,
        "SVG export": to_svg,
        "PDF brief": brief_pdf,
        "plain fig.to_image PNG": lambda view, _state: plain_png(view),
    }
    cold: dict[str, list[float]] = {name: [] for name in exports}
    warm: dict[str, list[float]] = {name: [] for name in exports}
    sizes: dict[str, list[int]] = {name: [] for name in exports}
    for name, export in exports.items():
        for round_ in range(args.rounds):
            view, state = views[round_ % len(views)]
            # Cold: Chromium stopped. The plain baseline then runs kaleido one-shot (a
            # Chromium for the call), which is what fig.to_image does without a server.
            shutdown_renderer()
            ms, _ = timed(lambda: export(view, state))  # noqa: B023
            cold[name].append(ms)
        to_png(*views[0])  # the long-lived renderer, for the warm calls of every export
        for round_ in range(args.rounds * 2):
            view, state = views[round_ % len(views)]
            ms, size = timed(lambda: export(view, state))  # noqa: B023
            warm[name].append(ms)
            sizes[name].append(size)
    shutdown_renderer()

    print(f"views: {len(views)} (default layers; with model flows), {args.rounds} rounds")
    for name in exports:
        c, w = statistics.median(cold[name]), statistics.median(warm[name])
        size = statistics.median(sizes[name]) / 1000
        print(
            f"{name:<24} cold median {c:7.0f} ms   warm median {w:6.0f} ms"
            f"   warm/cold {w / c:5.2f}   {size:7.1f} KB"
        )
    plain = statistics.median(warm["plain fig.to_image PNG"])
    for name in ("PNG export", "SVG export", "PDF brief"):
        print(f"{name} / plain PNG (warm): {statistics.median(warm[name]) / plain:.2f}x")
    print("cold = Chromium stopped before the call; plain cold = kaleido one-shot")
    print("target (PRODUCT.md §8): PDF brief <= 3 s warm")


if __name__ == "__main__":
    main()
