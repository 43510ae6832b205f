"""The page's scripts: the atlas's partial plotly.js bundle from assets/, never the full
bundle, and every trace type the atlas draws is in it (plotly.js draws an unknown type as a
scatter, without an error: the trends panel's bars once came out as lines)."""

from __future__ import annotations

import re

import pytest
from plotly.offline import get_plotlyjs_version

from dashboard import ASSETS_DIR
from dashboard.datasets.package import load_package
from dashboard.state import ViewState

BUNDLE = ASSETS_DIR / "plotly-atlas.min.js"


def bundle_traces() -> set[str]:
    """The trace types registered in the vendored bundle (their module names survive
    minification)."""
    text = BUNDLE.read_text(encoding="utf-8")
    return set(re.findall(r'moduleType:"trace",name:"(\w+)"', text))


def test_the_vendored_bundle_is_the_plotly_js_of_plotly_py():
    header = BUNDLE.read_text(encoding="utf-8")[:200]
    version = re.search(r"plotly\.js \(atlas - minified\) v(\S+)", header)
    assert version and version.group(1) == get_plotlyjs_version()
    assert (
        (ASSETS_DIR / "LICENSE.plotly-js.txt").read_text(encoding="utf-8").startswith("MIT License")
    )


def test_the_bundle_holds_the_trace_types_it_is_built_for():
    assert bundle_traces() == {"scatter", "bar", "scattergeo", "choropleth"}
    script = (ASSETS_DIR / "build-plotly-bundle.sh").read_text(encoding="utf-8")
    assert 'TRACES="${TRACES:-bar scattergeo choropleth}"' in script


def _types(figure) -> set[str]:
    data = figure["data"] if isinstance(figure, dict) else figure.to_plotly_json()["data"]
    return {trace.get("type", "scatter") for trace in data}


@pytest.fixture(scope="module")
def package():
    return load_package()


def test_every_trace_type_the_atlas_draws_is_in_the_bundle(package):
    from dashboard.views.map import map_view
    from dashboard.views.profile import profile_view
    from dashboard.views.trends import trends_view

    drawn: set[str] = set()
    for state in (
        ViewState(lang="en", layers=("zones", "roles", "flows"), flow_kind="model"),
        ViewState(
            lang="en",
            year=2000,
            indicator="population",
            layers=("flows",),
            flow_kind="international",
        ),
        ViewState(lang="en", compare_year=2005, indicator="population", year=2023),
    ):
        drawn |= _types(map_view(state, package).figure)
    profile = profile_view(ViewState(lang="en", region="43", year=2023), package)
    for group in profile.groups:
        for row in group.rows:
            drawn |= _types(row.sparkline)
    for zone in profile.zones:
        if zone.aral is not None:
            drawn |= _types(zone.aral)
    for card in trends_view(ViewState(lang="en"), package).cards:
        drawn |= _types(card.figure)
    assert {"bar", "choropleth", "scattergeo", "scatter"} <= drawn  # the check sees them all
    assert drawn <= bundle_traces(), drawn - bundle_traces()


def test_the_page_loads_the_atlas_bundle_and_not_the_full_one(tmp_path):
    from dashboard.app import create_app
    from dashboard.settings import Settings

    page = create_app(Settings(instance_dir=tmp_path)).server.test_client().get("/").text
    scripts = re.findall(r'<script[^>]*src="([^"]+)"', page)
    assert any("/assets/plotly-atlas.min.js" in s for s in scripts)
    assert not any("plotly.min.js" in s or "plotly-geo" in s for s in scripts)
    assert not any("LICENSE" in s or ".sh" in s for s in scripts)  # not run as scripts
