"""The data package's table schemas, applied to frames going into and out of DuckDB.

One conversion, :func:`coerce`, gives a frame exactly the column types that
``dashboard.datasets.package`` gives a CSV table (strings with "" for blank, int64 or
nullable Int64, float64, bool or object when blank), whatever the frame came from: a
normalised import, ``normalised.csv`` read back, or a DuckDB result. So the package view
of the store is interchangeable with the committed package, and the data API's results do
not depend on where a table was read from.

:func:`check_rows` applies the schema's constraints (required, minimum, maximum, enum,
pattern, maxLength, primary key) to imported rows, the store's second line of defence
after the importer. Pure pandas.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from dashboard.store.problems import Phrase, Problem

DUCKDB_TYPES = {"integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN"}
# Enums on these columns list the committed ids only; the catalogue check (against the
# indicators and sources the import brings) is the authority for imported rows.
CATALOGUE_ENUMS = frozenset({"indicator"})
MAX_PROBLEMS = 50  # per import: a wrong file gives a readable report, not 10,000 lines


def fields_of(resource: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The field descriptors of a tabular resource."""
    return list(resource.get("schema", {}).get("fields", []))


def primary_key(resource: Mapping[str, Any]) -> list[str]:
    key = resource.get("schema", {}).get("primaryKey", [])
    return [key] if isinstance(key, str) else list(key)


def column_ddl(resource: Mapping[str, Any]) -> list[str]:
    """DuckDB column definitions (quoted names) for the fields of ``resource``."""
    return [
        f'"{f["name"]}" {DUCKDB_TYPES.get(f.get("type", "string"), "VARCHAR")}'
        for f in fields_of(resource)
    ]


def _blank(col: pd.Series) -> pd.Series:
    text = col.astype(object).where(col.notna(), "")
    return text.map(lambda v: isinstance(v, str) and v.strip() == "")


def _as_text(col: pd.Series) -> pd.Series:
    """Strings, "" for a missing value; whole floats (11.0 from a spreadsheet) lose '.0'."""

    def one(v: Any) -> str:
        if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA:
            return ""
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)

    return pd.Series([one(v) for v in col.astype(object)], index=col.index, dtype="str")


def coerce(
    frame: pd.DataFrame, fields: Sequence[Mapping[str, Any]], *, table: str = ""
) -> tuple[pd.DataFrame, list[Problem]]:
    """``frame`` with each schema column in its package type, and the cells that do not fit.

    Columns are put in schema order; a cell that is not blank and does not convert (text in
    a number column, 2.5 in an integer column) becomes a problem and a missing value, so the
    caller can refuse with every reason at once.
    """
    out = pd.DataFrame(index=frame.index)
    problems: list[Problem] = []
    for fdesc in fields:
        name, ftype = fdesc["name"], fdesc.get("type", "string")
        if name not in frame:
            continue
        col = frame[name]
        if ftype == "string":
            out[name] = _as_text(col)
            continue
        blank = _blank(col)
        if ftype in ("integer", "number"):
            if pd.api.types.is_bool_dtype(col):
                numbers = pd.Series(np.nan, index=col.index)
            else:
                text = col.astype(object).where(~blank, None)
                text = text.map(lambda v: v.strip() if isinstance(v, str) else v)
                numbers = pd.to_numeric(text, errors="coerce").astype("float64")
            bad = ~blank & numbers.isna()
            if ftype == "integer":
                bad |= numbers.notna() & (numbers != np.floor(numbers))
            for pos in col.index[bad][:MAX_PROBLEMS]:
                problems.append(
                    Problem(
                        "store.type",
                        {"value": str(col[pos]), "expected": Phrase(f"store.expected.{ftype}")},
                        row=_line(frame, pos),
                        column=name,
                        table=table,
                    )
                )
            numbers = numbers.where(~bad)
            if ftype == "number":
                out[name] = numbers
            elif numbers.isna().any():
                out[name] = numbers.round().astype("Int64")
            else:
                out[name] = numbers.astype("int64")
        elif ftype == "boolean":
            # Any case: a row written by pandas says "False" where the CSVs say "false".
            true = {v.lower() for v in fdesc.get("trueValues", ["true", "1"])}
            false = {v.lower() for v in fdesc.get("falseValues", ["false", "0"])}

            def flag(v: Any, t: set[str] = true, f: set[str] = false) -> bool | None:
                if isinstance(v, bool | np.bool_):
                    return bool(v)
                if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)):
                    return None
                s = str(v).strip().lower()
                return True if s in t else False if s in f else None

            flags = col.astype(object).map(flag)
            bad = ~blank & flags.isna()
            for pos in col.index[bad][:MAX_PROBLEMS]:
                problems.append(
                    Problem(
                        "store.type",
                        {"value": str(col[pos]), "expected": Phrase("store.expected.boolean")},
                        row=_line(frame, pos),
                        column=name,
                        table=table,
                    )
                )
            out[name] = flags.astype(bool) if flags.notna().all() else flags.astype(object)
        else:
            out[name] = col
    return out.reset_index(drop=True), problems


