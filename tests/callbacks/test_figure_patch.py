"""Geometry travels once: while the boundary version stays, updates are small Patches."""

import json

import plotly
from dash import Patch
from plotly.io.json import to_json_plotly

from dashboard.callbacks.figure_patch import map_meta, map_update
from dashboard.state import ViewState
from dashboard.views import map_view


def payload(update) -> int:
    """Bytes of the update as Dash serialises it."""
    return len(to_json_plotly(update.to_plotly_json()).encode())


def test_first_render_and_version_change_send_the_whole_figure():
    view = map_view(ViewState(lang="en", indicator="population", year=2023))
    assert map_update(view.figure, None, view.version) is view.figure
    older = map_view(ViewState(lang="en", indicator="population", year=2005))
    meta = map_meta(view.figure, view.version)
    assert map_update(older.figure, meta, older.version) is older.figure


def test_year_change_within_a_version_sends_values_not_geometry():
    first = map_view(ViewState(lang="ru", indicator="net_migration", year=2023))
    meta = map_meta(first.figure, first.version)
    second = map_view(ViewState(lang="ru", indicator="net_migration", year=2024))
    update = map_update(second.figure, meta, second.version)
    assert isinstance(update, Patch)
    text = json.dumps(update.to_plotly_json(), cls=plotly.utils.PlotlyJSONEncoder)
    assert "geojson" not in text and "coordinates" not in text
    assert payload(update) < payload(second.figure) / 10


def test_overlays_are_replaced_not_accumulated():
    with_flows = map_view(ViewState(lang="en", year=2023, layers=("flows",)))
    meta = map_meta(with_flows.figure, with_flows.version)
    without = map_view(ViewState(lang="en", year=2024, layers=()))
    operations = map_update(without.figure, meta, without.version).to_plotly_json()["operations"]
    deletes = [op for op in operations if op["operation"] == "Delete"]
    assert len(deletes) == len(with_flows.figure.data) - 1
    assert [d["location"][-1] for d in deletes] == sorted(
        (d["location"][-1] for d in deletes), reverse=True
    )
