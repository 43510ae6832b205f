"""One import, start to end, for every door (command line, web): read and check the file,
then let the store accept it (or only check it, on a dry run).

The command line prints :meth:`ImportResult.lines`; the web route sends
:meth:`ImportResult.to_json`. Both get the same verdict from the same code.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from dataclasses import replace as replace_fields
from os import PathLike
from pathlib import Path
from typing import Any

import pandas as pd

from dashboard.datasets.package import DataPackage
from dashboard.i18n.catalog import t
from dashboard.i18n.languages import LANGUAGES
from dashboard.imports import ImportCheck, ImportOptions, check_file
from dashboard.imports.versions import years_text
from dashboard.store.build import ensure_store
from dashboard.store.compose import ImportData, catalogue_view
from dashboard.store.importing import ImportRequest, Outcome, accept_import, check_import
from dashboard.store.problems import Problem
from dashboard.store.reader import store_package

TABLES = {"regional": "regional_indicators", "od": "od_flows"}


@dataclass
class ImportResult:
    """The importer's check of the file and, when it could go on, the store's verdict."""

    check: ImportCheck | None
    report: dict[str, Any] = field(default_factory=dict)
    outcome: Outcome | None = None
    refused: list[Problem] = field(default_factory=list)  # a bad catalogue or source row
    unchanged: list[str] = field(default_factory=list)  # slices the atlas holds as they are

    @property
    def nothing_new(self) -> bool:
        """The file holds only values the atlas already has: nothing was (or would be)
        stored, and that is no refusal."""
        return bool(self.unchanged) and self.outcome is not None and self.outcome.rows == 0

    @property
    def accepted(self) -> bool:
        """Imported (or, on a dry run, valid)."""
        return self.outcome is not None and self.outcome.accepted

    def lines(self, lang: str) -> list[str]:
        """The report for a terminal: what was read, each problem, then the verdict."""
        if self.check is None:
            return [
                t("store.verdict.refused", lang, count=len(self.refused)),
                *(f"  ✗ {p.message(lang)}" for p in self.refused),
            ]
        lines = importer_lines(self.check, lang)
        slices = "; ".join(self.unchanged)
        if self.nothing_new:
            return [*lines, t("import.verdict.nothing_new", lang, slices=slices)]
        if self.unchanged:
            lines.append(t("import.verdict.unchanged", lang, slices=slices))
        if self.outcome is not None:
            return lines + self.outcome.lines(lang)
        blocking = len(self.check.errors) or len(self.check.warnings) or 1  # empty table: 1
        lines.append(t("store.verdict.refused", lang, count=blocking))
        if not self.check.errors and self.check.warnings:
            lines.append("  " + t("store.verdict.warnings", lang))
        return lines

    def to_json(self, lang: str) -> dict[str, Any]:
        """The result for a web page: verdict, problems in ``lang``, a preview of the table."""
        check = self.check
        return {
            "accepted": self.accepted,
            "nothing_new": self.nothing_new,
            "unchanged": self.unchanged,
            "dry_run": bool(self.outcome and self.outcome.dry_run),
            "import_id": self.outcome.import_id if self.outcome else None,
            "lines": self.lines(lang),
            "problems": check.in_language(lang).report() if check else [],
            "store": [
                {"error": p.error, "message": p.message(lang)}
                for p in (self.outcome.problems if self.outcome else self.refused)
            ],
            "preview": [list(row) for row in check.preview] if check else [],
            "preview_rows": list(check.preview_rows) if check else [],
            "rows": len(check.table) if check else 0,
            "metadata": asdict(check.metadata) if check else {},
        }


def importer_lines(check: ImportCheck, lang: str) -> list[str]:
    """The importer's findings as lines: what was read, then each problem."""
    meta = check.metadata
    lines = [
        t(
            "store.report.summary",
            lang,
            file=check.file_name,
            rows=len(check.table),
            kind=meta.kind or "-",
            form=meta.form or "-",
            indicator=meta.indicator or "-",
            unit=meta.unit or "-",
            source=meta.source_id or "-",
            quality=meta.quality or "-",
            years=", ".join(map(str, meta.years)) or "-",
        )
    ]
    for problem in check.in_language(lang).problems:
        mark = {"error": "✗", "warning": "!"}.get(problem.severity, "·")
        body = f"{problem.where}: {problem.message}"
        lines.append(f"  {mark} {body} {problem.suggestion}".rstrip())
    return lines


# Keys that pair an imported value with one the atlas holds, per table.
_KEYS = {
    "regional_indicators": (("indicator", "year"), ("region_id", "boundary_version"), "value"),
    "od_flows": (("year",), ("origin", "destination"), "persons"),
}


