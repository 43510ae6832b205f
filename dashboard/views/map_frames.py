"""The frames of one map view: what the browser needs to draw nearby views without asking.

A reader who steps through the years of a view, or switches its arrows between gross and
net flows or between the flows into and out of the chosen region, changes one control:
the boundaries, the language, the other layers and filters stay. The maps of those nearby
views (every year on the same boundaries, and the shown year's other flow modes and
directions) are made here once, by :func:`dashboard.views.map.map_view` itself, so a frame
drawn in the browser (``assets/map-frames.js``) is the map the server would have answered.
A year stepped to in the browser gets its own flow modes and directions afterwards
(``years=False``: the variants alone, a few maps).
Years on other boundaries, a change between two years and any other control still go to the
server. Pure, no Dash.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import product

from dashboard.datasets.catalogue import available_years
from dashboard.datasets.package import DataPackage
from dashboard.geo.boundaries import version_for_year
from dashboard.state import DIRECTIONS, FLOW_MODES, ViewState, to_query
from dashboard.views.controls import flow_blocks
from dashboard.views.map import MapView, map_view


def frame_key(state: ViewState) -> str:
    """Which frame of its view ``state`` is: its year, flow mode and direction.

    >>> frame_key(ViewState(year=2005, flow_mode="net", direction="in"))
    '2005|net|in'
    """
    return f"{state.year}|{state.flow_mode}|{state.direction}"


def view_key(state: ViewState, highlight: list[str] | None = None) -> str:
    """What a view is, whatever its frame: its link without year, flow mode and direction,
    the boundaries of its year and the regions it highlights. Two states with the same key
    differ at most in those three controls, and their years share boundaries (a year on
    other boundaries is another view, whose frames the page then fetches)."""
    frameless = replace(state, year=None, flow_mode=None, direction=None)  # type: ignore[arg-type]
    return f"{to_query(frameless)}#{version_for_year(state.year)}#{','.join(highlight or [])}"


def stepped_years(state: ViewState, package: DataPackage) -> list[int]:
    """The years a reader can step to from ``state`` in the browser: the indicator's
    years on the same boundaries; none for a change between two years (its boundaries
    are the older year's, so each step may redraw them)."""
    if state.compare_year is not None:
        return []
    version = version_for_year(state.year)
    years = available_years(package).get(state.indicator, [])
    return sorted(y for y in years if version_for_year(y) == version)


def flow_variants(state: ViewState) -> list[ViewState]:
    """The other flow modes and directions a reader can switch to in ``state``'s year:
    gross or net where the kind of flows has volumes, into or out of the chosen region
    where one is chosen; none without arrows on the map."""
    if "flows" not in state.layers:
        return []
    blocks = flow_blocks(state.flow_kind)
    modes = FLOW_MODES if blocks["volume"] else (state.flow_mode,)
    directions = DIRECTIONS if blocks["direction"] and state.region else (state.direction,)
    variants = [replace(state, flow_mode=m, direction=d) for m, d in product(modes, directions)]
    return [variant for variant in variants if variant != state]


def switches(state: ViewState) -> list[str]:
    """The flow modes and directions (``mode|direction``, the end of a :func:`frame_key`)
    the frames of a year hold: ``state``'s own and its :func:`flow_variants`'.

    >>> switches(ViewState(layers=("flows",), flow_kind="observed"))
    ['gross|both', 'net|both']
    """
    return [frame_key(v).split("|", 1)[1] for v in [state, *flow_variants(state)]]


def frame_views(
    state: ViewState,
    package: DataPackage,
    districts: str | None = None,
    highlight: list[str] | None = None,
    years: bool = True,
) -> dict[str, tuple[ViewState, MapView]]:
    """The map of each frame near ``state`` (its :func:`stepped_years` unless ``years`` is
    false, then its :func:`flow_variants`) by :func:`frame_key`, with the state it draws."""
    states = [replace(state, year=year) for year in stepped_years(state, package)] if years else []
    states += flow_variants(state)
    return {
        frame_key(frame): (frame, map_view(frame, package, districts, highlight=highlight))
        for frame in states
    }
