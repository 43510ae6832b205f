"""Observed interregional flows: the region-to-region table on the boundaries of its year, why
a year has none, and how well the gravity model reproduces it.

The shipped table (``od_flows``, source ``diar299-od-interregional``, unverified) gives every
year on the 20 units of June 2022, also the years before them. A year is shown on the boundary
version valid in that year (``version_for_year``): the table is summed *up* to it with the
gazetteer's parents (Abai into East Kazakhstan, Shymkent into South Kazakhstan ...), never split
down. A move between two parts of one unit of that version (Shymkent -> Turkistan in 2010) is
a move within that unit there: it drops out of an interregional table, and the amount dropped
is kept so that the interface can state it.

Model against observed: for each year with a table, the doubly-constrained gravity model of
:mod:`dashboard.datasets.flows` is run on that table's own departures and arrivals (row and
column sums) and the same units, over a grid of distance decays; its fit is the correlation and
the standardised root mean square error (SRMSE: RMSE over the ordered pairs divided by their
mean flow; 0 is a perfect fit) against the observed pairs, and the best decay is the one with
the lowest SRMSE. Pure pandas/numpy; no plotly, no Dash.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.datasets.flows import gravity_model, great_circle_km
from dashboard.datasets.indicators import worst_quality
from dashboard.datasets.package import DataPackage
from dashboard.datasets.territories import unit_in
from dashboard.geo.boundaries import label_points, region_ids, version_for_year

#: Years of the shipped source's file that the package leaves out, and why (reference README,
#: od-interregional-migration-diar299): 2022 is corrupt (many pairs are mirror images, A->B =
#: B->A, and the nets have the wrong sign); 2025 may cover part of the year only.
LEFT_OUT = {2022: "corrupt", 2025: "partial"}
#: Decays tried when fitting the model to an observed table (β from 0 to 3, step 0.1: the
#: range of the decay control).
DECAY_GRID = tuple(round(0.1 * step, 1) for step in range(31))
FLOW_COLUMNS = ["origin", "destination", "persons", "year", "source_id", "quality", "kind"]


def observed_years(package: DataPackage) -> list[int]:
    """Years of the observed OD table in the data package (none while it is empty)."""
    table = package.tables.get("od_flows")
    if table is None or table.empty:
        return []
    return sorted(int(y) for y in table["year"].dropna().unique())


def no_table_reason(year: int, package: DataPackage) -> str | None:
    """Why ``year`` has no observed table: ``"corrupt"`` (2022), ``"partial"`` (2025),
    ``"not_in_table"`` (a year the table does not cover), ``"no_table"`` (the package holds
    none at all); ``None`` when the year has one.

    >>> from dashboard.datasets.package import load_package
    >>> [no_table_reason(y, load_package()) for y in (2010, 2022, 2025, 2005)]
    [None, 'corrupt', 'partial', 'not_in_table']
    """
    years = observed_years(package)
    if year in years:
        return None
    if not years:
        return "no_table"
    return LEFT_OUT.get(int(year), "not_in_table")


def _whole(values: pd.Series) -> pd.Series:
    """Persons as whole numbers (int64) when they are whole, else as they are."""
    numbers = values.astype(float)
    return numbers.astype("int64") if (numbers == numbers.round()).all() else numbers


def aggregate_flows(rows: pd.DataFrame, version: str) -> tuple[pd.DataFrame, pd.Series]:
    """Sum an OD table up to the units of ``version``; moves within one unit drop out.

    ``rows`` has origin, destination, persons (and any of year, source_id, quality). Each end
    goes to the unit of ``version`` that holds it (itself where it exists there). Returns the
    flows between different units (source ids of the summed rows joined by a space, their
    weakest quality) and, per unit of ``version``, the persons whose move stayed inside it.

    >>> rows = pd.DataFrame({"origin": ["79", "61", "79", "10"],
    ...     "destination": ["61", "79", "71", "63"], "persons": [700, 300, 50, 20]})
    >>> flows, dropped = aggregate_flows(rows, "1997")
    >>> flows[["origin", "destination", "persons"]].values.tolist()
    [['61', '71', 50]]
    >>> dropped.to_dict()
    {'61': 1000, '63': 20}
    """
    frame = rows.assign(
        origin=[unit_in(str(r), version) for r in rows["origin"]],
        destination=[unit_in(str(r), version) for r in rows["destination"]],
    )
    inside = frame["origin"] == frame["destination"]
    dropped = frame.loc[inside].groupby("origin")["persons"].sum()
    dropped = _whole(dropped).rename_axis("unit").rename("persons")
    between = frame.loc[~inside]
    agg: dict[str, object] = {"persons": "sum"}
    if "source_id" in between:
        agg["source_id"] = lambda ids: " ".join(dict.fromkeys(str(i) for i in ids if str(i)))
    if "quality" in between:
        agg["quality"] = worst_quality
    keys = ["origin", "destination", *(["year"] if "year" in between else [])]
    flows = between.groupby(keys, sort=True).agg(agg).reset_index()
    flows["persons"] = _whole(flows["persons"])
    return flows, dropped


@dataclass(frozen=True)
class ObservedTable:
    """One year's observed table on the boundary version of that year.

    ``flows``: ordered pairs of different units (long OD format, ``kind`` "observed");
    ``stored``: persons in the package's rows of the year; ``dropped``: persons who moved
    between parts of one unit of ``version`` (per unit in ``dropped_by_unit``), left out.
    """

    year: int
    version: str
    flows: pd.DataFrame
    stored: int
    dropped: int
    dropped_by_unit: pd.Series

    @property
    def persons(self) -> int:
        """Persons in the flows between units (stored - dropped)."""
        return self.stored - self.dropped


@functools.lru_cache(maxsize=32)
def _table(year: int, package: DataPackage) -> ObservedTable:
    rows = package["od_flows"]
    rows = rows.loc[rows["year"] == year]
    version = version_for_year(year)
    flows, dropped = aggregate_flows(rows, version)
    flows = flows.assign(kind="observed")[FLOW_COLUMNS]
    return ObservedTable(
        year=year,
        version=version,
        flows=flows,
        stored=round(float(rows["persons"].sum())),
        dropped=round(float(dropped.sum())),
        dropped_by_unit=dropped,
    )


def observed_table(year: int, package: DataPackage) -> ObservedTable | None:
    """The observed table of ``year`` on the boundaries of that year, or None if none.

    Cached; ``flows`` is a copy the caller may change.
    """
    if year not in observed_years(package):
        return None
    table = _table(int(year), package)
    return ObservedTable(
        table.year,
        table.version,
        table.flows.copy(),
        table.stored,
        table.dropped,
        table.dropped_by_unit.copy(),
    )


# ---------------------------------------------------------------------------------------------
# model against observed


@dataclass(frozen=True)
class Fit:
    """How well the gravity model at ``decay`` reproduces an observed table.

    ``correlation``: Pearson r over the ordered pairs; ``srmse``: RMSE over the pairs divided
    by the mean observed flow (0 = perfect; 1 = errors as large as the average flow).
    """

    decay: float
    correlation: float
    srmse: float


@dataclass(frozen=True)
class ModelFit:
    """The gravity model against one year's observed table, on the same units and totals."""

    year: int
    version: str
    units: int
    pairs: int
    persons: int
    dropped: int
    best: Fit
    grid: tuple[Fit, ...]  # every decay of DECAY_GRID at which the model converged


