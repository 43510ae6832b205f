"""The committed data package plus the accepted imports, as one set of tables.

An import adds rows to one table of the data package (``regional_indicators`` or
``od_flows``), in that table's exact columns, and may bring a catalogue row for a new
indicator and a ``sources.csv`` row for a new source. The tables of the store are the
committed tables with the accepted imports applied in the order they were accepted.

Overlaps. An import's rows fall into *slices*: (indicator, year) for regional values,
the year for an OD table. A slice that already has values, in the data package or from an
earlier import, is a conflict. By default the import is refused and the report says how
many values exist and how many of the imported ones differ: committed official values are
never replaced silently. With ``replace=True`` (``--replace`` on the command line) the
import's rows take the whole slice's place in the store, so a map never mixes two releases
in one year; the files in ``data/`` are not touched, and removing the import brings the
previous values back. Whole slices, not single cells, because a year of an indicator is
one table of one source: half of the regions from a revised release next to half from the
old one would be a figure no source published.

Every table in the composition carries an ``import_id`` column ("" for committed rows),
so the store can say where each value came from; :func:`package_tables` drops it.
Pure pandas.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

import pandas as pd

from dashboard.datasets.package import QUALITY_FLAGS, DataPackage
from dashboard.store.problems import Phrase, Problem
from dashboard.store.schema import check_rows, coerce, fields_of, one_per_cell, primary_key

IMPORTABLE = ("regional_indicators", "od_flows")
TOTALS = "country_totals"  # the country totals a regional table states, imported with it
SLICE_KEYS = {
    "regional_indicators": ["indicator", "year"],
    "od_flows": ["year"],
    TOTALS: ["indicator", "year"],
}
VALUE_COLUMN = {"regional_indicators": "value", "od_flows": "persons", TOTALS: "value"}
# Tables an import changes; the others are the committed ones, untouched.
COMPOSED = ("sources", "indicators", *IMPORTABLE, TOTALS)
ORIGIN = "import_id"
ROWS_TABLE = "normalised.csv"
TOTALS_TABLE = "totals.csv"
INDICATOR_ROW = "indicator row"
SOURCE_ROW = "source row"


@dataclass(frozen=True)
class ImportData:
    """What one import adds, in the data package's own shape.

    ``rows``: the normalised table, with the columns of ``table`` in the data package
    (regional_indicators.csv or od_flows.csv). ``indicator``: a catalogue row (the columns
    of indicators.csv) when the rows use an indicator the catalogue does not have.
    ``source``: a sources.csv row when the rows cite a source sources.csv does not have.
    ``replace``: the import may take the place of values already there (see the module).
    ``totals``: the country totals the table states (columns of country_totals.csv), for
    regional tables; they follow the same rules, in slices (indicator, year) of their own.
    """

    table: str
    rows: pd.DataFrame
    totals: pd.DataFrame | None = None
    indicator: Mapping[str, Any] | None = None
    source: Mapping[str, Any] | None = None
    replace: bool = False
    import_id: str = ""


@dataclass
class Composition:
    """The composed tables, which imports were applied, and why the others were not."""

    tables: dict[str, pd.DataFrame]
    applied: list[str] = field(default_factory=list)
    skipped: dict[str, list[Problem]] = field(default_factory=dict)


def base_tables(package: DataPackage) -> dict[str, pd.DataFrame]:
    """The committed tables, with an empty ``import_id`` on those imports can change."""
    tables = dict(package.tables)
    for name in COMPOSED:
        tables[name] = tables[name].assign(**{ORIGIN: ""})
    return tables


def package_tables(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The composed tables in the data package's columns (``import_id`` dropped)."""
    return {
        name: frame.drop(columns=[ORIGIN]) if ORIGIN in frame else frame
        for name, frame in tables.items()
    }


