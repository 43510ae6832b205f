"""The observed region-to-region table: transcribed as the reference gives it, shown on the
boundaries of its year (summed up, never split, moves inside a merged unit left out and
counted), the reason a year has none, and how well the gravity model reproduces it."""

import csv
import math
import shutil
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from dashboard import DATA_DIR
from dashboard.datasets.flow_tables import observed_flows, observed_years
from dashboard.datasets.flows import gravity_model, great_circle_km
from dashboard.datasets.observed import (
    DECAY_GRID,
    aggregate_flows,
    fit_at,
    model_fit,
    model_fits,
    no_table_reason,
    observed_table,
)
from dashboard.datasets.package import DataValidationError, load_package
from dashboard.geo.boundaries import label_points, region_ids
from dashboard.state import ViewState
from dashboard.views.map import map_view
from tests.conftest import require_shared

YEARS = [2010, 2015, 2020, 2021, 2023, 2024]
# Annual totals of the reference README (persons moving between the 20 units of 2022).
README_TOTALS = {2010: 189_941, 2015: 233_503, 2020: 356_613, 2021: 330_739}
README_TOTALS |= {2023: 472_227, 2024: 689_497}
# The units of 2022 that older versions do not have, and the unit that held each then.
NEWER = {"1997": {"10": "63", "33": "19", "62": "35", "79": "61"}}
NEWER["2018"] = {"10": "63", "33": "19", "62": "35"}
SOURCE = "diar299-od-interregional"


@pytest.fixture(scope="module")
def package():
    return load_package()


