"""Benchmark: the atlas in headless Chromium, as a reader sees it.

Prints first-load figures (time until the map is drawn, bytes transferred, compressed)
and click-to-repaint times: from choosing another year, switching between gross and net
flows, or showing ten more of the largest flows, to plotly's ``plotly_afterplot`` on the
map (plotly has drawn it) and to the frame the browser paints after it (what the reader
sees: other work on the page comes before it), with names, city symbols, zones, roles and
25 flows on. Baselines in the same run: the same first load with plotly.js's full bundle
served in place of the partial bundle the atlas ships (what Dash would load by default);
a page holding plotly.js and the first figure alone, with either bundle (the floor under
any page that draws this map with plotly); and plotly's own redraw of the same change, the
two figures applied with ``Plotly.react`` directly (no Dash, no server), so what the atlas
adds is a ratio. Times run from the press (pointerdown; keydown for the number of flows);
``--press-ms`` holds each press that long before its release, as a hand does.
Run: .venv/bin/python bench/bench_browser.py [--rounds N] [--press-ms MS]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import plotly
from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server

from dashboard.app import create_app
from dashboard.layout import ids
from tests.browser.conftest import CHROMIUM_ARGS

CALLBACKS = "/_dash-update-component"
PARTIAL_BUNDLE = Path(__file__).resolve().parent.parent / "assets" / "plotly-atlas.min.js"
FULL_BUNDLE = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
# Plotly's own redraw: the figure of the other year, captured from the map, applied directly.
# A paint: the first task after the next animation frame runs once that frame is painted.
PAINTED_JS = "(done) => requestAnimationFrame(() => setTimeout(done))"
REACT_JS = f"""figure => new Promise(resolve => {{
    const gd = document.querySelector('#map .js-plotly-plot');
    // The geometry object stays the same one, as in the atlas's own update.
    figure.data[0].geojson = gd.data[0].geojson;
    const start = performance.now();
    gd.once('plotly_afterplot', () => {{
        const drawn = performance.now() - start;
        ({PAINTED_JS})(() => resolve([drawn, performance.now() - start]));
    }});
    window.Plotly.react(gd, figure.data, figure.layout);
}})"""
CAPTURE_JS = """() => {
    const gd = document.querySelector('#map .js-plotly-plot');
    return JSON.parse(JSON.stringify({data: gd.data, layout: gd.layout}));
}"""
# The time of a repaint runs from the reader's press on the control (pointerdown), not from
# the moment Playwright is asked to click: its checks before clicking take 50-70 ms here.
ARM_JS = f"""() => new Promise(resolve => {{
    const gd = document.querySelector('#map .js-plotly-plot');
    window.__drawn = window.__painted = null;
    gd.once('plotly_afterplot', () => {{
        window.__drawn = performance.now();
        ({PAINTED_JS})(() => {{ window.__painted = performance.now(); }});
    }});
    window.__clicked = performance.now();
    // On the window, so it runs before the page's own handlers of the press; the press's
    // own time, so the wait before its handling counts.
    const pressed = (e) => {{
        window.__clicked = e.timeStamp;
        window.removeEventListener('pointerdown', pressed, true);
        window.removeEventListener('keydown', pressed, true);
    }};
    window.addEventListener('pointerdown', pressed, true);
    window.addEventListener('keydown', pressed, true);
    resolve();
}})"""


# The map alone: a page that loads plotly.js and draws the atlas's first figure, nothing else.
BARE_PAGE = """<!doctype html><html><head><meta charset="utf-8"></head><body>
<div id="map" style="width:WIDTHpx;height:HEIGHTpx"></div><script src="/bare/plotly.js"></script>
<script>const f = FIGURE; Plotly.newPlot('map', f.data, f.layout,
{topojsonURL: '/assets/topojson/', displayModeBar: false});</script></body></html>"""
MAP_SIZE_JS = """() => {
    const gd = document.querySelector('#map .js-plotly-plot');
    return {width: gd.offsetWidth, height: gd.offsetHeight};
}"""
MAP_DRAWN = "() => document.querySelectorAll('#map path.choroplethlocation').length === 20"


def serve() -> tuple[str, object]:
    server = make_server("127.0.0.1", 0, create_app().server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}", server


def repaint_ms(page, action) -> tuple[float, float]:
    """Milliseconds from an action's press to the map's next afterplot, and to the frame
    painted after it."""
    page.evaluate(ARM_JS)
    action()
    page.wait_for_function("() => window.__painted !== null", timeout=10_000)
    times = "() => [window.__drawn, window.__painted].map(t => t - window.__clicked)"
    return tuple(page.evaluate(times))


def answer(body: bytes, content_type: str) -> Callable:
    """A route handler that answers with ``body``."""
    return lambda route: route.fulfill(body=body, content_type=content_type)


def bare_loads(
    browser, url: str, figure: str, size: dict, bundles: dict[str, bytes]
) -> dict[str, float]:
    """Median milliseconds until a page holding only plotly.js and ``figure`` (JSON, drawn
    at ``size``) has drawn the map, with each of ``bundles``, loaded alternately (3 loads
    each): what plotly itself costs, the floor under any page that draws this map with it."""
    html = BARE_PAGE.replace("WIDTH", str(size["width"])).replace("HEIGHT", str(size["height"]))
    html = html.replace("FIGURE", figure)
    times: dict[str, list[float]] = {name: [] for name in bundles}
    for _ in range(3):
        for name, body in bundles.items():
            context = browser.new_context(viewport={"width": 1366, "height": 800})
            page = context.new_page()
            page.route("**/bare", answer(html.encode(), "text/html"))
            page.route("**/bare/plotly.js", answer(body, "text/javascript"))
            start = time.perf_counter()
            page.goto(f"{url}/bare")
            page.wait_for_function(MAP_DRAWN)
            times[name].append((time.perf_counter() - start) * 1000)
            context.close()
    return {name: statistics.median(values) for name, values in times.items()}


def switch_times(
    page, rounds: int, shown: str, other: str, choose: Callable[[str], Callable[[], None]]
) -> tuple[list[tuple], list[tuple], int]:
    """Click-to-repaint times (drawn, painted) of switching the map between ``shown`` and
    ``other`` (``choose(value)`` readies the switch and gives the press that makes it, the
    part timed), plotly's own redraw of the same switches (the two figures captured from
    the map applied with ``Plotly.react``, alternately), and how many callback requests
    the switches made. The map is left showing ``shown``."""
    asked: list[str] = []

    def count(request) -> None:
        if CALLBACKS in request.url:
            asked.append(request.url)

    figures = {shown: page.evaluate(CAPTURE_JS)}
    values = [other, shown] * rounds
    atlas = []
    page.on("request", count)
    for value in values[:rounds]:
        atlas.append(repaint_ms(page, choose(value)))
        figures.setdefault(value, page.evaluate(CAPTURE_JS))
    if values[rounds - 1] != shown:
        repaint_ms(page, choose(shown))
    page.wait_for_load_state("networkidle")
    page.remove_listener("request", count)
    react = [page.evaluate(REACT_JS, figures[value]) for value in values[rounds : 2 * rounds]]
    return atlas, react, len(asked)


def report(change: str, atlas: list[tuple], react: list[tuple], note: str) -> None:
    """Medians of a change's click-to-repaint times against Plotly.react's, drawn (plotly's
    afterplot) and painted (the browser's next frame)."""
    for i, moment in enumerate(("drawn", "painted")):
        ours = statistics.median(t[i] for t in atlas)
        theirs = statistics.median(t[i] for t in react)
        print(
            f"click to {moment:8} {change + ':':13} median {ours:4.0f} ms (n={len(atlas)}); "
            f"Plotly.react alone {theirs:4.0f} ms: ratio {ours / theirs:.2f}x ({note})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--press-ms",
        type=int,
        default=0,
        help="how long a press is held before its release (a hand: 60-120 ms)",
    )
    args = parser.parse_args()
    url, server = serve()
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=shutil.which("chromium"), headless=True, args=CHROMIUM_ARGS
        )
        loads, transfers, baseline = [], [], []
        full = FULL_BUNDLE.read_bytes()
        for round_ in range(6):
            with_full_bundle = round_ % 2 == 1  # alternate, so both see the same machine
            context = browser.new_context(viewport={"width": 1366, "height": 800})
            page = context.new_page()
            if with_full_bundle:
                page.route("**/assets/plotly-atlas.min.js*", answer(full, "text/javascript"))
            sizes: list[int] = []
            page.on("requestfinished", lambda r, s=sizes: s.append(r.sizes()["responseBodySize"]))
            start = time.perf_counter()
            page.goto(f"{url}/?lang=ru&indicator=net_migration&year=2024")
            page.wait_for_function(MAP_DRAWN)
            (baseline if with_full_bundle else loads).append((time.perf_counter() - start) * 1000)
            page.wait_for_load_state("networkidle")
            if not with_full_bundle:
                transfers.append(sum(sizes))
                figure = page.evaluate(f"() => JSON.stringify(({CAPTURE_JS})())")
                size = page.evaluate(MAP_SIZE_JS)
            context.close()

        bundles = {"partial": PARTIAL_BUNDLE.read_bytes(), "full": full}
        bare = bare_loads(browser, url, figure, size, bundles)

        page = browser.new_page(viewport={"width": 1366, "height": 800})
        # The map's frames arrive after the first map: wait for them, as a reader who
        # looks at the map for a moment before stepping.
        with page.expect_response(
            lambda r: (
                "_dash-update-component" in r.url and ids.MAP_FRAMES in (r.request.post_data or "")
            )
        ):
            page.goto(f"{url}/?lang=ru&indicator=net_migration&year=2024&layers=zones,roles,flows")
        page.wait_for_function(MAP_DRAWN)
        page.wait_for_load_state("networkidle")

        def choose_year(year: str) -> Callable[[], None]:
            page.locator(f"#{ids.YEAR}").click()  # open the list first: not the atlas's time
            option = page.get_by_role("option", name=year, exact=True)
            option.wait_for()
            return lambda: option.click(delay=args.press_ms)

        # Year steps, then gross or net flows: both drawn in the browser from the frames.
        year_times, react_times, year_asked = switch_times(
            page, args.rounds, "2024", "2023", choose_year
        )
        flows = page.evaluate("() => document.querySelectorAll('#map .scattergeo .js-line').length")
        modes = {"gross": "Валовые", "net": "Нетто"}
        filter_times, filter_react, filter_asked = switch_times(
            page,
            args.rounds,
            "gross",
            "net",
            lambda mode: (
                lambda: page.locator(f"#{ids.FLOW_MODE} label", has_text=modes[mode]).click(
                    delay=args.press_ms
                )
            ),
        )
        # Fewer or more arrows (the number of largest flows, from the keyboard: ten steps):
        # their width classes are those of the flows shown, so the server draws them.
        top_keys = {"35": "PageUp", "25": "PageDown"}
        top_times, top_react, top_asked = switch_times(
            page,
            args.rounds,
            "25",
            "35",
            lambda n: lambda: page.locator(f"#{ids.TOP_N} [role=slider]").press(top_keys[n]),
        )
        page.wait_for_load_state("networkidle")
        browser.close()
    server.shutdown()

    first, first_full = statistics.median(loads), statistics.median(baseline)
    print(f"first load, map drawn: median {first:.0f} ms (3 loads)")
    print(
        f"  baseline, full plotly.js bundle: median {first_full:.0f} ms "
        f"(ratio {first_full / first:.2f}x)"
    )
    print(
        f"  the map alone (plotly.js and the first figure, no Dash): {bare['partial']:.0f} ms, "
        f"with the full bundle {bare['full']:.0f} ms (ratio {bare['full'] / bare['partial']:.2f}x:"
        " the most any page drawing this map with plotly can gain)"
    )
    print(f"first load, bytes over the wire: {statistics.median(transfers) / 1e6:.2f} MB")
    report("year change", year_times, react_times, f"{flows} lines; {year_asked} requests")
    report("net/gross", filter_times, filter_react, f"{filter_asked} requests to the server")
    report("top 25/35", top_times, top_react, f"{top_asked} requests to the server")
    print("targets (PRODUCT.md §8): map visible <= 2 s, <= 2.2 MB compressed; repaint <= 150 ms")
    print("goals (issue 16): year change <= 1.3x Plotly.react; first load >= 2.5x faster than full")


if __name__ == "__main__":
    main()
