"""Region profiles: every indicator of one region as a time series, its rank, roles and flows.

Pure pandas (no plotly, no Dash). A profile follows a region through the boundary versions:
in each year the value comes from the version valid that year (``version_for_year``), as on
the map. Where the region did not exist yet (Abai, Zhetisu and Ulytau before 2022, Shymkent
before 2018), the points are its PARENT's values (``from_parent`` = True, ``unit_id`` = the
parent), never a disaggregated share. Where the region existed with a larger territory (East
Kazakhstan before 2022 included Abai), the points keep the region's own id, and ``includes``
names today's units the value covers, so the interface can say "incl. Abai".

Missing years stay missing: a year without a value is a NaN row (or, before an indicator's
first year, no row at all); nothing is interpolated.

Speed: the data API computes values per (indicator, year, version); this module turns each
such frame once into a small lookup (value by unit and rank by unit) and caches it, so a
warm profile is dictionary look-ups. The data package is immutable at runtime, so caching by
package identity is safe. Call :func:`warm_up` at start-up to pay the cold cost once.

Where a region lay in each boundary version is :mod:`dashboard.datasets.territories` (its
``first_year`` is importable from here too); the flow partners are
:mod:`dashboard.datasets.partners`.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np
import pandas as pd

from dashboard.datasets.cells import cell_text
from dashboard.datasets.indicators import indicator_values, indicator_years
from dashboard.datasets.package import DataPackage
from dashboard.datasets.partners import region_partners
from dashboard.datasets.revisions import Revision, census_revisions
from dashboard.datasets.sources import citations
from dashboard.datasets.territories import (
    exists,
    first_year,
    newest_version,
    today_parts,
    unit_in,
    units,
)
from dashboard.geo.boundaries import BOUNDARY_VERSIONS, version_for_year
from dashboard.geo.gazetteer import LANGUAGES, UnknownRegionError, parent_in, region_name

POINT_COLUMNS = [
    "year",
    "value",
    "source_id",
    "quality",
    "note",
    "unit_id",
    "boundary_version",
    "from_parent",
    "includes",
    "aggregated_from",
]

# Headings of the profile, in this order; indicators not listed go to "other" at the end.
GROUPS: tuple[str, ...] = ("migration", "population", "labour", "ecology", "quotas", "other")
INDICATOR_GROUPS: dict[str, str] = {
    # migration
    "net_migration": "migration",
    "net_migration_per_1000": "migration",
    "net_migration_to_natural_increase": "migration",
    "interregional_net": "migration",
    "interregional_net_per_1000": "migration",
    "interregional_arrivals": "migration",
    "interregional_departures": "migration",
    # population: totals and change first, the sex and urban/rural split after
    "population": "population",
    "population_change": "population",
    "population_change_pct": "population",
    "urban_share": "population",
    "population_urban": "population",
    "population_rural": "population",
    "population_male": "population",
    "population_female": "population",
    "population_urban_male": "population",
    "population_urban_female": "population",
    "population_rural_male": "population",
    "population_rural_female": "population",
    # natural movement of the population
    "births": "population",
    "deaths": "population",
    "natural_increase": "population",
    # labour market and income
    "unemployment_rate": "labour",
    "income_per_capita": "labour",
    "employment_office_applicants": "labour",
    # ecology
    "emissions_stationary": "ecology",
    "emissions_per_capita": "ecology",
    "eco_expenditure_current": "ecology",
    "eco_expenditure_per_capita": "ecology",
    # quotas and repatriates
    "kandas_quota": "quotas",
    "settler_quota": "quotas",
    "oralman_quota": "quotas",
    "kandas_arrivals_share": "quotas",
    "oralman_settlement_share": "quotas",
    "oralmans_settled_jan_jun": "quotas",
    "oralman_families_settled_jan_jun": "quotas",
}
# Fraction digits for display, by catalogue unit (an indicator may override).
UNIT_DECIMALS: dict[str, int] = {
    "persons": 0,
    "families": 0,
    "thousand_tenge": 0,
    "tenge_per_person": 0,
    "tenge_per_person_month": 0,
    "times": 1,
    "thousand_tonnes": 1,
    "percent": 1,
    "per_1000": 1,
    "tonnes_per_person": 2,
}
INDICATOR_DECIMALS: dict[str, int] = {"population_change_pct": 2}


# ---------------------------------------------------------------------------------------------
# result types


@dataclass(frozen=True, eq=False)  # eq=False: frames do not compare with ==
class IndicatorSeries:
    """One indicator of one region over all the indicator's years.

    ``points``: one row per year of the indicator (years with at least one regional value),
    columns ``POINT_COLUMNS``:

    * year, value (NaN = no value for this unit that year: a gap, never filled),
      source_id ("a+b" for derived values), quality ("" when no value), note (data API note);
    * unit_id: whose value it is - the region itself, or its parent unit when the region did
      not exist in ``boundary_version`` (then ``from_parent`` is True);
    * includes: "10+63" when ``unit_id`` covered more than one of today's units that year
      (East Kazakhstan before 2022), else "";
    * aggregated_from: as in the data API (value summed from finer units), else "".

    ``value_year`` is the year whose value the profile shows: the selected year when the unit
    has a value then, else the latest earlier year with a value, else the first year with a
    value (None when the series has no value at all). ``rank`` is the rank of ``value`` among
    the units of that year's boundary version that have a value (1 = largest; ties share the
    best rank), ``rank_of`` the number of such units, ``units_in_version`` all units of the
    version (so "1 of 2 with data" can be told from "1 of 20").
    """

    indicator: str
    group: str
    names: Mapping[str, str]
    units: Mapping[str, str]
    unit_code: str
    kind: str
    scale: str
    decimals: int | None
    caveats: Mapping[str, str]
    points: pd.DataFrame
    citations: Mapping[str, Mapping[str, str]]
    selected_year: int
    value_year: int | None = None
    value: float | None = None
    rank: int | None = None
    rank_of: int | None = None
    units_in_version: int | None = None
    revisions: tuple[Revision, ...] = ()

    def name(self, lang: str) -> str:
        """The indicator's name in ``lang`` (English when missing)."""
        return self.names.get(lang) or self.names["en"]

    def unit(self, lang: str) -> str:
        """The unit text in ``lang`` (English when missing)."""
        return self.units.get(lang) or self.units["en"]

    def citation(self, source_ids: str, lang: str) -> str:
        """Short citation of one or several ('a+b') source ids in ``lang``."""
        parts = []
        for sid in filter(None, str(source_ids).split("+")):
            texts = self.citations.get(sid, {})
            parts.append(texts.get(lang) or texts.get("en") or sid)
        return "; ".join(parts)

    @property
    def point(self) -> pd.Series | None:
        """The row of ``value_year`` (None when there is no value)."""
        if self.value_year is None:
            return None
        return self.points.loc[self.points["year"] == self.value_year].iloc[0]


