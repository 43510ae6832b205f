"""The data API: values per unit of a boundary version, aggregation up, no disaggregation."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from dashboard.datasets import indicators as api
from dashboard.datasets.indicators import (
    aggregate_to_version,
    indicator_values,
    indicator_years,
    list_indicators,
    national_total,
)
from dashboard.datasets.package import load_package
from dashboard.geo.boundaries import region_ids

# Hand-copied from the BNS tables (FINDINGS §1.2 and §2.1), not read from the package.
NET_2023 = {"61": -22759, "79": 3925, "10": -7141, "63": -3864, "33": -9099, "19": 994,
            "62": -2373, "35": -5133, "71": 51539}  # fmt: skip
# 1 January 2023 as revised by BNS on 11 August 2026 (kaz-Data population.json).
POP_2023 = {"61": 2119226, "79": 1192199, "71": 1354556}


@pytest.fixture(scope="module")
def package():
    return load_package()


def value(frame: pd.DataFrame, region: str) -> float:
    return float(frame.loc[frame["region_id"] == region, "value"].iloc[0])


def row(frame: pd.DataFrame, region: str) -> pd.Series:
    return frame.loc[frame["region_id"] == region].iloc[0]


@pytest.mark.parametrize(
    ("year", "version", "units"), [(2005, "1997", 16), (2020, "2018", 17), (2023, "2022", 20)]
)
def test_population_on_the_boundaries_of_its_year(year: int, version: str, units: int) -> None:
    frame = indicator_values("population", year, package=load_package())
    assert list(frame.columns) == api.COLUMNS
    assert len(frame) == units
    assert list(frame["region_id"]) == list(region_ids(version))
    assert (frame["boundary_version"] == version).all()
    assert frame["value"].notna().all()
    assert (frame["quality"] == "official").all()
    revised = "bns-population-1jan-revised"  # BNS's revision of 1 January 2023
    assert (frame["source_id"] == (revised if year == 2023 else "bns-population-1jan")).all()


def test_population_2005_values() -> None:
    frame = indicator_values("population", 2005, package=load_package())
    assert value(frame, "11") == 747185
    assert value(frame, "61") == 2193556  # South Kazakhstan incl. Shymkent
    assert "South Kazakhstan" in row(frame, "61")["note"]


def test_2017_is_summed_up_to_the_1997_units() -> None:
    frame = indicator_values("population", 2017, package=load_package())
    assert len(frame) == 16
    assert value(frame, "61") == 1966336 + 912300
    assert row(frame, "61")["aggregated_from"] == "61+79"
    # the stored 2018-unit values are available as they are
    on_2018 = indicator_values("population", 2017, "2018", package=load_package())
    assert value(on_2018, "79") == 912300


def test_net_migration_2023_aggregated_to_1997_sums_the_children() -> None:
    frame = indicator_values("net_migration", 2023, "1997", package=load_package())
    assert len(frame) == 16
    assert value(frame, "61") == NET_2023["61"] + NET_2023["79"]
    assert value(frame, "63") == NET_2023["63"] + NET_2023["10"]
    assert value(frame, "19") == NET_2023["19"] + NET_2023["33"]
    assert value(frame, "35") == NET_2023["35"] + NET_2023["62"]
    assert value(frame, "71") == NET_2023["71"]
    assert row(frame, "63")["aggregated_from"] == "10+63"
    assert row(frame, "71")["aggregated_from"] == ""
    assert frame["value"].sum() == 9293


def test_aggregate_to_version_directly() -> None:
    on_2022 = indicator_values("net_migration", 2024, "2022", package=load_package())
    on_2018 = aggregate_to_version(on_2022, "2018", load_package())
    assert list(on_2018["region_id"]) == list(region_ids("2018"))
    assert value(on_2018, "79") == 9987  # Shymkent exists in 2018: unchanged
    assert on_2018["value"].sum() == 16550


def test_partial_sum_is_refused() -> None:
    on_2022 = indicator_values("net_migration", 2024, "2022", package=load_package())
    on_2022.loc[on_2022["region_id"] == "33", "value"] = np.nan
    on_1997 = aggregate_to_version(on_2022, "1997", load_package())
    assert math.isnan(value(on_1997, "19"))
    assert "33" in row(on_1997, "19")["note"]
    assert row(on_1997, "19")["quality"] == ""
    assert value(on_1997, "61") == -31475 + 9987


def test_partial_sum_in_real_data_rural_2017() -> None:
    # cities have no rural row in the source, so South Kazakhstan 2017 (61 + Shymkent) is a gap
    frame = indicator_values("population_rural_male", 2017, package=load_package())
    assert math.isnan(value(frame, "61"))
    assert value(frame, "11") > 0


def test_never_disaggregates() -> None:
    frame = indicator_values("population", 2005, "2022", package=load_package())
    assert len(frame) == 20
    split = {"10", "33", "62", "79", "63", "19", "35", "61"}
    for region in split:
        assert math.isnan(value(frame, region)), region
        assert row(frame, region)["quality"] == ""
        assert "not disaggregated" in row(frame, region)["note"]
    kept = indicator_values("population", 2005, package=load_package())
    for region in set(region_ids("2022")) - split:
        assert value(frame, region) == value(kept, region)


def test_aggregating_to_a_newer_version_is_an_error() -> None:
    with pytest.raises(ValueError, match="never disaggregated"):
        aggregate_to_version(
            indicator_values("population", 2005, package=load_package()), "2022", load_package()
        )


def test_units_without_data_are_nan_not_zero() -> None:
    frame = indicator_values("kandas_quota", 2025, package=load_package())
    assert len(frame) == 20
    assert value(frame, "55") == 1056
    for region in ("75", "71", "62", "35"):  # Almaty, Astana: no quota; Ulytau, Karaganda: '—'
        assert math.isnan(value(frame, region))
        assert row(frame, region)["quality"] == ""
        assert row(frame, region)["source_id"] == ""
    empty = indicator_values("interregional_net", 2010, package=load_package())
    assert empty["value"].isna().all()  # the unverified series starts in 2022


def test_shares_are_not_summed() -> None:
    frame = indicator_values("kandas_arrivals_share", 2023, "1997", package=load_package())
    assert math.isnan(value(frame, "61"))  # Turkistan + Shymkent: not aggregable
    assert "not aggregable" in row(frame, "61")["note"]
    assert value(frame, "47") == 13.8  # unchanged territory keeps its value


def test_net_migration_per_1000_hand_checked() -> None:
    frame = indicator_values("net_migration_per_1000", 2023, package=load_package())
    assert value(frame, "71") == pytest.approx(1000 * 51539 / 1354556)
    assert value(frame, "71") == pytest.approx(38.0486, abs=1e-4)
    assert (
        row(frame, "71")["source_id"] == "bns-net-migration-all-flows+bns-population-1jan-revised"
    )
    # recomputed on the 1997 units from the summed numerator and denominator
    on_1997 = indicator_values("net_migration_per_1000", 2023, "1997", package=load_package())
    expected = 1000 * (NET_2023["61"] + NET_2023["79"]) / (POP_2023["61"] + POP_2023["79"])
    assert value(on_1997, "61") == pytest.approx(expected)
    assert value(on_1997, "61") == pytest.approx(-5.6875, abs=1e-4)
    rate_2024 = indicator_values("net_migration_per_1000", 2024, package=load_package())
    # FINDINGS §1.2: Astana 2024 +75,854; 1 January 2024: 1,430,117 (BNS, revised 2026)
    assert value(rate_2024, "71") == pytest.approx(1000 * 75_854 / 1_430_117)


def test_other_derived_values() -> None:
    share = indicator_values("urban_share", 2023, package=load_package())
    assert value(share, "71") == pytest.approx(100.0)  # Astana is all urban
    change = indicator_values("population_change", 2023, package=load_package())
    assert value(change, "11") == 788013 - 785708
    pct = indicator_values("population_change_pct", 2023, package=load_package())
    assert value(pct, "11") == pytest.approx(100 * (788013 / 785708 - 1))
    # 2022 on 2022 units: the split units have no 2021 value on those units
    change_2022 = indicator_values("population_change", 2022, package=load_package())
    assert math.isnan(value(change_2022, "10")) and math.isnan(value(change_2022, "19"))
    assert value(change_2022, "47") == 745909 - 719571
    assert "series break" in row(change_2022, "47")["note"]
    per_capita = indicator_values("emissions_per_capita", 2005, package=load_package())
    assert value(per_capita, "35") == pytest.approx(1415.4 * 1000 / 1331702)


def test_worst_quality_propagates() -> None:
    frame = indicator_values("interregional_net_per_1000", 2023, package=load_package())
    assert set(frame["quality"]) == {"unverified"}
    assert set(frame["source_id"]) == {"kanatislambekov-interregional+bns-population-1jan-revised"}
    assert api.worst_quality(["official", "unverified", "official-via-news"]) == "unverified"
    assert api.worst_quality(["official", "official-via-news"]) == "official-via-news"
    assert api.worst_quality(["", ""]) == ""


def test_catalogue_and_years(package) -> None:
    catalogue = list_indicators(load_package())
    assert set(catalogue["id"]) == set(package.indicators["id"])
    assert set(catalogue.loc[catalogue["derived"], "id"]) == set(api.DERIVATIONS)
    assert indicator_years("population", load_package()) == list(range(2000, 2026))
    assert all(type(y) is int for y in indicator_years("population", load_package()))
    # published 2023-2024, the balance method before (2008 and 2021 listed, to say why not)
    assert indicator_years("net_migration", load_package()) == list(range(2000, 2025))
    assert indicator_years("population_change", load_package()) == list(range(2001, 2026))
    assert indicator_years("net_migration_per_1000", load_package()) == list(range(2000, 2025))
    with pytest.raises(KeyError):
        indicator_years("no_such_indicator", load_package())


def test_national_total() -> None:
    assert national_total("net_migration", 2023, load_package())["value"] == 9293
    assert national_total("population", 2024, load_package())["value"] == 20033842
    rate = national_total("net_migration_per_1000", 2024, load_package())
    assert rate["value"] == pytest.approx(1000 * 16550 / 20033842)
    assert national_total("interregional_net", 2023, load_package()) is None


def test_results_are_copies() -> None:
    first = indicator_values("population", 2020, package=load_package())
    first["value"] = 0.0
    assert indicator_values("population", 2020, package=load_package())["value"].min() > 0
