"""A link reopens the same view; a bad link falls back with a notice instead of failing."""

from dashboard.state import PARAMETERS, ViewState, from_query, to_query

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
