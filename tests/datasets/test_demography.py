"""Births, deaths and natural increase by region (BNS): the transcription holds together.

Read from the package only, except one test that needs the 1 January 2024 population by
region, which the package does not hold (it reads ../shared and skips without it).
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from dashboard.datasets.package import load_package
from tests.conftest import require_shared

VITAL = ("births", "deaths", "natural_increase")

# Units of each boundary version, hand-copied (not read from the gazetteer).
UNITS_1997 = {"11", "15", "19", "23", "27", "31", "35", "39", "43", "47", "55", "59", "61",
              "63", "71", "75"}  # fmt: skip
UNITS = {
    "1997": UNITS_1997,
    "2018": UNITS_1997 | {"79"},
    "2022": UNITS_1997 | {"79", "10", "33", "62"},
}

# National natural increase, births and deaths as the reference README lists them
# (kazdata-bns-demography-2000-2024/README.md, "Checks made"): each equals the figure implied by
# the BNS national population series and the official national net migration.
NATIONAL_NATURAL_INCREASE = {
    2000: 72_276, 2005: 121_856, 2009: 213_378, 2010: 221_680, 2015: 267_647,
    2016: 269_463, 2018: 267_351, 2020: 265_491,
}  # fmt: skip
NATIONAL_OTHER = [("births", 2000, 222_054), ("deaths", 2000, 149_778), ("births", 2010, 367_707)]

# Years in which population change minus natural increase is not net migration:
# 2008 (1 January 2009 recalculated after the 2009 census) and 2021 (1 January 2022 after the
# 2021 census); 2012 differs by 3 persons (derived-net-migration README, "Checks").
CENSUS_BREAKS = {2008, 2021}
KNOWN_DIFFERENCE = {2012: -3}


@pytest.fixture(scope="module")
def package():
    return load_package()


def stored(package, indicator: str) -> pd.DataFrame:
    rows = package.regional
    return rows[rows["indicator"] == indicator]


def by_key(package, indicator: str) -> dict[tuple[str, str, int], float]:
    rows = stored(package, indicator)
    keys = zip(rows["region_id"], rows["boundary_version"], rows["year"], strict=True)
    return dict(zip(keys, rows["value"], strict=True))


def country(package, indicator: str) -> dict[int, float]:
    totals = package.country_totals
    rows = totals[totals["indicator"] == indicator]
    return dict(zip(rows["year"], rows["value"], strict=True))


def regional_sum(package, indicator: str, year: int) -> float:
    rows = stored(package, indicator)
    return rows.loc[rows["year"] == year, "value"].sum()


def test_births_minus_deaths_is_natural_increase_in_every_region_year(package) -> None:
    births, deaths, natural = (by_key(package, i) for i in VITAL)
    assert set(births) == set(deaths) == set(natural)
    assert len(births) == 17 * 16 + 5 * 17 + 3 * 20  # 2000-2016, 2017-2021, 2022-2024
    wrong = {
        k: (births[k], deaths[k], natural[k]) for k in births if births[k] - deaths[k] != natural[k]
    }
    assert not wrong


@pytest.mark.parametrize("indicator", VITAL)
def test_each_year_is_on_the_units_its_source_publishes(package, indicator) -> None:
    rows = stored(package, indicator)
    for year, group in rows.groupby("year"):
        versions = set(group["boundary_version"])
        expected = "1997" if year <= 2016 else "2018" if year <= 2021 else "2022"
        assert versions == {expected}, (indicator, year)
        assert set(group["region_id"]) == UNITS[expected], (indicator, year)
    assert sorted(rows["year"].unique()) == list(range(2000, 2025))


@pytest.mark.parametrize("indicator", VITAL)
def test_vital_events_are_official_whole_persons(package, indicator) -> None:
    rows = stored(package, indicator)
    assert (rows["quality"] == "official").all()
    assert (rows["unit"] == "persons").all()
    assert (rows["value"] == rows["value"].round()).all()
    if indicator != "natural_increase":
        assert (rows["value"] > 0).all()
    # South Kazakhstan 2000-2016 (read from the raw export) says where it comes from
    south = rows[(rows["region_id"] == "61") & (rows["boundary_version"] == "1997")]
    assert len(south) == 17 and south["note"].str.contains("ЮЖНО-КАЗАХСТАНСКАЯ").all()


@pytest.mark.parametrize(("year", "total"), sorted(NATIONAL_NATURAL_INCREASE.items()))
def test_natural_increase_sums_to_the_national_figure(package, year, total) -> None:
    assert regional_sum(package, "natural_increase", year) == total


@pytest.mark.parametrize(("indicator", "year", "total"), NATIONAL_OTHER)
def test_births_and_deaths_sum_to_the_national_figure(package, indicator, year, total) -> None:
    assert regional_sum(package, indicator, year) == total


def test_population_change_minus_natural_increase_is_the_official_national_net_migration(
    package,
) -> None:
    # Country population on 1 January (BNS; 2024-2025 from taldau) and official national net
    # migration, both already in the package; natural increase summed over the regions.
    population = country(package, "population")
    net = country(package, "net_migration")
    checked = 0
    for year in range(2000, 2025):
        balance = (
            population[year + 1]
            - population[year]
            - regional_sum(package, "natural_increase", year)
        )
        if year in CENSUS_BREAKS:
            assert abs(balance - net[year]) > 100_000, year  # the census recalculation
            continue
        assert balance - net[year] == KNOWN_DIFFERENCE.get(year, 0), year
        checked += 1
    assert checked == 23


@pytest.mark.shared
def test_balance_gives_the_official_2023_net_migration_of_all_20_regions(package) -> None:
    # population(1 Jan 2024) - population(1 Jan 2023) - natural increase(2023) = official net
    # migration 2023, region by region. The package holds no regional population for
    # 1 January 2024, and its 1 January 2023 values are an earlier BNS vintage (same national
    # total, regions differ by up to 105 persons), so both populations come from the BNS
    # update of 2026-08-11 in the reference folder.
    path = require_shared("reference/kazdata-bns-demography-2000-2024/population.json")
    population = json.loads(path.read_text(encoding="utf-8"))["values"]
    natural = by_key(package, "natural_increase")
    net = by_key(package, "net_migration")
    regions = sorted(UNITS["2022"])
    for rid in regions:
        kato = rid + "0000000"
        balance = population["2024"][kato] - population["2023"][kato] - natural[(rid, "2022", 2023)]
        assert balance == net[(rid, "2022", 2023)], rid
    assert len(regions) == 20


# ---------------------------------------------------------------------------------------------
# unemployment rate (BNS labour force survey; SDG 8.5.2 for South Kazakhstan 2010-2017 and 2023)


def test_unemployment_is_on_the_units_of_each_year_without_the_split_estimates(package) -> None:
    rows = stored(package, "unemployment_rate")
    assert sorted(rows["year"].unique()) == list(range(2001, 2024))
    for year, group in rows.groupby("year"):
        expected = "1997" if year <= 2017 else "2018" if year <= 2021 else "2022"
        assert set(group["boundary_version"]) == {expected}, year
        assert set(group["region_id"]) == UNITS[expected], year
    # BNS estimates for Turkistan and Shymkent 2010-2017 are not stored as if published;
    # South Kazakhstan's own figure stands on the boundaries of those years
    early = rows[rows["year"].between(2010, 2017)]
    assert not (early["boundary_version"] != "1997").any()
    south = early[early["region_id"] == "61"]
    assert len(south) == 8 and (south["source_id"] == "bns-sdg-8-5-2").all()
    assert south["note"].str.contains("estimates").all()


def test_unemployment_rates_are_percentages_with_the_2015_break_stated(package) -> None:
    rows = stored(package, "unemployment_rate")
    assert rows["value"].between(0, 100).all() and (rows["unit"] == "percent").all()
    assert rows.loc[rows["year"] == 2015, "note"].str.contains("19th ICLS").all()
    caveats = package.indicators.set_index("id").loc["unemployment_rate"]
    assert all("2015" in caveats[f"caveat_{lang}"] for lang in ("en", "ru", "kk"))
    national = country(package, "unemployment_rate")
    assert (
        national[2001] == 10.4
        and national[2010] == 5.8
        and sorted(national) == list(range(2001, 2024))
    )


# ---------------------------------------------------------------------------------------------
# money income per capita (BNS export 2000-2024)


def test_income_is_on_the_units_of_each_year(package) -> None:
    rows = stored(package, "income_per_capita")
    assert sorted(rows["year"].unique()) == list(range(2000, 2025))
    for year, group in rows.groupby("year"):
        # South Kazakhstan is published to 2017, Turkistan and Shymkent from 2018
        expected = "1997" if year <= 2017 else "2018" if year <= 2021 else "2022"
        assert set(group["boundary_version"]) == {expected}, year
        assert set(group["region_id"]) == UNITS[expected], year
    assert (rows["value"] > 0).all() and (rows["value"] == rows["value"].round()).all()
    assert (rows["unit"] == "tenge_per_person_month").all()
    national = country(package, "income_per_capita")
    assert sorted(national) == list(range(2000, 2025))
    assert national[2000] == 6352 and national[2024] == 215979


# ---------------------------------------------------------------------------------------------
# people who applied to employment authorities (BNS gender statistics portal)


def test_applicants_sum_exactly_to_the_republic_on_the_units_of_each_year(package) -> None:
    rows = stored(package, "employment_office_applicants")
    national = country(package, "employment_office_applicants")
    assert sorted(rows["year"].unique()) == sorted(national) == list(range(2001, 2022))
    for year, group in rows.groupby("year"):
        expected = "1997" if year <= 2017 else "2018"
        assert set(group["boundary_version"]) == {expected}, year
        assert set(group["region_id"]) == UNITS[expected], year
        assert group["value"].sum() == national[year], year
