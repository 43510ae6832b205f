"""Census revisions of the population series: where an indicator's series breaks (pure).

BNS recalculated the population on 1 January 2009 after the 2009 census and on 1 January
2022 after the 2021 census (the reasons of :data:`dashboard.datasets.balance.GAPS`, whose
net migration cannot be derived across them). A population series therefore steps at those
dates by a statistical revision, not by people moving or dying: a chart must not join the
points on either side as if the step were real.

Which indicators break, and where, follows from how they are built:

* a population count of the BNS workbook (source :data:`POPULATION_SOURCE`) on 1 January of
  year ``y`` breaks between ``R - 1`` and ``R`` (``R`` = the first revised year);
* an indicator derived from such counts (``DERIVATIONS`` in
  :mod:`dashboard.datasets.indicators`, or the demographic balance of net migration) reads
  them at year offsets; a value that reads both sides of a revision *straddles* it
  (population change in 2009 = revised 2009 minus unrevised 2008; the balance's net
  migration in 2008), and stands alone, joined to neither neighbour;
* any other indicator (births, emissions, quotas...) has no census break.

>>> from dashboard.datasets.package import load_package
>>> package = load_package()
>>> [(r.revised_from, r.census, r.at) for r in census_revisions("population", package)]
[(2009, 2009, 2008.5), (2022, 2021, 2021.5)]
>>> [r.at for r in census_revisions("population_change", package)]
[2009.0, 2022.0]
>>> [r.at for r in census_revisions("net_migration", package)], census_revisions("births", package)
([2008.0, 2021.0], ())
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from dashboard.datasets import balance
from dashboard.datasets.cells import cell_text
from dashboard.datasets.indicators import DERIVATIONS, SERIES_BREAKS
from dashboard.datasets.package import DataPackage

#: The BNS workbook of population on 1 January, whose counts were revised after censuses.
POPULATION_SOURCE = "bns-population-1jan"

#: First revised year -> the reason's key (``census_2009``: ``balance.gap.<key>`` in the
#: catalogue): the balance cannot give net migration for the year before a revision.
REVISIONS: dict[int, str] = {year + 1: key for year, key in balance.GAPS.items()}
if sorted(REVISIONS) != sorted(SERIES_BREAKS):  # two records of one fact must agree
    raise RuntimeError(f"census revisions {sorted(REVISIONS)} != {sorted(SERIES_BREAKS)}")


@dataclass(frozen=True)
class Revision:
    """One census revision an indicator's series crosses.

    ``at`` is where it falls on a yearly axis: half-way between two years (``2008.5``) when
    the values on either side each rest on one basis, or on the year whose value straddles
    it (``2009.0`` for population change). ``reason`` is the key of the revision's reason
    (``census_2009``).
    """

    revised_from: int
    census: int
    reason: str
    at: float

    @property
    def straddles(self) -> bool:
        """Whether a value (the year ``at``) mixes figures from both sides of the revision."""
        return float(self.at).is_integer()


def _census_year(reason: str) -> int:
    return int(re.search(r"\d{4}", reason).group())


@functools.lru_cache(maxsize=8)
def _population_stocks(package: DataPackage) -> frozenset[str]:
    """Stored indicators counted in the BNS population workbook (revised after censuses)."""
    catalogue = package.indicators
    stocks = set()
    for row in catalogue.to_dict("records"):
        sources = cell_text(row.get("source_ids")).split()
        derived = cell_text(row.get("derived")).lower() == "true"
        if POPULATION_SOURCE in sources and not derived and row["id"] != balance.BALANCED:
            stocks.add(row["id"])
    return frozenset(stocks)


def population_offsets(indicator: str, package: DataPackage) -> frozenset[int]:
    """Year offsets at which a value of ``indicator`` reads revised population counts:
    ``{0}`` for a count itself, ``{0, -1}`` for a change over the previous year, ``{0, 1}``
    for the balance's net migration; empty when it reads none."""
    return _offsets(indicator, package, ())


def _offsets(indicator: str, package: DataPackage, seen: tuple[str, ...]) -> frozenset[int]:
    if indicator in seen:  # a cycle in the derivations: read nothing rather than loop
        return frozenset()
    if indicator in _population_stocks(package):
        return frozenset({0})
    if indicator == balance.BALANCED:
        inputs = balance.INPUTS
    elif indicator in DERIVATIONS:
        inputs = DERIVATIONS[indicator].inputs
    else:
        return frozenset()
    return frozenset(
        offset + inner
        for name, offset in inputs
        for inner in _offsets(name, package, (*seen, indicator))
    )


def census_revisions(indicator: str, package: DataPackage) -> tuple[Revision, ...]:
    """The census revisions the series of ``indicator`` crosses, oldest first (empty for an
    indicator that reads no population count)."""
    offsets = population_offsets(indicator, package)
    if not offsets:
        return ()
    low, high = min(offsets), max(offsets)
    revisions = []
    for revised_from, reason in sorted(REVISIONS.items()):
        if low == high:
            at = revised_from - low - 0.5  # between the last old and the first new value
        else:
            # the years whose reads fall on both sides: [R - high, R - low - 1]
            at = ((revised_from - high) + (revised_from - low - 1)) / 2
        revisions.append(Revision(revised_from, _census_year(reason), reason, float(at)))
    return tuple(revisions)


def revision_run(year: int, revisions: tuple[Revision, ...] | list) -> tuple[int, int]:
    """Which side of each revision the value of ``year`` stands on, as a key: two years with
    the same key may be joined by a line; a straddling year has a key of its own.

    >>> marks = [Revision(2009, 2009, "census_2009", 2008.5)]
    >>> revision_run(2008, marks), revision_run(2009, marks)
    ((0, 0), (1, 1))
    >>> [revision_run(y, [Revision(2009, 2009, "census_2009", 2009.0)]) for y in (2008, 2009, 2010)]
    [(0, 0), (0, 1), (1, 1)]
    """
    return (
        sum(1 for r in revisions if r.at < year),
        sum(1 for r in revisions if r.at <= year),
    )