@dataclass(frozen=True, eq=False)
class RegionProfile:
    """Everything the profile panel shows about one region (ids of today's units).

    * names: official name per language, from the newest version where the unit exists;
    * versions: boundary versions in which the unit exists;
    * parents: version -> parent unit, for versions where the unit does not exist
      (Abai: {"1997": "63", "2018": "63"});
    * larger_in: version -> today's units the same id covered then, where it was larger
      (East Kazakhstan: {"1997": ("10", "63"), "2018": ("10", "63")});
    * since_year: first statistical year of the unit's own series (2022 for Abai; None for
      units that exist in every version);
    * series: indicators with at least one value for the unit (or its parent), in display
      order; no_data: indicator ids without any value for it;
    * roles: rows of programme_roles about the unit or the unit that contained it, with
      ``match`` = "direct" | "parent" (named for its parent) | "larger" (named for the same id
      when it was larger);
    * zones: rows of disaster_zones with ``match`` = "direct" (in ``region_ids``, today's
      units) | "via_1997" (its 1997 unit is in ``region_ids_1997``, but by today's boundaries
      the zone lies in other units: East Kazakhstan and the Semey test site, now in Abai);
      the interface must say so;
    * partners: flow kind -> top partners in and out (columns ``direction`` +
      ``partners.PARTNER_COLUMNS`` + ``from_parent``), from the flows passed to
      :func:`region_profile`.
    """

    region_id: str
    year: int
    names: Mapping[str, str]
    versions: tuple[str, ...]
    parents: Mapping[str, str]
    larger_in: Mapping[str, tuple[str, ...]]
    since_year: int | None
    series: tuple[IndicatorSeries, ...]
    no_data: tuple[str, ...]
    roles: pd.DataFrame
    zones: pd.DataFrame
    partners: Mapping[str, pd.DataFrame] = field(default_factory=dict)

    def name(self, lang: str) -> str:
        """The region's name in ``lang``."""
        return self.names.get(lang) or self.names["en"]

    def get(self, indicator: str) -> IndicatorSeries | None:
        """The series of ``indicator`` (None when the unit has no value of it)."""
        return next((s for s in self.series if s.indicator == indicator), None)

    def by_group(self) -> list[tuple[str, list[IndicatorSeries]]]:
        """Series grouped under the headings of ``GROUPS`` (empty groups left out)."""
        return [
            (group, members)
            for group in GROUPS
            if (members := [s for s in self.series if s.group == group])
        ]


