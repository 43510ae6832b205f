"""Benchmark: what a region's profile costs on the server once the caches are warm.

Prints the median of building the profile of several regions and years (every indicator's
series, roles, zones, flows), against a baseline in the same process: the map's values of
one indicator and year (``indicator_values``), the smallest request the data API answers.
The ratio says how many such lookups a profile is worth; the target (PRODUCT.md section 8)
is a profile well under 150 ms.

Run: .venv/bin/python bench/bench_profile.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.datasets.indicators import indicator_values
from dashboard.datasets.package import load_package
from dashboard.datasets.profiles import region_profile

CASES = [("10", 2023), ("62", 2015), ("61", 2005), ("71", 2024), ("59", 2001)]


def timed(function) -> float:
    """Milliseconds of one call."""
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    package = load_package()
    for region, year in CASES:  # warm the caches, as after the first readers
        region_profile(region, year, package)
    print(f"{'region':>6} {'year':>5} {'profile ms':>11} {'baseline ms':>12} {'ratio':>7}")
    for region, year in CASES:
        profile = statistics.median(
            timed(lambda r=region, y=year: region_profile(r, y, package))
            for _ in range(args.rounds)
        )
        base = statistics.median(
            timed(lambda y=year: indicator_values("population", y, package=package))
            for _ in range(args.rounds)
        )
        print(f"{region:>6} {year:>5} {profile:>11.1f} {base:>12.2f} {profile / base:>7.0f}x")


if __name__ == "__main__":
    main()