def package_with_table(tmp_path: Path, rows: list[str]):
    """The shipped package with ``od_flows.csv`` replaced by ``rows`` (header kept)."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("scripts", "__pycache__"))
    path = target / "od_flows.csv"
    header = path.read_text(encoding="utf-8").splitlines()[0]
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return load_package(target)


# ---------------------------------------------------------------------------------------------
# the shipped table


def test_the_shipped_table_has_six_years_of_unverified_pairs(package) -> None:
    table = package["od_flows"]
    assert observed_years(package) == YEARS
    assert table.groupby("year").size().to_dict() == dict.fromkeys(YEARS, 380)
    assert set(table["quality"]) == {"unverified"} and set(table["source_id"]) == {SOURCE}
    assert (table["origin"] != table["destination"]).all()
    assert table.groupby("year")["persons"].sum().to_dict() == README_TOTALS
    source = package.sources.set_index("id").loc[SOURCE]
    assert "BNS" in source["publisher"] and "Diar299/kz-migration" in source["publisher"]
    assert "620b60e98ced033f444cfee7940faeaf941245e9" in source["document_or_table"]
    assert "No BNS table named" in source["document_or_table"]
    assert source["licence"].startswith("No licence stated")
    assert "unverified" in source["citation_en"]


@pytest.mark.shared
def test_the_table_equals_the_reference_file_cell_by_cell(package) -> None:
    path = require_shared("reference/od-interregional-migration-diar299/Internal_migration.csv")
    names = {
        "Abay": "10", "Akmola": "11", "Aktobe": "15", "Almaty": "19", "Atyrau": "23",
        "West_Kaz": "27", "Zhambyl": "31", "Zhetysu": "33", "Karaganda": "35",
        "Kostanay": "39", "Kyzylorda": "43", "Mangystau": "47", "Pavlodar": "55",
        "North_Kaz": "59", "Turkestan": "61", "Ulytau": "62", "East_Kaz": "63",
        "Astana_city": "71", "Almaty_city": "75", "Shymkent_city": "79",
    }  # fmt: skip
    with path.open(encoding="utf-8", newline="") as file:
        reference = {
            (int(r["Year"]), names[r["region_emmigr"]], names[r["region_immigr"]]): int(r["N"])
            for r in csv.DictReader(file)
        }
    ours = {
        (int(y), o, d): p
        for y, o, d, p in package["od_flows"][
            ["year", "origin", "destination", "persons"]
        ].itertuples(index=False)
    }
    kept = {key: n for key, n in reference.items() if key[0] in YEARS}
    assert ours == kept  # every pair of the six years, to the person; nothing else
    assert {y for y, *_ in reference} - set(YEARS) == {2022, 2025}


# ---------------------------------------------------------------------------------------------
# on the boundaries of the year


def test_2010_is_on_the_16_units_of_1997(package) -> None:
    flows = observed_flows(2010, package)
    ends = set(flows["origin"]) | set(flows["destination"])
    assert ends == set(region_ids("1997")) and len(flows) == 16 * 15
    assert flows.attrs["version"] == "1997"
    assert flows["persons"].dtype == "int64"
    assert set(flows["quality"]) == {"unverified"} and set(flows["source_id"]) == {SOURCE}


@pytest.mark.parametrize(("year", "version"), [(2010, "1997"), (2015, "1997"), (2020, "2018")])
def test_moves_inside_a_merged_unit_drop_out_and_are_counted(package, year, version) -> None:
    rows = package["od_flows"].query("year == @year")
    parent = {r: NEWER[version].get(r, r) for r in region_ids("2022")}
    inside = rows[rows["origin"].map(parent) == rows["destination"].map(parent)]
    table = observed_table(year, package)
    assert table.version == version and table.stored == README_TOTALS[year]
    assert table.dropped == inside["persons"].sum() > 0
    assert table.persons == table.flows["persons"].sum() == table.stored - table.dropped
    by_unit = inside.groupby(inside["origin"].map(parent))["persons"].sum()
    assert table.dropped_by_unit.to_dict() == by_unit.to_dict()
    # e.g. Astana <- Shymkent and Astana <- Turkistan are one flow from South Kazakhstan
    pair = table.flows.query("origin == '61' and destination == '71'")["persons"]
    from_south = rows.query("origin in ['61', '79'] and destination == '71'")["persons"].sum()
    expected = (
        from_south
        if version == "1997"
        else rows.query("origin == '61' and destination == '71'")["persons"].sum()
    )
    assert pair.tolist() == [expected]


def test_2010_leaves_out_shymkent_turkistan_moves(package) -> None:
    rows = package["od_flows"].query("year == 2010")
    between = rows.query("origin in ['61', '79'] and destination in ['61', '79']")
    assert observed_table(2010, package).dropped_by_unit["61"] == between["persons"].sum()


def test_years_on_todays_units_lose_nothing(package) -> None:
    for year in (2023, 2024):
        table = observed_table(year, package)
        assert table.version == "2022" and table.dropped == 0
        assert len(table.flows) == 380 and table.persons == README_TOTALS[year]


def test_aggregation_sums_up_and_never_splits() -> None:
    rows = pd.DataFrame(
        {
            "origin": ["79", "61", "10", "71", "71"],
            "destination": ["71", "71", "63", "79", "61"],
            "persons": [5, 7, 3, 2, 4],
            "source_id": ["a", "a", "a", "a", "b"],
            "quality": ["official", "unverified", "official", "official", "official"],
        }
    )
    flows, dropped = aggregate_flows(rows, "1997")
    records = flows.set_index(["origin", "destination"]).to_dict("index")
    assert records[("61", "71")] == {"persons": 12, "source_id": "a", "quality": "unverified"}
    assert records[("71", "61")] == {"persons": 6, "source_id": "a b", "quality": "official"}
    assert dropped.to_dict() == {"63": 3}
    # on today's units nothing is summed or dropped
    flows, dropped = aggregate_flows(rows, "2022")
    assert len(flows) == 5 and dropped.empty


# ---------------------------------------------------------------------------------------------
# years without a table


def test_each_missing_year_has_its_reason(package) -> None:
    assert [no_table_reason(y, package) for y in YEARS] == [None] * 6
    assert no_table_reason(2022, package) == "corrupt"
    assert no_table_reason(2025, package) == "partial"
    assert no_table_reason(2005, package) == "not_in_table"
    assert observed_table(2022, package) is None and observed_flows(2022, package).empty


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "mirror images"), ("ru", "зеркальны"), ("kk", "айнадай")],
)
def test_2022_says_the_table_is_corrupt(package, lang, words) -> None:
    state = ViewState(lang=lang, year=2022, layers=("flows",), flow_kind="observed")
    layer = map_view(state, package).flow_layer
    assert "2022" in layer.notice and words in layer.notice
    # No arrow is drawn; the legend beside the map says why (issue 13: not below the fold).
    assert [trace.mode for trace in layer.traces] == ["markers"]
    assert "2022" in layer.traces[0].name
    assert "2010, 2015, 2020, 2021, 2023, 2024" in layer.notice


@pytest.mark.parametrize(
    ("year", "words"), [(2025, "part of the year"), (2005, "covers 2010, 2015")]
)
def test_other_years_say_why_there_is_none(package, year, words) -> None:
    state = ViewState(lang="en", year=year, layers=("flows",), flow_kind="observed")
    assert words in map_view(state, package).flow_layer.notice


def test_an_empty_table_says_the_bns_publishes_one(tmp_path) -> None:
    package = package_with_table(tmp_path, [])
    assert observed_years(package) == [] and no_table_reason(2023, package) == "no_table"
    state = ViewState(lang="en", year=2023, layers=("flows",), flow_kind="observed")
    notice = map_view(state, package).flow_layer.notice
    assert "holds no region-to-region table" in notice and "BNS publishes one" in notice


# ---------------------------------------------------------------------------------------------
# an imported table on the year's own units

# A test fixture in the long format, not data: the numbers are arbitrary.
FIXTURE_ROWS = [
    "2023,61,71,5000,kanatislambekov-interregional,unverified,fixture",
    "2023,71,61,1200,kanatislambekov-interregional,unverified,fixture",
    "2023,43,75,800,kanatislambekov-interregional,unverified,fixture",
]


def test_a_table_of_rows_is_drawn_with_its_source(tmp_path):
    package = package_with_table(tmp_path, FIXTURE_ROWS)
    assert observed_years(package) == [2023]
    assert len(observed_flows(2023, package)) == 3
    state = ViewState(lang="ru", year=2023, layers=("flows",), flow_kind="observed")
    layer = map_view(state, package).flow_layer
    assert len(layer.flows) == 3 and set(layer.flows["kind"]) == {"observed"}
    hovers = " ".join(layer.traces[-1].hovertext)
    assert "5\xa0000 чел." in hovers and "не проверено" in hovers
    net = map_view(replace(state, flow_mode="net"), package)
    pair = net.flow_layer.flows.query("origin == '61' and destination == '71'")
    assert pair["persons"].tolist() == [3800]  # whole persons after netting too


def test_a_bad_row_is_refused_with_file_row_and_column(tmp_path):
    with pytest.raises(DataValidationError, match=r"od_flows\.csv.*row 2.*persons"):
        package_with_table(tmp_path, ["2023,61,71,-5,kanatislambekov-interregional,unverified,x"])


# ---------------------------------------------------------------------------------------------
# model against observed


def test_every_observed_year_has_fit_figures(package) -> None:
    fits = model_fits(package)
    assert [f.year for f in fits] == YEARS
    for fit in fits:
        assert fit.units == len(region_ids(fit.version)) and fit.pairs == fit.units * (
            fit.units - 1
        )
        assert len(fit.grid) == len(DECAY_GRID)  # the model converged at every decay
        for figures in fit.grid:
            assert -1 <= figures.correlation <= 1 and figures.srmse >= 0
        assert fit.best.decay in DECAY_GRID
        assert fit.best.srmse == min(f.srmse for f in fit.grid)
        at_one = fit_at(fit.year, 1.0, package)
        assert at_one == next(f for f in fit.grid if f.decay == 1.0)
    assert model_fit(2022, package) is None and fit_at(2022, 1.0, package) is None


def test_the_fit_finds_the_decay_of_a_table_the_model_made(tmp_path) -> None:
    # A table made by the gravity model itself at β = 1.5 (fixture numbers, not data): the
    # fit must recover β = 1.5 with r = 1 and SRMSE = 0.
    ids = region_ids("2022")
    departures = pd.Series({r: 1000.0 + 100 * i for i, r in enumerate(ids)})
    arrivals = pd.Series({r: 1000.0 + 100 * (len(ids) - 1 - i) for i, r in enumerate(ids)})
    made = gravity_model(departures, arrivals, great_circle_km(label_points("2022")), 1.5)
    rows = [
        f"2023,{r.origin},{r.destination},{r.persons!r},kanatislambekov-interregional,"
        "unverified,fixture"
        for r in made.itertuples()
    ]
    fit = model_fit(2023, package_with_table(tmp_path, rows))
    assert fit.best.decay == 1.5
    assert fit.best.correlation == pytest.approx(1.0) and fit.best.srmse < 1e-4
    assert all(f.srmse > fit.best.srmse for f in fit.grid if f.decay != 1.5)
    assert not math.isnan(fit.grid[0].correlation)
