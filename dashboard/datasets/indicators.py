"""The data API: indicator values by region, year and boundary version (pure, no Dash).

Stored values live in ``data/regional_indicators.csv`` on the units their source uses (see the
descriptor for the rule). This module puts them on the units of any boundary version:

* same version: as stored;
* stored on a NEWER version than asked (e.g. 2023 values on 1997 units): aggregated up through
  the gazetteer; counts are summed only when every child unit has a value (a partial sum
  would be a wrong number), derived rates and shares are recomputed from their aggregated
  inputs, indicators with aggregation "none" give NaN with a note;
* stored on an OLDER version than asked (e.g. 2005 values on 2022 units): copied to units whose
  territory did not change; units that were split (and the parts split off) get NaN. Values are
  never disaggregated.

Derived indicators (``derived`` = true in ``indicators.csv``) are computed here from stored
ones, never stored. They carry the source ids of their inputs joined with "+" and the worst
quality of their inputs. Units without data appear with value NaN and quality "" (no data).

Net migration where BNS publishes no regional figure (before 2023) is computed by the
demographic balance from the package's population and natural increase
(:func:`net_migration_by_balance`, facts in :mod:`dashboard.datasets.balance`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.datasets import balance
from dashboard.datasets.cells import cell_text
from dashboard.datasets.package import QUALITY_FLAGS, DataPackage

COLUMNS = [
    "region_id",
    "value",
    "unit",
    "source_id",
    "quality",
    "note",
    "boundary_version",
    "year",
    "indicator",
    "aggregated_from",
]
# Worst last: a derived value is only as good as its weakest input.
QUALITY_ORDER = {flag: rank for rank, flag in enumerate(QUALITY_FLAGS)}


@dataclass(frozen=True)
class Derivation:
    """A derived indicator: inputs as (indicator, year offset) and an element-wise formula."""

    inputs: tuple[tuple[str, int], ...]
    compute: Callable[..., pd.Series]
    # Why the formula gives no value although every input has one (e.g. a zero divisor).
    undefined: str = "the formula has no value for these inputs"


def _per_1000(num: pd.Series, pop: pd.Series) -> pd.Series:
    return 1000 * num / pop


DERIVATIONS: dict[str, Derivation] = {
    "population_urban": Derivation(
        (("population_urban_male", 0), ("population_urban_female", 0)), lambda m, f: m + f
    ),
    "population_rural": Derivation(
        (("population_rural_male", 0), ("population_rural_female", 0)), lambda m, f: m + f
    ),
    # Numerator and denominator from the same workbook: the total population of some years
    # is a later BNS revision, the urban and rural rows are not.
    "urban_share": Derivation(
        (
            ("population_urban_male", 0),
            ("population_urban_female", 0),
            ("population_male", 0),
            ("population_female", 0),
        ),
        lambda um, uf, m, f: 100 * (um + uf) / (m + f),
    ),
    "population_change": Derivation(
        (("population", 0), ("population", -1)), lambda now, before: now - before
    ),
    "population_change_pct": Derivation(
        (("population", 0), ("population", -1)), lambda now, before: 100 * (now / before - 1)
    ),
    "net_migration_per_1000": Derivation((("net_migration", 0), ("population", 0)), _per_1000),
    # The Programme's comparison (1993: 1.4 times, 1994: 2.8 times): meaningless for a
    # natural increase at or below zero, so none is given there.
    "net_migration_to_natural_increase": Derivation(
        (("net_migration", 0), ("natural_increase", 0)),
        lambda migration, natural: (migration / natural).where(natural > 0),
        undefined="natural increase is zero or negative",
    ),
    "interregional_net_per_1000": Derivation(
        (("interregional_net", 0), ("population", 0)), _per_1000
    ),
    # thousand tonnes / persons * 1000 = tonnes per person
    "emissions_per_capita": Derivation((("emissions_stationary", 0), ("population", 0)), _per_1000),
    # thousand tenge / persons * 1000 = tenge per person
    "eco_expenditure_per_capita": Derivation(
        (("eco_expenditure_current", 0), ("population", 0)), _per_1000
    ),
}
# Census recalculations: a change across these years is partly a statistical revision.
SERIES_BREAKS = {2009: "2009 census", 2022: "2021 census"}


# ---------------------------------------------------------------------------------------------
# geography (imported at call time: the geo package is a sibling module)


def _boundaries():
    from dashboard.geo import boundaries

    return boundaries


def _version_key(version: str) -> int:
    return int(version)


@functools.cache
def _units(version: str) -> tuple[str, ...]:
    return tuple(_boundaries().region_ids(version))


@functools.cache
def _children(unit: str, older: str, newer: str) -> tuple[str, ...]:
    """Units of ``newer`` that make up ``unit`` of ``older``."""
    from dashboard.geo.gazetteer import children_in

    return tuple(children_in(unit, older, newer))


@functools.cache
def _parent(unit: str, older: str) -> str:
    """The unit of ``older`` that contains ``unit`` (a unit of a newer version)."""
    from dashboard.geo.gazetteer import parent_in

    return parent_in(unit, older)


def default_version(year: int) -> str:
    """The boundary version valid in ``year``."""
    return _boundaries().version_for_year(year)


# ---------------------------------------------------------------------------------------------
# catalogue


@functools.lru_cache(maxsize=8)
def _catalogue(package: DataPackage) -> pd.DataFrame:
    return package.indicators.set_index("id", drop=False)


@functools.lru_cache(maxsize=8)
def _stored_index(package: DataPackage) -> dict[tuple[str, int], pd.DataFrame]:
    """Stored regional rows grouped by (indicator, year): one dict lookup per request."""
    regional = package.regional
    return {key: group for key, group in regional.groupby(["indicator", "year"], sort=False)}


def _info(indicator: str, package: DataPackage) -> pd.Series:
    catalogue = _catalogue(package)
    if indicator not in catalogue.index:
        raise KeyError(f"unknown indicator {indicator!r}; known: {', '.join(catalogue.index)}")
    return catalogue.loc[indicator]


def list_indicators(package: DataPackage) -> pd.DataFrame:
    """The indicator catalogue (stored and derived) with the years available for each.

    Adds the columns ``years`` (list of int: years with at least one regional value) and
    ``country_years`` (years with a country value, stated or derived).
    """
    out = package.indicators.copy()
    out["years"] = [indicator_years(i, package) for i in out["id"]]
    out["country_years"] = [_country_years(i, package) for i in out["id"]]
    return out


def indicator_years(indicator: str, package: DataPackage) -> list[int]:
    """Years in which ``indicator`` has at least one regional value (derived: all inputs)."""
    _info(indicator, package)
    return list(_years(indicator, package))


@functools.lru_cache(maxsize=256)
def _years(indicator: str, package: DataPackage) -> tuple[int, ...]:
    if indicator in DERIVATIONS:
        return _input_years(DERIVATIONS[indicator].inputs, package)
    stored = {int(y) for (ind, y) in _stored_index(package) if ind == indicator}
    if indicator == balance.BALANCED:
        # Gap years stay in the list: the map says why they have no value.
        stored |= set(_input_years(balance.INPUTS, package))
    return tuple(sorted(stored))


def _input_years(inputs: tuple[tuple[str, int], ...], package: DataPackage) -> tuple[int, ...]:
    """Years in which every input (indicator, year offset) has values."""
    sets = [{y - offset for y in _years(name, package)} for name, offset in inputs]
    return tuple(sorted(set.intersection(*sets)))


def _country_years(indicator: str, package: DataPackage) -> list[int]:
    totals = package.country_totals
    if indicator in DERIVATIONS:
        sets = [
            {y - offset for y in _country_years(name, package)}
            for name, offset in DERIVATIONS[indicator].inputs
        ]
        return sorted(set.intersection(*sets))
    return sorted({int(y) for y in totals.loc[totals["indicator"] == indicator, "year"]})


# ---------------------------------------------------------------------------------------------
# values


def indicator_values(
    indicator: str,
    year: int,
    version: str | None = None,
    *,
    package: DataPackage,
) -> pd.DataFrame:
    """One row per unit of ``version`` (default: the version valid in ``year``).

    Columns: region_id, value (float; NaN = no data), unit, source_id, quality ("" = no data),
    note, boundary_version, year, indicator, aggregated_from (e.g. "61+79" or "").
    """
    _info(indicator, package)
    year = int(year)
    version = version or default_version(year)
    if version not in _boundaries().BOUNDARY_VERSIONS:
        raise ValueError(f"unknown boundary version {version!r}")
    # Cached per package (the package is immutable); callers get their own copy.
    return _values(indicator, year, version, package).copy()


@functools.lru_cache(maxsize=1024)
def _values(indicator: str, year: int, version: str, package: DataPackage) -> pd.DataFrame:
    info = _info(indicator, package)
    if indicator in DERIVATIONS:
        return _derived_values(indicator, year, version, package)
    rows = _stored_index(package).get((indicator, year))
    out = _empty(indicator, year, version, info["unit"])
    if rows is None:
        out["note"] = f"no data for {year}"
        return _by_balance(out, package) if indicator == balance.BALANCED else out
    # Usually one stored version per (indicator, year); if several, prefer the asked one, then
    # the newer (which can be aggregated exactly) over the older.
    stored_versions = sorted(
        rows["boundary_version"].unique(),
        key=lambda v: (v != version, -_version_key(v)),
    )
    for stored in stored_versions:
        part = _as_values(rows[rows["boundary_version"] == stored], version=stored)
        if stored == version:
            placed = part.set_index("region_id").reindex(_units(version)).reset_index()
            placed["aggregated_from"] = ""
        elif _version_key(stored) > _version_key(version):
            placed = aggregate_to_version(part, version, package)
        else:
            placed = _carry_to_newer(part, version)
        out = _fill(out, placed)
    if indicator == balance.BALANCED:
        out = _by_balance(out, package)
    return out[COLUMNS]


def _by_balance(out: pd.DataFrame, package: DataPackage) -> pd.DataFrame:
    """Units of ``out`` without a published value, filled by the demographic balance."""
    if out["value"].notna().all():
        return out
    year, version = int(out["year"].iat[0]), str(out["boundary_version"].iat[0])
    if year in balance.GAPS:
        out.loc[out["value"].isna(), "note"] = balance.gap_note(year)
        return out
    return _fill(out, net_migration_by_balance(year, version, package))


def net_migration_by_balance(year: int, version: str, package: DataPackage) -> pd.DataFrame:
    """Net migration of ``year`` on the units of ``version`` by the demographic balance
    (:mod:`dashboard.datasets.balance`), whether or not BNS publishes the year: quality
    "derived", the sources of the inputs, the method in the note. Rows as
    :func:`indicator_values`; :func:`indicator_values` uses it only where BNS publishes none.
    """
    year = int(year)
    inputs = [_values(name, year + offset, version, package) for name, offset in balance.INPUTS]
    out = _empty(balance.BALANCED, year, version, _info(balance.BALANCED, package)["unit"])
    out["value"] = balance.balance(inputs).to_numpy()
    has = out["value"].notna().to_numpy()
    out.loc[has, "quality"] = balance.QUALITY
    out.loc[has, "note"] = balance.method_note(year)
    for i in np.flatnonzero(has):
        out.at[i, "source_id"] = _join_sources(f["source_id"].iat[i] for f in inputs)
        out.at[i, "aggregated_from"] = "; ".join(
            dict.fromkeys(a for f in inputs if (a := f["aggregated_from"].iat[i]))
        )
    for i in np.flatnonzero(~has):
        out.at[i, "note"] = "no data: " + _missing_inputs(balance.INPUTS, inputs, year, i)
    return out[COLUMNS]


def _missing_inputs(
    spec: tuple[tuple[str, int], ...], inputs: list[pd.DataFrame], year: int, i: int
) -> str:
    """Which inputs of unit ``i`` have no value, each with its own reason when it has one."""
    missing = []
    for (name, offset), frame in zip(spec, inputs, strict=True):
        if pd.isna(frame["value"].iat[i]):
            reason = cell_text(frame["note"].iat[i]).removeprefix("no data: ")
            missing.append(f"{name} {year + offset} missing" + (f" ({reason})" if reason else ""))
    return ", ".join(missing)


def _empty(indicator: str, year: int, version: str, unit: str) -> pd.DataFrame:
    units = list(_units(version))
    return pd.DataFrame(
        {
            "region_id": units,
            "value": np.full(len(units), np.nan),
            "unit": unit,
            "source_id": "",
            "quality": "",
            "note": "",
            "boundary_version": version,
            "year": year,
            "indicator": indicator,
            "aggregated_from": "",
        }
    )


def _as_values(rows: pd.DataFrame, version: str) -> pd.DataFrame:
    out = rows[
        ["region_id", "value", "unit", "source_id", "quality", "note", "year", "indicator"]
    ].copy()
    out["boundary_version"] = version
    out["aggregated_from"] = ""
    return out.reset_index(drop=True)[COLUMNS]


def _fill(base: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """Fill units of ``base`` that have no value with the rows of ``new`` (same units)."""
    new = new.set_index("region_id").reindex(base["region_id"])
    take = base["value"].isna().to_numpy() & new["value"].notna().to_numpy()
    keep_note = base["value"].isna().to_numpy() & new["value"].isna().to_numpy()
    for col in ("value", "unit", "source_id", "quality", "note", "aggregated_from"):
        base.loc[take, col] = new[col].to_numpy()[take]
    # keep an explanatory note (e.g. "split since 1997") where nothing has a value
    notes = new["note"].fillna("").to_numpy()
    base.loc[keep_note & (notes != ""), "note"] = notes[keep_note & (notes != "")]
    return base


def _carry_to_newer(values: pd.DataFrame, version: str) -> pd.DataFrame:
    """Older-version values on newer units: only units whose territory is unchanged."""
    older = values["boundary_version"].iloc[0]
    by_id = values.set_index("region_id")
    records = []
    for unit in _units(version):
        parent = _parent(unit, older)
        base = {
            "region_id": unit,
            "value": np.nan,
            "unit": values["unit"].iloc[0],
            "source_id": "",
            "quality": "",
            "note": "",
            "boundary_version": version,
            "year": values["year"].iloc[0],
            "indicator": values["indicator"].iloc[0],
            "aggregated_from": "",
        }
        if _children(parent, older, version) != (unit,):
            base["note"] = (
                f"no data on {version} boundaries: unit {parent} of {older} was split "
                f"({'+'.join(_children(parent, older, version))}); values are not disaggregated"
            )
        elif parent in by_id.index and pd.notna(by_id.at[parent, "value"]):
            src = by_id.loc[parent]
            base.update(
                value=float(src["value"]),
                source_id=src["source_id"],
                quality=src["quality"],
                note=src["note"],
            )
        records.append(base)
    return pd.DataFrame.from_records(records, columns=COLUMNS)


def aggregate_to_version(values: pd.DataFrame, version: str, package: DataPackage) -> pd.DataFrame:
    """Aggregate values on a newer boundary version up to the older ``version``.

    ``values``: rows of ONE indicator and year on one (newer or equal) version, with at least
    the columns region_id, value, source_id, quality, boundary_version, year, indicator
    (the output of :func:`indicator_values`). Returns one row per unit of ``version``.

    * aggregation "sum": the sum of the children, only if EVERY child has a value; else NaN;
    * aggregation "recompute" (derived): recomputed from the inputs on ``version``;
    * aggregation "none": NaN with a note for merged units (unchanged units keep their value).
    """
    indicator = values["indicator"].iloc[0]
    year = int(values["year"].iloc[0])
    source_version = values["boundary_version"].iloc[0]
    if values["boundary_version"].nunique() != 1 or values["indicator"].nunique() != 1:
        raise ValueError("aggregate_to_version expects one indicator on one boundary version")
    if _version_key(source_version) < _version_key(version):
        raise ValueError(
            f"cannot aggregate {source_version} values to the newer version {version}: "
            "values are never disaggregated"
        )
    info = _info(indicator, package)
    if info["aggregation"] == "recompute":
        return _derived_values(indicator, year, version, package)
    by_id = values.set_index("region_id")
    records = []
    for unit in _units(version):
        children = _children(unit, version, source_version)
        rec = {
            "region_id": unit,
            "value": np.nan,
            "unit": info["unit"],
            "source_id": "",
            "quality": "",
            "note": "",
            "boundary_version": version,
            "year": year,
            "indicator": indicator,
            "aggregated_from": "",
        }
        present = [c for c in children if c in by_id.index and pd.notna(by_id.at[c, "value"])]
        if children == (unit,):
            if present:
                src = by_id.loc[unit]
                rec.update(
                    value=float(src["value"]),
                    source_id=src["source_id"],
                    quality=src["quality"],
                    note=cell_text(src.get("note", "")),
                    aggregated_from=cell_text(src.get("aggregated_from", "")),
                )
        elif info["aggregation"] != "sum":
            rec["note"] = (
                f"not aggregable: {indicator} is a {info['kind']} and unit {unit} of {version} "
                f"is {'+'.join(children)} on {source_version} boundaries"
            )
        elif len(present) < len(children):
            missing = [c for c in children if c not in present]
            rec["note"] = (
                f"no sum: no data for {'+'.join(missing)} (part of unit {unit} of {version})"
            )
        else:
            part = by_id.loc[list(children)]
            rec.update(
                value=float(part["value"].sum()),
                source_id=_join_sources(part["source_id"]),
                quality=worst_quality(part["quality"]),
                note=f"sum of {'+'.join(children)} ({source_version} units)",
                aggregated_from="+".join(children),
            )
        records.append(rec)
    return pd.DataFrame.from_records(records, columns=COLUMNS)


def _join_sources(ids: Iterable[str]) -> str:
    seen: list[str] = []
    for chunk in ids:
        for sid in str(chunk).split("+"):
            if sid and sid not in seen:
                seen.append(sid)
    return "+".join(seen)


def worst_quality(flags: Iterable[str]) -> str:
    """The weakest of some quality flags ("" when none): a value built from several is only
    as good as its weakest input.

    >>> worst_quality(["official", "unverified", ""])
    'unverified'
    """
    flags = [f for f in flags if f]
    return max(flags, key=lambda f: QUALITY_ORDER.get(f, len(QUALITY_ORDER))) if flags else ""


# ---------------------------------------------------------------------------------------------
# derived indicators


def _derived_values(indicator: str, year: int, version: str, package: DataPackage) -> pd.DataFrame:
    info = _info(indicator, package)
    spec = DERIVATIONS[indicator]
    inputs = [_values(name, year + offset, version, package) for name, offset in spec.inputs]
    values = spec.compute(*[frame["value"].astype(float) for frame in inputs])
    values = values.replace([np.inf, -np.inf], np.nan)
    out = _empty(indicator, year, version, info["unit"])
    out["value"] = values.to_numpy()
    has = out["value"].notna().to_numpy()
    for i in range(len(out)):
        if has[i]:
            out.at[i, "source_id"] = _join_sources(f["source_id"].iat[i] for f in inputs)
            out.at[i, "quality"] = worst_quality(f["quality"].iat[i] for f in inputs)
            parts = {f["aggregated_from"].iat[i] for f in inputs} - {""}
            out.at[i, "aggregated_from"] = (
                "+".join(sorted(parts)) if len(parts) == 1 else ("; ".join(sorted(parts)))
            )
            if spec.inputs[-1] == ("population", -1) and year in SERIES_BREAKS:
                out.at[i, "note"] = (
                    f"series break: {year} recalculated after the {SERIES_BREAKS[year]}"
                )
        elif all(pd.notna(f["value"].iat[i]) for f in inputs):
            out.at[i, "note"] = f"not defined: {spec.undefined}"
        else:
            out.at[i, "note"] = "no data: " + _missing_inputs(spec.inputs, inputs, year, i)
    return out[COLUMNS]


# ---------------------------------------------------------------------------------------------
# country values


def national_total(indicator: str, year: int, package: DataPackage) -> pd.Series | None:
    """The country value of ``indicator`` in ``year``, or None when the package has none.

    Stored indicators: the total stated by the source (``country_totals.csv``). Derived ones:
    computed from the country values of their inputs. Returns a Series with indicator, year,
    value, unit, source_id, quality, note.
    """
    info = _info(indicator, package)
    year = int(year)
    if indicator in DERIVATIONS:
        spec = DERIVATIONS[indicator]
        parts = [national_total(name, year + offset, package) for name, offset in spec.inputs]
        if any(p is None for p in parts):
            return None
        value = float(spec.compute(*[pd.Series([p["value"]], dtype=float) for p in parts]).iloc[0])
        return pd.Series(
            {
                "indicator": indicator,
                "year": year,
                "value": value,
                "unit": info["unit"],
                "source_id": _join_sources(p["source_id"] for p in parts),
                "quality": worst_quality(p["quality"] for p in parts),
                "note": f"computed: {info['formula']}",
            }
        )
    totals = package.country_totals
    hit = totals[(totals["indicator"] == indicator) & (totals["year"] == year)]
    if hit.empty:
        return None
    return hit.iloc[0][["indicator", "year", "value", "unit", "source_id", "quality", "note"]]


def rests_on_balance(indicator: str) -> bool:
    """Whether values of ``indicator`` may come from the demographic balance (net migration
    itself, or a derived indicator computed from it)."""
    spec = DERIVATIONS.get(indicator)
    return indicator == balance.BALANCED or (
        spec is not None and any(rests_on_balance(name) for name, _ in spec.inputs)
    )


@functools.lru_cache(maxsize=64)
def _values_of_every_year(indicator: str, package: DataPackage) -> np.ndarray:
    frames = [
        _values(indicator, y, default_version(y), package) for y in _years(indicator, package)
    ]
    values = np.concatenate([f["value"].to_numpy(dtype=float) for f in frames]) if frames else []
    return np.asarray(values, dtype=float)


def values_of_every_year(indicator: str, package: DataPackage) -> np.ndarray:
    """Every regional value of ``indicator``, all years, each on its year's boundaries (NaN
    kept): what fixed colour classes are drawn from. A read-only array."""
    _info(indicator, package)
    values = _values_of_every_year(indicator, package)
    values.flags.writeable = False
    return values
