"""The profile view: one state in (region, year, decay, language), words and figures out."""

from __future__ import annotations

import dataclasses
import threading

import pytest

from dashboard.datasets.package import load_package
from dashboard.datasets.partners import region_flows
from dashboard.datasets.profiles import region_profile
from dashboard.state import ViewState
from dashboard.views.profile import ProfileView, describe_profile, profile_view


@pytest.fixture(scope="module")
def package():
    return load_package()


def state(**fields) -> ViewState:
    return ViewState(**{"region": "71", "year": 2023, "lang": "en", **fields})


def test_the_view_speaks_the_states_language(package) -> None:
    view = profile_view(state(region="43", lang="ru"), package)
    assert isinstance(view, ProfileView)
    assert view.lang == "ru" and view.year == 2023
    assert view.title == "Кызылординская область"
    assert dict(view.other_names) == {"kk": "Қызылорда облысы", "en": "Kyzylorda Region"}
    assert [zone.name for zone in view.zones] == ["Приаралье"]
    assert view.groups[0].heading == "Миграция"


def test_the_aral_zone_carries_its_chart(package) -> None:
    (aral,) = profile_view(state(region="43"), package).zones
    years = [x for trace in aral.aral.data for x in trace.x]
    assert min(years) == 1986 and max(years) == 2018
    assert all(zone.aral is None for zone in profile_view(state(region="10"), package).zones)


def test_partners_come_from_the_years_flows_at_the_states_decay(package) -> None:
    near = profile_view(state(decay=1.0), package)
    far = profile_view(state(decay=2.0), package)
    kinds = [block.kind for block in near.flows]
    assert kinds == ["model", "observed", "schematic"]  # 2023 has an observed table
    assert near.flows[0].title == "Gravity model"
    assert near.flows[0].model_note == "model estimate, not observed"
    assert near.flows[0].arriving != far.flows[0].arriving  # the decay changes the model
    # the same as a profile built from the year's flows by hand
    flows = region_flows(2023, 1.0, package)
    by_hand = describe_profile(region_profile("71", 2023, package, flows=flows), "en", package)
    assert by_hand.flows == near.flows


def test_the_year_is_the_states(package) -> None:
    view = profile_view(state(region="55", year=2024), package)
    assert view.profile.year == 2024
    assert "no value for 2024; showing 2022" in {row.notes for g in view.groups for row in g.rows}
    selected = [
        trace
        for group in view.groups
        for row in group.rows
        for trace in row.sparkline.data
        if trace.meta == "selected"
    ]
    assert selected and all(list(trace.x) == [2024] for trace in selected)


def test_no_region_is_an_error(package) -> None:
    with pytest.raises(ValueError, match="region"):
        profile_view(state(region=None), package)


def test_the_view_is_frozen_and_its_figures_are_its_own(package) -> None:
    first = profile_view(state(), package)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.title = "x"  # type: ignore[misc]
    second = profile_view(state(), package)
    ours = first.groups[0].rows[0].sparkline
    assert ours is not second.groups[0].rows[0].sparkline
    ours.update_layout(height=999)  # a reader's figure changed: the next view is not
    assert profile_view(state(), package).groups[0].rows[0].sparkline.layout.height != 999


def test_views_built_in_threads_at_once_do_not_fail(package) -> None:
    states = [
        state(region=region, year=year, lang=lang)
        for region, year, lang in [
            ("10", 2023, "kk"), ("43", 2020, "ru"), ("63", 2010, "en"), ("79", 2005, "kk"),
            ("71", 2023, "ru"), ("61", 2018, "en"), ("55", 2024, "kk"), ("47", 2020, "en"),
        ]
    ]  # fmt: skip
    errors: list[BaseException] = []
    titles: dict[int, str] = {}

    def build(i: int, view_state: ViewState) -> None:
        try:
            view = profile_view(view_state, package)
            view.groups[0].rows[0].sparkline.to_dict()
            titles[i] = view.title
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=build, args=pair) for pair in enumerate(states)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert titles[1] == "Кызылординская область" and titles[2] == "East Kazakhstan Region"
