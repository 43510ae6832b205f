"""Check an uploaded table and turn it into rows of the data package: the importer's entry.

:func:`check_file` is the one function the CLI, the web panel and the store call. It never
raises for a bad file: it returns an :class:`ImportCheck` with the problems found (errors
block the import; warnings must be accepted explicitly, see :meth:`ImportCheck.importable`),
the normalised table in the column shape of ``regional_indicators.csv`` or ``od_flows.csv``,
the country totals the file states, the metadata decided, and a preview of what was read.
It writes nothing anywhere: persisting is the store's job.

The checks, and why they are errors or warnings:

- every label must be a known region or the country total; an unknown one is an error with
  the closest known names (an unknown row would silently vanish from the map);
- totals rows ("Республика Казахстан", "Қазақстан Республикасы", "Всего" ...) are not
  regions: they are returned apart and used to reconcile. When a year has every unit of its
  boundary version, the sum of the regions must equal the total up to rounding (half a unit
  of the last decimal written, per value summed; exactly, for whole numbers). A larger
  difference is an **error**: in every BNS series the atlas holds, regions sum exactly to
  the total (or within the rounding of one-decimal values), so a difference means a
  mistyped, missing or misread row, which the map would then show as fact. If the source
  really states an inconsistent total, delete the total row and import the regions;
- a region twice in a year is an error when the values differ and a warning when they are
  the same (kept once);
- text where a number should be, a formula instead of a value, a negative count (for
  indicators that cannot be negative; net migration can), a percentage outside 0-100, a
  year outside 1990..next year are errors; a fraction in a count is a warning;
- the regions of a year must fit one boundary version, and the version the year allows:
  17 units labelled 2024 is an error (2024 has 20), a newer version than the year's is a
  warning (BNS recalculated 1 January 2017 on the 17 units of 2018), missing units a
  warning (they stay "no data");
- an OD matrix whose origins are not its destinations is an error; an OD list whose origins
  and destinations differ in a year is a warning (a list may leave out empty flows);
- values that differ from those the atlas already holds are a warning, with examples.

Text from the file (names, titles) is only ever data: it is kept as text, matched against
the gazetteer, and shown escaped in messages (:mod:`dashboard.imports.problems`).
"""

from __future__ import annotations

import logging
import math
import os
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, replace
from datetime import date

import pandas as pd

from dashboard.datasets.package import DataPackage
from dashboard.geo.boundaries import BOUNDARY_VERSIONS, region_ids, version_for_year
from dashboard.i18n.formats import format_number
from dashboard.imports.metadata import Catalogue, Metadata, resolve_metadata
from dashboard.imports.numbers import Number, decimal_mark, parse_number, parse_year
from dashboard.imports.problems import FileRefused, ProblemLog, indicator_names
from dashboard.imports.reading import Grid, extension, read_grid, safe_name
from dashboard.imports.regions import fit_version, resolve
from dashboard.imports.regions import name as region_label
from dashboard.imports.results import (
    OD_COLUMNS,
    REGIONAL_COLUMNS,
    TOTALS_COLUMNS,
    ImportCheck,
    ImportMetadata,
    ImportOptions,
)
from dashboard.imports.shapes import Entry, Place, TableShape, footnote_mark, recognise, title_year

_logger = logging.getLogger(__name__)

FIRST_YEAR = 1990
# Indicators of kind count or amount that can be negative (balances and changes).
SIGNED = frozenset({"net_migration", "interregional_net", "population_change"})
PREVIEW_ROWS = 60
# Distinct unknown labels looked up before giving up: each costs the gazetteer's close-match
# search, and a table with hundreds of unknown names is not a table of regions.
MAX_UNKNOWN_LABELS = 200
PREVIEW_COLUMNS = 30
MAX_EXAMPLES = 3
# Rows of text shown to the user, and their row numbers in the file.
Preview = tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]


# ---------------------------------------------------------------------------- entry


