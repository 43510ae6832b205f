"""The words the map callback returns around the map (rendered by layout.map_panel)."""

from __future__ import annotations

from dashboard.datasets.package import load_package
from dashboard.layout.map_panel import boundary_info, flow_caption, notices_block, sources_line
from dashboard.state import ViewState, from_query
from dashboard.views.map import map_view
from tests.layout.tree import texts


def test_boundary_info_says_when_boundaries_are_approximate():
    package = load_package()
    today = map_view(ViewState(lang="en", indicator="population", year=2023), package)
    older = map_view(ViewState(lang="en", indicator="population", year=2005), package)
    assert len(boundary_info(today, "en")) == 1 and "2022" in boundary_info(today, "en")[0]
    assert len(boundary_info(older, "en")) == 3 and "1997" in boundary_info(older, "en")[0]


def test_sources_line_and_flow_caption():
    package = load_package()
    view = map_view(ViewState(lang="ru", year=2023, layers=("flows",)), package)
    line = sources_line(view, "ru")
    assert line[1] == "; ".join(view.sources) and view.sources
    assert flow_caption(view)
    assert flow_caption(map_view(ViewState(lang="ru", year=2023, layers=()), package)) == ""


def test_notices_of_a_bad_link_in_the_readers_language():
    _, notices = from_query("year=1850", {"net_migration": [2023, 2024]})
    block = notices_block(notices, "en")
    assert len(block) == 1 and "1850" in texts(block)