# ---------------------------------------------------------------------------------------------
# cached look-ups on the data package


@dataclass(frozen=True)
class _YearTable:
    """One (indicator, year) on the version valid that year, as look-ups by unit id."""

    version: str
    rows: Mapping[str, tuple[float, str, str, str, str]]  # value, source, quality, note, aggr
    ranks: Mapping[str, int]
    ranked: int
    units: int


@functools.lru_cache(maxsize=4096)
def _year_table(indicator: str, year: int, package: DataPackage) -> _YearTable:
    version = version_for_year(year)
    frame = indicator_values(indicator, year, version, package=package)
    values = frame["value"].astype(float)
    # rank 1 = largest; ties share the best rank; units without a value get no rank
    ranks = values.rank(method="min", ascending=False)
    rows = {
        rid: (float(v), cell_text(s), cell_text(q), cell_text(n), cell_text(a))
        for rid, v, s, q, n, a in zip(
            frame["region_id"],
            values,
            frame["source_id"],
            frame["quality"],
            frame["note"],
            frame["aggregated_from"],
            strict=True,
        )
    }
    rank_of = {
        rid: int(r) for rid, r in zip(frame["region_id"], ranks, strict=True) if not math.isnan(r)
    }
    return _YearTable(
        version=version,
        rows=MappingProxyType(rows),
        ranks=MappingProxyType(rank_of),
        ranked=int(values.notna().sum()),
        units=len(frame),
    )


@dataclass(frozen=True)
class _Meta:
    indicator: str
    group: str
    names: Mapping[str, str]
    units: Mapping[str, str]
    unit_code: str
    kind: str
    scale: str
    decimals: int | None
    caveats: Mapping[str, str]
    years: tuple[int, ...]
    revisions: tuple[Revision, ...]


