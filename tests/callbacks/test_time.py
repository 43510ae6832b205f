"""Play: one bundle of every year's map, each boundary version's geometry once."""

from __future__ import annotations

from dashboard.datasets.catalogue import available_years
from dashboard.datasets.package import load_package
from dashboard.state import ViewState
from dashboard.views.time import play_view


def test_the_play_bundle_holds_every_year_and_each_geometry_once():
    package = load_package()
    state = ViewState(lang="en", indicator="population", year=2005, compare_year=2001)
    bundle = play_view(state, package)
    years = sorted(available_years(package)["population"])
    assert [frame["year"] for frame in bundle["frames"]] == years
    versions = {frame["version"] for frame in bundle["frames"]}
    assert set(bundle["geometry"]) == versions and "1997" in versions
    first = bundle["frames"][0]["figure"]
    assert "geojson" not in first["data"][0]  # geometry travels once, beside the frames
    assert str(years[0]) in first["layout"]["title"]["text"]