def compose(package: DataPackage, imports: Sequence[ImportData | Problem]) -> Composition:
    """Apply ``imports`` in order to the committed tables of ``package``.

    An import that no longer fits (e.g. the data package now holds its values, or an import
    it relied on was removed) is skipped with its reasons, not applied half-way: the store
    can always be built, and the listing says which imports are not on the map and why.
    An import whose files could not be read comes as a :class:`Problem` (its ``values``
    name the import) and is skipped too.
    """
    result = Composition(tables=base_tables(package))
    for data in imports:
        if isinstance(data, Problem):
            result.skipped[str(data.values["id"])] = [data]
            continue
        prepared, problems = check(package, result.tables, data)
        errors = [p for p in problems if p.error]
        if errors:
            result.skipped[data.import_id] = errors
            continue
        result.tables = apply(result.tables, prepared)
        result.applied.append(data.import_id)
    return result


def catalogue_view(
    package: DataPackage,
    indicator: Mapping[str, Any] | None = None,
    source: Mapping[str, Any] | None = None,
) -> tuple[DataPackage, list[Problem]]:
    """``package`` with a new indicator's catalogue row and a new source's row added.

    What the importer checks a file against when the file brings an indicator or a source
    the atlas does not have yet: it then knows the indicator's unit and kind, and the
    source. Rows for ids that exist are left out (the existing rows stay). Problems: the
    rows break their table's schema (nothing is added then).
    """
    tables = dict(package.tables)
    problems: list[Problem] = []
    for name, row, label, key in (
        ("indicators", indicator, INDICATOR_ROW, "id"),
        ("sources", source, SOURCE_ROW, "id"),
    ):
        if not row:
            continue
        checked, found = _one_row(package, name, row, label)
        problems += found
        if checked is not None and not found and checked[key] not in set(tables[name][key]):
            tables[name] = _append(tables[name], pd.DataFrame([checked]))
    view = DataPackage(
        descriptor=package.descriptor,
        tables=MappingProxyType(tables),
        data_dir=package.data_dir,
    )
    return view, problems


# ---------------------------------------------------------------------------------------------
# checking one import against the tables as they are


def check(
    package: DataPackage, tables: Mapping[str, pd.DataFrame], data: ImportData
) -> tuple[ImportData, list[Problem]]:
    """``data`` with its rows in the package's types, and every problem and notice found.

    ``tables`` are the composed tables the import would join (committed + earlier imports).
    An import with any problem whose ``error`` is true must not be applied.
    """
    if data.table not in IMPORTABLE:
        return data, [
            Problem("store.unknown_table", {"table": data.table, "expected": ", ".join(IMPORTABLE)})
        ]
    resource = package.resource(data.table)
    expected = [f["name"] for f in fields_of(resource)]
    missing = [c for c in expected if c not in data.rows.columns]
    extra = [str(c) for c in data.rows.columns if c not in expected]
    if missing or extra:
        values = {"missing": ", ".join(missing) or "-", "extra": ", ".join(extra) or "-"}
        return data, [Problem("store.columns", values, table=ROWS_TABLE)]
    if data.rows.empty:
        return data, [Problem("store.no_rows", table=ROWS_TABLE)]

    rows, problems = coerce(data.rows[expected], fields_of(resource), table=ROWS_TABLE)
    if (rows["source_id"] == "").all():
        # one clear refusal instead of a "value missing" per row
        problems.append(Problem("store.no_source"))
        rows_checked = check_rows(rows, resource, table=ROWS_TABLE)
        problems += [p for p in rows_checked if p.column != "source_id"]
    else:
        problems += check_rows(rows, resource, table=ROWS_TABLE)

    source, source_problems = _check_source(package, tables["sources"], data.source)
    problems += source_problems
    known_sources = set(tables["sources"]["id"]) | ({source["id"]} if source else set())
    problems += _references(rows, known_sources, ROWS_TABLE)

    indicator, totals = None, None
    if data.table == "regional_indicators":
        indicator, catalogue_problems = _check_indicator(
            package, tables["indicators"], data.indicator, known_sources
        )
        problems += catalogue_problems
        problems += _check_indicators_of_rows(rows, tables["indicators"], indicator)
        problems += _check_regions(rows)
        if data.totals is not None and not data.totals.empty:
            totals, total_problems = _check_totals(package, data.totals, known_sources)
            problems += total_problems
            problems += _check_indicators_of_rows(
                totals, tables["indicators"], indicator, TOTALS_TABLE
            )
    else:
        problems += _check_od_regions(rows)

    prepared = replace(data, rows=rows, totals=totals, indicator=indicator, source=source)
    problems = one_per_cell(problems)
    if not any(p.error for p in problems):
        problems += _overlaps(tables[data.table], data.table, rows, data.replace, resource)
        if totals is not None:
            problems += _overlaps(
                tables[TOTALS], TOTALS, totals, data.replace, package.resource(TOTALS)
            )
    return prepared, problems