def drop_unchanged(
    table: str, rows: pd.DataFrame, totals: pd.DataFrame | None, package: DataPackage
) -> tuple[pd.DataFrame, pd.DataFrame | None, list[str]]:
    """The rows without the slices (an indicator's year; a year of flows) that the atlas
    holds already, value for value from the same source, and their labels.

    Official figures identical to those in the atlas are nothing new: importing them again
    changes nothing, so it is neither stored nor refused ("add --replace" would be the
    wrong advice). A slice with any new or different value stays whole, and the store
    decides on it as before. A regional slice's country total goes with it.
    """
    slice_keys, row_keys, value = _KEYS[table]
    existing = package.tables.get(table)
    if existing is None or existing.empty or rows.empty:
        return rows, totals, []
    keys = [*slice_keys, *row_keys]
    paired = rows.merge(
        existing[[*keys, value, "source_id"]], on=keys, how="left", suffixes=("", "_atlas")
    )
    old, new = paired[f"{value}_atlas"], paired[value]
    same = (
        old.notna()
        & ((old - new).abs() <= 1e-9 * new.abs().clip(lower=1.0))
        & (paired["source_id"] == paired["source_id_atlas"])
    )
    per_slice = same.groupby([paired[k] for k in slice_keys]).all()
    unchanged = [k if isinstance(k, tuple) else (k,) for k, v in per_slice.items() if v]
    if not unchanged:
        return rows, totals, []
    drop = pd.MultiIndex.from_tuples(unchanged, names=list(slice_keys))
    kept = rows[~pd.MultiIndex.from_frame(rows[list(slice_keys)]).isin(drop)]
    if totals is not None and not totals.empty and table == "regional_indicators":
        totals = totals[~pd.MultiIndex.from_frame(totals[list(slice_keys)]).isin(drop)]
    return kept.reset_index(drop=True), totals, _slices_text(table, unchanged)


def _slices_text(table: str, keys: list[tuple]) -> list[str]:
    """Slices as a reader takes them in: "population_male 2000–2023", "od_flows 2010–2024"."""
    years: dict[str, list[int]] = {}
    for key in keys:
        name = str(key[0]) if table == "regional_indicators" else table
        years.setdefault(name, []).append(int(key[-1]))
    return [f"{name} {years_text(found)}" for name, found in sorted(years.items())]


# A catalogue or source row sent by a web form: a small JSON object of text.
MAX_ROW_BYTES = 16 * 1024
MAX_ROW_FIELDS = 40


def form_row(text: str | None, lang: str) -> dict[str, str] | None:
    """The catalogue or source row a web form sends as JSON (None when none is sent).

    The same row ``--indicator-row`` or ``--source-row`` reads from a CSV file, with the
    same checks after this (its table's schema, by :func:`catalogue_view`); here only its
    form: a JSON object of at most 40 text fields. Raises ValueError with a message in
    ``lang`` otherwise.
    """
    if not text or not text.strip():
        return None
    bad = ValueError(t("upload.bad_row", lang))
    if len(text.encode("utf-8")) > MAX_ROW_BYTES:
        raise bad
    try:
        row = json.loads(text)
    except ValueError:
        raise bad from None
    if not isinstance(row, dict) or len(row) > MAX_ROW_FIELDS:
        raise bad
    if not all(isinstance(k, str) and isinstance(v, (str, int, float)) for k, v in row.items()):
        raise bad
    return {k: str(v) for k, v in row.items()}


def import_file(
    instance: Path,
    source: bytes | str | PathLike,
    original_name: str,
    options: ImportOptions,
    *,
    lang: str,
    indicator_row: Mapping[str, Any] | None = None,
    source_row: Mapping[str, Any] | None = None,
    accept_warnings: bool = False,
    replace: bool = False,
    dry_run: bool = False,
    user: str | None = None,
    via: str = "cli",
    chosen: Mapping[str, Any] | None = None,
) -> ImportResult:
    """Check ``source`` (a path, or the uploaded bytes) and import it unless refused.

    Nothing is stored unless the whole file validates, its warnings are accepted and the
    store accepts the rows (no conflict with committed values unless ``replace``).
    """
    ensure_store(instance)
    # The file is checked against what the atlas holds now (committed + imports), with the
    # new indicator or source it brings, so the importer knows their unit and id.
    view, row_problems = catalogue_view(
        store_package(instance), indicator=indicator_row, source=source_row
    )
    if row_problems:
        return ImportResult(check=None, refused=row_problems)
    known = frozenset([source_row["id"]] if source_row else [])
    options = replace_fields(options, known_sources=known)
    # A new indicator or source, given and not chosen otherwise, is the one imported.
    if indicator_row and not options.indicator and not options.sheet_indicators:
        options = replace_fields(options, indicator=str(indicator_row.get("id", "")) or None)
    if source_row and not options.source_id:
        options = replace_fields(options, source_id=str(source_row.get("id", "")) or None)
    # A path, not bytes, when there is one: the importer checks the size before reading.
    check = check_file(source, original_name, options, lang=lang, package=view)
    report = {
        "file": check.file_name,
        "metadata": asdict(check.metadata),
        "problems": {code: check.in_language(code).report() for code in LANGUAGES},
        "accepted_warnings": bool(accept_warnings and check.warnings),
    }
    result = ImportResult(check=check, report=report)
    if not check.importable(accept_warnings=accept_warnings):
        return result
    data = bytes(source) if isinstance(source, bytes | bytearray) else Path(source).read_bytes()
    if hashlib.sha256(data).hexdigest() != check.metadata.sha256:
        raise ValueError("the file changed while it was being checked")
    table = TABLES[check.metadata.kind]
    totals = check.totals if check.metadata.kind == "regional" else None
    rows, totals, result.unchanged = drop_unchanged(table, check.table, totals, view)
    if rows.empty:  # nothing new: not stored, and not refused either
        result.outcome = Outcome(True, [], 0, [], dry_run=dry_run)
        return result
    import_data = ImportData(
        table=table,
        rows=rows,
        totals=totals,
        indicator=dict(indicator_row) if indicator_row else None,
        source=dict(source_row) if source_row else None,
        replace=replace,
    )
    if dry_run:
        result.outcome = check_import(instance, import_data)
        return result
    request = ImportRequest(
        data=import_data,
        original=data,
        original_name=original_name,
        report=report,
        options=dict(chosen or {}),
        via=via,
        **({"user": user} if user else {}),
    )
    result.outcome = accept_import(instance, request)
    return result
