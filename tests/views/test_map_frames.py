"""The frames near a map view: the years, flow modes and directions the browser may draw."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dashboard.datasets.package import load_package
from dashboard.geo.boundaries import version_for_year
from dashboard.state import ViewState
from dashboard.views.map import map_view
from dashboard.views.map_frames import (
    flow_variants,
    frame_key,
    frame_views,
    stepped_years,
    switches,
    view_key,
)

FLOWS = ViewState(lang="en", indicator="net_migration", year=2023, layers=("flows",))


@pytest.fixture(scope="module")
def package():
    return load_package()


def test_a_view_is_the_same_whatever_its_year_mode_and_direction():
    state = ViewState(lang="ru", year=2023, layers=("flows",), region="75")
    moved = replace(state, year=2022, flow_mode="net", direction="in")
    assert view_key(state) == view_key(moved) and frame_key(state) != frame_key(moved)
    assert view_key(state) != view_key(replace(state, lang="kk"))
    assert view_key(state) != view_key(replace(state, year=2005))  # other boundaries
    assert view_key(state) != view_key(state, highlight=["75"])


def test_years_are_stepped_on_the_boundaries_of_the_year_shown(package):
    years = stepped_years(ViewState(indicator="population", year=2005), package)
    assert 2005 in years and len(years) > 5
    assert {version_for_year(y) for y in years} == {version_for_year(2005)}
    compared = ViewState(indicator="population", year=2005, compare_year=2001)
    assert stepped_years(compared, package) == []


def test_flow_variants_are_the_switches_a_reader_has():
    assert flow_variants(replace(FLOWS, layers=("zones",))) == []
    # No region: gross or net only; the direction changes nothing.
    assert [(v.flow_mode, v.direction) for v in flow_variants(FLOWS)] == [("net", "both")]
    chosen = flow_variants(replace(FLOWS, region="75"))
    assert len(chosen) == 5 and {v.year for v in chosen} == {2023}
    # Schematic arrows have no volumes: no net flows, but a direction.
    schematic = flow_variants(replace(FLOWS, flow_kind="schematic", region="75"))
    assert {(v.flow_mode, v.direction) for v in schematic} == {("gross", "in"), ("gross", "out")}


def test_each_frame_is_the_map_the_server_draws_for_it(package):
    state = replace(FLOWS, region="75")
    frames = frame_views(state, package)
    assert frame_key(replace(state, flow_mode="net", direction="out")) in frames
    assert frame_key(replace(state, year=2022)) in frames
    framed, view = frames[frame_key(replace(state, flow_mode="net"))]
    assert framed == replace(state, flow_mode="net")
    assert view.figure.to_json() == map_view(framed, package).figure.to_json()


def test_a_stepped_year_gets_its_own_switches_alone(package):
    state = replace(FLOWS, year=2024, region="75")  # stepped to from the 2023 view
    variants = frame_views(state, package, years=False)
    assert set(variants) == {f"2024|{switch}" for switch in switches(state)} - {"2024|gross|both"}
    assert switches(FLOWS) == ["gross|both", "net|both"]
    assert switches(replace(FLOWS, layers=("zones",))) == ["gross|both"]
