"""Net migration by the demographic balance, where BNS publishes no regional figure (pure).

BNS publishes net migration by region only from 2023, yet the Programme's years are 2001-2010.
The data API fills the other years from the package's own official figures:

    net migration(t) = population(1 January t+1) - population(1 January t) - natural increase(t)

on the boundaries of year t (a unit split on 1 January t+1 is summed up to its year-t unit,
e.g. Turkistan + Shymkent on 1 January 2017 -> South Kazakhstan for 2016). Such values carry
the quality ``derived`` and the sources of their inputs; an official value always stands
where BNS publishes one. The method is exact: the regions sum to the official national net
migration in every year except those in :data:`GAPS`, where population on 1 January of the
next year was recalculated after a census, so the difference is not migration.

This module holds the method's facts (gaps, flagged region-years) and the arithmetic on frames
already placed on one boundary version; :mod:`dashboard.datasets.indicators` places the inputs.
"""

from __future__ import annotations

import pandas as pd

#: The indicator the balance fills in, and its inputs as (indicator, year offset).
BALANCED = "net_migration"
INPUTS: tuple[tuple[str, int], ...] = (
    ("population", 1),
    ("population", 0),
    ("natural_increase", 0),
)
QUALITY = "derived"

#: Years the balance cannot give: key of the reason (``balance.gap.<key>`` in the catalogue).
GAPS: dict[int, str] = {
    2008: "census_2009",  # 1 January 2009 recalculated after the 2009 census (sum +206,187)
    2021: "census_2021",  # 1 January 2022 after the 2021 census, on the 20 units of 2022
}

ALL_VERSIONS = ("1997", "2018", "2022")
#: Unusual region-years: shown, never hidden, with the reason (``balance.flag.<key>``), keyed
#: by (year, boundary version, unit): only where the unit is the territory concerned.
#: Found in the reference check of the method; the causes of "check" were not verified.
FLAGS: dict[tuple[int, str, str], str] = {
    # 1 January 2015: Almaty region -99,046 and Almaty city +115,922, territory moved to the city
    **{(2014, v, "19"): "almaty_2014" for v in ("1997", "2018")},
    **{(2014, v, "75"): "almaty_2014" for v in ALL_VERSIONS},
    # South Kazakhstan's end population is Turkistan + Shymkent on 1 January 2017 ...
    (2016, "1997", "61"): "south_split",
    # ... and, on the units of 2018, their 1 January 2017 is BNS's retrospective split
    (2017, "2018", "61"): "south_split_2017",
    (2017, "2018", "79"): "south_split_2017",
    **{(2015, v, "71"): "check" for v in ALL_VERSIONS},
    **{(2016, v, "71"): "check" for v in ALL_VERSIONS},
    **{(2016, v, "11"): "check" for v in ALL_VERSIONS},
}

ENGLISH_GAPS = {
    "census_2009": "population on 1 January 2009 was recalculated after the 2009 census",
    "census_2021": "population on 1 January 2022 was recalculated after the 2021 census "
    "and is given for the new oblasts of 2022",
}


def method_note(year: int) -> str:
    """The method of a balance value, in the package's language (English), for the notes."""
    return (
        f"derived by the demographic balance: population on 1 January {year + 1} minus "
        f"population on 1 January {year} minus natural increase {year} (BNS figures)"
    )


def gap_note(year: int) -> str:
    """Why the balance gives no value in ``year`` (English), or "" when it does."""
    key = GAPS.get(year)
    return f"no data: {ENGLISH_GAPS[key]}, so the balance is not migration" if key else ""


def balance(inputs: list[pd.DataFrame]) -> pd.Series:
    """Net migration from the frames of :data:`INPUTS` (same units, same order).

    >>> frame = lambda v: pd.DataFrame({"value": v})
    >>> balance([frame([110.0, np.nan]), frame([100.0, 50.0]), frame([4.0, 1.0])]).tolist()
    [6.0, nan]
    """
    after, before, natural = (frame["value"].astype(float).to_numpy() for frame in inputs)
    return pd.Series(after - before - natural)


def remarks(year: int, version: str, region_id: str, has_value: bool) -> tuple[str, ...]:
    """Catalogue keys of what a reader must know about a balance value (or its absence).

    ``balance.method`` for every value, a flag for an unusual region-year, the gap's reason
    for a year the method cannot give.

    >>> remarks(2014, "1997", "75", True)
    ('balance.method', 'balance.flag.almaty_2014')
    >>> remarks(2008, "1997", "75", False)
    ('balance.gap.census_2009',)
    """
    if not has_value:
        return (f"balance.gap.{GAPS[year]}",) if year in GAPS else ()
    flag = FLAGS.get((year, version, region_id))
    return ("balance.method",) + ((f"balance.flag.{flag}",) if flag else ())
