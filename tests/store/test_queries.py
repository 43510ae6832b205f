"""SQL on the store gives what pandas gives on the same rows; keys stay unique."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.store import queries
from dashboard.store.build import DuplicateKey, write_tables
from dashboard.store.compose import ImportData
from dashboard.store.generations import current_file
from dashboard.store.importing import accept_import
from dashboard.store.paths import paths_for
from dashboard.store.reader import Snapshot
from tests.store.helpers import (
    ARRIVALS_SOURCE,
    NEW_INDICATOR,
    NEW_YEAR,
    committed,
    new_indicator_import,
    od_import,
    request,
)


@pytest.fixture
def store(instance) -> Snapshot:
    accept_import(instance, request(new_indicator_import()))
    # 2022 and 2025: years the package's own OD table leaves out
    two_years = pd.concat([od_import(2022).rows, od_import(2025).rows.assign(quality="official")])
    accept_import(instance, request(ImportData("od_flows", two_years)))
    return Snapshot(current_file(paths_for(instance)))


def test_flows_by_pair_is_the_years_table_largest_first(store):
    flows = queries.flows_by_pair(store, 2022)
    table = store.package["od_flows"]
    expected = table[table["year"] == 2022].sort_values("persons", ascending=False)
    assert flows["persons"].tolist() == expected["persons"].tolist()
    assert list(zip(flows["origin"], flows["destination"], strict=True)) == list(
        zip(expected["origin"], expected["destination"], strict=True)
    )
    assert set(flows["quality"]) == {"unverified"}
    assert flows.attrs["sources"] == [ARRIVALS_SOURCE]
    assert queries.flows_by_pair(store, 1999).empty


def test_flows_by_year_origin_and_top_flows_agree_with_pandas(store):
    table = store.package["od_flows"]
    by_origin = table.groupby(["year", "origin"], as_index=False)["persons"].sum()
    got = queries.flows_by_year_origin(store)
    pd.testing.assert_frame_equal(
        got.astype({"year": "int64"}), by_origin.astype({"origin": object}), check_dtype=False
    )
    top = queries.top_flows(store, "61", n=2, direction="out")
    summed = table[table["origin"] == "61"].groupby(["origin", "destination"], as_index=False)
    expected = summed["persons"].sum().nlargest(2, "persons").reset_index(drop=True)
    assert top.to_dict("records") == expected.to_dict("records")
    one_year = queries.top_flows(store, "61", n=2, direction="out", year=2022)
    assert one_year.to_dict("records") == [
        {"origin": "61", "destination": "71", "persons": 5000.0},
        {"origin": "61", "destination": "75", "persons": 2500.0},
    ]
    into = queries.top_flows(store, "61", n=5, direction="in", year=2025)
    assert into.to_dict("records") == [{"origin": "71", "destination": "61", "persons": 1200.0}]
    with pytest.raises(ValueError, match="direction"):
        queries.top_flows(store, "61", direction="sideways")


def test_indicator_rows_say_where_each_value_came_from(store):
    imported = queries.indicator_rows(store, NEW_INDICATOR, NEW_YEAR)
    assert len(imported) == 20 and (imported["import_id"] != "").all()
    official = queries.indicator_rows(store, "population", 2023)
    assert len(official) == 20 and set(official["import_id"]) == {""}
    counts = queries.import_counts(store)
    assert sorted(counts["rows"]) == [10, 20]


def test_a_duplicate_key_fails_the_build_before_any_switch(tmp_path):
    package = committed()
    rows = package["sources"]
    resource = package.resource("sources")
    with pytest.raises(DuplicateKey, match="sources"):
        write_tables(
            tmp_path / "x.duckdb",
            {"sources": pd.concat([rows, rows.iloc[:1]])},
            {"sources": resource},
            {"generation": "x"},
        )