def fit_figures(observed: pd.DataFrame, modelled: pd.DataFrame, decay: float) -> Fit:
    """Correlation and SRMSE of ``modelled`` against ``observed`` over observed's pairs.

    Pairs absent from ``modelled`` count as zero.

    >>> obs = pd.DataFrame({"origin": ["a", "b"], "destination": ["b", "a"],
    ...     "persons": [30.0, 10.0]})
    >>> fit_figures(obs, obs, 1.0)
    Fit(decay=1.0, correlation=1.0, srmse=0.0)
    """
    keys = ["origin", "destination"]
    model = modelled.set_index(keys)["persons"].astype(float)
    seen = observed.set_index(keys)["persons"].astype(float)
    estimate = model.reindex(seen.index).fillna(0.0).to_numpy()
    values = seen.to_numpy()
    if len(values) < 2 or values.std() == 0 or estimate.std() == 0:
        correlation = math.nan
    else:
        correlation = float(np.corrcoef(values, estimate)[0, 1])
    mean = values.mean() if len(values) else math.nan
    rmse = math.sqrt(float(np.mean((values - estimate) ** 2))) if len(values) else math.nan
    srmse = rmse / mean if mean else math.nan
    return Fit(float(decay), round(float(correlation), 6), round(float(srmse), 6))