def check_file(
    source: bytes | bytearray | memoryview | str | os.PathLike,
    original_name: str,
    options: ImportOptions | None = None,
    lang: str = "en",
    *,
    package: DataPackage,
) -> ImportCheck:
    """Read, recognise and check an uploaded table; never raises for a bad file.

    ``source`` is the file's content (bytes) or a path to it (str or PathLike: a path, never
    content). ``original_name`` is the name the user's file had: only shown (made safe
    with :func:`safe_name`) and used for its extension. ``lang`` is the language of the
    messages ("kk", "ru" or "en"). ``package`` is the data package the table joins
    (indicators, sources, values to compare with: the store's current one in the app).
    """
    options = options or ImportOptions()
    name = safe_name(original_name)
    try:
        return _check(source, name, options, lang, package)
    except Exception:
        # A bug of ours must not take the caller down with it, nor pass a file unchecked:
        # the file is refused, and the traceback goes to the server log.
        _logger.exception("import check of %s failed", name)
        log = ProblemLog(name, lang)
        log.error("import.internal")
        return _result(log, ImportMetadata(name, extension(name), 0, ""), kind=None)


def _check(
    source: bytes | bytearray | memoryview | str | os.PathLike,
    name: str,
    options: ImportOptions,
    lang: str,
    package: DataPackage,
) -> ImportCheck:
    log = ProblemLog(name, lang, indicators=indicator_names(package))
    catalogue = Catalogue(package, options.known_sources)
    options = _option_year(options, log)
    _check_options(options, log)
    base = ImportMetadata(name, extension(name), 0, "")
    try:
        grid = read_grid(source, name, log, options.limits, options.sheet)
    except FileRefused as refusal:
        log.refused(refusal)
        _metadata_only(options, catalogue, log)
        return _result(log, base, kind=None)
    base = replace(
        base,
        size=grid.size,
        sha256=grid.sha256,
        file_format=grid.file_format,
        encoding=grid.encoding,
        delimiter=grid.delimiter,
        sheet=grid.sheet,
    )
    kind = None if options.kind == "auto" else options.kind
    try:
        shape = recognise(grid, kind, options.matrix_rows, options.limits.max_values)
    except FileRefused as refusal:
        log.refused(refusal)
        _metadata_only(options, catalogue, log)
        rows = range(min(len(grid.rows), PREVIEW_ROWS))
        return _result(log, base, kind=None, preview=_preview(grid, rows))
    meta = resolve_metadata(
        shape,
        catalogue,
        log,
        kind=shape.kind,
        indicator=options.indicator,
        unit=options.unit,
        source_id=options.source_id,
        quality=options.quality,
    )
    checker = _Checker(grid, shape, meta, options, catalogue, log)
    table, totals = checker.run()
    base = replace(
        base,
        kind=shape.kind,
        form=shape.form,
        title=shape.title,
        indicator=meta.indicator,
        unit=meta.unit,
        source_id=meta.source_id,
        quality=meta.quality,
        indicator_inferred=meta.indicator_inferred,
        quality_inferred=meta.quality_inferred,
        years=tuple(sorted(checker.versions)),
        boundary_versions=dict(sorted(checker.versions.items())),
    )
    first = shape.header_row if shape.header_row is not None else shape.first_row
    preview_rows = range(first, min(shape.last_row + 1, first + PREVIEW_ROWS))
    return _result(log, base, shape.kind, table, totals, _preview(grid, preview_rows))


def _option_year(options: ImportOptions, log: ProblemLog) -> ImportOptions:
    """The options with the year as an int: a web form may give it as text."""
    year = options.year
    if year is None or isinstance(year, int):
        return options
    text = str(year).strip()
    if not text.isdigit():
        log.error("import.year.bad", value=text)
    return replace(options, year=int(text) if text.isdigit() else None)


def _check_options(options: ImportOptions, log: ProblemLog) -> None:
    if options.boundary_version is not None and options.boundary_version not in BOUNDARY_VERSIONS:
        log.error(
            "import.meta.bad_version",
            version=str(options.boundary_version),
            versions=", ".join(BOUNDARY_VERSIONS),
        )
    if options.year is not None and not _year_ok(options.year):
        log.error(
            "import.year.out_of_range", year=str(options.year), first=FIRST_YEAR, last=_last_year()
        )


def _metadata_only(options: ImportOptions, catalogue: Catalogue, log: ProblemLog) -> None:
    """Check the options' metadata too when the file is unreadable: report everything."""
    resolve_metadata(
        None,
        catalogue,
        log,
        kind=options.kind if options.kind != "auto" else "regional",
        indicator=options.indicator,
        unit=options.unit,
        source_id=options.source_id,
        quality=options.quality,
    )


