"""What :func:`dashboard.imports.check_file` takes and gives back.

:class:`ImportOptions` is what the caller states about a file; :class:`ImportCheck` the
outcome: problems, the normalised table, the country totals, :class:`ImportMetadata` and a
preview. The tables have the columns of the data package's own files, so the store can
append them as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

import pandas as pd

from dashboard.i18n.catalog import normalise_language
from dashboard.imports.grid import Grid, Limits
from dashboard.imports.problems import Problem, ProblemLog

REGIONAL_COLUMNS = (
    "region_id", "boundary_version", "year", "indicator", "value", "unit", "source_id",
    "quality", "note",
)  # fmt: skip
OD_COLUMNS = ("year", "origin", "destination", "persons", "source_id", "quality", "note")
TOTALS_COLUMNS = ("indicator", "year", "value", "unit", "source_id", "quality", "note")
PREVIEW_COLUMNS = 30
# Rows of text shown to the user, and their row numbers in the file.
Preview = tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]


@dataclass(frozen=True)
class ImportOptions:
    """What the caller states about the file; everything is optional but the source.

    ``kind``: "regional" (an indicator by region and year), "od" (flows between regions) or
    "auto" (decided from the table). ``indicator``: an id of ``indicators.csv`` (stored, not
    derived). ``unit``: if given, must be the indicator's unit. ``source_id``: an id of
    ``sources.csv`` or of ``known_sources`` (required: an import without a source is
    refused). ``quality``: one of the five flags (default: the source's flag if all its
    values share one, else "unverified" with a warning). ``year``: for a table whose header
    names no year (one value column, an OD matrix), an int or digits as text (from a web
    form); default: the one year in the title.
    ``boundary_version``: "1997", "2018" or "2022", to check the regions against (default:
    inferred per year). ``sheet``: worksheet name, 0-based index, or number as text (1 =
    the first; XLSX, XLS). ``matrix_rows``: whether an OD matrix's rows are origins or
    destinations. ``note``: goes into every row's note column. ``breakdown``: the rows of a
    Taldau export to take ("urban", "rural" or a value as written; default: the totals).
    ``section``: which of the tables a sheet stacks under headings ("Городское население",
    or its number, 1 = the first; default: the first). ``sheet_indicators``: several
    sheets of a workbook ("SHEET" or "SHEET:HEADING"), each with its indicator, checked and
    imported together (:mod:`dashboard.imports.sheets`; ``sheet``, ``section`` and
    ``indicator`` are then not used). ``limits``: size, row and archive limits of the reader.
    """

    kind: Literal["auto", "regional", "od"] = "auto"
    indicator: str | None = None
    unit: str | None = None
    source_id: str | None = None
    quality: str | None = None
    year: int | str | None = None
    boundary_version: str | None = None
    sheet: str | int | None = None
    matrix_rows: Literal["origin", "destination"] = "origin"
    note: str = ""
    breakdown: str | None = None
    section: str | None = None
    sheet_indicators: tuple[tuple[str, str], ...] = ()
    known_sources: frozenset[str] = frozenset()
    limits: Limits = field(default_factory=Limits)


@dataclass(frozen=True)
class ImportMetadata:
    """What the import is, as decided from the options, the file and the atlas's catalogue."""

    file_name: str  # safe display name (see reading.safe_name)
    extension: str  # of the original name, lower case, no dot
    size: int  # bytes
    sha256: str  # of the content ("" when the file could not be read)
    file_format: Literal["csv", "xlsx", "xls"] | None = None
    encoding: str | None = None  # CSV: utf-8, utf-8-sig, utf-16 or cp1251
    delimiter: str | None = None  # CSV
    sheet: str | None = None  # workbooks: the worksheet read
    sheets: tuple[str, ...] = ()  # workbooks: every worksheet
    kind: Literal["regional", "od"] | None = None
    form: Literal["long", "wide", "matrix"] | None = None
    title: str = ""  # file text above the table (raw: display it as text)
    indicator: str | None = None
    unit: str | None = None
    source_id: str | None = None
    quality: str | None = None
    indicator_inferred: bool = False
    quality_inferred: bool = False
    years: tuple[int, ...] = ()
    boundary_versions: dict[int, str] = field(default_factory=dict)  # year -> version


@dataclass(frozen=True, eq=False)
class ImportCheck:
    """The outcome of :func:`check_file`.

    ``table`` has the columns of ``regional_indicators.csv`` (``REGIONAL_COLUMNS``) or of
    ``od_flows.csv`` (``OD_COLUMNS``), types as the package loads them (ids and versions as
    text, year int, value float), sorted; it holds the rows that passed, even when other
    rows have errors, so a preview can show them; import it only if :meth:`importable`.
    ``totals`` holds the country totals the file states (``country_totals.csv`` columns;
    regional tables only). ``preview`` is the recognised part of the file as text, row by
    row, ``preview_rows`` their row numbers in the file.
    """

    file_name: str
    problems: tuple[Problem, ...]
    table: pd.DataFrame
    totals: pd.DataFrame
    metadata: ImportMetadata
    preview: tuple[tuple[str, ...], ...] = ()
    preview_rows: tuple[int, ...] = ()
    lang: str = "en"

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")

    @property
    def notes(self) -> tuple[Problem, ...]:
        """What the reader should know but need not accept (never blocks)."""
        return tuple(p for p in self.problems if p.severity == "note")

    def importable(self, accept_warnings: bool = False) -> bool:
        """True when nothing blocks: no error, a non-empty table, warnings accepted (notes
        never block)."""
        if self.errors or self.table.empty:
            return False
        return accept_warnings or not self.warnings

    def in_language(self, lang: str) -> ImportCheck:
        """The same check with its problems told in another interface language."""
        lang = normalise_language(lang)
        problems = tuple(p.in_language(lang) for p in self.problems)
        return replace(self, problems=problems, lang=lang)

    def report(self) -> list[dict[str, object]]:
        """The problems as JSON-ready records (see :meth:`Problem.as_dict`)."""
        return [p.as_dict() for p in self.problems]


def check_result(
    log: ProblemLog,
    metadata: ImportMetadata,
    kind: str | None,
    table: pd.DataFrame | None = None,
    totals: pd.DataFrame | None = None,
    preview: Preview = ((), ()),
) -> ImportCheck:
    """The outcome of a check: ``log``'s problems, the tables (empty ones of the right
    columns and types when there are none) and the preview."""
    columns = OD_COLUMNS if kind == "od" else REGIONAL_COLUMNS
    return ImportCheck(
        file_name=log.file,
        problems=log.problems(),
        table=table if table is not None else table_frame([], columns),
        totals=totals if totals is not None else table_frame([], TOTALS_COLUMNS),
        metadata=metadata,
        preview=preview[0],
        preview_rows=preview[1],
        lang=log.lang,
    )


def preview_of(grid: Grid, rows: Iterable[int]) -> Preview:
    """Rows ``rows`` of the grid as text (at most PREVIEW_COLUMNS), with their numbers."""
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


def table_frame(records: list[dict[str, object]], columns: tuple[str, ...]) -> pd.DataFrame:
    """``records`` as a frame of ``columns``, in the types the package loads them as."""
    frame = pd.DataFrame(records, columns=list(columns))
    for column in ("year",):
        frame[column] = frame[column].astype("int64")
    for column in ("value", "persons"):
        if column in frame:
            frame[column] = frame[column].astype("float64")
    text = [c for c in columns if c not in ("year", "value", "persons")]
    frame[text] = frame[text].astype(str)  # the dtype the package loads text columns as
    return frame
