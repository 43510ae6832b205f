"""Origin-destination flows: validation, the gravity model and flow selection (no drawing).

The flow layer follows flowmap.gl's split: this module *selects* flows (top-N, threshold,
in/out for a region, net or gross, width classes) and knows nothing about plotly;
``dashboard.figures.flows`` *draws* whatever selection it is given.

The long format of an origin-destination table, one row per ordered pair and year:

============  ================================================================
year          calendar year (int)
origin        region id (2-digit KATO string such as ``"75"``) or country code
destination   as origin; never equal to origin
persons       number of movers, a non-negative number
source_id     row of ``data/sources.csv`` the number comes from
quality       official / official-via-news / secondary / unverified / derived / model
kind          observed / model / schematic / international
============  ================================================================

``kind`` tells the reader where an arrow comes from (PRODUCT.md section 4): a BNS
region-to-region table (observed; an unverified copy for some years, or an imported one),
the gravity model below (model), a direction the Programme states without volumes
(schematic), or international shares (international).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from dashboard.datasets.package import QUALITY_FLAGS

OD_COLUMNS = ("year", "origin", "destination", "persons", "source_id", "quality", "kind")
KINDS = frozenset({"observed", "model", "schematic", "international"})
QUALITIES = frozenset(QUALITY_FLAGS)

EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius
# Nearest-pair floor of the deterrence function: region centres closer than this (Almaty
# city and Konaev, about 60 km) would otherwise get a near-infinite attraction.
MIN_DISTANCE_KM = 50.0
DEFAULT_DECAY = 1.0

Direction = Literal["in", "out", "both"]


# ---------------------------------------------------------------------------------------
# Validation of an imported OD table
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FlowProblem:
    """One problem in an imported table: ``row`` counts file lines, the header is line 1."""

    row: int | None
    column: str
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}, column {self.column}" if self.row else f"column {self.column}"
        return f"{where}: {self.message}"


class FlowTableError(ValueError):
    """An origin-destination table that cannot be used; ``problems`` lists every problem."""

    def __init__(self, problems: list[FlowProblem]) -> None:
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(shown + more)


def _file_row(position: int) -> int:
    """Line number in the file of the row at 0-based ``position`` (header is line 1)."""
    return position + 2


def _is_id(value: object) -> bool:
    return isinstance(value, str) and value.strip() != ""


def validate_od_table(df: pd.DataFrame) -> pd.DataFrame:
    """Check an origin-destination table in the long format and return a clean copy.

    Every problem is collected (an analyst fixes a file in one pass, not one error at a
    time) and raised together as :class:`FlowTableError`, whose message names the row as
    numbered in the file (header = line 1) and the column. Ids must be strings: read
    files with ``dtype=str`` so that ``"01"``-style codes keep their leading zeros.

    The clean copy has ``year`` as int, ``persons`` as float and the rows in file order.

    >>> table = pd.DataFrame({"year": [2023], "origin": ["61"], "destination": ["79"],
    ...     "persons": [-5], "source_id": ["bns"], "quality": ["official"],
    ...     "kind": ["observed"]})
    >>> try:
    ...     validate_od_table(table)
    ... except FlowTableError as error:
    ...     print(error)
    row 2, column persons: must be a non-negative number, got -5
    """
    missing = [c for c in OD_COLUMNS if c not in df.columns]
    if missing:
        raise FlowTableError([FlowProblem(1, c, "column is missing") for c in missing])

    problems: list[FlowProblem] = []
    frame = df.reset_index(drop=True)
    # Numbers are parsed column-wise; text such as "500" or "1e3" is accepted.
    year_numbers = pd.to_numeric(frame["year"], errors="coerce").to_numpy(dtype=float)
    person_numbers = pd.to_numeric(frame["persons"], errors="coerce").to_numpy(dtype=float)
    years: list[int | None] = []
    persons: list[float] = []
    records = zip(*(frame[c].tolist() for c in OD_COLUMNS), strict=True)
    for pos, values in enumerate(records):
        line = _file_row(pos)
        rec = dict(zip(OD_COLUMNS, values, strict=True))

        year = year_numbers[pos]
        if math.isnan(year) or year != math.floor(year):
            problems.append(FlowProblem(line, "year", f"not a whole year: {rec['year']!r}"))
            years.append(None)
        else:
            years.append(int(year))

        for column in ("origin", "destination", "source_id"):
            value = rec[column]
            if isinstance(value, int | float | np.number) and not pd.isna(value):
                message = (
                    f"is the number {value!r}, not a text id (read the file with "
                    "dtype=str so codes stay text)"
                )
                problems.append(FlowProblem(line, column, message))
            elif not _is_id(value):
                problems.append(FlowProblem(line, column, f"is empty or not text: {value!r}"))
        if _is_id(rec["origin"]) and rec["origin"] == rec["destination"]:
            problems.append(
                FlowProblem(line, "destination", f"equals the origin {rec['origin']!r}")
            )

        kind = rec["kind"]
        number = person_numbers[pos]
        if math.isnan(number):
            # Schematic arrows state a direction without a volume: an empty cell is fine.
            if kind != "schematic" or not pd.isna(rec["persons"]):
                problems.append(FlowProblem(line, "persons", f"not a number: {rec['persons']!r}"))
        elif not math.isfinite(number) or number < 0:
            problems.append(
                FlowProblem(line, "persons", f"must be a non-negative number, got {number:g}")
            )
        persons.append(number if math.isfinite(number) and number >= 0 else math.nan)

        if kind not in KINDS:
            problems.append(FlowProblem(line, "kind", f"{kind!r} is not one of {sorted(KINDS)}"))
        if rec["quality"] not in QUALITIES:
            problems.append(
                FlowProblem(
                    line, "quality", f"{rec['quality']!r} is not one of {sorted(QUALITIES)}"
                )
            )

    if problems:
        raise FlowTableError(problems)

    clean = frame.loc[:, list(OD_COLUMNS)].copy()
    clean["year"] = np.asarray(years, dtype="int64")
    clean["persons"] = np.asarray(persons, dtype=float)
    for column in ("origin", "destination", "source_id", "quality", "kind"):
        clean[column] = clean[column].astype(str).str.strip()

    # The same pair twice for one year, kind and source would be counted twice.
    key = ["year", "origin", "destination", "kind", "source_id"]
    first_seen: dict[tuple, int] = {}
    for pos, pair in enumerate(clean[key].itertuples(index=False, name=None)):
        if pair in first_seen:
            problems.append(
                FlowProblem(
                    _file_row(pos),
                    "destination",
                    f"repeats the pair of row {_file_row(first_seen[pair])} for the same "
                    "year, kind and source",
                )
            )
        else:
            first_seen[pair] = pos
    if problems:
        raise FlowTableError(problems)
    return clean


# ---------------------------------------------------------------------------------------
# Distances and the gravity model
# ---------------------------------------------------------------------------------------


def great_circle_km(points: pd.DataFrame) -> pd.DataFrame:
    """Haversine distance matrix in km between ``points`` (columns id, lon, lat).

    Index and columns are the ids in the order given; the matrix is symmetric with a
    zero diagonal.

    >>> pts = pd.DataFrame({"id": ["71", "75"], "lon": [71.43, 76.95], "lat": [51.13, 43.24]})
    >>> round(great_circle_km(pts).loc["71", "75"])
    971
    """
    ids = points["id"].astype(str).to_list()
    if len(set(ids)) != len(ids):
        raise ValueError("great_circle_km: point ids must be unique")
    lon = np.radians(points["lon"].to_numpy(dtype=float))
    lat = np.radians(points["lat"].to_numpy(dtype=float))
    dlat = lat[:, None] - lat[None, :]
    dlon = lon[:, None] - lon[None, :]
    h = np.sin(dlat / 2) ** 2 + np.cos(lat[:, None]) * np.cos(lat[None, :]) * np.sin(dlon / 2) ** 2
    km = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    np.fill_diagonal(km, 0.0)
    return pd.DataFrame(
        km, index=pd.Index(ids, name="origin"), columns=pd.Index(ids, name="destination")
    )


def deterrence(distance_km: np.ndarray, decay: float) -> np.ndarray:
    """The distance-deterrence function of the gravity model: a power law.

    ``f(d) = (max(d, 50 km) / 50 km) ** -decay``

    ``decay`` (beta) is the distance elasticity: with beta = 1, twice the distance means
    half the attraction; beta = 0 ignores distance. The power law is the classic choice
    for migration (Zipf's P1·P2/D) and, unlike an exponential, does not make the 2 000 km
    moves from Turkistan to Astana vanish. The 50 km floor only matters for the nearest
    pair of centres; dividing by it keeps every value in (0, 1], so no underflow.

    >>> deterrence(np.array([25.0, 50.0, 100.0, 1000.0]), 1.0).round(3).tolist()
    [1.0, 1.0, 0.5, 0.05]
    """
    if not math.isfinite(decay) or decay < 0:
        raise ValueError(f"decay must be a finite number >= 0, got {decay!r}")
    d = np.maximum(np.asarray(distance_km, dtype=float), MIN_DISTANCE_KM)
    return (d / MIN_DISTANCE_KM) ** -decay


def gravity_model(
    departures: pd.Series,
    arrivals: pd.Series,
    distance_km: pd.DataFrame,
    decay: float = DEFAULT_DECAY,
    tolerance: float = 1e-9,
    max_iterations: int = 1000,
) -> pd.DataFrame:
    """Doubly-constrained gravity estimate of interregional flows (Furness balancing).

    ``T_ij = A_i·O_i · B_j·D_j · f(d_ij)`` for i != j and ``T_ii = 0``, where ``O`` are
    the departures, ``D`` the arrivals, ``f`` is :func:`deterrence` and the balancing
    factors ``A``, ``B`` are found by iterative proportional fitting so that every row
    sums to its region's departures and every column to its arrivals. The result is an
    *estimate*, not an observation: ``kind`` and ``quality`` are ``"model"``.

    Departures and arrivals are Series indexed by region id with the same ids, and their
    totals must balance (every interregional departure is an arrival somewhere); the
    distance matrix must cover all ids. Convergence: the largest error of a row or column
    sum is at most ``tolerance`` times the total number of movers.

    Returns all ordered pairs in the long format (origin, destination, persons, kind,
    quality), sorted by persons descending then ids; ``result.attrs`` holds ``decay``,
    ``deterrence``, ``iterations`` and ``max_error`` (persons).

    >>> dep = pd.Series({"a": 10.0, "b": 20.0, "c": 30.0})
    >>> arr = pd.Series({"a": 30.0, "b": 20.0, "c": 10.0})
    >>> pts = pd.DataFrame({"id": ["a", "b", "c"], "lon": [60, 70, 80], "lat": [45, 45, 45]})
    >>> flows = gravity_model(dep, arr, great_circle_km(pts), decay=1.0)
    >>> flows.groupby("origin")["persons"].sum().round(6).to_dict()
    {'a': 10.0, 'b': 20.0, 'c': 30.0}
    """
    if not math.isfinite(tolerance) or tolerance <= 0:
        raise ValueError("tolerance must be a positive number")
    dep = departures.astype(float)
    arr = arrivals.astype(float)
    dep.index = dep.index.astype(str)
    arr.index = arr.index.astype(str)
    if set(dep.index) != set(arr.index) or dep.index.has_duplicates:
        raise ValueError("departures and arrivals must have the same, unique region ids")
    ids = sorted(dep.index)
    dep, arr = dep.loc[ids], arr.loc[ids]
    if len(ids) < 2:
        raise ValueError("the gravity model needs at least two regions")
    if dep.isna().any() or arr.isna().any() or (dep < 0).any() or (arr < 0).any():
        raise ValueError("departures and arrivals must be non-negative numbers without gaps")

    total_out, total_in = float(dep.sum()), float(arr.sum())
    total = max(total_out, total_in)
    if total == 0:
        raise ValueError("departures and arrivals are all zero")
    if abs(total_out - total_in) > tolerance * total:
        raise ValueError(
            f"unbalanced totals: departures sum to {total_out:,.0f} but arrivals to "
            f"{total_in:,.0f}; interregional flows must balance (each departure is an "
            "arrival elsewhere) - are international moves mixed in?"
        )
    # With a zero diagonal a region can only send to, and receive from, the others.
    o, d = dep.to_numpy(), arr.to_numpy()
    infeasible = [ids[i] for i in range(len(ids)) if o[i] + d[i] > total * (1 + tolerance)]
    if infeasible:
        raise ValueError(
            "no interregional table fits these totals: departures plus arrivals of "
            f"{', '.join(infeasible)} exceed the national total"
        )

    missing = [i for i in ids if i not in distance_km.index or i not in distance_km.columns]
    if missing:
        raise ValueError(f"distance matrix lacks region ids {missing}")
    dist = distance_km.loc[ids, ids].to_numpy(dtype=float)
    if not np.isfinite(dist).all():
        raise ValueError("distance matrix has gaps or infinite values")
    f = deterrence(dist, decay)
    np.fill_diagonal(f, 0.0)  # interregional flows only

    a = np.ones(len(ids))
    b = np.ones(len(ids))
    error = math.inf
    iterations = 0
    with np.errstate(divide="ignore", invalid="ignore"):
        while iterations < max_iterations:
            iterations += 1
            # Row step: scale A so rows match departures, then B so columns match arrivals.
            a = np.where(o > 0, 1.0 / (f @ (b * d)), 0.0)
            b = np.where(d > 0, 1.0 / (f.T @ (a * o)), 0.0)
            table = (a * o)[:, None] * (b * d)[None, :] * f
            # Columns are exact after the B step; the rows tell how far from done we are.
            error = float(
                max(np.abs(table.sum(axis=1) - o).max(), np.abs(table.sum(axis=0) - d).max())
            )
            if error <= tolerance * total:
                break
        else:
            raise ValueError(
                f"the gravity model did not converge in {max_iterations} iterations "
                f"(largest error {error:,.3f} persons); try a smaller decay"
            )

    i, j = np.nonzero(~np.eye(len(ids), dtype=bool))
    result = pd.DataFrame(
        {
            "origin": np.asarray(ids, dtype=object)[i],
            "destination": np.asarray(ids, dtype=object)[j],
            "persons": table[i, j],
            "kind": "model",
            "quality": "model",
        }
    )
    result = _ordered(result)
    result.attrs.update(
        decay=float(decay),
        deterrence="power: (max(d, 50 km) / 50 km) ** -decay",
        iterations=iterations,
        max_error=error,
    )
    return result


def mean_trip_km(flows: pd.DataFrame, distance_km: pd.DataFrame) -> float:
    """Average distance travelled per mover, weighted by persons (NaN when no movers).

    Shown next to the decay control, it tells the reader what the assumption does.
    """
    rows = distance_km.index.get_indexer(flows["origin"])
    cols = distance_km.columns.get_indexer(flows["destination"])
    if (rows < 0).any() or (cols < 0).any():
        raise ValueError("a flow end is missing from the distance matrix")
    km = distance_km.to_numpy(dtype=float)[rows, cols]
    persons = flows["persons"].to_numpy(dtype=float)
    weight = np.nansum(persons)
    return float(np.nansum(km * persons) / weight) if weight > 0 else math.nan


# ---------------------------------------------------------------------------------------
# Selection (flowmap.gl style: pure functions, deterministic order)
# ---------------------------------------------------------------------------------------


def _ordered(flows: pd.DataFrame) -> pd.DataFrame:
    """Persons descending, then origin and destination: the same input gives the same order."""
    keys = ["persons", "origin", "destination"]
    extra = [c for c in ("year", "kind") if c in flows.columns]
    return flows.sort_values(
        keys + extra, ascending=[False, True, True] + [True] * len(extra), na_position="last"
    ).reset_index(drop=True)


def gross(flows: pd.DataFrame) -> pd.DataFrame:
    """All flows as they are (both directions of a pair), in the standard order."""
    return _ordered(flows.copy())


def top_n(flows: pd.DataFrame, n: int) -> pd.DataFrame:
    """The ``n`` largest flows (ties broken by ids, so the cut is reproducible).

    >>> f = pd.DataFrame({"origin": ["a", "b", "c"], "destination": ["b", "c", "a"],
    ...                   "persons": [5.0, 9.0, 5.0]})
    >>> top_n(f, 2)[["origin", "persons"]].values.tolist()
    [['b', 9.0], ['a', 5.0]]
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    return _ordered(flows).head(n).reset_index(drop=True)


def min_volume(flows: pd.DataFrame, persons: float) -> pd.DataFrame:
    """Flows of at least ``persons`` movers."""
    return _ordered(flows.loc[flows["persons"] >= persons])


def for_region(flows: pd.DataFrame, region_id: str, direction: Direction = "both") -> pd.DataFrame:
    """Flows arriving in (``"in"``), leaving (``"out"``) or touching (``"both"``) a region."""
    if direction == "in":
        mask = flows["destination"] == region_id
    elif direction == "out":
        mask = flows["origin"] == region_id
    elif direction == "both":
        mask = (flows["origin"] == region_id) | (flows["destination"] == region_id)
    else:
        raise ValueError(f"direction must be 'in', 'out' or 'both', got {direction!r}")
    return _ordered(flows.loc[mask])


def _join_unique(values: Iterable[object]) -> object:
    """One value when both directions agree, else the distinct values joined by '; '."""
    distinct = sorted({str(v) for v in values if not pd.isna(v)})
    if len(distinct) == 1:
        return distinct[0]
    return "; ".join(distinct) if distinct else None


def net_flows(flows: pd.DataFrame) -> pd.DataFrame:
    """One arrow per unordered pair, from the losing to the gaining side.

    ``persons`` is ``|A->B - B->A|``; pairs that exactly balance have no arrow. Pairs are
    netted within the same ``year`` and ``kind`` when those columns exist; any other
    column keeps its value when both directions agree (e.g. ``source_id``).

    >>> f = pd.DataFrame({"origin": ["A", "B"], "destination": ["B", "A"],
    ...                   "persons": [100.0, 30.0]})
    >>> net_flows(f)[["origin", "destination", "persons"]].values.tolist()
    [['A', 'B', 70.0]]
    """
    if flows.empty:
        return _ordered(flows.copy())
    frame = flows.copy()
    group = [c for c in ("year", "kind") if c in frame.columns]
    lo = np.minimum(frame["origin"].astype(str), frame["destination"].astype(str))
    hi = np.maximum(frame["origin"].astype(str), frame["destination"].astype(str))
    frame["_lo"], frame["_hi"] = lo, hi
    # Signed volume from the lower id to the higher id.
    frame["_signed"] = np.where(frame["origin"] == lo, 1.0, -1.0) * frame["persons"]
    others = [
        c
        for c in frame.columns
        if c not in {"origin", "destination", "persons", "_lo", "_hi", "_signed", *group}
    ]
    agg: dict[str, object] = {"_signed": "sum", **{c: _join_unique for c in others}}
    # dropna=False keeps rows whose year/kind is missing in their own group.
    netted = frame.groupby(["_lo", "_hi", *group], dropna=False, sort=True).agg(agg).reset_index()
    netted = netted.loc[netted["_signed"] != 0]
    forward = netted["_signed"] > 0
    netted["origin"] = np.where(forward, netted["_lo"], netted["_hi"])
    netted["destination"] = np.where(forward, netted["_hi"], netted["_lo"])
    netted["persons"] = netted["_signed"].abs()
    columns = [c for c in flows.columns if c in netted.columns]
    return _ordered(netted.loc[:, columns])


# ---------------------------------------------------------------------------------------
# Width classes: a handful of line widths, each a legend entry
# ---------------------------------------------------------------------------------------


def nice_number(value: float) -> float:
    """The nearest (on a log scale) 1, 2, 2.5 or 5 times a power of ten.

    >>> nice_number(7321), nice_number(1600), nice_number(260), nice_number(4800)
    (10000.0, 2000.0, 250.0, 5000.0)
    """
    if value <= 0 or not math.isfinite(value):
        return float(value)
    power = 10.0 ** math.floor(math.log10(value))
    candidates = [s * power for s in (1.0, 2.0, 2.5, 5.0, 10.0)]
    return float(min(candidates, key=lambda c: abs(math.log(c / value))))


def class_limits(persons: pd.Series, classes: int = 4) -> list[float]:
    """Edges of up to ``classes`` width classes: ``[min, b1, ..., max]``.

    Inner breaks are quantiles rounded to nice numbers (so the legend reads
    "5 000 – 10 000"), deduplicated and strictly inside the range; class ``k`` covers
    ``[edges[k], edges[k + 1])`` and the last class includes the maximum.

    Which flows to pass is the caller's choice: the flows on screen (after top-N and
    threshold) give widths that separate what the reader sees; 380 modelled pairs are so
    skewed that limits from all of them would put a top-30 selection in one class.

    >>> class_limits(pd.Series([100, 900, 2300, 4800, 12000, 26000, 51000]), 4)
    [100.0, 2000.0, 5000.0, 20000.0, 51000.0]
    """
    values = np.sort(pd.to_numeric(persons, errors="coerce").dropna().to_numpy(dtype=float))
    if values.size == 0:
        return []
    low, high = float(values[0]), float(values[-1])
    if classes < 2 or low == high:
        return [low, high]
    quantiles = np.quantile(values, np.linspace(0, 1, classes + 1)[1:-1])
    inner: list[float] = []
    for q in quantiles:
        if q <= 0:
            continue
        edge = nice_number(float(q))
        # Two quantiles rounding to one nice number (5 699 .. 13 516 both to 10 000) would
        # merge two classes: the later one takes the next nice number up instead.
        while inner and edge <= inner[-1]:
            edge = next_nice(edge)
        inner.append(edge)
    return [low, *[q for q in inner if low < q < high], high]


def next_nice(value: float) -> float:
    """The next 1, 2, 2.5 or 5 times a power of ten above ``value``.

    >>> next_nice(10000.0), next_nice(2500.0), next_nice(5000.0)
    (20000.0, 5000.0, 10000.0)
    """
    power = 10.0 ** math.floor(math.log10(value))
    steps = [s * power for s in (1.0, 2.0, 2.5, 5.0, 10.0, 20.0)]
    return float(next(step for step in steps if step > value * (1 + 1e-9)))


def width_classes(
    persons: pd.Series, classes: int = 4, limits: list[float] | None = None
) -> pd.Series:
    """Width class of each flow, 0 = thinnest, from :func:`class_limits` (or ``limits``).

    Values outside the limits go to the first or last class; missing volumes (schematic
    arrows) get class 0.

    >>> width_classes(pd.Series([100, 3000, 51000]), limits=[100, 2000, 5000, 51000]).tolist()
    [0, 1, 2]
    """
    edges = class_limits(persons, classes) if limits is None else list(limits)
    values = pd.to_numeric(persons, errors="coerce").to_numpy(dtype=float)
    if len(edges) <= 2:
        out = np.zeros(values.size, dtype="int64")
    else:
        out = np.searchsorted(np.asarray(edges[1:-1]), values, side="right").astype("int64")
        out[np.isnan(values)] = 0
    return pd.Series(out, index=persons.index, name="width_class")


def select_flows(
    flows: pd.DataFrame,
    *,
    region: str | None = None,
    direction: Direction = "both",
    mode: Literal["gross", "net"] = "gross",
    min_persons: float = 0,
    top: int | None = None,
) -> pd.DataFrame:
    """The flows a reader asked for, in this order: net or gross (on all pairs, so a net
    arrow weighs both directions), region and direction, threshold, then the ``top``
    largest (so top-N counts what survives the other filters).

    Flows without volumes (schematic directions) pass the threshold and top-N untouched:
    there is nothing to rank them by.

    >>> f = pd.DataFrame({"origin": ["a", "b", "a"], "destination": ["b", "a", "c"],
    ...                   "persons": [100.0, 30.0, 50.0]})
    >>> select_flows(f, region="a", direction="out", mode="net", top=1).values.tolist()
    [['a', 'b', 70.0]]
    """
    if flows["persons"].isna().all():
        return for_region(flows, region, direction) if region else _ordered(flows)
    if mode == "net":
        flows = net_flows(flows)
    if region:
        flows = for_region(flows, region, direction)
    if min_persons:
        flows = min_volume(flows, min_persons)
    return top_n(flows, top) if top is not None else _ordered(flows)
