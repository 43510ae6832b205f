"""The Programme scorecard's numbers: stage sums of the yearly values, the missing 2008, the
verdicts computed from the numbers, and the national aim against the official series."""

from __future__ import annotations

import doctest

import numpy as np
import pandas as pd
import pytest

from dashboard.datasets import scorecard as sc
from dashboard.datasets.indicators import indicator_values, national_total
from dashboard.datasets.package import load_package


@pytest.fixture(scope="module")
def package():
    return load_package()


@pytest.fixture(scope="module")
def scores(package) -> pd.DataFrame:
    return sc.scorecard(package)


def row(scores: pd.DataFrame, region: str, stage: str) -> pd.Series:
    return scores[(scores["region_id"] == region) & (scores["stage"] == stage)].iloc[0]


def test_every_unit_of_1997_has_a_row_per_stage(scores):
    assert len(scores) == 2 * 16
    assert scores.groupby("stage")["region_id"].nunique().to_dict() == {"1": 16, "2": 16}


@pytest.mark.parametrize("stage", sc.STAGES)
def test_stage_sums_are_the_sums_of_the_yearly_values(package, scores, stage):
    first, last = sc.STAGES[stage]
    yearly = pd.concat(
        [
            indicator_values("net_migration", year, "1997", package=package)
            for year in range(first, last + 1)
        ]
    )
    expected = yearly.groupby("region_id")["value"].sum(min_count=1)
    got = scores[scores["stage"] == stage].set_index("region_id")["net"]
    assert got.to_dict() == expected.to_dict()
    # The balance is exact: the regions add up to the official national figures of the years.
    years = row(scores, "11", stage)["years"]
    national = sum(national_total("net_migration", y, package)["value"] for y in years)
    assert got.sum() == national


def test_rate_divides_by_the_population_on_1_january_of_the_first_year(package, scores):
    population = indicator_values("population", 2006, "1997", package=package)
    akmola = float(population.set_index("region_id").at["11", "value"])
    got = row(scores, "11", "2")
    assert got["population"] == akmola
    assert got["per_1000"] == pytest.approx(1000 * got["net"] / akmola)


def test_2008_is_missing_from_stage_2_with_the_census_reason(scores):
    for stage2 in scores[scores["stage"] == "2"].itertuples():
        assert stage2.years == (2006, 2007, 2009, 2010)
        assert stage2.missing == (2008,)
        assert stage2.missing_reasons == ("census_2009",)
    stage1 = scores[scores["stage"] == "1"]
    assert set(stage1["years"]) == {(2001, 2002, 2003, 2004, 2005)}
    assert set(stage1["missing"]) == {()}


def test_values_carry_their_sources_and_the_derived_quality(scores):
    assert set(scores["quality"]) == {"derived"}
    for sources in scores["source_id"]:
        assert set(sources.split("+")) == {"bns-population-1jan", "bns-natural-increase"}


def test_akmola_named_receiving_lost_in_stage_1_and_astana_gained(scores):
    akmola, astana = row(scores, "11", "1"), row(scores, "71", "1")
    assert akmola["categories"] == "receiving" and astana["categories"] == "receiving"
    assert akmola["net"] < 0 and akmola["verdict"] == "lost_although_receiving"
    assert astana["net"] > 0 and astana["verdict"] == "gained_as_described"
    assert sc.agrees(akmola["verdict"]) is False and sc.agrees(astana["verdict"]) is True


def test_roles_are_read_from_the_programmes_text(package):
    roles = sc.region_roles(package).set_index("region_id")
    assert roles.loc[["11", "47", "71", "75"], "categories"].eq("receiving").all()
    assert roles.loc[["35", "39", "55"], "categories"].eq("losing").all()
    assert roles.loc[["43", "63"], "categories"].eq("ecological_crisis").all()
    assert roles.loc[["27", "61"], "expected"].eq("unstated").all()
    # Statements naming no unit (the northern, western and eastern regions) go to no region.
    assert set(roles.loc[roles["categories"] == "", "expected"]) == {"none"}
    assert roles.loc["59", "categories"] == "" and roles.loc["59", "role_ids"] == ""
    # Every role the text gives to a unit has a reading, so none is silently dropped.
    table = package["programme_roles"]
    assert set(table.loc[table["region_id"] != "", "role"]) <= set(sc.ROLE_CATEGORIES)


