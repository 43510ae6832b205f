"""Imports for the store tests, built from the committed data package's own rows.

Regional values are real (rows of data/regional_indicators.csv); only the OD table is a
fixture with arbitrary numbers, as in tests/datasets/test_observed_flows.py, for 2022: a year
the package's own (unverified) OD table leaves out, so an import adds a year rather than
replacing one. Nothing here is written to data/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from dashboard import DATA_DIR
from dashboard.datasets.package import DataPackage, load_package
from dashboard.store.compose import ImportData
from dashboard.store.importing import ImportRequest

NEW_INDICATOR = "test_interregional_arrivals"
NEW_YEAR = 2024
ARRIVALS_SOURCE = "kanatislambekov-interregional"
REGIONAL_COLUMNS = [
    "region_id", "boundary_version", "year", "indicator", "value", "unit", "source_id",
    "quality", "note",
]  # fmt: skip


def committed() -> DataPackage:
    return load_package(DATA_DIR)


def rows_of(indicator: str, year: int, package: DataPackage | None = None) -> pd.DataFrame:
    """The committed rows of one indicator and year, as an importer would normalise them."""
    regional = (package or committed()).regional
    rows = regional[(regional["indicator"] == indicator) & (regional["year"] == year)]
    return rows[REGIONAL_COLUMNS].reset_index(drop=True).copy()


def catalogue_row(like: str, new_id: str) -> dict:
    """The catalogue row of ``like`` under a new id (names marked as a test copy)."""
    catalogue = committed().indicators
    row = catalogue[catalogue["id"] == like].iloc[0].to_dict()
    row["id"] = new_id
    for lang in ("en", "ru", "kk"):
        row[f"name_{lang}"] = f"{row[f'name_{lang}']} (test copy)"
    row["derived"] = "false"
    return {k: str(v) if not isinstance(v, bool) else str(v).lower() for k, v in row.items()}


def new_indicator_import() -> ImportData:
    """Interregional arrivals of 2024 (real values) as a new indicator with its catalogue row."""
    rows = rows_of("interregional_arrivals", NEW_YEAR).assign(indicator=NEW_INDICATOR)
    return ImportData(
        "regional_indicators",
        rows,
        indicator=catalogue_row("interregional_arrivals", NEW_INDICATOR),
    )


def request(data: ImportData, name: str = "arrivals 2024.csv") -> ImportRequest:
    """An import request as the CLI makes it: the original bytes are the rows as CSV."""
    return ImportRequest(
        data=data,
        original=data.rows.to_csv(index=False).encode("utf-8"),
        original_name=name,
        report={"problems": [], "note": "test"},
        options={"indicator": data.rows["indicator"].iloc[0] if "indicator" in data.rows else ""},
        user="tester",
        via="test",
    )


# An OD fixture in the long format, not data: the numbers are arbitrary.
OD_YEAR = 2022  # the package's OD table has no 2022 (its copy is corrupt)
OD_ROWS = [
    (OD_YEAR, "61", "71", 5000.0),
    (OD_YEAR, "71", "61", 1200.0),
    (OD_YEAR, "43", "75", 800.0),
    (OD_YEAR, "75", "43", 300.0),
    (OD_YEAR, "61", "75", 2500.0),
]


def od_import(year: int = OD_YEAR) -> ImportData:
    rows = pd.DataFrame(
        [
            {"year": year, "origin": o, "destination": d, "persons": p,
             "source_id": ARRIVALS_SOURCE, "quality": "unverified", "note": "fixture"}
            for _, o, d, p in OD_ROWS
        ]
    )  # fmt: skip
    return ImportData("od_flows", rows)


def trimmed_package(folder: Path, indicator: str, year: int) -> DataPackage:
    """A copy of data/ without ``indicator`` in ``year`` (regional values and the country
    total), to import them back."""
    target = folder / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("scripts", "__pycache__"))
    for name in ("regional_indicators.csv", "country_totals.csv"):
        path = target / name
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        keep = ~((frame["indicator"] == indicator) & (frame["year"] == str(year)))
        frame[keep].to_csv(path, index=False, lineterminator="\n")
    return load_package(target)


def wide_csv(
    indicator: str,
    year: int,
    *,
    title: str = "",
    total: bool = False,
    package: DataPackage | None = None,
) -> bytes:
    """A BNS-style wide CSV of the package's real values: title, header of the year, an
    optional "Республика Казахстан" row (the sum), then the regions by Russian name."""
    import csv
    import io

    from dashboard.geo.gazetteer import region_name

    rows = rows_of(indicator, year, package)
    version = rows["boundary_version"].iloc[0]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([title or f"{indicator} по регионам, человек"])
    writer.writerow(["", str(year)])
    if total:
        writer.writerow(["Республика Казахстан", _number(rows["value"].sum())])
    for rid, value in zip(rows["region_id"], rows["value"], strict=True):
        writer.writerow([region_name(rid, "ru", version), _number(value)])
    return buffer.getvalue().encode("utf-8")


def _number(value: float) -> str:
    """A number as written in a CSV: whole numbers without '.0', others exactly."""
    value = float(value)
    return str(int(value)) if value.is_integer() else repr(value)


def od_matrix_csv(year: int = OD_YEAR) -> bytes:
    """An OD matrix (origins as rows) of the arbitrary fixture numbers of OD_ROWS."""
    import csv
    import io

    from dashboard.geo.gazetteer import region_name

    persons = {(o, d): p for y, o, d, p in OD_ROWS if y == year}
    ids = sorted({o for o, _ in persons} | {d for _, d in persons})
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([f"Миграция населения по направлениям за {year} год"])
    writer.writerow(["Откуда \\ Куда", *(region_name(d, "ru", "2022") for d in ids)])
    for o in ids:
        cells = ["х" if o == d else _number(persons.get((o, d), 0)) for d in ids]
        writer.writerow([region_name(o, "ru", "2022"), *cells])
    return buffer.getvalue().encode("utf-8")


def catalogue_csv(like: str, new_id: str) -> bytes:
    """The catalogue row of ``catalogue_row`` as a one-row CSV with indicators.csv's header."""
    return pd.DataFrame([catalogue_row(like, new_id)]).to_csv(index=False).encode("utf-8")


def revised(table: bytes) -> bytes:
    """A wide CSV of :func:`wide_csv` with its last region's value one higher: a revision,
    so the import is new (the package's own figures are "nothing new")."""
    lines = table.rstrip(b"\r\n").split(b"\r\n")
    name, value = lines[-1].rsplit(b",", 1)
    lines[-1] = name + b"," + str(int(value) + 1).encode()
    return b"\r\n".join(lines) + b"\r\n"


def damage(path: Path, how: str = "overwritten") -> None:
    """Damage a store file as a failing disk or a careless hand would.

    ``overwritten``: 4 KB in the middle replaced, size unchanged (only a checksum sees
    it); ``truncated``: the second half gone; ``missing``: deleted; ``not a store``:
    replaced by other bytes.
    """
    import os

    if how == "missing":
        path.unlink()
        return
    os.chmod(path, 0o644)  # store files are read-only; a hand (or root) can still write
    if how == "overwritten":
        with path.open("r+b") as file:
            file.seek(path.stat().st_size // 2)
            file.write(bytes(range(256)) * 16)
    elif how == "truncated":
        with path.open("r+b") as file:
            file.truncate(path.stat().st_size // 2)
    else:
        path.write_bytes(b"not a duckdb file")
