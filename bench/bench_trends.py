"""Benchmark: what rendering the trends panel costs on the server.

Prints medians, per language, of
- a cold render: the view (eight figures, readings, sources lines) with its cache cleared,
  and the panel's components;
- a warm render: the same again, the cards from the cache (what every later reader gets);
- the baseline, in the same process: the eight figures alone, built with plotly
  (``trend_figure``), which is what a cold render cannot avoid;
the ratios cold / baseline and warm / cold, and the bytes of the panel's figures as JSON
(what the browser downloads when the panel opens).

Run: .venv/bin/python bench/bench_trends.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import gzip

from plotly.io.json import to_json_plotly

from dashboard.datasets.package import load_package
from dashboard.i18n.catalog import LANGUAGES
from dashboard.layout.panels.trends import trends_panel
from dashboard.state import ViewState
from dashboard.views import trends as view


def timed(function: Callable[[], object]) -> float:
    """Milliseconds of one call."""
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    package = load_package()
    trends_panel(view.trends_view(ViewState(lang="en"), package))  # imports, data caches

    def panel(lang: str) -> object:
        return trends_panel(view.trends_view(ViewState(lang=lang), package))

    def cold(lang: str) -> object:
        view._card_content.cache_clear()
        return panel(lang)

    def baseline(lang: str) -> object:
        return [view.trend_figure(chart, lang, package) for chart in view.CHARTS]

    print(f"trends panel, {len(view.CHARTS)} charts, medians of {args.rounds} rounds")
    for lang in LANGUAGES:
        cold_ms = statistics.median(timed(lambda: cold(lang)) for _ in range(args.rounds))  # noqa: B023
        warm_ms = statistics.median(timed(lambda: panel(lang)) for _ in range(args.rounds))  # noqa: B023
        base_ms = statistics.median(timed(lambda: baseline(lang)) for _ in range(args.rounds))  # noqa: B023
        cards = view.trends_view(ViewState(lang=lang), package).cards
        # serialised as Dash sends a callback's output
        body = to_json_plotly([card.figure for card in cards]).encode()
        packed = len(gzip.compress(body))
        print(
            f"  {lang}: cold {cold_ms:7.1f} ms   warm {warm_ms:6.2f} ms   "
            f"baseline (figures only) {base_ms:7.1f} ms   "
            f"cold/baseline {cold_ms / base_ms:4.2f}x   warm/cold {warm_ms / cold_ms:5.3f}x   "
            f"figures {len(body) / 1024:6.1f} KB raw {packed / 1024:5.1f} KB gzip"
        )


if __name__ == "__main__":
    main()
