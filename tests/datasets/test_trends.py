"""National series for the trends panel: frames, gaps, qualifiers and the computed facts."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from dashboard.datasets import trends
from dashboard.datasets.package import QUALITY_FLAGS, DataPackage, load_package


@pytest.fixture(scope="module")
def package() -> DataPackage:
    return load_package()


def with_series(package: DataPackage, change) -> DataPackage:
    """A copy of the package whose national_series is ``change(frame)`` (the original is
    shared through the cache and must stay untouched)."""
    series = change(package["national_series"].copy())
    return dataclasses.replace(package, tables={**package.tables, "national_series": series})


def set_net(package: DataPackage, year: int, value: float) -> DataPackage:
    def change(frame: pd.DataFrame) -> pd.DataFrame:
        mask = (frame["series"] == "net_migration_all_flows") & (frame["year"] == year)
        assert mask.sum() == 1
        frame.loc[mask, "value"] = value
        return frame

    return with_series(package, change)


def frame(values: dict[int, float]) -> pd.DataFrame:
    return pd.DataFrame({"year": list(values), "value": list(values.values())})


# ------------------------------------------------------------------------------ net migration


def test_net_migration_has_total_urban_rural_for_every_year(package):
    net = trends.national_net_migration(package)
    assert set(net["part"]) == {"total", "urban", "rural"}
    wide = net.pivot(index="year", columns="part", values="value")
    assert list(wide.index) == list(range(2000, 2025))
    # urban + rural = total, as the source says
    assert (wide["urban"] + wide["rural"] - wide["total"]).abs().max() == 0
    assert set(net["source_id"]) == {"bns-net-migration-all-flows"}
    assert set(net["quality"]) == {"official"}


def test_net_migration_agrees_with_the_country_totals(package):
    total = trends.net_migration_total(package).set_index("year")["value"]
    totals = package.country_totals
    stated = totals[totals["indicator"] == "net_migration"].set_index("year")["value"]
    assert (total - stated).abs().max() == 0


def test_spells_of_sign_from_the_data(package):
    spells = trends.sign_spells(trends.net_migration_total(package))
    assert [(s.sign, s.start, s.end) for s in spells] == [
        ("negative", 2000, 2003),
        ("positive", 2004, 2011),
        ("negative", 2012, 2022),
        ("positive", 2023, 2024),
    ]
    assert spells[1].years == 8


def test_first_positive_year_is_2004_and_the_last_two_years_are_positive(package):
    total = trends.net_migration_total(package)
    assert trends.first_positive_year(total) == 2004
    assert trends.years_with_sign(total, "positive", 2023) == [2023, 2024]
    assert trends.years_with_sign(total, "negative", 2012, 2022) == list(range(2012, 2023))


def test_a_gap_ends_a_spell_and_nothing_is_filled():
    spells = trends.sign_spells(frame({2000: 5, 2001: 3, 2003: 4, 2004: -1}))
    assert [(s.sign, s.start, s.end) for s in spells] == [
        ("positive", 2000, 2001),
        ("positive", 2003, 2003),
        ("negative", 2004, 2004),
    ]
    assert trends.first_positive_year(frame({2000: -1, 2001: 0})) is None


def test_years_with_sign_rejects_an_unknown_sign():
    with pytest.raises(ValueError):
        trends.years_with_sign(frame({2000: 1}), "up")


def test_programme_target_check_as_the_data_stand(package):
    check = trends.programme_target_check(package)
    assert check.period == (2001, 2010) and check.target_year == 2010
    assert check.value_at_target == 15516 and check.met_at_target is True
    assert check.first_positive == 2004
    assert check.negative_in_programme == (2001, 2002, 2003)
    assert check.positive_in_programme == tuple(range(2004, 2011))
    assert [(s.start, s.end) for s in check.negative_after_programme] == [(2012, 2022)]
    assert check.latest_year == 2024 and check.latest_value > 0


def test_programme_target_check_follows_the_data_not_a_script(package):
    # the facts are computed: change the data and they change
    changed = set_net(set_net(package, 2010, -10), 2004, -5)
    check = trends.programme_target_check(changed)
    assert check.met_at_target is False and check.value_at_target == -10
    assert check.first_positive == 2005
    assert 2010 in check.negative_in_programme
    # the cached default package is untouched
    assert trends.programme_target_check(package).met_at_target is True


# ------------------------------------------------------------------------------ the Programme


def test_loss_per_1000_has_exactly_the_stated_years(package):
    loss = trends.migration_loss_per_1000(package)
    assert loss["year"].tolist() == [1991, 1992, 1993, 1994, 1995, 1998, 2000]
    assert loss["value"].tolist() == [3, 10, 13, 25, 15, 13, 11]
    assert dict(zip(loss["year"], loss["qualifier"], strict=True))[1994] == "about"
    assert set(loss["source_id"]) == {"programme-2001"}


def test_loss_against_natural_increase(package):
    ratio = trends.loss_to_natural_increase(package)
    assert dict(zip(ratio["year"], ratio["value"], strict=True)) == {1993: 1.4, 1994: 2.8}


def test_emigration_facts_keep_periods_kinds_and_qualifiers(package):
    facts = trends.emigration_facts(package).set_index("item")
    assert list(facts.index) == list(trends.EMIGRATION_ITEMS)
    loss = facts.loc["net_migration_loss"]
    assert (loss["value"], loss["qualifier"], loss["kind"]) == (2_000_000, "over", "total")
    assert facts.loc["emigrants", "value"] == 477_100
    assert facts.loc["emigrants", "kind"] == "year"
    recent = facts.loc["emigrants_recent_years"]
    assert (recent["low"], recent["value"], recent["kind"]) == (160_000, 200_000, "range")
    assert facts.loc["emigrants_kazakhs", "kind"] == "total"


def test_emigrant_shares_are_the_stated_years_only(package):
    shares = trends.emigrant_shares(package)
    work = shares[shares["series"] == "emigrants_working_age_share"]
    edu = shares[shares["series"] == "emigrants_higher_or_specialised_education_share"]
    assert work["year"].tolist() == [1994, 1995, 1999, 2000]
    assert edu["year"].tolist() == [1993, 1994, 1995, 1999, 2000]
    under = trends.under_working_age_share(package)
    assert sorted(under["value"]) == [18, 20] and set(under["qualifier"]) == {"about"}


def test_composition_has_no_remainder_row(package):
    emigrants = trends.composition("emigrants_by_ethnicity", package=package)
    assert emigrants["category"].tolist() == ["Russians", "Germans", "Ukrainians", "Kazakhs"]
    assert trends.stated_share_sum(emigrants) == 91
    immigrants = trends.composition("immigrants_by_ethnicity", package=package)
    assert trends.stated_share_sum(immigrants) == 100
    periods = trends.composition_periods("oralman_origins", package)
    assert periods == ["1991-2000", "1991 to 1 Oct 2011"]
    origins = trends.composition("oralman_origins", "1991-2000", package=package)
    assert trends.stated_share_sum(origins) == 47.2
    assert origins["category"].iloc[0] == "Mongolia"


def test_quotas_programme_and_decrees(package):
    quotas = trends.immigration_quotas(package)
    programme = quotas[quotas["kind"] == "programme"]
    decree = quotas[quotas["kind"] == "decree"]
    assert programme["year"].tolist() == list(range(1993, 2001))
    assert decree["year"].tolist() == [1997, 2000, 2004, 2005, 2006, 2007]
    # where both give a figure, they agree
    both = programme.merge(decree, on="year", suffixes=("_p", "_d"))
    assert (both["value_p"] == both["value_d"]).all() and len(both) == 2


def test_kandas_totals_and_grants(package):
    cumulative = trends.kandas_cumulative(package)
    assert cumulative["date"].is_monotonic_increasing
    first = cumulative.iloc[0]
    assert (first["kind"], first["value"], first["families"]) == ("programme", 183_000, 43_000)
    assert first["families_qualifier"] == "over"
    last = cumulative.iloc[-1]
    assert (last["value"], last["qualifier"]) == (1_160_000, "over")
    grants = trends.kandas_status_grants(package)
    assert grants["x"].tolist() == [2020, 2022, 2023, 2025]
    assert grants["partial"].tolist() == [True, False, True, False]


@pytest.mark.parametrize("chart", trends.CHARTS)
def test_every_chart_names_existing_sources_with_a_quality(package, chart):
    pairs = trends.chart_sources(chart, package)
    assert pairs
    ids = set(package.sources["id"])
    for source_id, quality in pairs:
        assert source_id in ids
        assert quality in QUALITY_FLAGS


def test_unknown_series_is_an_error(package):
    with pytest.raises(KeyError):
        trends.programme_series("no_such_series", package)
