"""An observed origin-destination table in the data package becomes the observed layer."""

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from dashboard import DATA_DIR
from dashboard.datasets.flow_tables import observed_flows, observed_years
from dashboard.datasets.package import DataValidationError, load_package
from dashboard.state import ViewState
from dashboard.views.map import map_view

# A test fixture in the long format, not data: the numbers are arbitrary.
FIXTURE_ROWS = [
    "2023,61,71,5000,kanatislambekov-interregional,unverified,fixture",
    "2023,71,61,1200,kanatislambekov-interregional,unverified,fixture",
    "2023,43,75,800,kanatislambekov-interregional,unverified,fixture",
]


def package_with_rows(tmp_path: Path, rows: list[str]):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("scripts", "__pycache__"))
    with (target / "od_flows.csv").open("a", encoding="utf-8") as file:
        file.write("\n".join(rows) + "\n")
    return load_package(target)


def test_the_shipped_table_is_empty_and_says_so():
    assert observed_years(load_package()) == []
    view = map_view(
        ViewState(lang="en", year=2023, layers=("flows",), flow_kind="observed"), load_package()
    )
    assert view.flow_layer.traces == [] and "not public" in view.flow_layer.notice


def test_a_table_of_rows_is_drawn_with_its_source(tmp_path):
    package = package_with_rows(tmp_path, FIXTURE_ROWS)
    assert observed_years(package) == [2023]
    assert len(observed_flows(2023, package)) == 3
    state = ViewState(lang="ru", year=2023, layers=("flows",), flow_kind="observed")
    layer = map_view(state, package).flow_layer
    assert len(layer.flows) == 3 and set(layer.flows["kind"]) == {"observed"}
    hovers = " ".join(layer.traces[-1].hovertext)
    assert "5\xa0000 чел." in hovers and "не проверено" in hovers
    net = map_view(replace(state, flow_mode="net"), package)
    pair = net.flow_layer.flows.query("origin == '61' and destination == '71'")
    assert float(pair["persons"].iloc[0]) == 3800


def test_a_bad_row_is_refused_with_file_row_and_column(tmp_path):
    with pytest.raises(DataValidationError, match=r"od_flows\.csv.*row 2.*persons"):
        package_with_rows(tmp_path, ["2023,61,71,-5,kanatislambekov-interregional,unverified,x"])
