"""Load and validate the atlas data package (``data/datapackage.json`` and its CSV tables).

Validation happens at load time, in two passes:

1. the Frictionless Data schema in the descriptor (types, required, enums, patterns, primary
   and foreign keys), checked with the ``frictionless`` library;
2. project rules the schema cannot express: every ``source_id`` exists in ``sources.csv``,
   ``quality`` is one of the five flags, a ``region_id`` is a unit of the row's
   ``boundary_version`` (through ``dashboard.geo.boundaries``), a row's ``unit`` is its
   indicator's unit, and derived indicators are never stored.

Any failure raises :class:`DataValidationError`, whose message names the file, the row as a
user counts lines in the file (the header is line 1) and the column, and says what was
expected. Pure module: pandas and frictionless only, no Dash.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pandas as pd

from dashboard import DATA_DIR

DESCRIPTOR = "datapackage.json"
# Best first. "derived": computed by the data API from official figures by a named method.
QUALITY_FLAGS = ("official", "official-via-news", "secondary", "unverified", "derived", "model")
# Errors listed in one exception message; the rest are counted, so a badly broken file still
# gives a readable message.
MAX_REPORTED = 20


class DataValidationError(ValueError):
    """The data package does not satisfy its schema or the project rules.

    ``errors`` holds one dict per problem with keys ``file``, ``row`` (line number in the file,
    header = 1; ``None`` for file-level problems), ``column`` and ``message``.
    """

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        self.errors = errors
        lines = [format_error(e) for e in errors[:MAX_REPORTED]]
        if len(errors) > MAX_REPORTED:
            lines.append(f"... and {len(errors) - MAX_REPORTED} more problems")
        super().__init__("invalid data package:\n" + "\n".join(lines))


def format_error(error: Mapping[str, Any]) -> str:
    """One problem as 'file, row N, column 'c': message'."""
    where = [str(error["file"])]
    if error.get("row") is not None:
        where.append(f"row {error['row']}")
    if error.get("column"):
        where.append(f"column '{error['column']}'")
    return ", ".join(where) + ": " + str(error["message"])


@dataclass(frozen=True, eq=False)  # identity hash: usable as a cache key
class DataPackage:
    """The validated data package: one DataFrame per tabular resource, plus the descriptor.

    Treat the frames as read-only (they are shared through the cache of :func:`load_package`).
    """

    descriptor: Mapping[str, Any]
    tables: Mapping[str, pd.DataFrame]
    data_dir: Path = field(default=DATA_DIR)

    def __getitem__(self, name: str) -> pd.DataFrame:
        """The table of resource ``name``."""
        return self.tables[name]

    def resource(self, name: str) -> Mapping[str, Any]:
        """The descriptor of resource ``name``."""
        for res in self.descriptor["resources"]:
            if res["name"] == name:
                return res
        raise KeyError(name)

    @property
    def sources(self) -> pd.DataFrame:
        """``sources.csv``: one row per source."""
        return self.tables["sources"]

    @property
    def indicators(self) -> pd.DataFrame:
        """``indicators.csv``: the indicator catalogue (stored and derived)."""
        return self.tables["indicators"]

    @property
    def regional(self) -> pd.DataFrame:
        """``regional_indicators.csv``: stored regional values, long form."""
        return self.tables["regional_indicators"]

    @property
    def country_totals(self) -> pd.DataFrame:
        """``country_totals.csv``: country values stated by the sources."""
        return self.tables["country_totals"]


def load_package(data_dir: Path | None = None) -> DataPackage:
    """The committed data package in ``data_dir`` (default: ``data/``), validated.

    Cached for the default folder: every call returns the same object. The app does not
    use this for its current data: that is the store's package (committed data plus the
    accepted imports, ``dashboard.store.provider``), passed explicitly to whatever reads
    it. Raises :class:`DataValidationError` naming file, row and column of every problem.
    """
    if data_dir is None:
        return _load_default()
    data_dir = Path(data_dir)
    if data_dir.resolve() == Path(DATA_DIR).resolve():
        return _load_default()
    return _load(data_dir)


@functools.cache
def _load_default() -> DataPackage:
    return _load(Path(DATA_DIR))


def _load(data_dir: Path) -> DataPackage:
    descriptor = _read_descriptor(data_dir)
    errors = _frictionless_errors(data_dir, descriptor)
    if errors:
        raise DataValidationError(errors)
    tables: dict[str, pd.DataFrame] = {}
    for res in descriptor["resources"]:
        if "schema" in res and str(res.get("path", "")).endswith(".csv"):
            tables[res["name"]] = _read_table(data_dir, res)
    errors = _project_errors(descriptor, tables)
    if errors:
        raise DataValidationError(errors)
    return DataPackage(
        descriptor=MappingProxyType(descriptor),
        tables=MappingProxyType(tables),
        data_dir=data_dir,
    )


def _read_descriptor(data_dir: Path) -> dict[str, Any]:
    path = data_dir / DESCRIPTOR
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataValidationError(
            [{"file": path.name, "row": None, "column": None, "message": f"{path} not found"}]
        ) from None
    except json.JSONDecodeError as exc:
        raise DataValidationError(
            [
                {
                    "file": path.name,
                    "row": exc.lineno,
                    "column": None,
                    "message": f"not valid JSON ({exc.msg}, character {exc.colno})",
                }
            ]
        ) from None
    if not isinstance(descriptor.get("resources"), list):
        raise DataValidationError(
            [{"file": path.name, "row": None, "column": None, "message": "no 'resources' list"}]
        )
    return descriptor


# ---------------------------------------------------------------------------------------------
# pass 1: frictionless


def _frictionless_errors(data_dir: Path, descriptor: dict[str, Any]) -> list[dict[str, Any]]:
    # Imported here: frictionless is slow to import and only needed on a cold load.
    import frictionless

    # Validate a copy of the descriptor with the folder as basepath, so a package copied to
    # another folder (tests, imports) is validated where it is.
    package = frictionless.Package(descriptor, basepath=str(data_dir))
    report = package.validate()
    paths = {r["name"]: r.get("path", r["name"]) for r in descriptor["resources"]}
    schemas = {r["name"]: r.get("schema", {}) for r in descriptor["resources"]}
    errors: list[dict[str, Any]] = []
    for error in report.errors:  # package-level problems (descriptor)
        errors.append({"file": DESCRIPTOR, "row": None, "column": None, "message": error.message})
    for task in report.tasks:
        file = paths.get(task.name, task.name)
        for error in task.errors:
            errors.append(_describe(error.to_descriptor(), file, schemas.get(task.name, {}), paths))
    return errors


_FK_FIELD = re.compile(r'for "([^"]+)": values "([^"]*)" not found in the lookup table "([^"]+)"')
_CONSTRAINT = re.compile(r'constraint "(\w+)" is "(.*)"')
_TYPE_WORDS = {
    "integer": "a whole number (digits only, no thousand separators)",
    "number": "a number with '.' as decimal mark and no thousand separators",
    "boolean": "true or false",
    "date": "a date YYYY-MM-DD",
    "year": "a year (4 digits)",
}


def _describe(
    err: dict[str, Any], file: str, schema: dict[str, Any], paths: dict[str, str]
) -> dict[str, Any]:
    """Turn a frictionless error descriptor into the project's (file, row, column, message)."""
    fields = {f["name"]: f for f in schema.get("fields", [])}
    kind = err.get("type", "")
    row = err.get("rowNumber")
    column = err.get("fieldName")
    cell = err.get("cell")
    note = err.get("note", "")
    if kind == "type-error":
        ftype = fields.get(column, {}).get("type", "")
        message = f"{cell!r} is not valid; expected {_TYPE_WORDS.get(ftype, ftype)}"
    elif kind == "constraint-error":
        m = _CONSTRAINT.match(note)
        name, arg = (m.group(1), m.group(2)) if m else ("", note)
        if name == "required":
            message = "value missing; expected a value (required column)"
        elif name == "enum":
            allowed = fields.get(column, {}).get("constraints", {}).get("enum", arg)
            message = f"{cell!r} is not allowed; expected one of {', '.join(map(str, allowed))}"
        elif name == "unique":
            message = f"{cell!r} appears more than once; expected unique values"
        elif name == "pattern":
            message = f"{cell!r} has the wrong form; expected text matching {arg}"
        else:
            message = f"{cell!r} breaks the constraint {name} = {arg}"
    elif kind == "foreign-key":
        m = _FK_FIELD.search(note)
        if m:
            column = m.group(1)
            target = paths.get(m.group(3), m.group(3))
            message = f"{m.group(2)!r} is not an id in {target}; expected an existing id"
        else:
            message = note
    elif kind == "primary-key":
        key = schema.get("primaryKey", [])
        column = ", ".join([key] if isinstance(key, str) else key)
        message = f"duplicate key ({note}); expected each key once"
    elif kind in {
        "missing-label",
        "extra-label",
        "incorrect-label",
        "duplicate-label",
        "blank-label",
    }:
        row = 1
        column = column or err.get("label")
        message = f"header problem ({kind}): {note or err.get('message', '')}"
    elif kind in {"extra-cell", "missing-cell"}:
        message = f"{kind.replace('-', ' ')}: the row has the wrong number of cells"
    else:
        message = err.get("message") or note or kind
    return {"file": file, "row": row, "column": column, "message": message}