def _references(rows: pd.DataFrame, known_sources: set[str], table: str) -> list[Problem]:
    """Sources that exist, quality flags that are flags."""
    problems = _unknown_values(rows, "source_id", known_sources, "store.unknown_source", table)
    bad_quality = rows["quality"].ne("") & ~rows["quality"].isin(QUALITY_FLAGS)
    return problems + _first_rows(
        rows, bad_quality, "quality", "store.quality", QUALITY_FLAGS, table
    )


def _check_totals(
    package: DataPackage, given: pd.DataFrame, known_sources: set[str]
) -> tuple[pd.DataFrame, list[Problem]]:
    resource = package.resource(TOTALS)
    expected = [f["name"] for f in fields_of(resource)]
    missing = [c for c in expected if c not in given.columns]
    if missing:
        values = {"missing": ", ".join(missing), "extra": "-"}
        return given, [Problem("store.columns", values, table=TOTALS_TABLE)]
    totals, problems = coerce(given[expected], fields_of(resource), table=TOTALS_TABLE)
    problems += check_rows(totals, resource, table=TOTALS_TABLE)
    return totals, problems + _references(totals, known_sources, TOTALS_TABLE)


def _first_rows(
    rows: pd.DataFrame,
    bad: pd.Series,
    column: str,
    code: str,
    allowed: Sequence[str] = (),
    table: str = ROWS_TABLE,
) -> list[Problem]:
    return [
        Problem(
            code,
            {"value": rows.at[pos, column], "allowed": ", ".join(allowed)},
            row=int(pos) + 2,
            column=column,
            table=table,
        )
        for pos in rows.index[bad][:20]
    ]


def _unknown_values(
    rows: pd.DataFrame, column: str, known: set[str], code: str, table: str = ROWS_TABLE
) -> list[Problem]:
    """One problem per distinct unknown value, at the first row that has it."""
    unknown = rows[rows[column].ne("") & ~rows[column].isin(known)]
    first = unknown.drop_duplicates(subset=[column])
    return [
        Problem(code, {"value": value}, row=int(pos) + 2, column=column, table=table)
        for pos, value in first[column].items()
    ]