def _result(
    log: ProblemLog,
    metadata: ImportMetadata,
    kind: str | None,
    table: pd.DataFrame | None = None,
    totals: pd.DataFrame | None = None,
    preview: Preview = ((), ()),
) -> ImportCheck:
    columns = OD_COLUMNS if kind == "od" else REGIONAL_COLUMNS
    return ImportCheck(
        file_name=log.file,
        problems=log.problems(),
        table=table if table is not None else _frame([], columns),
        totals=totals if totals is not None else _frame([], TOTALS_COLUMNS),
        metadata=metadata,
        preview=preview[0],
        preview_rows=preview[1],
        lang=log.lang,
    )


def _preview(grid: Grid, rows: Iterable[int]) -> Preview:
    shown, numbers = [], []
    for r in rows:
        cells = grid.rows[r][:PREVIEW_COLUMNS]
        shown.append(tuple("" if c is None else _cell_text(c) for c in cells))
        numbers.append(r + 1)
    return tuple(shown), tuple(numbers)


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _frame(records: list[dict[str, object]], columns: tuple[str, ...]) -> pd.DataFrame:
    frame = pd.DataFrame(records, columns=list(columns))
    for column in ("year",):
        frame[column] = frame[column].astype("int64")
    for column in ("value", "persons"):
        if column in frame:
            frame[column] = frame[column].astype("float64")
    text = [c for c in columns if c not in ("year", "value", "persons")]
    frame[text] = frame[text].astype(str)  # the dtype the package loads text columns as
    return frame


def _last_year() -> int:
    return date.today().year + 1


def _year_ok(year: int) -> bool:
    return FIRST_YEAR <= year <= _last_year()


# ---------------------------------------------------------------------------- checks


# Totals are keyed (year, region or None, side): side "total" for the grand total of a
# regional table or an OD matrix, "row" for an OD total row (its region is a destination),
# "col" for an OD total column (its region is an origin).
TotalKey = tuple[int, str | None, str]


@dataclass
class _Value:
    """A value that passed the cell checks, with where it came from."""

    region: str  # region id (origin for OD)
    destination: str | None
    year: int
    number: Number
    row: int
    col: int
    note: str = ""
    stated_version: str | None = None


