"""A link reopens the same view; a bad link falls back with a notice instead of failing."""

from dashboard.state import ViewState, from_query, to_query

AVAILABLE = {"net_migration": [2023, 2024], "population": list(range(2000, 2024))}


def test_round_trip():
    state = ViewState(lang="ru", indicator="population", year=2005)
    parsed, notices = from_query(to_query(state), AVAILABLE)
    assert parsed == state and notices == []


def test_empty_query_gives_a_valid_default():
    state, notices = from_query("", AVAILABLE)
    assert state.indicator in AVAILABLE and state.year in AVAILABLE[state.indicator]
    assert notices == []


def test_bad_values_are_replaced_and_reported():
    state, notices = from_query("lang=xx&indicator=nope&year=1850", AVAILABLE)
    assert state.lang == "kk"
    assert state.indicator == "net_migration" and state.year == 2024
    assert [n.key for n in notices] == [
        "notice.bad_language",
        "notice.bad_indicator",
        "notice.bad_year",
    ]
    assert notices[2].values["first"] == "2023"


def test_year_of_another_indicator_is_moved_into_range():
    state, notices = from_query("indicator=net_migration", {**AVAILABLE}, ViewState(year=2005))
    assert state.year == 2024 and notices == []


def test_injection_attempts_are_only_text():
    state, notices = from_query("year=2005;DROP&lang=<script>", AVAILABLE)
    assert state.year == 2024 and state.lang == "kk"
    assert {n.values["value"] for n in notices} == {"2005;DROP", "<script>"}