def _one_row(
    package: DataPackage, name: str, row: Mapping[str, Any], table: str
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """A single catalogue or source row, in its table's types and checked by its schema."""
    resource = package.resource(name)
    names = [f["name"] for f in fields_of(resource)]
    frame = pd.DataFrame([{k: row.get(k, "") for k in names}])
    extra = [k for k in row if k not in names]
    if extra:
        values = {"missing": "-", "extra": ", ".join(map(str, extra))}
        return None, [Problem("store.columns", values, table=table)]
    frame, problems = coerce(frame, fields_of(resource), table=table)
    problems += check_rows(frame, resource, table=table, skip_enums=frozenset())
    return frame.iloc[0].to_dict(), one_per_cell(problems)


def _check_source(
    package: DataPackage, sources: pd.DataFrame, given: Mapping[str, Any] | None
) -> tuple[dict[str, Any] | None, list[Problem]]:
    if not given:
        return None, []
    row, problems = _one_row(package, "sources", given, SOURCE_ROW)
    if row is None or problems:
        return None, problems
    if row["id"] in set(sources["id"]):
        # the existing row stays: a source's citation must not change under other values
        return None, [Problem("store.source_kept", {"value": row["id"]}, error=False)]
    return row, [Problem("store.new_source", {"value": row["id"]}, error=False)]


def _check_indicator(
    package: DataPackage,
    catalogue: pd.DataFrame,
    given: Mapping[str, Any] | None,
    known_sources: set[str],
) -> tuple[dict[str, Any] | None, list[Problem]]:
    if not given:
        return None, []
    row, problems = _one_row(package, "indicators", given, INDICATOR_ROW)
    if row is None or problems:
        return None, problems
    existing = catalogue[catalogue["id"] == row["id"]]
    if not existing.empty:
        unit = str(existing["unit"].iloc[0])
        if unit != row["unit"]:
            values = {"indicator": row["id"], "expected": unit, "value": row["unit"]}
            return None, [Problem("store.catalogue_differs", values, table=INDICATOR_ROW)]
        return None, []  # the catalogue row stays as it is
    if row["derived"]:
        return None, [Problem("store.derived_indicator", {"value": row["id"]}, table=INDICATOR_ROW)]
    problems = [
        Problem("store.unknown_source", {"value": s}, column="source_ids", table=INDICATOR_ROW)
        for s in str(row["source_ids"]).split()
        if s not in known_sources
    ]
    if problems:
        return None, problems
    return row, [Problem("store.new_indicator", {"value": row["id"]}, error=False)]


def _check_indicators_of_rows(
    rows: pd.DataFrame,
    catalogue: pd.DataFrame,
    new: Mapping[str, Any] | None,
    table: str = ROWS_TABLE,
) -> list[Problem]:
    units = dict(zip(catalogue["id"], catalogue["unit"], strict=True))
    derived = set(catalogue.loc[catalogue["derived"].astype(bool), "id"])
    if new:
        units[new["id"]] = new["unit"]
    problems = _unknown_values(rows, "indicator", set(units), "store.unknown_indicator", table)
    stored_derived = rows[rows["indicator"].isin(derived)].drop_duplicates(subset=["indicator"])
    problems += [
        Problem(
            "store.derived_indicator",
            {"value": value},
            row=int(pos) + 2,
            column="indicator",
            table=table,
        )
        for pos, value in stored_derived["indicator"].items()
    ]
    expected = rows["indicator"].map(units)
    wrong = expected.notna() & (rows["unit"] != expected)
    problems += [
        Problem(
            "store.unit_mismatch",
            {
                "value": rows.at[pos, "unit"],
                "indicator": rows.at[pos, "indicator"],
                "expected": expected[pos],
            },
            row=int(pos) + 2,
            column="unit",
            table=table,
        )
        for pos in rows.index[wrong][:20]
    ]
    return problems


def _check_regions(rows: pd.DataFrame) -> list[Problem]:
    """A region id must be a unit of the row's boundary version (the gazetteer's)."""
    from dashboard.geo.boundaries import BOUNDARY_VERSIONS, region_ids

    valid = {v: set(region_ids(v)) for v in BOUNDARY_VERSIONS}
    bad = [
        pos
        for pos, rid, ver in zip(
            rows.index, rows["region_id"], rows["boundary_version"], strict=True
        )
        if ver in valid and rid != "" and rid not in valid[ver]
    ]
    return [
        Problem(
            "store.region",
            {"value": rows.at[pos, "region_id"], "version": rows.at[pos, "boundary_version"]},
            row=int(pos) + 2,
            column="region_id",
            table=ROWS_TABLE,
        )
        for pos in bad[:20]
    ]


def _check_od_regions(rows: pd.DataFrame) -> list[Problem]:
    """Origins and destinations are units of the version valid in the year, never equal."""
    from dashboard.geo.boundaries import region_ids, version_for_year

    problems: list[Problem] = []
    for pos, year, origin, dest in zip(
        rows.index, rows["year"], rows["origin"], rows["destination"], strict=True
    ):
        if len(problems) >= 20 or pd.isna(year):
            continue
        version = version_for_year(int(year))
        units = set(region_ids(version))
        for column, value in (("origin", origin), ("destination", dest)):
            if value != "" and value not in units:
                problems.append(
                    Problem(
                        "store.region",
                        {"value": value, "version": version},
                        row=int(pos) + 2,
                        column=column,
                        table=ROWS_TABLE,
                    )
                )
        if origin != "" and origin == dest:
            problems.append(
                Problem(
                    "store.same_region",
                    {"value": origin},
                    row=int(pos) + 2,
                    column="destination",
                    table=ROWS_TABLE,
                )
            )
    return problems


def slice_label(table: str, key: tuple[Any, ...]) -> str:
    """A slice as a reader names it: 'population, 2023', 'od_flows, 2023' or
    'country_totals: population, 2023'."""
    if table == "regional_indicators":
        return f"{key[0]}, {int(key[1])}"
    if table == TOTALS:
        return f"{TOTALS}: {key[0]}, {int(key[1])}"
    return f"{table}, {int(key[0])}"


def slices_of(table: str, rows: pd.DataFrame) -> list[tuple[Any, ...]]:
    """The slices ``rows`` fall into, sorted."""
    keys = rows[SLICE_KEYS[table]].drop_duplicates()
    return sorted(tuple(k) for k in keys.itertuples(index=False))


def _overlaps(
    existing: pd.DataFrame,
    table: str,
    rows: pd.DataFrame,
    replacing: bool,
    resource: Mapping[str, Any],
) -> list[Problem]:
    """Conflicts (or, with ``replacing``, notices) for slices that already hold values.

    The table's primary key pairs the imported values with those already there, to count
    how many differ (a value with no counterpart counts as different).
    """
    keys = SLICE_KEYS[table]
    value = VALUE_COLUMN[table]
    key = primary_key(resource)
    overlap = existing.merge(rows[keys].drop_duplicates(), on=keys, how="inner")
    problems: list[Problem] = []
    for group, part in overlap.groupby([*keys, ORIGIN], sort=True):
        slice_key, origin = tuple(group[:-1]), str(group[-1])
        mine = rows.merge(part[keys].drop_duplicates(), on=keys, how="inner")
        paired = mine.merge(part[[*key, value]], on=key, how="left", suffixes=("", "_old"))
        old, new = paired[f"{value}_old"], paired[value]
        same = old.notna() & ((old - new).abs() <= 1e-9 * new.abs().clip(lower=1.0))
        values = {
            "slice": slice_label(table, slice_key),
            "count": len(part),
            "differ": int((~same).sum()),
            "sources": ", ".join(sorted(set(part["source_id"]))),
            "other": origin,
        }
        if replacing:
            values["origin"] = (
                Phrase("store.origin_import", {"id": origin})
                if origin
                else Phrase("store.origin_committed")
            )
            problems.append(Problem("store.replaces", values, error=False))
        elif origin:
            problems.append(Problem("store.conflict_import", values))
        else:
            problems.append(Problem("store.conflict_committed", values))
    return problems


# ---------------------------------------------------------------------------------------------
# applying an accepted import


def apply(tables: Mapping[str, pd.DataFrame], data: ImportData) -> dict[str, pd.DataFrame]:
    """``tables`` with ``data`` (checked by :func:`check`) added; the inputs are not changed.

    With ``replace``, the rows of the import's slices that were there are dropped first.
    """
    out = dict(tables)
    tag = {ORIGIN: data.import_id}
    if data.source:
        out["sources"] = _append(out["sources"], pd.DataFrame([{**data.source, **tag}]))
    if data.indicator:
        out["indicators"] = _append(out["indicators"], pd.DataFrame([{**data.indicator, **tag}]))
    parts = [(data.table, data.rows)]
    if data.totals is not None and not data.totals.empty:
        parts.append((TOTALS, data.totals))
    for name, rows in parts:
        table = out[name]
        if data.replace:
            keys = SLICE_KEYS[name]
            merged = table[keys].merge(
                rows[keys].drop_duplicates(), on=keys, how="left", indicator=True
            )
            table = table[~merged["_merge"].eq("both").to_numpy()]
        out[name] = _append(table, rows.assign(**tag))
    return out


def _append(frame: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """Rows added at the end, in ``frame``'s columns and dtypes where they fit."""
    rows = rows[list(frame.columns)]
    combined = pd.concat([frame, rows], ignore_index=True)
    for name in frame.columns:
        if combined[name].dtype != frame[name].dtype:
            # e.g. int64 + a missing value stays nullable
            with contextlib.suppress(TypeError, ValueError):
                combined[name] = combined[name].astype(frame[name].dtype)
    return combined
