"""The data view is the map's table twin: the same regions and flows as map_view."""

from dashboard.datasets.package import load_package
from dashboard.i18n.catalog import t
from dashboard.state import ViewState
from dashboard.views.data import data_view
from dashboard.views.map import map_view


def test_regions_are_the_maps_regions_in_the_same_order():
    package = load_package()
    state = ViewState(lang="en", indicator="net_migration", year=2023, layers=())
    view = data_view(state, package)
    table = map_view(state, package).table
    assert [row["region"] for row in view.regions.rows] == list(table["region"])
    assert view.regions.columns[0][0] == "region"
    assert view.flows is None and view.flow_caption == ""
    assert "2023" in view.caption


def test_flows_say_their_kind_on_every_row():
    package = load_package()
    state = ViewState(lang="ru", year=2023, layers=("flows",))
    view = data_view(state, package)
    layer = map_view(state, package).flow_layer
    assert view.flows is not None
    assert len(view.flows.rows) == len(layer.table)
    # One kind for the whole table, in the reader's words (a model estimate says so).
    assert {row["kind"] for row in view.flows.rows} == {t(f"flows.kind.{layer.kind}", "ru")}
    assert view.flow_caption == layer.caption


def test_a_comparison_shows_both_years():
    view = data_view(ViewState(lang="kk", compare_year=2010), load_package())
    assert {"then", "now"} <= {c for c, _ in view.regions.columns}