# ---------------------------------------------------------------------------------------------
# reading the tables with their schema types


def _read_table(data_dir: Path, res: dict[str, Any]) -> pd.DataFrame:
    """Read a CSV resource as strings, then convert each column to its schema type."""
    frame = pd.read_csv(data_dir / res["path"], dtype=str, keep_default_na=False, encoding="utf-8")
    for fdesc in res["schema"]["fields"]:
        name, ftype = fdesc["name"], fdesc.get("type", "string")
        if name not in frame:
            continue
        col = frame[name]
        blank = col.str.strip() == ""
        if ftype == "integer":
            frame[name] = pd.to_numeric(col.where(~blank), errors="raise").astype(
                "Int64" if blank.any() else "int64"
            )
        elif ftype == "number":
            frame[name] = pd.to_numeric(col.where(~blank), errors="raise").astype("float64")
        elif ftype == "boolean":
            true = set(fdesc.get("trueValues", ["true", "True", "TRUE", "1"]))
            frame[name] = col.map(lambda v, t=true: None if v.strip() == "" else v in t)
            if not blank.any():
                frame[name] = frame[name].astype(bool)
    return frame


# ---------------------------------------------------------------------------------------------
# pass 2: project rules


def _project_errors(
    descriptor: dict[str, Any], tables: dict[str, pd.DataFrame]
) -> list[dict[str, Any]]:
    errors: list[dict[str, Any]] = []
    paths = {r["name"]: r.get("path", r["name"]) for r in descriptor["resources"]}
    source_ids = set(tables["sources"]["id"]) if "sources" in tables else set()
    units: dict[str, str] = {}
    derived: set[str] = set()
    if "indicators" in tables:
        catalogue = tables["indicators"]
        units = dict(zip(catalogue["id"], catalogue["unit"], strict=True))
        derived = set(catalogue.loc[catalogue["derived"], "id"])

    def add(name: str, positions: pd.Index, column: str, message: str) -> None:
        frame = tables[name]
        for pos in positions[: MAX_REPORTED + 1]:
            # line in the file: header is line 1, first data row line 2
            line = int(frame.index.get_loc(pos)) + 2
            errors.append(
                {
                    "file": paths[name],
                    "row": line,
                    "column": column,
                    "message": message.format(value=frame.at[pos, column]),
                }
            )

    for name, frame in tables.items():
        # Blank cells are the schema's business (required or not); the rules check values.
        if "source_id" in frame and name != "sources":
            bad = frame.index[(frame["source_id"] != "") & ~frame["source_id"].isin(source_ids)]
            add(
                name,
                bad,
                "source_id",
                "{value!r} is not an id in sources.csv; expected an existing source id",
            )
        if "quality" in frame:
            bad = frame.index[(frame["quality"] != "") & ~frame["quality"].isin(QUALITY_FLAGS)]
            add(
                name,
                bad,
                "quality",
                "{value!r} is not a quality flag; expected one of " + ", ".join(QUALITY_FLAGS),
            )
        if "region_id" in frame:
            errors.extend(_region_errors(name, paths[name], frame))
        if units and _references(descriptor, name, "indicator", "indicators"):
            known = frame["indicator"].isin(list(units))
            add(
                name,
                frame.index[~known],
                "indicator",
                "{value!r} is not in indicators.csv; expected an indicator id",
            )
            stored_derived = frame.index[frame["indicator"].isin(derived)]
            add(
                name,
                stored_derived,
                "indicator",
                "{value!r} is a derived indicator (computed by the data API); expected a "
                "stored indicator",
            )
            if "unit" in frame:
                expected = frame["indicator"].map(units)
                bad = frame.index[known & (frame["unit"] != expected)]
                for pos in bad[: MAX_REPORTED + 1]:
                    errors.append(
                        {
                            "file": paths[name],
                            "row": int(frame.index.get_loc(pos)) + 2,
                            "column": "unit",
                            "message": f"{frame.at[pos, 'unit']!r} does not match the unit of "
                            f"{frame.at[pos, 'indicator']}; expected "
                            f"{expected[pos]!r}",
                        }
                    )
    return errors