@functools.cache
def _distance(version: str) -> pd.DataFrame:
    return great_circle_km(label_points(version))


def _matrix(flows: pd.DataFrame, version: str) -> pd.DataFrame:
    """All ordered pairs of the units of ``version``; a pair without a row moved no one."""
    ids = region_ids(version)
    index = pd.MultiIndex.from_tuples(
        [(o, d) for o in ids for d in ids if o != d], names=["origin", "destination"]
    )
    persons = flows.set_index(["origin", "destination"])["persons"].astype(float)
    return persons.reindex(index, fill_value=0.0).reset_index()


def model_at(table: ObservedTable, decay: float) -> pd.DataFrame:
    """The gravity model on ``table``'s own departures and arrivals and units at ``decay``."""
    matrix = _matrix(table.flows, table.version)
    departures = matrix.groupby("origin")["persons"].sum()
    arrivals = matrix.groupby("destination")["persons"].sum()
    return gravity_model(departures, arrivals, _distance(table.version), decay)


@functools.lru_cache(maxsize=256)
def _fit_at(year: int, decay: float, package: DataPackage) -> Fit | None:
    table = _table(year, package)
    try:
        modelled = model_at(table, decay)
    except ValueError:  # no convergence at a steep decay: no figure rather than a wrong one
        return None
    return fit_figures(_matrix(table.flows, table.version), modelled, decay)


def fit_at(year: int, decay: float, package: DataPackage) -> Fit | None:
    """The model's fit to the observed table of ``year`` at ``decay`` (None: no table, or no
    convergence)."""
    if year not in observed_years(package):
        return None
    return _fit_at(int(year), round(float(decay), 2), package)


@functools.lru_cache(maxsize=32)
def _model_fit(year: int, package: DataPackage) -> ModelFit:
    table = _table(year, package)
    grid = tuple(f for f in (_fit_at(year, d, package) for d in DECAY_GRID) if f is not None)
    scored = [f for f in grid if not math.isnan(f.srmse)]
    # Lowest SRMSE; ties go to the smaller decay (the grid's order).
    best = min(scored, key=lambda f: f.srmse) if scored else Fit(math.nan, math.nan, math.nan)
    units = len(region_ids(table.version))
    return ModelFit(
        year=year,
        version=table.version,
        units=units,
        pairs=units * (units - 1),
        persons=table.persons,
        dropped=table.dropped,
        best=best,
        grid=grid,
    )


def model_fit(year: int, package: DataPackage) -> ModelFit | None:
    """The gravity model against the observed table of ``year`` over :data:`DECAY_GRID`,
    with the best decay (lowest SRMSE); None when the year has no table. Cached."""
    if year not in observed_years(package):
        return None
    return _model_fit(int(year), package)


def model_fits(package: DataPackage) -> list[ModelFit]:
    """:func:`model_fit` of every observed year, oldest first."""
    return [_model_fit(year, package) for year in observed_years(package)]
