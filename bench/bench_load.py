"""Benchmark: concurrent readers against the production server (gunicorn, N workers).

Starts ``python -m dashboard serve --prod --workers N`` on a free loopback port with a
fresh instance folder (cold cache), then runs simulated readers in threads, each in a
closed loop: open the page like a new visitor (the HTML, every script and stylesheet,
plotly.js, the world map, ``/_dash-layout``, ``/_dash-dependencies`` and the start-up
callbacks), then a series of interactions (year, indicator, language, layers, flow
kind, top-N, decay, region), each sending the callbacks Dash's renderer would send, built
from the app's own dependency list (``dashboard.web.replay``), with a think time
between them. Requests carry the Accept-Encoding of Chromium.

Reports, for a baseline of one reader and then for ``--users`` readers: requests/s,
latency p50/p95/p99 per request and per interaction (all callbacks of one change), errors,
cache hits, and the memory of each worker (RSS and PSS: preloaded pages are shared, so
PSS is the fair share of each). Optionally a second server with ``--no-cache`` to show what
the response cache is worth. Appends the figures and the command to bench/RESULTS.md.

Run: .venv/bin/python bench/bench_load.py [--users 16] [--seconds 60] [--workers 4]
     [--baseline-seconds 15] [--think 0.5] [--no-cache-seconds 0] [--no-write]
Only loopback traffic; every loop is bounded by the deadline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import http.client
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.geo.boundaries import version_for_year
from dashboard.layout import ids
from dashboard.web.replay import PageSession

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "RESULTS.md"
ACCEPT_ENCODING = "gzip, deflate, br, zstd"  # what Chromium sends
# Loaded by the page after start-up (lazy chunks of dcc, the world map); the scripts and
# stylesheets of the HTML (plotly.js among them) are read from the page itself.
LAZY_ASSETS = [
    "/_dash-component-suites/dash/dcc/async-dropdown.js",
    "/_dash-component-suites/dash/dcc/async-slider.js",
    "/_dash-component-suites/dash/dcc/async-graph.js",
    "/assets/topojson/world_110m.json",
    "/_favicon.ico?v=4.4.1",
]
INTERACTIONS_PER_VISIT = 15
LANG_WEIGHTS = {"kk": 0.4, "ru": 0.45, "en": 0.15}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def decode(body: bytes, encoding: str | None) -> bytes:
    """The body as sent before compression (only needed for JSON answers)."""
    if not encoding:
        return body
    if encoding == "gzip":
        return gzip.decompress(body)
    if encoding == "deflate":
        return zlib.decompress(body)
    if encoding == "br":
        import brotli

        return brotli.decompress(body)
    if encoding == "zstd":
        from backports import zstd

        return zstd.decompress(body)
    raise ValueError(encoding)


@dataclass
class Stats:
    """What the readers measured (shared by the threads, appended under a lock)."""

    requests: list[tuple[str, float, int]] = field(default_factory=list)  # kind, s, bytes
    interactions: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)
    cache: Counter = field(default_factory=Counter)
    client_cpu: float = 0.0  # CPU seconds of the load generator per second of the run
    browser_steps: int = 0  # year steps the page drew from its frames, asking nothing
    lock: threading.Lock = field(default_factory=threading.Lock)


class Reader:
    """One simulated reader with its own keep-alive connection."""

    def __init__(self, port: int, stats: Stats, seed: int, think: float, deadline: float):
        self.port, self.stats, self.think, self.deadline = port, stats, think, deadline
        self.random = random.Random(seed)
        self.connection: http.client.HTTPConnection | None = None

    def request(
        self, kind: str, method: str, path: str, body: bytes | None = None, page: str = ""
    ) -> bytes:
        headers = {"Accept-Encoding": ACCEPT_ENCODING, "User-Agent": "bench_load"}
        if page:  # the page asking, as Chromium sends it to the same origin
            headers["Referer"] = f"http://127.0.0.1:{self.port}{page}"
        if body is not None:
            headers["Content-Type"] = "application/json"
        for attempt in range(2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            started = time.perf_counter()
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                data = response.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # A keep-alive connection the server closed meanwhile: browsers reconnect.
                self.connection.close()
                self.connection = None
                if attempt == 0:
                    continue
                with self.stats.lock:
                    self.stats.errors[f"{kind}: connection"] += 1
                return b""
            elapsed = time.perf_counter() - started
            with self.stats.lock:
                self.stats.requests.append((kind, elapsed, len(data)))
                if response.status >= 400:
                    self.stats.errors[f"{kind}: HTTP {response.status}"] += 1
                cached = response.getheader("X-Atlas-Cache")
                if cached:
                    self.stats.cache[cached] += 1
            if response.status != 200:
                return b""
            if kind.startswith(("callback", "json")):
                return decode(data, response.getheader("Content-Encoding"))
            return data
        return b""

    def post_callback(self, body: dict) -> dict | None:
        kind = "callback other"
        if body["output"].startswith("..map.figure."):
            kind = "callback map"
        elif f"{ids.MAP_FRAMES}.data" in body["output"]:
            wanted = next((i.get("value") for i in body.get("inputs", [])), None)
            variants = isinstance(wanted, dict) and wanted.get("variants")
            kind = "callback variants" if variants else "callback frames"
        data = self.request(kind, "POST", "/_dash-update-component", json.dumps(body).encode())
        return json.loads(data) if data else None

    def visit(self) -> PageSession | None:
        """A new visitor's page load, as Chromium does it (no browser cache)."""
        lang = self.random.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
        search = f"?lang={lang}"
        page = self.request("page", "GET", "/" + search).decode("utf-8", "replace")
        for url in re.findall(r'(?:src|href)="(/[^"]+)"', page):
            self.request("asset", "GET", url)
        # The page's layout, drawn for its link (the map with it: no map callback at load).
        layout = self.request("json layout", "GET", "/_dash-layout", page="/" + search)
        dependencies = self.request("json dependencies", "GET", "/_dash-dependencies")
        if not layout or not dependencies:
            return None
        session = PageSession(json.loads(layout), json.loads(dependencies), search)
        started = time.perf_counter()
        session.initial(self.post_callback)
        for url in LAZY_ASSETS:
            self.request("asset", "GET", url)
        with self.stats.lock:
            self.stats.interactions.append(time.perf_counter() - started)
        self.want_frames(session)
        return session

    def want_frames(self, session: PageSession) -> None:
        """What the page asks after each map the server draws: the frames of its view
        (``assets/map-frames.js``), unless it holds them already."""
        query = session.values.get((ids.PERMALINK, "data"))
        held = session.values.get((ids.MAP_FRAMES, "data"))
        if not isinstance(query, str) or (isinstance(held, dict) and held.get("query") == query):
            return
        wanted = {"query": query, "highlight": None}
        session.change(ids.MAP_FRAMES_WANTED, "data", wanted, self.post_callback)
        frames = session.values.get((ids.MAP_FRAMES, "data"))
        if isinstance(frames, dict):
            frames["query"] = query  # the view they were asked for (not in the answer)

    def want_variants(self, session: PageSession, year: int) -> None:
        """What the page asks after drawing ``year`` itself: that year's flow modes and
        directions, if its frames lack them; merged into the frames, as the page does."""
        held = session.values.get((ids.MAP_FRAMES, "data"))
        if not isinstance(held, dict) or not isinstance(held.get("query"), str):
            return
        frames = held.get("frames", {})
        if all(f"{year}|{switch}" in frames for switch in held.get("switches", [])):
            return
        query = re.sub(r"year=\d+", f"year={year}", held["query"])
        wanted = {"query": query, "highlight": None, "variants": True}
        session.change(ids.MAP_FRAMES_WANTED, "data", wanted, self.post_callback)
        variants = session.values.get((ids.MAP_VARIANTS, "data"))
        if isinstance(variants, dict) and variants.get("key") == held.get("key"):
            held["frames"] = {**frames, **variants["frames"]}

    def drawn_in_browser(self, session: PageSession, year: object) -> bool:
        """Whether the page draws ``year`` from the frames it holds (same boundaries)."""
        held = session.values.get((ids.MAP_FRAMES, "data"))
        shown = session.values.get((ids.YEAR, "value"))
        if not (isinstance(held, dict) and isinstance(year, int) and isinstance(shown, int)):
            return False
        same_boundaries = version_for_year(year) == version_for_year(shown)
        return same_boundaries and any(k.startswith(f"{year}|") for k in held.get("frames", {}))

    def interact(self, session: PageSession) -> None:
        """One change a reader makes, with everything the renderer sends for it."""
        choice = self.random.random
        values = session.values
        options = lambda cid: [o["value"] for o in values.get((cid, "options")) or []]  # noqa: E731
        if (r := choice()) < 0.35:
            change = ("year", "value", self.random.choice(options("year") or [2023]))
        elif r < 0.55:
            change = ("indicator", "value", self.random.choice(options("indicator")))
        elif r < 0.62:
            lang = self.random.choice(list(LANG_WEIGHTS))
            change = ("language", "value", lang)
        elif r < 0.72:
            layers = self.random.choice([["zones", "roles"], ["zones", "flows"], ["flows"], []])
            change = ("layers", "value", layers)
        elif r < 0.80:
            kind = self.random.choice(["model", "schematic", "international", "observed"])
            change = ("flow-kind", "value", kind)
        elif r < 0.88:
            change = ("top-n", "value", self.random.choice([10, 25, 50, 100]))
        elif r < 0.94:
            change = ("decay", "value", self.random.choice([0.5, 1.0, 1.5, 2.0]))
        else:
            regions = [o["value"] for o in values.get(("region", "options")) or []]
            change = ("region", "value", self.random.choice(regions or [None]))
        if change[0] == "year" and self.drawn_in_browser(session, change[2]):
            session.values[("year", "value")] = change[2]  # no request: the page draws it
            with self.stats.lock:
                self.stats.browser_steps += 1
            self.want_variants(session, change[2])
            return
        started = time.perf_counter()
        session.change(*change, self.post_callback)
        with self.stats.lock:
            self.stats.interactions.append(time.perf_counter() - started)
        self.want_frames(session)  # after the map is drawn: not part of the reader's wait

    def run(self) -> None:
        while time.monotonic() < self.deadline:
            session = self.visit()
            for _ in range(INTERACTIONS_PER_VISIT):
                if session is None or time.monotonic() >= self.deadline:
                    break
                if self.think:
                    time.sleep(self.random.uniform(0, 2 * self.think))
                self.interact(session)