# ------------------------------------------------------------------------ synthetic cases


@pytest.mark.parametrize(
    ("categories", "net", "code"),
    [
        (["receiving"], 10.0, "gained_as_described"),
        (["receiving"], -10.0, "lost_although_receiving"),
        (["losing", "ecological_crisis"], -1.0, "lost_as_described"),
        (["ecological_crisis"], 3.0, "gained_although_losing"),
        (["unfavourable_ecology"], 3.0, "gained_no_direction"),
        ([], -3.0, "lost_no_role"),
        (["receiving", "losing"], 3.0, "gained_mixed"),
        (["receiving"], 0.0, "no_change"),
        (["losing"], np.nan, "no_data"),
    ],
)
def test_verdict_follows_the_sign_against_what_the_text_expects(categories, net, code):
    assert sc.verdict(sc.expectation(categories), sc.outcome(net)) == code


def test_verdicts_are_computed_from_the_numbers_not_typed(package, monkeypatch):
    """Made-up yearly values: receiving Akmola gains, losing Kostanay gains, Aktobe has none."""
    real = sc.indicator_values

    def made_up(indicator, year, version, *, package):
        frame = real(indicator, year, version, package=package)
        if indicator == "net_migration":
            frame = frame.assign(value=frame["region_id"].map({"11": 5.0, "39": 7.0}))
            frame["quality"] = np.where(frame["value"].notna(), "derived", "")
        return frame

    monkeypatch.setattr(sc, "indicator_values", made_up)
    scores = sc.scorecard(package)
    assert row(scores, "11", "1")["net"] == 25 and row(scores, "11", "1")["verdict"] == (
        "gained_as_described"
    )
    assert row(scores, "39", "2")["net"] == 35 and row(scores, "39", "2")["verdict"] == (
        "gained_although_losing"
    )
    aktobe = row(scores, "15", "1")
    assert np.isnan(aktobe["net"]) and aktobe["verdict"] == "no_data"
    assert aktobe["missing"] == (2001, 2002, 2003, 2004, 2005) and aktobe["years"] == ()


# ----------------------------------------------------------------------------- the nation


def test_national_aim_is_scored_against_the_official_series(package):
    aim = sc.national_aim(package)
    official = {y: national_total("net_migration", y, package)["value"] for y in range(2000, 2011)}
    assert aim.series == official
    assert (aim.stage1_first, aim.stage1_last) == (-88_162, 22_668)
    assert aim.stage1 == "lowered" and aim.turned_positive_in == 2004
    assert aim.by_2010 == "positive" and aim.value_2010 == 15_516
    assert aim.positive_since == 2004  # 2789 (2004) ... 1300 (2008) ... 15516 (2010)
    assert aim.source_id == "bns-net-migration-all-flows" and aim.quality == "official"


def test_national_aim_not_met_when_the_series_says_so(package, monkeypatch):
    made_up = {2001: -10.0, 2005: -20.0, 2009: 5.0, 2010: -1.0}

    def total(indicator, year, package):
        if year not in made_up:
            return None
        return pd.Series({"value": made_up[year], "source_id": "x", "quality": "official"})

    monkeypatch.setattr(sc, "national_total", total)
    aim = sc.national_aim(package)
    assert aim.stage1 == "not_lowered" and aim.turned_positive_in is None
    assert aim.by_2010 == "not_positive" and aim.positive_since is None


def test_the_modules_examples_hold():
    assert doctest.testmod(sc).failed == 0
