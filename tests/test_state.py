"""A link reopens the same view; a bad link falls back with a notice instead of failing."""

import doctest

from dashboard import state as state_module
from dashboard.geo.boundaries import BOUNDARY_VERSIONS, region_ids
from dashboard.state import (
    PARAMETERS,
    ViewState,
    from_controls,
    from_query,
    known_region_ids,
    to_controls,
    to_query,
)

AVAILABLE = {"net_migration": [2023, 2024], "population": list(range(2000, 2024))}


def test_round_trip_of_every_field():
    state = ViewState(
        lang="ru",
        indicator="population",
        year=2005,
        layers=("zones", "flows"),
        flow_kind="international",
        top_n=40,
        min_persons=500,
        region="63",
        direction="out",
        flow_mode="net",
        decay=1.5,
        origins="2011",
        compare_year=2000,
        panel="trends",
    )
    parsed, notices = from_query(to_query(state), AVAILABLE)
    assert parsed == state and notices == []


def test_every_field_has_a_parameter():
    assert set(PARAMETERS.values()) == set(ViewState.__dataclass_fields__)


def test_empty_query_gives_a_valid_default():
    state, notices = from_query("", AVAILABLE)
    assert state.indicator in AVAILABLE and state.year in AVAILABLE[state.indicator]
    assert notices == []


def test_bad_values_are_replaced_and_reported():
    state, notices = from_query("lang=xx&indicator=nope&year=1850", AVAILABLE)
    assert state.lang == "kk"
    assert state.indicator == "net_migration" and state.year == 2024
    assert [n.key for n in notices] == [
        "notice.bad_lang",
        "notice.bad_indicator",
        "notice.bad_year",
    ]
    assert notices[2].values["first"] == "2023"


def test_bad_flow_parameters_fall_back_one_by_one():
    query = "flows=magic&top=0&min=-5&decay=9&direction=up&mode=x&region=99&layers=zones,bogus"
    state, notices = from_query(query, AVAILABLE)
    default = ViewState()
    assert state.flow_kind == default.flow_kind and state.top_n == default.top_n
    assert state.min_persons == 0 and state.decay == default.decay
    assert state.direction == "both" and state.flow_mode == "gross" and state.region is None
    assert state.layers == ("zones",)
    params = sorted(n.values["param"] for n in notices)
    assert params == sorted(
        ["flows", "top", "min", "decay", "direction", "mode", "region", "layers"]
    )


def test_year_of_another_indicator_is_moved_into_range():
    state, notices = from_query("indicator=net_migration", AVAILABLE, ViewState(year=2005))
    assert state.year == 2024 and notices == []


def test_injection_attempts_are_only_text():
    state, notices = from_query("year=2005;DROP&lang=<script>&decay=nan", AVAILABLE)
    assert state.year == 2024 and state.lang == "kk" and state.decay == 1.0
    assert {n.values["value"] for n in notices} == {"2005;DROP", "<script>", "nan"}


def test_empty_layers_means_no_overlays():
    state, _ = from_query("layers=", AVAILABLE)
    assert state.layers == ()
    assert "layers=&" in to_query(state)


def test_compare_year_must_be_another_year_of_the_indicator():
    state, notices = from_query("indicator=population&year=2020&compare=2000", AVAILABLE)
    assert state.compare_year == 2000 and notices == []
    for bad in ("2020", "1800", "x"):
        state, notices = from_query(f"indicator=population&year=2020&compare={bad}", AVAILABLE)
        assert state.compare_year is None and notices[0].values["param"] == "compare"


# -- controls: typed values checked as they are, never re-encoded into a query -------------


def test_controls_values_are_checked_as_typed_values():
    state, notices = from_controls({"indicator": "population", "year": 2005}, AVAILABLE)
    assert state.year == 2005 and notices == []
    # A year as digits is a word, not a number: the controls never send one.
    state, notices = from_controls({"indicator": "population", "year": "2005"}, AVAILABLE)
    assert state.year != 2005 and notices[0].key == "notice.bad_year"


def test_controls_values_of_the_wrong_type_fall_back():
    default = ViewState()
    values = {"layers": "zones,flows", "top_n": 2.5, "decay": 7.5, "min_persons": True}
    state, notices = from_controls(values, AVAILABLE)
    assert state.layers == default.layers and state.top_n == default.top_n
    assert state.decay == default.decay and state.min_persons == default.min_persons
    assert sorted(n.values["param"] for n in notices) == ["decay", "layers", "min", "top"]
    state, _ = from_controls({"layers": ["zones", 5], "decay": float("inf")}, AVAILABLE)
    assert state.layers == default.layers and state.decay == default.decay


def test_controls_numbers_are_kept_as_numbers():
    state, notices = from_controls({"decay": 1.254, "top_n": 40, "layers": []}, AVAILABLE)
    assert (state.decay, state.top_n, state.layers, notices) == (1.25, 40, (), [])
    huge, _ = from_controls({"top_n": 10**400, "min_persons": -(10**30)}, AVAILABLE)
    assert huge.top_n == ViewState().top_n and huge.min_persons == 0


def test_controls_show_what_a_link_says():
    state, _ = from_query("lang=en&indicator=population&year=2005&layers=flows", AVAILABLE)
    assert from_controls(to_controls(state), AVAILABLE) == (state, [])


def test_region_ids_come_from_the_boundaries():
    assert known_region_ids() == {r for v in BOUNDARY_VERSIONS for r in region_ids(v)}
    assert {"10", "61", "79"} <= known_region_ids()


def test_examples_in_the_docstrings_hold():
    assert doctest.testmod(state_module).failed == 0


# -- the kind of flows a view that names none shows ------------------------------------------


def test_observed_flows_are_the_default_in_their_years():
    observed = [2010, 2023]
    state, notices = from_query("indicator=population&year=2010", AVAILABLE, None, observed)
    assert state.flow_kind == "observed" and notices == []
    # a year without an observed table keeps the default kind
    state, _ = from_query("indicator=population&year=2005", AVAILABLE, None, observed)
    assert state.flow_kind == ViewState().flow_kind == "model"
    # no year in the link: the default year (2024 here has no table, 2023 has)
    assert from_query("", AVAILABLE, None, observed)[0].flow_kind == "model"
    assert from_query("", AVAILABLE, ViewState(year=2023), observed)[0].flow_kind == "observed"
    # without years of observed flows nothing changes
    assert from_query("indicator=population&year=2010", AVAILABLE)[0].flow_kind == "model"


def test_a_link_naming_a_kind_of_flows_keeps_it():
    observed = [2010]
    for kind in ("model", "schematic", "international", "observed"):
        query = f"indicator=population&year=2010&flows={kind}"
        assert from_query(query, AVAILABLE, None, observed)[0].flow_kind == kind
    # a bad kind falls back to the year's default, with a notice
    state, notices = from_query("indicator=population&year=2010&flows=x", AVAILABLE, None, [2010])
    assert state.flow_kind == "observed" and notices[0].values["param"] == "flows"
    # a link written by the atlas names the kind, so it reopens the same view
    state = ViewState(indicator="population", year=2010, flow_kind="model")
    assert from_query(to_query(state), AVAILABLE, None, observed)[0] == state


def test_controls_keep_the_kind_they_show():
    values = {"indicator": "population", "year": 2010, "flow_kind": "model"}
    assert from_controls(values, AVAILABLE, None, [2010])[0].flow_kind == "model"
    values.pop("flow_kind")
    assert from_controls(values, AVAILABLE, None, [2010])[0].flow_kind == "observed"