def _references(descriptor: dict[str, Any], name: str, field: str, target: str) -> bool:
    """Whether resource ``name`` declares a foreign key from ``field`` to ``target``."""
    res = next(r for r in descriptor["resources"] if r["name"] == name)
    for fk in res.get("schema", {}).get("foreignKeys", []):
        fields = fk.get("fields")
        fields = [fields] if isinstance(fields, str) else fields
        if field in fields and fk.get("reference", {}).get("resource") == target:
            return True
    return False


def _region_errors(name: str, file: str, frame: pd.DataFrame) -> list[dict[str, Any]]:
    """region_id must be a unit of the row's boundary_version (or of some version)."""
    # Imported at call time: the geography package is a sibling and may be absent in tools
    # that only read tables.
    from dashboard.geo.boundaries import BOUNDARY_VERSIONS, region_ids

    valid = {v: set(region_ids(v)) for v in BOUNDARY_VERSIONS}
    errors = []
    if "boundary_version" in frame:
        versions = frame["boundary_version"]
        ok_version = versions.isin(list(valid))
        # a blank version is the schema's business; a wrong one is ours
        for pos in frame.index[~ok_version & (versions != "")][: MAX_REPORTED + 1]:
            errors.append(
                {
                    "file": file,
                    "row": int(frame.index.get_loc(pos)) + 2,
                    "column": "boundary_version",
                    "message": f"{versions[pos]!r} is not a boundary version; expected one of "
                    + ", ".join(valid),
                }
            )
        pairs = frame.loc[
            ok_version & (frame["region_id"] != ""), ["region_id", "boundary_version"]
        ]
        ok = [rid in valid[ver] for rid, ver in pairs.itertuples(index=False)]
        bad = pairs.index[[not x for x in ok]]
        for pos in bad[: MAX_REPORTED + 1]:
            ver = versions[pos]
            errors.append(
                {
                    "file": file,
                    "row": int(frame.index.get_loc(pos)) + 2,
                    "column": "region_id",
                    "message": f"{frame.at[pos, 'region_id']!r} is not a unit of boundary "
                    f"version {ver}; expected one of {', '.join(sorted(valid[ver]))}",
                }
            )
    else:
        every = set().union(*valid.values())
        bad = frame.index[(frame["region_id"] != "") & ~frame["region_id"].isin(every)]
        for pos in bad[: MAX_REPORTED + 1]:
            errors.append(
                {
                    "file": file,
                    "row": int(frame.index.get_loc(pos)) + 2,
                    "column": "region_id",
                    "message": f"{frame.at[pos, 'region_id']!r} is not a region id; expected one "
                    f"of {', '.join(sorted(every))}",
                }
            )
    return errors
