"""Region profiles: series across boundary versions, parent values, ranks, roles, partners."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from dashboard.datasets.indicators import indicator_values
from dashboard.datasets.package import load_package
from dashboard.datasets.partners import PARTNER_COLUMNS, top_partners
from dashboard.datasets.profiles import POINT_COLUMNS, region_profile
from dashboard.geo.gazetteer import UnknownRegionError

# Hand-copied from the BNS tables (as in test_indicators), not read from the package.
POP_2005_SOUTH_KAZAKHSTAN = 2193556  # 61 on 1997 boundaries, Shymkent included
NET_2023_ASTANA = 51539


@pytest.fixture(scope="module")
def package():
    return load_package()


@pytest.fixture(scope="module")
def abai(package):
    return region_profile("10", 2023, package)


def point(series, year: int) -> pd.Series:
    return series.points.loc[series.points["year"] == year].iloc[0]


def test_abai_before_2022_shows_east_kazakhstan_as_parent(abai) -> None:
    points = abai.get("population").points
    assert list(points.columns) == POINT_COLUMNS
    before = points[points["year"] < 2022]
    after = points[points["year"] >= 2022]
    assert len(before) == 22 and len(after) == 4  # 1 January 2022-2025
    assert before["from_parent"].all()
    assert (before["unit_id"] == "63").all()
    assert set(before["boundary_version"]) == {"1997", "2018"}
    assert (before["includes"] == "10+63").all()
    assert not after["from_parent"].any()
    assert (after["unit_id"] == "10").all()
    assert (after["boundary_version"] == "2022").all()


def test_parent_values_are_the_parents_whole_value_never_a_share(abai, package) -> None:
    east = indicator_values("population", 2020, package=package).set_index("region_id")
    assert point(abai.get("population"), 2020)["value"] == east.at["63", "value"]
    # Abai 2022 is its own, much smaller value
    assert point(abai.get("population"), 2022)["value"] < 0.5 * east.at["63", "value"]


def test_abai_boundary_history(abai) -> None:
    assert abai.names == {"kk": "Абай облысы", "ru": "Абайская область", "en": "Abai Region"}
    assert abai.versions == ("2022",)
    assert dict(abai.parents) == {"1997": "63", "2018": "63"}
    assert dict(abai.larger_in) == {}
    assert abai.since_year == 2022


def test_shymkent_2005_population_comes_from_south_kazakhstan(package) -> None:
    profile = region_profile("79", 2005, package)
    series = profile.get("population")
    row = point(series, 2005)
    assert row["from_parent"]
    assert row["unit_id"] == "61"
    assert row["boundary_version"] == "1997"
    assert row["value"] == POP_2005_SOUTH_KAZAKHSTAN
    assert row["includes"] == "61+79"
    assert dict(profile.parents) == {"1997": "61"}
    # the shown value is the parent's, and so is the rank (among the 16 units of 1997)
    assert series.value_year == 2005
    assert series.units_in_version == 16
    # from 2018 Shymkent is its own unit
    assert not point(series, 2018)["from_parent"]
    assert point(series, 2018)["unit_id"] == "79"


def test_east_kazakhstan_keeps_its_id_but_says_it_was_larger(package) -> None:
    profile = region_profile("63", 2010, package)
    points = profile.get("population").points
    assert not points["from_parent"].any()
    assert (points["unit_id"] == "63").all()
    assert (points.loc[points["year"] < 2022, "includes"] == "10+63").all()
    assert (points.loc[points["year"] >= 2022, "includes"] == "").all()
    assert dict(profile.larger_in) == {"1997": ("10", "63"), "2018": ("10", "63")}
    assert dict(profile.parents) == {}
    assert profile.since_year is None


def test_astana_ranks_first_in_net_migration_2023(package) -> None:
    series = region_profile("71", 2023, package).get("net_migration")
    assert series.value_year == 2023
    assert series.value == NET_2023_ASTANA
    assert (series.rank, series.rank_of, series.units_in_version) == (1, 20, 20)


def test_rank_counts_only_units_with_a_value(package) -> None:
    # kandas_arrivals_share 2020: only Almaty oblast (51.7) and Mangystau (13.4) are given
    series = region_profile("47", 2020, package).get("kandas_arrivals_share")
    assert series.value_year == 2020
    assert (series.rank, series.rank_of, series.units_in_version) == (2, 2, 17)


def test_emissions_have_no_years_before_2005(package) -> None:
    points = region_profile("55", 2010, package).get("emissions_stationary").points
    assert points["year"].min() == 2005
    early = points[points["year"] < 2005]
    assert early.empty or early["value"].isna().all()


def test_missing_values_stay_missing(package) -> None:
    # Abai's population change in 2022 needs its 2021 population, which does not exist
    # (East Kazakhstan was not split in 2021): a gap, not a filled value.
    series = region_profile("10", 2023, package).get("population_change")
    row = point(series, 2022)
    assert math.isnan(row["value"])
    assert row["quality"] == ""
    assert row["source_id"] == ""


def test_no_data_indicators_are_listed_not_faked(package) -> None:
    profile = region_profile("71", 2023, package)
    assert "population_rural_male" in profile.no_data
    assert profile.get("population_rural_male") is None


@pytest.mark.parametrize(
    ("region", "indicator"),
    [("10", "population"), ("79", "emissions_stationary"), ("63", "net_migration_per_1000"),
     ("61", "urban_share"), ("55", "kandas_quota")],
)  # fmt: skip
def test_series_values_and_sources_match_the_data_api(package, region, indicator) -> None:
    series = region_profile(region, 2023, package).get(indicator)
    for row in series.points.to_dict("records"):
        frame = indicator_values(indicator, row["year"], package=package).set_index("region_id")
        expected = frame.loc[row["unit_id"]]
        if pd.isna(expected["value"]):
            assert math.isnan(row["value"])
        else:
            assert row["value"] == pytest.approx(expected["value"])
        assert row["source_id"] == expected["source_id"]
        assert row["quality"] == expected["quality"]
        assert row["boundary_version"] == expected["boundary_version"]
    sources = set(package.sources["id"])
    used = {s for chunk in series.points["source_id"] for s in chunk.split("+") if s}
    assert used and used <= sources
    assert set(series.citations) == used
    assert all(series.citation(s, "en") for s in used)


def test_value_year_falls_back_to_the_latest_earlier_year(package) -> None:
    series = region_profile("55", 2024, package).get("emissions_stationary")
    assert series.selected_year == 2024
    assert series.value_year == 2022
    assert series.value == pytest.approx(724.2)


def test_roles_of_abai_come_through_east_kazakhstan(abai) -> None:
    roles = abai.roles
    assert list(roles["role"]) == ["ecological_crisis_outflow"]
    assert list(roles["region_id"]) == ["63"]
    assert list(roles["match"]) == ["parent"]


def test_roles_of_east_kazakhstan_say_it_was_larger(package) -> None:
    roles = region_profile("63", 2023, package).roles
    assert list(roles["match"]) == ["larger"]
    astana = region_profile("71", 2023, package).roles
    assert list(astana["role"]) == ["receiving"] and list(astana["match"]) == ["direct"]
    assert region_profile("31", 2023, package).roles.empty  # Zhambyl: no role named


def test_zones_direct_and_through_the_1997_unit(package, abai) -> None:
    assert dict(zip(abai.zones["zone_id"], abai.zones["match"], strict=True)) == {
        "semey_test_site": "direct"
    }
    east = region_profile("63", 2023, package).zones
    assert dict(zip(east["zone_id"], east["match"], strict=True)) == {"semey_test_site": "via_1997"}
    kyzylorda = region_profile("43", 2023, package).zones
    assert list(kyzylorda["zone_id"]) == ["aral_region"]
    assert region_profile("71", 2023, package).zones.empty


# ---------------------------------------------------------------------------------------------
# partners

FLOWS = pd.DataFrame(
    {
        "year": [2023, 2023, 2023, 2023, 2023, 2023, 2022, None],
        "origin": ["10", "10", "10", "71", "75", "10", "10", "63"],
        "destination": ["71", "75", "19", "10", "10", "71", "75", "71"],
        "persons": [500.0, 300.0, 300.0, 120.0, 80.0, 40.0, 999.0, np.nan],
        "source_id": ["m", "m", "m", "m", "m", "o", "m", "programme-2001"],
        "quality": ["model", "model", "model", "model", "model", "official", "model", "official"],
        "kind": ["model", "model", "model", "model", "model", "observed", "model", "schematic"],
    }
)


def test_top_partners_in_and_out_per_kind() -> None:
    tops = top_partners(FLOWS[FLOWS["year"] == 2023], "10", top=2)
    assert set(tops) == {"in", "out"}
    out, arrivals = tops["out"], tops["in"]
    assert list(out.columns) == PARTNER_COLUMNS
    model = out[out["kind"] == "model"]
    # largest first; the tie (300 to 75 and to 19) broken by partner id
    assert list(model["partner"]) == ["71", "19"]
    assert list(model["persons"]) == [500.0, 300.0]
    assert list(out.loc[out["kind"] == "observed", "partner"]) == ["71"]
    assert list(arrivals["partner"]) == ["71", "75"]
    assert (arrivals["quality"] == "model").all()
    assert top_partners(FLOWS, "99")["in"].empty


def test_profile_partners_use_the_year_and_the_parent_for_schematic_flows(package) -> None:
    partners = region_profile("10", 2023, package, flows=FLOWS, top=5).partners
    assert set(partners) == {"model", "observed", "schematic"}
    model = partners["model"]
    assert 999.0 not in set(model["persons"])  # the 2022 row is another year
    assert not model["from_parent"].any()
    schematic = partners["schematic"]
    # the Programme's direction is stated for East Kazakhstan (63), Abai's 1997 unit
    assert list(schematic["unit_id"]) == ["63"] and schematic["from_parent"].all()
    assert math.isnan(schematic["persons"].iloc[0])
    assert region_profile("10", 2023, package).partners == {}


def test_top_partners_rejects_negative_top() -> None:
    with pytest.raises(ValueError, match="top"):
        top_partners(FLOWS, "10", top=-1)


def test_unknown_region_is_an_error(package) -> None:
    with pytest.raises(UnknownRegionError):
        region_profile("99", 2023, package)


def test_statement_about_part_of_a_later_split_unit_skips_the_other_part(package) -> None:
    # The Sozak site "in South Kazakhstan oblast" lies in today's Turkistan, not in Shymkent
    # (programme_roles.later_units = "61"); without that column both parts would get it.
    roles = package["programme_roles"]
    turkistan = region_profile("61", 2023, package).roles
    assert "new_unfavourable_ecology_area" in set(turkistan["role"])
    shymkent = region_profile("79", 2023, package).roles
    if "later_units" in roles:
        assert "new_unfavourable_ecology_area" not in set(shymkent["role"])