@functools.lru_cache(maxsize=8)
def _catalogue(package: DataPackage) -> tuple[_Meta, ...]:
    """Indicators with at least one year, in display order (groups, then listed order)."""
    metas = []
    for row in package.indicators.to_dict("records"):
        years = tuple(indicator_years(row["id"], package))
        if not years:
            continue
        metas.append(
            _Meta(
                indicator=row["id"],
                group=INDICATOR_GROUPS.get(row["id"], "other"),
                names=MappingProxyType(
                    {lang: cell_text(row[f"name_{lang}"]) for lang in LANGUAGES}
                ),
                units=MappingProxyType(
                    {lang: cell_text(row[f"unit_{lang}"]) for lang in LANGUAGES}
                ),
                unit_code=row["unit"],
                kind=row["kind"],
                scale=row["scale"],
                decimals=INDICATOR_DECIMALS.get(row["id"], UNIT_DECIMALS.get(row["unit"])),
                caveats=MappingProxyType(
                    {lang: cell_text(row.get(f"caveat_{lang}", "")) for lang in LANGUAGES}
                ),
                years=years,
                revisions=census_revisions(row["id"], package),
            )
        )
    order = {name: i for i, name in enumerate(INDICATOR_GROUPS)}
    return tuple(
        sorted(
            metas,
            key=lambda m: (GROUPS.index(m.group), order.get(m.indicator, len(order))),
        )
    )


@functools.lru_cache(maxsize=8)
def _citations(package: DataPackage) -> Mapping[str, Mapping[str, str]]:
    """Short citation per source id and language (see dashboard.datasets.sources)."""
    by_lang = {lang: citations(lang, package) for lang in LANGUAGES}
    return MappingProxyType(
        {
            sid: MappingProxyType({lang: by_lang[lang][sid] for lang in LANGUAGES})
            for sid in by_lang["en"]
        }
    )


# ---------------------------------------------------------------------------------------------
# series


def _series(meta: _Meta, region_id: str, year: int, package: DataPackage) -> IndicatorSeries:
    records = []
    for y in meta.years:
        table = _year_table(meta.indicator, y, package)
        unit = unit_in(region_id, table.version)
        value, source, quality, note, aggregated = table.rows.get(unit, (np.nan, "", "", "", ""))
        parts = today_parts(unit, table.version)
        records.append(
            (
                y,
                value,
                source,
                quality,
                note,
                unit,
                table.version,
                unit != region_id,
                "+".join(parts) if len(parts) > 1 else "",
                aggregated,
            )
        )
    points = pd.DataFrame.from_records(records, columns=POINT_COLUMNS)
    points["value"] = points["value"].astype(float)
    points["from_parent"] = points["from_parent"].astype(bool)

    has_value = points["value"].notna().to_numpy()
    years = points["year"].to_numpy()
    value_year = _pick_year(years[has_value], year)
    value = rank = rank_of = units = None
    if value_year is not None:
        table = _year_table(meta.indicator, value_year, package)
        unit = unit_in(region_id, table.version)
        value = table.rows[unit][0]
        rank, rank_of, units = table.ranks.get(unit), table.ranked, table.units
    citations = _citations(package)
    used = {sid for chunk in points["source_id"] for sid in chunk.split("+") if sid}
    return IndicatorSeries(
        indicator=meta.indicator,
        group=meta.group,
        names=meta.names,
        units=meta.units,
        unit_code=meta.unit_code,
        kind=meta.kind,
        scale=meta.scale,
        decimals=meta.decimals,
        caveats=meta.caveats,
        points=points,
        citations=MappingProxyType({sid: citations.get(sid, {}) for sid in sorted(used)}),
        selected_year=int(year),
        value_year=value_year,
        value=value,
        rank=rank,
        rank_of=rank_of,
        units_in_version=units,
        revisions=meta.revisions,
    )


def _pick_year(years_with_value: np.ndarray, year: int) -> int | None:
    """The selected year if it has a value, else the latest earlier one, else the first."""
    if years_with_value.size == 0:
        return None
    earlier = years_with_value[years_with_value <= year]
    return int(earlier.max()) if earlier.size else int(years_with_value.min())


# ---------------------------------------------------------------------------------------------
# roles and zones


