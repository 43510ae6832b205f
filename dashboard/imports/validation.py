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
- text where a number should be, a formula instead of a value, a year outside 1990..next
  year are errors (here, cell by cell);
- duplicates, signs, percentages and fractions: :mod:`dashboard.imports.values`;
- the boundary version of each year: :mod:`dashboard.imports.versions`;
- totals against their parts, values against the atlas's: :mod:`dashboard.imports.reconcile`;
- an OD matrix whose origins are not its destinations is an error; an OD list whose origins
  and destinations differ in a year is a warning (a list may leave out empty flows).

Text from the file (names, titles) is only ever data: it is kept as text, matched against
the gazetteer, and shown escaped in messages (:mod:`dashboard.imports.problems`).
"""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from dataclasses import replace
from datetime import date

import pandas as pd

from dashboard.datasets.package import DataPackage
from dashboard.geo.boundaries import BOUNDARY_VERSIONS, region_ids
from dashboard.imports.labels import LabelResolver
from dashboard.imports.metadata import Catalogue, Metadata, resolve_metadata
from dashboard.imports.numbers import (
    Number,
    decimal_mark,
    has_foreign_digits,
    parse_number,
    parse_year,
)
from dashboard.imports.problems import FileRefused, ProblemLog, indicator_names
from dashboard.imports.reading import Grid, extension, read_grid, safe_name
from dashboard.imports.reconcile import compare_with_atlas, reconcile_flows, reconcile_total
from dashboard.imports.regions import resolve
from dashboard.imports.results import (
    OD_COLUMNS,
    REGIONAL_COLUMNS,
    TOTALS_COLUMNS,
    ImportCheck,
    ImportMetadata,
    ImportOptions,
    check_result,
    preview_of,
    table_frame,
)
from dashboard.imports.shapes import Entry, Place, TableShape, footnote_mark, recognise, title_year
from dashboard.imports.sheets import check_sheets, split_sheet
from dashboard.imports.values import (
    TotalKey,
    Value,
    check_flow_ranges,
    check_ranges,
    deduplicate,
    total_key,
)
from dashboard.imports.versions import settle_former_names, year_version, years_text

_logger = logging.getLogger(__name__)

FIRST_YEAR = 1990
PREVIEW_ROWS = 60


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
    if isinstance(options.sheet, str) and ":" in options.sheet and options.section is None:
        sheet, section = split_sheet(options.sheet)  # "SHEET:HEADING"
        options = replace(options, sheet=sheet, section=section)
    try:
        if options.sheet_indicators:
            return check_sheets(source, name, options, lang, package, _check)
        return _check(source, name, options, lang, package)
    except Exception:
        # A bug of ours must not take the caller down with it, nor pass a file unchecked:
        # the file is refused, and the traceback goes to the server log.
        _logger.exception("import check of %s failed", name)
        log = ProblemLog(name, lang)
        log.error("import.internal")
        return check_result(log, ImportMetadata(name, extension(name), 0, ""), kind=None)


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
        return check_result(log, base, kind=None)
    base = replace(
        base,
        size=grid.size,
        sha256=grid.sha256,
        file_format=grid.file_format,
        encoding=grid.encoding,
        delimiter=grid.delimiter,
        sheet=grid.sheet,
        sheets=grid.sheets,
    )
    kind = None if options.kind == "auto" else options.kind
    try:
        shape = recognise(
            grid,
            kind,
            options.matrix_rows,
            options.limits.max_values,
            breakdown=options.breakdown,
            value_names=catalogue.names(options.indicator),
            section=options.section,
        )
    except FileRefused as refusal:
        log.refused(refusal)
        _metadata_only(options, catalogue, log)
        rows = range(min(len(grid.rows), PREVIEW_ROWS))
        return check_result(log, base, kind=None, preview=preview_of(grid, rows))
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
    return check_result(log, base, shape.kind, table, totals, preview_of(grid, preview_rows))


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


def _last_year() -> int:
    return date.today().year + 1


def _year_ok(year: int) -> bool:
    return FIRST_YEAR <= year <= _last_year()


# ---------------------------------------------------------------------------- checks


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
        self.labels = LabelResolver(self._once, log, grid.formulas)

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

    def _version(self, year: int, ids: set[str], rows: list[Value]) -> str | None:
        """The boundary version of the year's regions (see :mod:`dashboard.imports.versions`)."""
        in_file = {v.stated_version for v in rows if v.stated_version}
        return year_version(year, ids, in_file, self.options.boundary_version, self.log)

    # -- run

    def run(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        for found in self.shape.findings:
            self.log.add(
                found.severity,  # type: ignore[arg-type]
                found.code,
                row=found.row,
                col=found.col,
                hint=found.hint,
                **found.params,
            )
        default_year = self._default_year()
        values, totals = self._read(default_year)
        self.labels.report_districts()
        self._report_formulas_outside()
        for place in self.shape.ignored_columns:
            if place.text:
                self._once("import.shape.column_ignored", place, "warning", header=place.text)
        if not values and not self.log.has_errors:
            self.log.error("import.table.no_values")
        if self.shape.kind == "od":
            return self._od(values, totals), table_frame([], TOTALS_COLUMNS)
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

    def _read(self, default_year: int | None) -> tuple[list[Value], dict[TotalKey, Value]]:
        """Values per cell; totals keyed (year, region or None, "row"/"col"/"total")."""
        values: list[Value] = []
        totals: dict[TotalKey, Value] = {}
        table_years: set[int] = set()
        for entry in self.shape.entries:
            self._used.add((entry.row, entry.col))
            year = self._year(entry, default_year)
            if year is not None and entry.year is not None:
                table_years.add(year)
            origin = self._label(entry.region, entry.extra.get("kato", ""))
            destination = self._label(entry.destination) if entry.destination else None
            if "district" in (origin, destination):
                continue  # set aside; counted in one note
            number = parse_number(
                entry.value, self.decimal, formula=self._formula(entry.row, entry.col) is not None
            )
            self._cell(entry, number)
            if number.kind != "number" or year is None or origin is None:
                continue
            if entry.destination is not None and destination is None:
                continue
            note = self._note(entry)
            value = Value(
                region=origin if origin != "total" else "",
                destination=destination if destination != "total" else None,
                year=year,
                number=number,
                row=entry.row,
                col=entry.col,
                note=note,
                stated_version=entry.extra.get("boundary_version"),
                former=(entry.region.row, entry.region.col) in self.labels.former,
                label_text=entry.region.text,
                label_col=entry.region.col,
            )
            if origin == "total" or destination == "total":
                totals.setdefault(total_key(year, origin, destination), value)
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
        if has_foreign_digits(entry.year.text):
            self._once("import.value.foreign_digits", entry.year, value=entry.year.text)
            return None
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

    def _label(self, place: Place | None, kato: str = "") -> str | None:
        """Region id of a label, "total" for the country total, "district" for a district
        row (set aside), None (reported) if unknown (:class:`LabelResolver`)."""
        if place is None:
            return None
        self._used.add((place.row, place.col))
        return self.labels.label(place, kato)

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
        elif number.kind == "foreign_digits":
            self._once("import.value.foreign_digits", place, value=str(entry.value))
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
        self, values: list[Value], totals: dict[TotalKey, Value]
    ) -> tuple[pd.DataFrame, pd.DataFrame]:
        meta = self.meta
        values = settle_former_names(values, self._once, self.log)
        values = deduplicate(values, lambda v: (v.region, v.year), self._once)
        kind = self.catalogue.kind(meta.indicator) if meta.indicator else "count"
        adds_up = not meta.indicator or self.catalogue.aggregation(meta.indicator) == "sum"
        # A balance (a diverging scale: net migration, a new net indicator) may be negative.
        signed = bool(meta.indicator) and self.catalogue.scale(meta.indicator) == "diverging"
        check_ranges(values, meta.indicator, kind, meta.unit or "persons", self._once, signed)
        by_year: dict[int, list[Value]] = defaultdict(list)
        for value in values:
            by_year[value.year].append(value)
        records = []
        for year in sorted(by_year):
            rows = by_year[year]
            version = self._version(year, {v.region for v in rows}, rows)
            if version is None:
                continue
            self.versions[year] = version
            total = totals.get((year, None, "total"))
            complete = set(region_ids(version)) == {v.region for v in rows}
            if total is not None and complete and adds_up:
                reconcile_total(rows, total, year, self._once)
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
        only_total = sorted({year for (year, _, _) in totals} - set(by_year))
        if only_total:
            self.log.note("import.total.only_total", years=years_text(only_total))
        table = table_frame(records, REGIONAL_COLUMNS)
        if meta.indicator is None or meta.source_id is None:
            table = table.iloc[0:0]
        else:
            table = table.sort_values(["year", "region_id"], ignore_index=True)
            keys = ["region_id", "boundary_version", "year", "indicator"]
            compare_with_atlas(table, keys, "value", self.catalogue.package, self.log)
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
        totals_frame = table_frame(total_records, TOTALS_COLUMNS).drop_duplicates(
            subset=["year"], ignore_index=True
        )
        if table.empty:
            totals_frame = totals_frame.iloc[0:0]
        return table, totals_frame

    # -- OD

    def _od(self, values: list[Value], totals: dict[TotalKey, Value]) -> pd.DataFrame:
        diagonal = [v for v in values if v.region == v.destination]
        nonzero = [v for v in diagonal if v.number.value]
        if nonzero:
            self.log.warning("import.od.diagonal", count=len(nonzero))
        values = [v for v in values if v.region != v.destination]
        values = deduplicate(values, lambda v: (v.region, v.destination, v.year), self._once)
        check_flow_ranges(values, self._once)
        self._od_labels_match()
        by_year: dict[int, list[Value]] = defaultdict(list)
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
            version = self._version(year, ids, rows)
            if version is None:
                continue
            self.versions[year] = version
            reconcile_flows(rows + diagonal, totals, year, version, self._once)
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
        table = table_frame(records, OD_COLUMNS)
        if meta.source_id is None:
            return table.iloc[0:0]
        table = table.sort_values(["year", "origin", "destination"], ignore_index=True)
        keys = ["year", "origin", "destination"]
        compare_with_atlas(table, keys, "persons", self.catalogue.package, self.log)
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
