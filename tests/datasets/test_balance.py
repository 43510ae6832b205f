"""Net migration by region by the demographic balance: it reconciles with the official figures.

The national series (BNS, all flows) and the 2023 regional values are official; the balance is
computed from the package's own population and natural increase. One test compares with the
worked reference check in ../shared (skipped without it, failing in CI).
"""

from __future__ import annotations

import csv
import math

import pytest

from dashboard.datasets import balance
from dashboard.datasets.indicators import (
    indicator_values,
    national_total,
    net_migration_by_balance,
)
from dashboard.datasets.package import load_package
from dashboard.views.balance_notes import balance_caption, balance_note
from tests.conftest import require_shared

# Where the reference README says the regions sum to the official national figure exactly.
EXACT = [*range(2000, 2008), *range(2009, 2012), *range(2013, 2021), 2022]
UNITS = {"1997": 16, "2018": 17, "2022": 20}


@pytest.fixture(scope="module")
def package():
    return load_package()


def by_region(frame) -> dict[str, float]:
    return dict(zip(frame["region_id"], frame["value"], strict=True))


@pytest.mark.parametrize("year", EXACT)
def test_regions_sum_to_the_official_national_net_migration(package, year) -> None:
    frame = indicator_values("net_migration", year, package=package)
    assert frame["value"].notna().all()
    assert len(frame) == UNITS[frame["boundary_version"].iat[0]]
    assert frame["value"].sum() == national_total("net_migration", year, package)["value"]
    assert (frame["quality"] == "derived").all()
    assert frame["note"].str.startswith("derived by the demographic balance").all()


def test_2012_differs_by_the_three_persons_the_reference_reports(package) -> None:
    total = indicator_values("net_migration", 2012, package=package)["value"].sum()
    assert total - national_total("net_migration", 2012, package)["value"] == -3


def test_the_method_gives_the_official_2023_value_in_all_20_regions(package) -> None:
    official = indicator_values("net_migration", 2023, package=package)
    assert (official["quality"] == "official").all()  # the published value stands
    derived = net_migration_by_balance(2023, "2022", package)
    assert by_region(derived) == by_region(official)
    assert by_region(official)["71"] == 51539  # Astana, BNS


def test_2005_on_the_programme_units_sums_to_22668(package) -> None:
    frame = indicator_values("net_migration", 2005, package=package)
    assert frame["boundary_version"].iat[0] == "1997" and len(frame) == 16
    assert frame["value"].sum() == 22668
    assert set(frame["source_id"]) == {"bns-population-1jan+bns-natural-increase"}
    national = national_total("net_migration", 2005, package)
    caption = balance_caption(frame, "Net migration", "en", national)
    assert "population on 1 January 2006 minus population on 1 January 2005" in caption
    assert "sum to the official national figure (22,668)" in caption
    # 2012: the three persons are said, not hidden
    frame_2012 = indicator_values("net_migration", 2012, package=package)
    national_2012 = national_total("net_migration", 2012, package)
    caption_2012 = balance_caption(frame_2012, "Net migration", "ru", national_2012)
    assert "Сумма по регионам -1\xa0429, официальное сальдо по стране -1\xa0426" in caption_2012


@pytest.mark.parametrize(("year", "census"), [(2008, "2009"), (2021, "2021")])
def test_census_years_have_no_value_and_say_why(package, year, census) -> None:
    frame = indicator_values("net_migration", year, package=package)
    assert frame["value"].isna().all() and (frame["quality"] == "").all()
    assert frame["note"].str.contains(f"after the {census} census").all()
    for lang, word in (("kk", "санақ"), ("ru", "переписи"), ("en", "census")):
        assert word in balance_caption(frame, "x", lang)
        assert word in balance_note("net_migration", year, "1997", "75", "", lang)
    # the rate built on it says the same, not a bare "missing"
    rate = indicator_values("net_migration_per_1000", year, package=package)
    assert rate["value"].isna().all()
    assert rate["note"].str.contains(f"after the {census} census").all()


def test_south_kazakhstan_2016_ends_with_turkistan_and_shymkent(package) -> None:
    frame = indicator_values("net_migration", 2016, package=package).set_index("region_id")
    population = indicator_values("population", 2017, "2018", package=package)
    end = by_region(population)["61"] + by_region(population)["79"]
    start = by_region(indicator_values("population", 2016, package=package))["61"]
    natural = by_region(indicator_values("natural_increase", 2016, package=package))["61"]
    assert frame.at["61", "value"] == end - start - natural
    assert "split" in balance_note("net_migration", 2016, "1997", "61", "derived", "en")
    # 2017 on the Programme's units is South Kazakhstan again: nothing to flag there
    assert balance_note("net_migration", 2017, "1997", "61", "derived", "en").startswith("Der")
    assert "split" in balance_note("net_migration", 2017, "2018", "61", "derived", "en")


def test_unusual_years_are_flagged_not_hidden(package) -> None:
    frame = by_region(indicator_values("net_migration", 2014, package=package))
    assert frame["19"] < -50_000 and frame["75"] > 50_000  # shown as computed
    for region in ("19", "75"):
        note = balance_note("net_migration", 2014, "1997", region, "derived", "en")
        assert "Almaty city" in note and "not migration" in note
    assert balance_note("net_migration", 2014, "1997", "47", "derived", "en").startswith("Derived")


def test_akmola_lost_and_astana_gained_in_stage_one(package) -> None:
    """The Programme called Akmola receiving; the balance gives it a loss in 2001-2005."""
    sums = {"11": 0.0, "71": 0.0}
    for year in range(2001, 2006):
        frame = by_region(indicator_values("net_migration", year, package=package))
        for region in sums:
            sums[region] += frame[region]
    assert sums["11"] < 0 < sums["71"]


def test_migration_against_natural_increase(package) -> None:
    frame = indicator_values("net_migration_to_natural_increase", 2000, package=package)
    values = by_region(frame)
    migration = by_region(indicator_values("net_migration", 2000, package=package))
    natural = by_region(indicator_values("natural_increase", 2000, package=package))
    assert values["71"] == pytest.approx(migration["71"] / natural["71"])
    # North Kazakhstan had more deaths than births in 2000: no ratio, and the reason
    assert natural["59"] < 0 and math.isnan(values["59"])
    note = frame.set_index("region_id").at["59", "note"]
    assert note == "not defined: natural increase is zero or negative"
    assert (frame.loc[frame["value"].notna(), "quality"] == "derived").all()


def test_balance_equals_the_worked_reference_check(package) -> None:
    """Our computation, from our own tables, equals the reference's worked example (which is
    read here only to check, never copied)."""
    path = require_shared(
        "reference/derived-net-migration-by-region-balance-method/"
        "net_migration_balance_method_by_region.csv"
    )
    checked = 0
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            year, code = int(row["year"]), row["region_code"]
            if year in balance.GAPS or year >= 2023 or not row["net_migration_balance_method"]:
                continue
            region = "61" if code == "SKO" else code
            # The reference gives 2017 on the units of 2018 (Turkistan and Shymkent apart)
            version = "2018" if year == 2017 else None
            frame = by_region(indicator_values("net_migration", year, version, package=package))
            if region not in frame:  # e.g. Turkistan and Shymkent before 2017
                continue
            assert frame[region] == float(row["net_migration_balance_method"]), (year, code)
            checked += 1
    assert checked == 16 * 16 + 17 * 4 + 20  # 2000-2016 minus 2008, 2017-2020, 2022