def percentile(values: list[float], q: int) -> float:
    """The q-th percentile (nearest rank), NaN when nothing was measured."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def run_load(port: int, users: int, seconds: float, think: float) -> tuple[Stats, float]:
    """Run ``users`` readers for ``seconds``; the stats and the wall time taken."""
    stats = Stats()
    cpu_before = time.process_time()
    deadline = time.monotonic() + seconds
    readers = [Reader(port, stats, seed, think, deadline) for seed in range(users)]
    threads = [threading.Thread(target=r.run, daemon=True) for r in readers]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 120)  # bounded: a stuck request times out at 60 s
    elapsed = time.perf_counter() - started
    # The readers run on the same cores as the server: say how much of them they took.
    stats.client_cpu = (time.process_time() - cpu_before) / elapsed
    return stats, elapsed


def memory(pid: int) -> dict[str, float]:
    """RSS, PSS and USS of a process in MB (/proc)."""
    figures = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in {"Rss", "Pss", "Private_Clean", "Private_Dirty"}:
            figures[name] = int(rest.split()[0]) / 1024
    return {
        "rss": figures["Rss"],
        "pss": figures["Pss"],
        "uss": figures["Private_Clean"] + figures["Private_Dirty"],
    }


def worker_pids(master: int) -> list[int]:
    path = Path(f"/proc/{master}/task/{master}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


class Server:
    """``python -m dashboard serve --prod`` in a subprocess, stopped with SIGTERM."""

    def __init__(self, workers: int, cache: bool) -> None:
        self.port = free_port()
        self.folder = tempfile.TemporaryDirectory(prefix="atlas-bench-")
        env = {**os.environ, "ATLAS_INSTANCE": self.folder.name}
        env.pop("ATLAS_DEBUG", None)
        command = [sys.executable, "-m", "dashboard", "serve", "--prod", "--workers", str(workers)]
        command += ["--port", str(self.port)] + ([] if cache else ["--no-cache"])
        self.log = Path(self.folder.name) / "server.log"
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=self.log.open("wb")
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                connection.request("GET", "/health")
                if connection.getresponse().status == 200:
                    return
            except OSError:
                pass
            if self.process.poll() is not None:
                break
            time.sleep(0.5)
        self.stop()
        raise SystemExit(f"server did not start:\n{self.log.read_text()[-3000:]}")

    def logged_errors(self) -> Counter:
        """The last line of each traceback the server logged (the exception), counted."""
        found: Counter = Counter()
        lines = self.log.read_text(errors="replace").splitlines()
        for index, line in enumerate(lines):
            if "unhandled error" in line:
                tail = next(
                    (x for x in lines[index + 1 :] if x and not x.startswith((" ", "Traceback"))),
                    "?",
                )
                where = line.split(" on ", 1)[-1]
                found[f"{where.split('?')[0]}: {tail[:160]}"] += 1
        return found

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.folder.cleanup()


def summary(label: str, stats: Stats, elapsed: float) -> dict:
    times = [t for _, t, _ in stats.requests]
    callbacks = [t for k, t, _ in stats.requests if k.startswith("callback")]
    map_times = [t for k, t, _ in stats.requests if k == "callback map"]
    hits, misses = stats.cache["hit"], stats.cache["miss"]
    return {
        "label": label,
        "requests": len(times),
        "rps": len(times) / elapsed,
        "mb_per_s": sum(b for *_, b in stats.requests) / elapsed / 1e6,
        "p50": percentile(times, 50) * 1000,
        "p95": percentile(times, 95) * 1000,
        "p99": percentile(times, 99) * 1000,
        "cb_p50": percentile(callbacks, 50) * 1000,
        "cb_p95": percentile(callbacks, 95) * 1000,
        "map_p95": percentile(map_times, 95) * 1000,
        "interactions": len(stats.interactions),
        "int_p50": percentile(stats.interactions, 50) * 1000,
        "int_p95": percentile(stats.interactions, 95) * 1000,
        "errors": sum(stats.errors.values()),
        "error_kinds": dict(stats.errors),
        "hit_rate": hits / (hits + misses) if hits + misses else float("nan"),
        "client_cpu": stats.client_cpu,
        "browser_steps": stats.browser_steps,
        "kinds": {
            kind: (
                len(ts),
                percentile(ts, 50) * 1000,
                percentile(ts, 95) * 1000,
                sum(ts),
            )
            for kind in sorted({k for k, _, _ in stats.requests})
            for ts in [[t for k, t, _ in stats.requests if k == kind]]
        },
    }


def format_row(s: dict) -> str:
    return (
        f"| {s['label']} | {s['requests']} | {s['rps']:.1f} | {s['p50']:.1f} | {s['p95']:.1f} "
        f"| {s['p99']:.1f} | {s['cb_p50']:.1f} / {s['cb_p95']:.1f} | {s['map_p95']:.1f} "
        f"| {s['int_p50']:.0f} / {s['int_p95']:.0f} | {s['hit_rate']:.0%} | {s['errors']} "
        f"| {s['client_cpu']:.2f} |"
    )


HEADER = (
    "| run | requests | req/s | p50 ms | p95 ms | p99 ms | callbacks p50/p95 ms "
    "| map callback p95 ms | interaction p50/p95 ms | cache hits | errors "
    "| load generator, cores |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--baseline-seconds", type=float, default=15)
    parser.add_argument("--think", type=float, default=0.5, help="mean think time, s")
    parser.add_argument("--no-cache-seconds", type=float, default=0, help="0: skip that run")
    parser.add_argument("--no-write", action="store_true", help="do not append to RESULTS.md")
    args = parser.parse_args()

    load_before = Path("/proc/loadavg").read_text().split()[:3]
    rows, memory_rows = [], []
    server = Server(args.workers, cache=True)
    try:
        base, elapsed = run_load(server.port, 1, args.baseline_seconds, args.think)
        rows.append(summary("1 reader (baseline)", base, elapsed))
        print(format_row(rows[-1]), flush=True)
        load, elapsed = run_load(server.port, args.users, args.seconds, args.think)
        rows.append(summary(f"{args.users} readers, {args.workers} workers", load, elapsed))
        print(format_row(rows[-1]), flush=True)
        for pid in worker_pids(server.process.pid):
            memory_rows.append((pid, memory(pid)))
        master = memory(server.process.pid)
        server_errors = server.logged_errors()
    finally:
        server.stop()
    if args.no_cache_seconds:
        server = Server(args.workers, cache=False)
        try:
            uncached, elapsed = run_load(server.port, args.users, args.no_cache_seconds, args.think)
            rows.append(summary(f"{args.users} readers, cache off", uncached, elapsed))
            print(format_row(rows[-1]), flush=True)
        finally:
            server.stop()
    load_after = Path("/proc/loadavg").read_text().split()[:3]

    one, many = rows[0], rows[1]
    lines = [
        f"## bench/bench_load.py: {args.users} readers against gunicorn "
        f"({dt.date.today().isoformat()})",
        "",
        f"Command: `.venv/bin/python bench/bench_load.py --users {args.users} --seconds "
        f"{args.seconds:g} --workers {args.workers} --baseline-seconds "
        f"{args.baseline_seconds:g} --think {args.think:g} --no-cache-seconds "
        f"{args.no_cache_seconds:g}`. Machine: {os.cpu_count()} cores, load average "
        f"{' '.join(load_before)} before and {' '.join(load_after)} after (other jobs share "
        "the machine; the load generator runs on the same cores).",
        "",
        HEADER,
        *[format_row(r) for r in rows],
        "",
        f"{args.users} readers vs 1: throughput x{many['rps'] / one['rps']:.1f}, "
        f"p50 x{many['p50'] / one['p50']:.1f}, p95 x{many['p95'] / one['p95']:.1f}. "
        f"Errors: {many['error_kinds'] or 'none'}."
        + (f" Server log: {dict(server_errors)}." if server_errors else ""),
        "",
        f"Where the time goes with {args.users} readers (server time as the readers saw it, "
        f"by kind of request; {many['browser_steps']} year steps were drawn by the pages "
        "from their frames, asking nothing):",
        "",
        "| request | count | p50 ms | p95 ms | share of all request time |",
        "|---|---|---|---|---|",
        *[
            f"| {kind} | {n} | {p50:.1f} | {p95:.1f} | "
            f"{total / sum(k[3] for k in many['kinds'].values()):.0%} |"
            for kind, (n, p50, p95, total) in many["kinds"].items()
        ],
        "",
        "Memory after the run (MB; PSS counts shared pages once across processes):",
        "",
        "| process | RSS | PSS | USS (private) |",
        "|---|---|---|---|",
        f"| master | {master['rss']:.0f} | {master['pss']:.0f} | {master['uss']:.0f} |",
        *[
            f"| worker {i + 1} | {m['rss']:.0f} | {m['pss']:.0f} | {m['uss']:.0f} |"
            for i, (_, m) in enumerate(memory_rows)
        ],
        "",
    ]
    text = "\n".join(lines)
    print("\n" + text)
    if not args.no_write:
        with RESULTS.open("a", encoding="utf-8") as results:
            results.write("\n" + text)


if __name__ == "__main__":
    main()
