"""Play: one bundle of every year's map, each boundary version's geometry once."""

from __future__ import annotations

from dataclasses import replace

from dashboard.datasets.catalogue import available_years
from dashboard.datasets.package import DataPackage, load_package
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


def test_a_view_played_again_is_not_built_again_and_an_import_is_played_new():
    package = load_package()
    state = ViewState(lang="en", indicator="population", year=2005)
    first = play_view(state, package)
    # The same view from another year, another panel open: the bundle already built.
    assert play_view(replace(state, year=2012, compare_year=2001, panel="trends"), package) is first
    assert play_view(replace(state, lang="kk"), package) is not first

    # An import is a new data package: its figures are played, not the bundle of the old one.
    table = package["regional_indicators"].copy()
    population = (table["indicator"] == "population") & (table["region_id"] == "11")
    revised = table.loc[population & (table["year"] == 2001), "value"].iloc[0]
    table.loc[population & (table["year"] == 2000), "value"] = revised
    imported = DataPackage(package.descriptor, {**package.tables, "regional_indicators": table})
    shown = f"Value: {revised:,.0f} persons"
    frame = play_view(state, imported)["frames"][0]
    assert frame["year"] == 2000 and shown in frame["figure"]["data"][0]["text"][0]
    assert shown not in first["frames"][0]["figure"]["data"][0]["text"][0]