def _line(frame: pd.DataFrame, pos: Any) -> int:
    """Line of row ``pos`` in the table as a file: header = 1, first row = 2."""
    return int(frame.index.get_loc(pos)) + 2


def from_duckdb(frame: pd.DataFrame, fields: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """A DuckDB result in the package's types (NULL strings become "", as in the CSVs)."""
    coerced, _ = coerce(frame, fields)
    return coerced


def check_rows(
    frame: pd.DataFrame,
    resource: Mapping[str, Any],
    *,
    table: str = "",
    skip_enums: frozenset[str] = CATALOGUE_ENUMS,
) -> list[Problem]:
    """The schema constraints ``frame`` (already coerced) breaks, one problem per cell."""
    problems: list[Problem] = []

    def add(code: str, pos: int, column: str, **values: Any) -> None:
        if len(problems) < MAX_PROBLEMS:
            problems.append(Problem(code, values, row=pos + 2, column=column, table=table))

    for fdesc in fields_of(resource):
        name = fdesc["name"]
        if name not in frame:
            continue
        col = frame[name]
        rules = fdesc.get("constraints", {})
        is_text = fdesc.get("type", "string") == "string"
        present = (col != "") if is_text else col.notna()
        if rules.get("required"):
            for pos in np.flatnonzero(~present.to_numpy()):
                add("store.required", int(pos), name)
        values = col[present]
        if "minimum" in rules and not is_text:
            for pos in np.flatnonzero((present & (col < rules["minimum"])).fillna(False)):
                add("store.minimum", int(pos), name, value=col.iat[pos], limit=rules["minimum"])
        if "maximum" in rules and not is_text:
            for pos in np.flatnonzero((present & (col > rules["maximum"])).fillna(False)):
                add("store.maximum", int(pos), name, value=col.iat[pos], limit=rules["maximum"])
        if "enum" in rules and name not in skip_enums:
            allowed = [str(v) for v in rules["enum"]]
            bad = present & ~col.astype(str).isin(allowed)
            for pos in np.flatnonzero(bad.to_numpy()):
                add("store.enum", int(pos), name, value=col.iat[pos], allowed=", ".join(allowed))
        if "pattern" in rules and is_text:
            pattern = re.compile(rules["pattern"])
            bad = values.map(lambda v, p=pattern: p.fullmatch(v) is None)
            for pos in np.flatnonzero(col.index.isin(bad.index[bad])):
                add("store.pattern", int(pos), name, value=col.iat[pos], pattern=rules["pattern"])
        if "maxLength" in rules and is_text:
            lengths = col.str.len()
            for pos in np.flatnonzero((lengths > rules["maxLength"]).to_numpy()):
                add(
                    "store.max_length",
                    int(pos),
                    name,
                    length=int(lengths.iat[pos]),
                    limit=rules["maxLength"],
                )
    key = [k for k in primary_key(resource) if k in frame]
    if key:
        duplicated = frame.duplicated(subset=key, keep="first").to_numpy()
        for pos in np.flatnonzero(duplicated):
            shown = ", ".join(f"{k}={frame[k].iat[pos]}" for k in key)
            add("store.duplicate_key", int(pos), ", ".join(key), key=f"({shown})")
    return problems


def one_per_cell(problems: list[Problem]) -> list[Problem]:
    """The first problem of each cell (a value that is not a number is also "missing" once
    converted: the reader needs to hear it once)."""
    seen: set[tuple[str, int, str]] = set()
    out = []
    for problem in problems:
        if problem.row is not None and problem.column:
            cell = (problem.table, problem.row, problem.column)
            if cell in seen:
                continue
            seen.add(cell)
        out.append(problem)
    return out
