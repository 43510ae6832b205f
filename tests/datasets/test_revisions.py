"""Census revisions: which series break, where, and that the two records of them agree."""

from __future__ import annotations

import doctest

import pytest

from dashboard.datasets import balance, revisions
from dashboard.datasets.indicators import SERIES_BREAKS
from dashboard.datasets.package import load_package
from dashboard.datasets.revisions import census_revisions, population_offsets, revision_run
from dashboard.i18n.catalog import MESSAGES


@pytest.fixture(scope="module")
def package():
    return load_package()


def test_doctests() -> None:
    assert doctest.testmod(revisions).failed == 0


def test_the_revisions_are_the_2009_and_2022_recalculations_with_their_reasons() -> None:
    assert revisions.REVISIONS == {2009: "census_2009", 2022: "census_2021"}
    assert sorted(revisions.REVISIONS) == sorted(SERIES_BREAKS)
    for reason in revisions.REVISIONS.values():
        assert reason in balance.GAPS.values()
        assert f"balance.gap.{reason}" in MESSAGES  # the reason the reader is given


@pytest.mark.parametrize(
    ("indicator", "at"),
    [
        # counts on 1 January: the step lies between the last old and the first new year
        ("population", [2008.5, 2021.5]),
        ("population_female", [2008.5, 2021.5]),
        ("population_urban", [2008.5, 2021.5]),
        ("urban_share", [2008.5, 2021.5]),
        # per person: the denominator is revised
        ("emissions_per_capita", [2008.5, 2021.5]),
        # change over the previous year: the revised year's value spans both bases
        ("population_change", [2009.0, 2022.0]),
        ("population_change_pct", [2009.0, 2022.0]),
        # the balance reads 1 January of the next year: the year before spans both
        ("net_migration", [2008.0, 2021.0]),
        ("net_migration_per_1000", [2008.0, 2021.0]),
    ],
)
def test_where_each_population_series_breaks(package, indicator, at) -> None:
    assert [r.at for r in census_revisions(indicator, package)] == at
    assert [r.census for r in census_revisions(indicator, package)] == [2009, 2021]


@pytest.mark.parametrize(
    "indicator", ["births", "natural_increase", "emissions_stationary", "kandas_quota"]
)
def test_series_without_population_counts_do_not_break(package, indicator) -> None:
    assert population_offsets(indicator, package) == frozenset()
    assert census_revisions(indicator, package) == ()


def test_the_balance_years_that_straddle_a_revision_are_its_gaps(package) -> None:
    # The balance has no value in 2008 and 2021: exactly the years that straddle.
    straddling = {int(r.at) for r in census_revisions("net_migration", package) if r.straddles}
    assert straddling == set(balance.GAPS)


def test_values_join_only_on_one_side_of_a_revision(package) -> None:
    marks = census_revisions("population", package)
    runs = [revision_run(year, marks) for year in (2007, 2008, 2009, 2021, 2022, 2023)]
    assert runs[0] == runs[1] != runs[2] == runs[3] != runs[4] == runs[5]
    change = census_revisions("population_change", package)
    alone = revision_run(2009, change)
    assert alone not in {revision_run(2008, change), revision_run(2010, change)}
