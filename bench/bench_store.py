"""Benchmark: group-bys over a district-level origin-destination table, DuckDB vs pandas.

The atlas's observed flows are region-level (20 units: at most 380 pairs a year), but an
imported table could be district-level. This measures the store on such a table: about a
million rows (200 districts x 199 destinations x 25 years), written with the store's own
writer (``dashboard.store.build.write_tables``) into a DuckDB file and queried through the
store's own read-only snapshot and query functions (``dashboard.store.queries``), against
pandas on the same rows in the same process:

- Q1: one year, persons by (origin, destination), largest first;
- Q2: all years, persons by (year, origin);
- Q3: the top 10 flows into or out of one district, all years summed.

"DuckDB store file" is the store's query function with its result as a DataFrame; "DuckDB
engine only" counts the same group-by inside DuckDB (no DataFrame built).

The numbers are GENERATED for this benchmark only (random, seeded): they are never written
to the data package or the instance folder; the DuckDB file lives in a temporary folder
that is deleted at the end.

Run: .venv/bin/python bench/bench_store.py [--districts 200] [--years 25] [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.datasets.package import load_package
from dashboard.store import queries
from dashboard.store.build import write_tables
from dashboard.store.reader import Snapshot

FIRST_YEAR = 2000
TOP_N = 10


def generate(districts: int, years: int, seed: int = 2001) -> pd.DataFrame:
    """Every ordered pair of ``districts`` in each of ``years``: generated, not data."""
    rng = np.random.default_rng(seed)
    ids = np.array([f"D{i:03d}" for i in range(districts)])
    origin, destination = np.meshgrid(np.arange(districts), np.arange(districts), indexing="ij")
    keep = origin != destination
    origin, destination = origin[keep], destination[keep]
    pairs = len(origin)
    year = np.repeat(np.arange(FIRST_YEAR, FIRST_YEAR + years), pairs)
    return pd.DataFrame(
        {
            "year": year.astype("int64"),
            "origin": pd.array(np.tile(ids[origin], years), dtype="str"),
            "destination": pd.array(np.tile(ids[destination], years), dtype="str"),
            # heavy-tailed like real flows: most pairs small, a few large
            "persons": np.round(rng.lognormal(3.0, 1.4, size=pairs * years)),
            "source_id": "bench-generated",
            "quality": "model",
            "note": "",
        }
    )


def timed(function: Callable[[], object], runs: int) -> tuple[float, object]:
    """Median wall time in ms of ``runs`` calls (after one warm-up call), and the result."""
    result = function()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def pandas_queries(frame: pd.DataFrame, year: int, region: str) -> dict[str, Callable]:
    def q1() -> pd.DataFrame:
        rows = frame[frame["year"] == year]
        out = rows.groupby(["origin", "destination"], observed=True)["persons"].sum()
        return out.sort_values(ascending=False)

    def q2() -> pd.Series:
        return frame.groupby(["year", "origin"], observed=True)["persons"].sum()

    def q3() -> pd.Series:
        rows = frame[(frame["origin"] == region) | (frame["destination"] == region)]
        out = rows.groupby(["origin", "destination"], observed=True)["persons"].sum()
        return out.nlargest(TOP_N)

    return {"Q1": q1, "Q2": q2, "Q3": q3}


def duckdb_queries(snapshot: Snapshot, year: int, region: str) -> dict[str, Callable]:
    return {
        "Q1": lambda: queries.flows_by_pair(snapshot, year),
        "Q2": lambda: queries.flows_by_year_origin(snapshot),
        "Q3": lambda: queries.top_flows(snapshot, region, TOP_N),
    }


def engine_only(snapshot: Snapshot, year: int, region: str) -> dict[str, Callable]:
    """The same group-bys, counted inside DuckDB: the engine's time without building a
    DataFrame of the result (Q1 returns 39,800 rows; converting them costs more than
    computing them)."""

    def counted(sql: str, params: list) -> Callable[[], object]:
        def run() -> object:
            with snapshot.cursor() as cur:
                return cur.execute(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()

        return run

    table = "store.od_flows"
    return {
        "Q1": counted(
            f"SELECT origin, destination, SUM(persons) FROM {table} WHERE year = ? "
            "GROUP BY origin, destination",
            [year],
        ),
        "Q2": counted(f"SELECT year, origin, SUM(persons) FROM {table} GROUP BY year, origin", []),
        "Q3": counted(
            f"SELECT origin, destination, SUM(persons) AS p FROM {table} "
            "WHERE origin = ? OR destination = ? GROUP BY origin, destination "
            f"ORDER BY p DESC LIMIT {TOP_N}",
            [region, region],
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--districts", type=int, default=200)
    parser.add_argument("--years", type=int, default=25)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    frame = generate(args.districts, args.years)
    year, region = FIRST_YEAR + args.years // 2, "D007"
    print(
        f"generated OD table (benchmark only, not data): {len(frame):,} rows, "
        f"{args.districts} districts x {args.districts - 1} x {args.years} years; "
        f"pandas memory {frame.memory_usage(deep=True).sum() / 2**20:.0f} MB"
    )
    resource = load_package().resource("od_flows")  # the store's column types and key
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.duckdb"
        meta = {"generation": "bench", "tables": ["od_flows"], "data_dir": folder,
                "descriptor": {"resources": [resource]}}  # fmt: skip
        start = time.perf_counter()
        write_tables(path, {"od_flows": frame}, {"od_flows": resource}, meta)
        build = time.perf_counter() - start
        print(f"store file: written in {build:.2f} s, {path.stat().st_size / 2**20:.1f} MB")
        snapshot = Snapshot(path)

        categorical = frame.astype({"origin": "category", "destination": "category"})
        variants = {
            "pandas (str)": pandas_queries(frame, year, region),
            "pandas (category)": pandas_queries(categorical, year, region),
            "DuckDB store file": duckdb_queries(snapshot, year, region),
            "DuckDB engine only": engine_only(snapshot, year, region),
        }
        names = {
            "Q1": f"Q1 one year ({year}) by origin, destination",
            "Q2": "Q2 all years by year, origin",
            "Q3": f"Q3 top {TOP_N} flows of {region}, all years",
        }
        results: dict[str, dict[str, tuple[float, object]]] = {
            label: {q: timed(f, args.runs) for q, f in funcs.items()}
            for label, funcs in variants.items()
        }
        start = time.perf_counter()
        snapshot.query("SELECT * FROM store.od_flows")
        read_all = (time.perf_counter() - start) * 1000
        snapshot.close()

    # the engines agree (sums of the same groups)
    duck, pand = results["DuckDB store file"], results["pandas (str)"]
    assert np.isclose(duck["Q1"][1]["persons"].sum(), pand["Q1"][1].sum())
    assert np.isclose(duck["Q2"][1]["persons"].sum(), pand["Q2"][1].sum())
    assert np.allclose(sorted(duck["Q3"][1]["persons"]), sorted(pand["Q3"][1]))

    print(
        f"\nmedian of {args.runs} runs (after a warm-up), ms; ratio = pandas / DuckDB store "
        "file (the store's query function, result as a DataFrame)"
    )
    header = f"{'query':44} " + " ".join(f"{label:>18}" for label in variants)
    print(header + f" {'str/DuckDB':>11} {'cat/DuckDB':>11}")
    for q, name in names.items():
        ms = [results[label][q][0] for label in variants]
        print(
            f"{name:44} "
            + " ".join(f"{m:18.1f}" for m in ms)
            + f" {ms[0] / ms[2]:10.1f}x {ms[1] / ms[2]:10.1f}x"
        )
    print(f"\nreading the whole table from the store into pandas: {read_all:.0f} ms")


if __name__ == "__main__":
    main()