class _Checker:
    """The checks of one recognised table (see the module docs for the rules)."""

    def __init__(
        self,
        grid: Grid,
        shape: TableShape,
        meta: Metadata,
        options: ImportOptions,
        catalogue: Catalogue,
        log: ProblemLog,
    ) -> None:
        self.grid, self.shape, self.meta = grid, shape, meta
        self.options, self.catalogue, self.log = options, catalogue, log
        self.decimal = decimal_mark(e.value for e in shape.entries)
        self.versions: dict[int, str] = {}
        self._reported: set[tuple[str, int, int]] = set()
        self._used: set[tuple[int, int]] = set()
        self._unknown: set[str] = set()

    # -- helpers

    def _once(self, code: str, place: Place, severity: str = "error", **params: object) -> None:
        """Report ``code`` at ``place`` once, however many values share the place."""
        key = (code, place.row, place.col)
        if key in self._reported:
            return
        self._reported.add(key)
        self.log.add(severity, code, row=place.row, col=place.col, **params)  # type: ignore[arg-type]

    def _formula(self, row: int, col: int) -> str | None:
        return self.grid.formulas.get((row, col))

    # -- run

    def run(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        default_year = self._default_year()
        values, totals = self._read(default_year)
        self._report_formulas_outside()
        for place in self.shape.ignored_columns:
            if place.text:
                self._once("import.shape.column_ignored", place, "warning", header=place.text)
        if not values and not self.log.has_errors:
            self.log.error("import.table.no_values")
        if self.shape.kind == "od":
            return self._od(values, totals), _frame([], TOTALS_COLUMNS)
        return self._regional(values, totals)

    def _default_year(self) -> int | None:
        """The year of values whose header names none: the option's, else the title's."""
        from_title = title_year(self.shape.title)
        has_own = any(e.year is not None for e in self.shape.entries)
        option = self.options.year
        if option is not None and from_title is not None and option != from_title:
            self.log.warning("import.meta.title_year", year=option, title_year=from_title)
        if has_own:
            return option
        year = option if option is not None else from_title
        if year is None:
            self.log.error("import.shape.no_year", hint="import.hint.year")
        return year

    def _read(self, default_year: int | None) -> tuple[list[_Value], dict[TotalKey, _Value]]:
        """Values per cell; totals keyed (year, region or None, "row"/"col"/"total")."""
        values: list[_Value] = []
        totals: dict[TotalKey, _Value] = {}
        table_years: set[int] = set()
        for entry in self.shape.entries:
            self._used.add((entry.row, entry.col))
            year = self._year(entry, default_year)
            if year is not None and entry.year is not None:
                table_years.add(year)
            origin = self._label(entry.region)
            destination = self._label(entry.destination) if entry.destination else None
            number = parse_number(
                entry.value, self.decimal, formula=self._formula(entry.row, entry.col) is not None
            )
            self._cell(entry, number)
            if number.kind != "number" or year is None or origin is None:
                continue
            if entry.destination is not None and destination is None:
                continue
            note = self._note(entry)
            value = _Value(
                region=origin if origin != "total" else "",
                destination=destination if destination != "total" else None,
                year=year,
                number=number,
                row=entry.row,
                col=entry.col,
                note=note,
                stated_version=entry.extra.get("boundary_version"),
            )
            if origin == "total" or destination == "total":
                totals.setdefault(_total_key(year, origin, destination), value)
                continue
            values.append(value)
        if self.options.year is not None and table_years and self.options.year not in table_years:
            self.log.error(
                "import.meta.conflict",
                field="year",
                file_value=", ".join(str(y) for y in sorted(table_years)),
                option=str(self.options.year),
            )
        return values, totals

    def _year(self, entry: Entry, default: int | None) -> int | None:
        if entry.year is None:
            return default if default is not None and _year_ok(default) else None
        self._used.add((entry.year.row, entry.year.col))
        year = parse_year(entry.year.text)
        if year is None:
            self._once("import.year.bad", entry.year, value=entry.year.text)
            return None
        if not _year_ok(year):
            self._once(
                "import.year.out_of_range",
                entry.year,
                year=str(year),
                first=FIRST_YEAR,
                last=_last_year(),
            )
            return None
        return year

    def _label(self, place: Place | None) -> str | None:
        """Region id of a label, "total" for the country total, None (reported) if unknown."""
        if place is None:
            return None
        self._used.add((place.row, place.col))
        formula = self._formula(place.row, place.col)
        if formula is not None:
            self._once("import.value.formula", place, formula=formula, hint="import.hint.formula")
            return None
        if not place.text.strip():
            self._once("import.shape.no_label", place)
            return None
        if len(self._unknown) >= MAX_UNKNOWN_LABELS and place.text not in self._unknown:
            if len(self._unknown) == MAX_UNKNOWN_LABELS:
                self._unknown.add(place.text)  # report once
                self.log.error("import.region.too_many_unknown", count=MAX_UNKNOWN_LABELS)
            return None
        found = resolve(place.text)
        if found.total:
            return "total"
        if found.region_id is None:
            self._unknown.add(place.text)
            if found.suggestions:
                self._once(
                    "import.region.unknown",
                    place,
                    name=place.text,
                    hint="import.hint.did_you_mean",
                    hint_params={"names_ids": ",".join(found.suggestions)},
                )
            else:
                self._once(
                    "import.region.unknown", place, name=place.text, hint="import.hint.regions"
                )
            return None
        return found.region_id

    def _cell(self, entry: Entry, number: Number) -> None:
        place = Place(str(entry.value), entry.row, entry.col)
        if number.kind == "formula":
            self._once(
                "import.value.formula",
                place,
                formula=self._formula(entry.row, entry.col) or "",
                hint="import.hint.formula",
            )
        elif number.kind == "text":
            self._once(
                "import.value.not_number", place, value=str(entry.value), hint="import.hint.numbers"
            )
        elif number.percent and self.meta.unit != "percent":
            self._once("import.value.percent_sign", place, value=str(entry.value))

    def _note(self, entry: Entry) -> str:
        parts = [self.options.note.strip()] if self.options.note.strip() else []
        if entry.extra.get("note"):
            parts.append(entry.extra["note"].strip())
        mark = footnote_mark(entry.region.text)
        if mark and mark in self.shape.footnotes:
            parts.append(f"{mark}) {self.shape.footnotes[mark]}")
        return "; ".join(parts)

    def _report_formulas_outside(self) -> None:
        for (row, col), formula in sorted(self.grid.formulas.items()):
            if (row, col) not in self._used:
                self.log.warning("import.value.formula_outside", row=row, col=col, formula=formula)

    # -- regional

    def _regional(
        self, values: list[_Value], totals: dict[TotalKey, _Value]
    ) -> tuple[pd.DataFrame, pd.DataFrame]:
        values = self._deduplicate(values, lambda v: (v.region, v.year))
        self._value_ranges(values)
        by_year: dict[int, list[_Value]] = defaultdict(list)
        for value in values:
            by_year[value.year].append(value)
        meta, records = self.meta, []
        for year in sorted(by_year):
            rows = by_year[year]
            version = self._fit(year, {v.region for v in rows}, rows)
            if version is None:
                continue
            self.versions[year] = version
            total = totals.get((year, None, "total"))
            if total is not None and set(region_ids(version)) == {v.region for v in rows}:
                self._reconcile(rows, total, year)
            records += [
                {
                    "region_id": v.region,
                    "boundary_version": version,
                    "year": year,
                    "indicator": meta.indicator,
                    "value": v.number.value,
                    "unit": meta.unit,
                    "source_id": meta.source_id,
                    "quality": meta.quality,
                    "note": v.note,
                }
                for v in rows
            ]
        table = _frame(records, REGIONAL_COLUMNS)
        if meta.indicator is None or meta.source_id is None:
            table = table.iloc[0:0]
        else:
            table = table.sort_values(["year", "region_id"], ignore_index=True)
            self._compare(table, ["region_id", "boundary_version", "year", "indicator"], "value")
        total_records = [
            {
                "indicator": meta.indicator,
                "year": year,
                "value": total.number.value,
                "unit": meta.unit,
                "source_id": meta.source_id,
                "quality": meta.quality,
                "note": self.options.note.strip(),
            }
            for (year, _, _), total in sorted(totals.items(), key=lambda kv: kv[0][0])
            if year in self.versions
        ]
        totals_frame = _frame(total_records, TOTALS_COLUMNS).drop_duplicates(
            subset=["year"], ignore_index=True
        )
        if table.empty:
            totals_frame = totals_frame.iloc[0:0]
        return table, totals_frame

    def _deduplicate(self, values: list[_Value], key: Callable[[_Value], Hashable]) -> list[_Value]:
        """The values with each key once; a repeated key is a warning (same value) or an
        error (another value)."""
        kept: dict[Hashable, _Value] = {}
        for value in values:
            first = kept.get(key(value))
            if first is None:
                kept[key(value)] = value
                continue
            place = Place("", value.row, value.col)
            if first.number.value == value.number.value:
                self._once("import.value.duplicate_same", place, "warning", first_row=first.row + 1)
            else:
                self._once(
                    "import.value.duplicate_conflict",
                    place,
                    first_row=first.row + 1,
                    first_num=first.number.value,
                    value_num=value.number.value,
                )
        return list(kept.values())

    def _value_ranges(self, values: list[_Value]) -> None:
        indicator = self.meta.indicator
        kind = self.catalogue.kind(indicator) if indicator else "count"
        unit = self.meta.unit or "persons"
        for v in values:
            place = Place("", v.row, v.col)
            number = v.number.value or 0.0
            if indicator is None:  # the import is refused already; no guesses about signs
                continue
            if number < 0 and kind in ("count", "amount") and indicator not in SIGNED:
                self._once(
                    "import.value.negative", place, value_num=number, indicator_ind=indicator
                )
            elif unit == "percent" and not 0 <= number <= 100:
                self._once("import.value.percent_range", place, value_num=number)
            if unit in ("persons", "families") and not float(number).is_integer():
                self._once("import.value.fraction", place, "warning", value_num=number)

    def _fit(self, year: int, ids: set[str], rows: list[_Value]) -> str | None:
        stated = self.options.boundary_version
        in_file = {v.stated_version for v in rows if v.stated_version}
        if len(in_file) > 1:
            self.log.error(
                "import.meta.several_values", field="boundary_version", values=", ".join(in_file)
            )
            return None
        if in_file:
            stated = _agree_version(stated, in_file.pop(), self.log)
        if stated is not None and stated not in BOUNDARY_VERSIONS:
            if stated != self.options.boundary_version:  # an option is reported up front
                self.log.error(
                    "import.meta.bad_version", version=stated, versions=", ".join(BOUNDARY_VERSIONS)
                )
            return None
        fit = fit_version(ids, year, stated)
        count = len(region_ids(fit.version))
        valid = version_for_year(year)
        if fit.problem == "not_in_stated":
            self.log.error(
                "import.region.not_in_version",
                version=fit.version,
                year=year,
                outside_ids=",".join(sorted(fit.outside)),
            )
            return None
        if fit.problem == "older":
            self.log.error(
                "import.region.version_older",
                hint="import.hint.version",
                hint_params={"valid": valid},
                year=year,
                count=len(ids),
                version=fit.version,
                valid=valid,
                valid_count=len(region_ids(valid)),
            )
            return None
        if fit.problem == "newer":
            self.log.warning(
                "import.region.version_newer",
                year=year,
                count=count,
                version=fit.version,
                valid=valid,
            )
        if fit.missing and not fit.exact:
            self.log.warning(
                "import.region.missing",
                year=year,
                version=fit.version,
                count=len(fit.missing),
                units=count,
                missing_ids=",".join(sorted(fit.missing)) + f"@{fit.version}",
            )
        return fit.version

    def _reconcile(self, rows: list[_Value], total: _Value, year: int) -> None:
        numbers = [v.number for v in rows] + [total.number]
        total_sum = math.fsum(v.number.value or 0.0 for v in rows)
        stated = total.number.value or 0.0
        decimals = max(n.decimals for n in numbers)
        whole = all(float(n.value or 0).is_integer() for n in numbers)
        tolerance = 0.0 if whole else 0.5 * 10**-decimals * len(numbers)
        if abs(total_sum - stated) > tolerance + 1e-9 * max(abs(stated), 1):
            self._once(
                "import.total.mismatch",
                Place("", total.row, total.col),
                year=year,
                sum_num=_rounded(total_sum, decimals),
                total_num=stated,
                difference_num=_rounded(total_sum - stated, decimals),
                hint="import.hint.total",
            )

    def _compare(self, table: pd.DataFrame, keys: list[str], column: str) -> None:
        """Warn when values differ from those the atlas holds for the same keys."""
        name = "od_flows" if column == "persons" else "regional_indicators"
        existing = self.catalogue.package.tables.get(name)
        if existing is None or existing.empty:
            return
        merged = table.merge(existing[[*keys, column]], on=keys, suffixes=("", "_atlas"))
        differ = merged[(merged[column] - merged[f"{column}_atlas"]).abs() > 1e-9]
        if differ.empty:
            return
        lang = self.log.lang
        examples = []
        for row in differ.head(MAX_EXAMPLES).to_dict("records"):
            label = row.get("region_id") or f"{row['origin']}→{row['destination']}"
            if "region_id" in row:
                label = region_label(row["region_id"], lang, row["boundary_version"])
            examples.append(
                f"{label} {row['year']}: {format_number(row[f'{column}_atlas'], lang)} → "
                f"{format_number(row[column], lang)}"
            )
        # Values a thousand times off: the file is in thousands (or the atlas's are).
        ratio = float((differ[column] / differ[f"{column}_atlas"]).abs().median())
        thousands = 500 < ratio < 2000 or 0.0005 < ratio < 0.002
        self.log.warning(
            "import.compare.differs",
            count=len(differ),
            examples="; ".join(examples),
            hint="import.hint.thousands" if thousands else "import.hint.replace",
        )

    # -- OD

    def _od(self, values: list[_Value], totals: dict[TotalKey, _Value]) -> pd.DataFrame:
        diagonal = [v for v in values if v.region == v.destination]
        nonzero = [v for v in diagonal if v.number.value]
        if nonzero:
            self.log.warning("import.od.diagonal", count=len(nonzero))
        values = [v for v in values if v.region != v.destination]
        values = self._deduplicate(values, lambda v: (v.region, v.destination, v.year))
        for v in values:
            number = v.number.value or 0.0
            place = Place("", v.row, v.col)
            if number < 0:
                self._once("import.value.od_negative", place, value_num=number)
            elif not float(number).is_integer():
                self._once("import.value.fraction", place, "warning", value_num=number)
        self._od_labels_match()
        by_year: dict[int, list[_Value]] = defaultdict(list)
        for value in values:
            by_year[value.year].append(value)
        records = []
        meta = self.meta
        for year in sorted(by_year):
            rows = by_year[year]
            if self.shape.form == "long":
                origins = {v.region for v in rows}
                destinations = {v.destination for v in rows}
                if origins != destinations:
                    self.log.warning(
                        "import.od.mismatch",
                        origins_ids=",".join(sorted(origins - destinations)) or "",
                        destinations_ids=",".join(sorted(destinations - origins)) or "",  # type: ignore[arg-type]
                    )
            ids = {v.region for v in rows} | {v.destination for v in rows if v.destination}
            version = self._fit(year, ids, rows)
            if version is None:
                continue
            self.versions[year] = version
            self._reconcile_od(rows + diagonal, totals, year, version)
            records += [
                {
                    "year": year,
                    "origin": v.region,
                    "destination": v.destination,
                    "persons": v.number.value,
                    "source_id": meta.source_id,
                    "quality": meta.quality,
                    "note": v.note,
                }
                for v in rows
            ]
        table = _frame(records, OD_COLUMNS)
        if meta.source_id is None:
            return table.iloc[0:0]
        table = table.sort_values(["year", "origin", "destination"], ignore_index=True)
        self._compare(table, ["year", "origin", "destination"], "persons")
        return table

    def _od_labels_match(self) -> None:
        """A matrix's row labels and column labels must be the same regions."""
        if self.shape.form != "matrix":
            return
        origins = {resolve(e.region.text).region_id for e in self.shape.entries} - {None}
        destinations = {
            resolve(e.destination.text).region_id for e in self.shape.entries if e.destination
        } - {None}
        if origins != destinations:
            self.log.error(
                "import.od.mismatch",
                origins_ids=",".join(sorted(origins - destinations)),  # type: ignore[arg-type]
                destinations_ids=",".join(sorted(destinations - origins)),  # type: ignore[arg-type]
                hint="import.hint.od_matrix",
            )

    def _reconcile_od(
        self,
        rows: list[_Value],
        totals: dict[TotalKey, _Value],
        year: int,
        version: str,
    ) -> None:
        """Each origin's "Всего" column, each destination's "Всего" row, against the sums."""
        by_origin: dict[str, list[_Value]] = defaultdict(list)
        by_destination: dict[str, list[_Value]] = defaultdict(list)
        for v in rows:
            if v.year == year:
                by_origin[v.region].append(v)
                by_destination[v.destination or ""].append(v)
        for (total_year, region, side), total in totals.items():
            if total_year != year or region is None or side == "total":
                continue
            # A "col" total sits in an origin's row (the origin's column of totals).
            parts = by_origin.get(region) if side == "col" else by_destination.get(region)
            # Only a complete row or column adds up (the diagonal may be left empty).
            if parts and len(parts) >= len(region_ids(version)) - 1:
                self._reconcile(parts, total, year)


def _total_key(year: int, origin: str, destination: str | None) -> TotalKey:
    """Where a total belongs (see TotalKey): a regional total row or an OD grand total,
    an OD total row (a destination's arrivals), an OD total column (an origin's departures).
    """
    if destination is None or origin == destination == "total":
        return (year, None, "total")
    if origin == "total":
        return (year, destination, "row")
    return (year, origin, "col")


def _agree_version(option: str | None, in_file: str, log: ProblemLog) -> str:
    if option and option != in_file:
        log.error(
            "import.meta.conflict", field="boundary_version", file_value=in_file, option=option
        )
    return option or in_file


def _rounded(value: float, decimals: int) -> float:
    return round(value, decimals) if decimals else round(value)