def _roles(region_id: str, package: DataPackage) -> pd.DataFrame:
    roles = package["programme_roles"]
    ids = roles["region_id"].map(cell_text)
    # later_units (when the table has it): a statement about one place in a unit that was
    # split later applies only to these later units (the Sozak site: Turkistan, not Shymkent).
    only = (
        roles["later_units"].map(lambda v: cell_text(v).split())
        if "later_units" in roles
        else pd.Series([[]] * len(roles), index=roles.index)
    )
    keep, match = [], []
    rows = zip(ids, roles["boundary_version"], only, strict=True)
    for pos, (rid, version, later) in enumerate(rows):
        if not rid:  # groups the text does not map to units ("the northern regions")
            continue
        unit = unit_in(region_id, str(version))
        if rid != unit or (later and region_id not in later):
            continue
        keep.append(pos)
        if unit != region_id:
            match.append("parent")
        elif len(today_parts(unit, str(version))) > 1:
            match.append("larger")
        else:
            match.append("direct")
    out = roles.iloc[keep].copy().reset_index(drop=True)
    out["match"] = match
    return out


def _zones(region_id: str, package: DataPackage) -> pd.DataFrame:
    zones = package["disaster_zones"]
    unit_1997 = unit_in(region_id, BOUNDARY_VERSIONS[0])
    keep, match = [], []
    for pos, (today, old) in enumerate(
        zip(zones["region_ids"], zones["region_ids_1997"], strict=True)
    ):
        if region_id in cell_text(today).split():
            keep.append(pos)
            match.append("direct")
        elif unit_1997 in cell_text(old).split():
            keep.append(pos)
            match.append("via_1997")
    out = zones.iloc[keep].copy().reset_index(drop=True)
    out["match"] = match
    return out


# ---------------------------------------------------------------------------------------------
# the profile


def region_profile(
    region_id: str,
    year: int,
    package: DataPackage,
    flows: pd.DataFrame | None = None,
    top: int = 5,
) -> RegionProfile:
    """The profile of ``region_id`` (a unit id of any version) for the selected ``year``.

    For every indicator with data: the series over all its years, each year on the version
    valid that year, with the parent's value where the unit did not exist (``from_parent``);
    the value, rank and year shown (see :class:`IndicatorSeries`); the Programme roles and
    disaster zones of the unit or of the unit that contained it; and the top ``top`` flow
    partners per kind from ``flows`` (rows of other years than ``year`` are ignored).
    Raises ``UnknownRegionError`` for an unknown id.
    """
    region_id = str(region_id).strip()
    year = int(year)
    if not exists(region_id):
        raise UnknownRegionError(f'No region has the id "{region_id}"')
    newest = newest_version(region_id)
    names = {lang: region_name(region_id, lang, newest) for lang in LANGUAGES}
    versions = tuple(v for v in BOUNDARY_VERSIONS if region_id in units(v))
    parents = {v: parent_in(region_id, v) for v in BOUNDARY_VERSIONS if v not in versions}
    larger = {v: today_parts(region_id, v) for v in versions if len(today_parts(region_id, v)) > 1}
    since = first_year(versions[0]) if versions[0] != BOUNDARY_VERSIONS[0] else None

    series, no_data = [], []
    for meta in _catalogue(package):
        item = _series(meta, region_id, year, package)
        if item.value_year is None:
            no_data.append(meta.indicator)
        else:
            series.append(item)
    return RegionProfile(
        region_id=region_id,
        year=year,
        names=MappingProxyType(names),
        versions=versions,
        parents=MappingProxyType(parents),
        larger_in=MappingProxyType(larger),
        since_year=since,
        series=tuple(series),
        no_data=tuple(no_data),
        roles=_roles(region_id, package),
        zones=_zones(region_id, package),
        partners=MappingProxyType(region_partners(flows, region_id, year, top)),
    )


def warm_up(package: DataPackage) -> None:
    """Fill the caches (all indicators and years) so the first click is fast.

    Takes about as long as computing every indicator value once (a second or two); call it
    when the app starts.
    """
    for meta in _catalogue(package):
        for y in meta.years:
            _year_table(meta.indicator, y, package)
    _citations(package)
