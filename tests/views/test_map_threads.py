"""Maps rendered side by side in threads are the maps rendered one at a time.

The threaded development server and threaded workers render views concurrently; a plotly
object cached and shared between requests once made some of them fail (plotly took a
zone trace for a Scatter trace: "Invalid property ... 'lat'") or drew another request's
map. Many different views from 8 threads at once must give no error and the same figure.
"""

from __future__ import annotations

import itertools
import random
from concurrent.futures import ThreadPoolExecutor

import plotly.io as pio

from dashboard.datasets.package import load_package
from dashboard.state import ViewState
from dashboard.views.map import map_view

THREADS = 8
ROUNDS = 2  # each view is rendered this many times, in a shuffled order
LAYERS = [(), ("zones",), ("roles",), ("zones", "roles"), ("zones", "roles", "flows")]
FLOWS = [
    {"flow_kind": "model"},
    {"flow_kind": "model", "top_n": 50, "decay": 1.5},
    {"flow_kind": "schematic"},
    {"flow_kind": "international"},
    {"flow_kind": "international", "origins": "emigration"},
]


def _states() -> list[ViewState]:
    """Views over languages, years (three boundary versions), layers, flow kinds, changes."""
    states = [
        ViewState(lang=lang, indicator="population", year=year, layers=layers)
        for lang, year, layers in itertools.product(("kk", "ru", "en"), (2005, 2017, 2023), LAYERS)
    ]
    states += [
        ViewState(lang=lang, indicator="net_migration", year=2023, layers=("flows",), **flows)
        for lang, flows in itertools.product(("kk", "ru", "en"), FLOWS)
    ]
    states += [
        ViewState(lang=lang, indicator="population", year=2023, compare_year=2005, layers=layers)
        for lang, layers in itertools.product(("kk", "en"), LAYERS[3:])
    ]
    return states


def _render(state: ViewState) -> str:
    return pio.to_json(map_view(state, load_package()).figure)


def test_views_rendered_in_eight_threads_at_once_are_the_views_rendered_alone():
    states = _states()
    alone = {state: _render(state) for state in states}
    order = [state for _ in range(ROUNDS) for state in states]
    random.Random(11).shuffle(order)
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        together = list(pool.map(_render, order))
    differing = [
        state for state, figure in zip(order, together, strict=True) if figure != alone[state]
    ]
    assert not differing, f"{len(differing)} of {len(order)} renders differ, e.g. {differing[0]}"
