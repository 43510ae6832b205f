"""The Programme's scorecard: what its text said about each region against what happened.

Pure pandas (no Dash, no words in a language: codes only; the view words them).

**Roles.** The Programme states roles on its own map (the 16 units of 1997,
``data/programme_roles.csv``). Each role id is read as one of the issue's categories by what
the quoted text says about migration (:data:`ROLE_CATEGORIES`):

* ``receiving`` -> **receiving**: "regions that receive population" (халықты қабылдайтын
  аймақтар, section 1.1): a gain;
* ``losing_living_standards`` -> **losing**: Karaganda and Kostanay "suffer migration loss"
  through living standards (1.1), a loss;
* ``highest_emigration_loss_2000`` -> **losing**: "the highest percentage of emigration loss in
  2000" (1.1; Kostanay, Pavlodar, Karaganda), a loss;
* ``ecological_crisis_outflow`` -> **ecological crisis**: "out-migration in interregional
  exchange remains high from the ecological crisis regions" (1.1), a loss;
* ``new_unfavourable_ecology_area`` -> **unfavourable ecology**: "new areas of extremely
  unfavourable ecology appeared" (1.2; Kapustin Yar, Sozak): the text names the ecology, not a
  direction of migration, so no gain or loss is expected of these regions.

Statements that name no unit ("the northern, western and eastern regions", the stage-2
resettlement to "the northern and central oblasts") are not given to any region: nothing is
guessed. A region without a mapped statement has the category **none**. A role id this module
does not know yields no category and no expectation (it is listed in ``role_ids``).

**Measurement.** Net migration of every year of a stage (:data:`STAGES`: stage 1 2001-2005,
the Programme's section 2; stage 2 2006-2010, the years section 3.2 gives the long-term
regulation of internal migration, so the stages do not overlap; the passport dates stage 2
2005-2010) on the units of 1997, from :func:`dashboard.datasets.indicators.indicator_values`:
the demographic balance (quality ``derived``) in these years. The stage sum is the sum of the
years that have a value; the years without one are listed with the reason (2008: population
on 1 January 2009 was recalculated after the 2009 census, so stage 2 covers 4 of 5 years).
The rate per 1,000 divides the stage sum by the population on 1 January of the stage's
first year (BNS, official): one official denominator, the same years as the sum.

**Verdict.** Computed from the sign of the stage sum, never typed: the outcome (``gained``,
``lost``, ``no_change``, ``no_data``) against what the text expects of the region (``gain``,
``loss``, ``unstated``, ``none``, ``mixed`` when its roles expect both), see :func:`verdict`.

**National aim.** Scored against the official national series (BNS, net migration by all
flows, = international migration for the country): stage 1 "lower the negative migration
balance" (did the balance of 2005 exceed that of 2001?), and the expected result "the negative
balance turns positive" by the Programme's last year, 2010 (:func:`national_aim`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.datasets import balance
from dashboard.datasets.indicators import indicator_values, national_total, worst_quality
from dashboard.datasets.package import DataPackage
from dashboard.geo.boundaries import region_ids

VERSION = "1997"  # the Programme's map
INDICATOR = "net_migration"
#: stage id -> (first year, last year), both included.
STAGES: dict[str, tuple[int, int]] = {"1": (2001, 2005), "2": (2006, 2010)}

#: Role id of programme_roles.csv -> category (see the module's docstring for the reading).
ROLE_CATEGORIES: dict[str, str] = {
    "receiving": "receiving",
    "losing_living_standards": "losing",
    "highest_emigration_loss_2000": "losing",
    "ecological_crisis_outflow": "ecological_crisis",
    "new_unfavourable_ecology_area": "unfavourable_ecology",
}
#: Category -> the direction of net migration the text states for it (None: none stated).
EXPECTED: dict[str, str | None] = {
    "receiving": "gain",
    "losing": "loss",
    "ecological_crisis": "loss",
    "unfavourable_ecology": None,
}
CATEGORY_ORDER = tuple(EXPECTED)

#: The aims of programme_aims.csv the national series is scored against.
STAGE1_AIM = "stage1-aim"  # section 2: lower the negative migration balance (2001-2005)
RESULT_AIM = "passport-results"  # passport: the negative balance turns positive
AIM_YEAR = 2010  # the Programme's last year

SCORE_COLUMNS = [
    "region_id",
    "role_ids",
    "categories",
    "expected",
    "role_source_id",
    "stage",
    "first",
    "last",
    "years",
    "missing",
    "missing_reasons",
    "flags",
    "net",
    "population",
    "per_1000",
    "outcome",
    "verdict",
    "source_id",
    "quality",
]


# ---------------------------------------------------------------------------------- roles


def expectation(categories: Iterable[str]) -> str:
    """What the text expects of a region with these categories.

    ``gain`` or ``loss`` when its roles state one direction, ``mixed`` when they state both,
    ``unstated`` when it has roles but none states a direction, ``none`` without a role.

    >>> expectation(["receiving"]), expectation(["losing", "ecological_crisis"])
    ('gain', 'loss')
    >>> expectation(["unfavourable_ecology"]), expectation([]), expectation(["receiving", "losing"])
    ('unstated', 'none', 'mixed')
    """
    categories = list(categories)
    if not categories:
        return "none"
    directions = {EXPECTED.get(c) for c in categories} - {None}
    if not directions:
        return "unstated"
    return directions.pop() if len(directions) == 1 else "mixed"


def region_roles(package: DataPackage) -> pd.DataFrame:
    """Every unit of 1997 with the Programme's roles: one row per unit, in map order.

    Columns: region_id, role_ids (space-separated, in the table's order), categories
    (space-separated, in :data:`CATEGORY_ORDER`; "" = no role in the text), expected
    (:func:`expectation`), role_source_id (space-separated; "" without a role).
    """
    table = package["programme_roles"]
    table = table[(table["region_id"] != "") & (table["boundary_version"].isin(["", VERSION]))]
    rows = []
    for unit in region_ids(VERSION):
        mine = table[table["region_id"] == unit]
        role_ids = list(dict.fromkeys(mine["role"].astype(str)))
        found = {ROLE_CATEGORIES[r] for r in role_ids if r in ROLE_CATEGORIES}
        categories = [c for c in CATEGORY_ORDER if c in found]
        rows.append(
            {
                "region_id": unit,
                "role_ids": " ".join(role_ids),
                "categories": " ".join(categories),
                "expected": expectation(categories),
                "role_source_id": " ".join(dict.fromkeys(mine["source_id"].astype(str))),
            }
        )
    return pd.DataFrame(rows)


def join_sources(ids: Iterable[object]) -> str:
    """Source ids ("a+b" or single) joined by "+" without repeats, in first-seen order.

    >>> join_sources(["a+b", "b", "", "c"])
    'a+b+c'
    """
    parts = (p for chunk in ids for p in str(chunk or "").split("+"))
    return "+".join(dict.fromkeys(p for p in parts if p))


# ------------------------------------------------------------------------------- verdicts


def outcome(net: float) -> str:
    """``gained`` / ``lost`` / ``no_change`` by the sign of a stage sum, ``no_data`` for NaN.

    >>> outcome(5.0), outcome(-1.0), outcome(0.0), outcome(float("nan"))
    ('gained', 'lost', 'no_change', 'no_data')
    """
    if net is None or np.isnan(net):
        return "no_data"
    return "gained" if net > 0 else "lost" if net < 0 else "no_change"


#: (expected, outcome) -> how the outcome stands to the text.
_RELATION = {
    ("gain", "gained"): "as_described",
    ("gain", "lost"): "although_receiving",
    ("loss", "lost"): "as_described",
    ("loss", "gained"): "although_losing",
}


def verdict(expected: str, result: str) -> str:
    """The verdict code: ``<outcome>_<relation>``, or the outcome alone (no change, no data).

    Relations: ``as_described``, ``although_receiving`` (lost, though called receiving),
    ``although_losing`` (gained, though described as losing people), ``no_direction`` (its
    roles state none), ``no_role``, ``mixed``.

    >>> verdict("gain", "lost"), verdict("loss", "lost"), verdict("none", "gained")
    ('lost_although_receiving', 'lost_as_described', 'gained_no_role')
    >>> verdict("loss", "no_data")
    'no_data'
    """
    if result not in ("gained", "lost"):
        return result
    if (expected, result) in _RELATION:
        return f"{result}_{_RELATION[(expected, result)]}"
    relation = {"unstated": "no_direction", "none": "no_role", "mixed": "mixed"}[expected]
    return f"{result}_{relation}"


def agrees(code: str) -> bool | None:
    """Whether a verdict agrees with the text (True), contradicts it (False) or neither.

    >>> agrees("lost_as_described"), agrees("gained_although_losing"), agrees("gained_no_role")
    (True, False, None)
    """
    if code.endswith("_as_described"):
        return True
    if "_although_" in code:
        return False
    return None


# ---------------------------------------------------------------------------- measurement


def _stage_rows(stage: str, package: DataPackage) -> pd.DataFrame:
    """The measured part of the scorecard of one stage: one row per unit of 1997."""
    first, last = STAGES[stage]
    years = range(first, last + 1)
    frames = {y: indicator_values(INDICATOR, y, VERSION, package=package) for y in years}
    population = indicator_values("population", first, VERSION, package=package)
    population = population.set_index("region_id")
    rows = []
    for unit in population.index:
        values = {y: frames[y].set_index("region_id").loc[unit] for y in years}
        counted = [y for y in years if pd.notna(values[y]["value"])]
        missing = [y for y in years if y not in counted]
        net = float(sum(values[y]["value"] for y in counted)) if counted else np.nan
        pop = population.at[unit, "value"]
        per_1000 = 1000 * net / pop if counted and pd.notna(pop) and pop > 0 else np.nan
        sources = [values[y]["source_id"] for y in counted]
        qualities = [values[y]["quality"] for y in counted]
        if pd.notna(per_1000):
            sources.append(population.at[unit, "source_id"])
            qualities.append(population.at[unit, "quality"])
        rows.append(
            {
                "region_id": unit,
                "stage": stage,
                "first": first,
                "last": last,
                "years": tuple(counted),
                "missing": tuple(missing),
                "missing_reasons": tuple(_why_missing(y, values[y]["note"]) for y in missing),
                "flags": tuple(
                    (y, key)
                    for y in counted
                    if (key := balance.FLAGS.get((y, VERSION, unit))) is not None
                ),
                "net": net,
                "population": float(pop) if pd.notna(pop) else np.nan,
                "per_1000": per_1000,
                "source_id": join_sources(sources),
                "quality": worst_quality(qualities),
            }
        )
    return pd.DataFrame(rows)


def _why_missing(year: int, note: object) -> str:
    """The reason a year has no value: the balance's gap key (``census_2009``), else the
    value's own note (English, e.g. an input that is missing)."""
    return balance.GAPS.get(year) or str(note or "no data")


def scorecard(package: DataPackage) -> pd.DataFrame:
    """The regional scorecard: one row per unit of 1997 and stage (stage 1 rows first).

    Columns (:data:`SCORE_COLUMNS`): the roles of :func:`region_roles`; stage, first, last;
    years (tuple of the years summed), missing (tuple of the years without a value),
    missing_reasons (one per missing year: a key of :data:`balance.GAPS` or a note), flags
    (tuple of (year, key of :data:`balance.FLAGS`)); net (the stage sum, persons; NaN when
    no year has a value), population (1 January of the first year), per_1000 (net per 1,000
    of it), outcome (:func:`outcome`), verdict (:func:`verdict`), source_id (the sources of
    the values summed and of the population, "+"-joined), quality (the worst of them).
    """
    roles = region_roles(package)
    stages = pd.concat([_stage_rows(stage, package) for stage in STAGES], ignore_index=True)
    table = stages.merge(roles, on="region_id", how="left", validate="many_to_one")
    table["outcome"] = [outcome(n) for n in table["net"]]
    table["verdict"] = [
        verdict(e, o) for e, o in zip(table["expected"], table["outcome"], strict=True)
    ]
    return table[SCORE_COLUMNS]


# ----------------------------------------------------------------------------- the nation


@dataclass(frozen=True)
class NationalAim:
    """The national aim scored against the official series (BNS, all flows).

    ``series`` maps each year 2000-2010 with a value to it (persons); ``stage1`` is
    ``lowered`` (2005 above 2001: the negative balance was lowered), ``not_lowered`` or
    ``no_data``; ``turned_positive_in`` the first year of stage 1 with a positive balance
    (None if none); ``by_2010`` is ``positive``, ``not_positive`` or ``no_data``;
    ``positive_since`` the first year from which every year to 2010 is positive (None when
    2010 is not).
    """

    series: dict[int, float]
    stage1: str
    stage1_first: float | None
    stage1_last: float | None
    turned_positive_in: int | None
    by_2010: str
    value_2010: float | None
    positive_since: int | None
    source_id: str
    quality: str


def national_aim(package: DataPackage) -> NationalAim:
    """The national aim against the official national net migration (see :class:`NationalAim`).

    >>> from dashboard.datasets.package import load_package
    >>> aim = national_aim(load_package())
    >>> aim.stage1, aim.turned_positive_in, aim.by_2010, aim.positive_since
    ('lowered', 2004, 'positive', 2004)
    """
    first, last = STAGES["1"]
    rows = {y: national_total(INDICATOR, y, package) for y in range(first - 1, AIM_YEAR + 1)}
    rows = {y: row for y, row in rows.items() if row is not None and pd.notna(row["value"])}
    series = {y: float(row["value"]) for y, row in rows.items()}
    start, end = series.get(first), series.get(last)
    if start is None or end is None:
        stage1 = "no_data"
    else:
        stage1 = "lowered" if end > start else "not_lowered"
    turned = next((y for y in range(first, last + 1) if series.get(y, 0) > 0), None)
    value_2010 = series.get(AIM_YEAR)
    since = None
    if value_2010 is not None and value_2010 > 0:
        since = AIM_YEAR
        while series.get(since - 1, 0) > 0:
            since -= 1
    by_2010 = "no_data" if value_2010 is None else "positive" if value_2010 > 0 else "not_positive"
    return NationalAim(
        series=series,
        stage1=stage1,
        stage1_first=start,
        stage1_last=end,
        turned_positive_in=turned,
        by_2010=by_2010,
        value_2010=value_2010,
        positive_since=since,
        source_id=join_sources(row["source_id"] for row in rows.values()),
        quality=worst_quality(row["quality"] for row in rows.values()),
    )
