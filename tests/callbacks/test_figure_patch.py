"""Geometry travels once: while the boundary version stays, updates are small Patches."""

from dash import Patch
from plotly.io.json import to_json_plotly

from dashboard.callbacks.figure_patch import map_update
from dashboard.datasets.package import load_package
from dashboard.layout.map_panel import map_meta
from dashboard.state import ViewState
from dashboard.views.map import map_view


def payload(update: dict | Patch) -> int:
    """Bytes of the update as Dash serialises it."""
    body = update.to_plotly_json() if isinstance(update, Patch) else update
    return len(to_json_plotly(body).encode())


def test_first_render_and_version_change_send_the_whole_figure():
    view = map_view(ViewState(lang="en", indicator="population", year=2023), load_package())
    first = map_update(view, None)
    assert len(first["data"][0]["geojson"]["features"]) == 20
    older = map_view(ViewState(lang="en", indicator="population", year=2005), load_package())
    update = map_update(older, map_meta(view))
    assert len(update["data"][0]["geojson"]["features"]) == 16


def test_year_change_within_a_version_sends_values_not_geometry():
    first = map_view(ViewState(lang="ru", indicator="net_migration", year=2023), load_package())
    second = map_view(ViewState(lang="ru", indicator="net_migration", year=2024), load_package())
    update = map_update(second, map_meta(first))
    assert isinstance(update, Patch)
    text = to_json_plotly(update.to_plotly_json())
    assert "geojson" not in text and "coordinates" not in text
    assert payload(update) < payload(second.figure_json()) / 10


def test_overlays_are_replaced_not_accumulated():
    with_flows = map_view(ViewState(lang="en", year=2023, layers=("flows",)), load_package())
    without = map_view(ViewState(lang="en", year=2024, layers=()), load_package())
    operations = map_update(without, map_meta(with_flows)).to_plotly_json()["operations"]
    deletes = [op for op in operations if op["operation"] == "Delete"]
    assert len(deletes) == len(with_flows.figure.data) - with_flows.static_traces
    assert [d["location"][-1] for d in deletes] == sorted(
        (d["location"][-1] for d in deletes), reverse=True
    )


def test_zones_and_roles_are_not_resent_while_only_flows_change():
    layers = ("zones", "roles", "flows")
    before = map_view(ViewState(lang="en", year=2023, layers=layers, top_n=10), load_package())
    after = map_view(ViewState(lang="en", year=2023, layers=layers, top_n=30), load_package())
    assert after.static_traces > 1
    operations = map_update(after, map_meta(before)).to_plotly_json()["operations"]
    deletes = [op["location"][-1] for op in operations if op["operation"] == "Delete"]
    assert min(deletes) == after.static_traces  # only the flow traces go
    extended = next(op for op in operations if op["operation"] == "Extend")
    assert len(extended["params"]["value"]) == len(after.figure.data) - after.static_traces


def test_switching_the_language_resends_the_overlays():
    layers = ("zones", "roles")
    before = map_view(ViewState(lang="en", year=2023, layers=layers), load_package())
    after = map_view(ViewState(lang="kk", year=2023, layers=layers), load_package())
    operations = map_update(after, map_meta(before)).to_plotly_json()["operations"]
    deletes = [op["location"][-1] for op in operations if op["operation"] == "Delete"]
    assert min(deletes) == 1
