"""The data package loads, validates, and reports broken cells by file, row and column."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from dashboard import DATA_DIR
from dashboard.datasets.package import (
    QUALITY_FLAGS,
    DataPackage,
    DataValidationError,
    load_package,
)

REGIONAL = "regional_indicators.csv"


@pytest.fixture(scope="module")
def package() -> DataPackage:
    return load_package()


def test_loads_every_resource(package: DataPackage) -> None:
    names = [r["name"] for r in package.descriptor["resources"]]
    for name in ("sources", "indicators", "regional_indicators", "country_totals"):
        assert name in names
        assert len(package[name]) > 0
    assert package.descriptor["profile"] == "tabular-data-package"


def test_default_load_is_cached(package: DataPackage) -> None:
    assert load_package() is package
    assert load_package(DATA_DIR) is package


def test_schema_types_are_applied(package: DataPackage) -> None:
    regional = package.regional
    assert regional["value"].dtype == "float64"
    assert regional["year"].dtype == "int64"
    # ids stay strings with their leading digits: "10", never 10
    assert set(regional["region_id"].map(type)) == {str}
    assert package.indicators["derived"].dtype == bool


def test_every_row_has_a_known_source_and_quality(package: DataPackage) -> None:
    source_ids = set(package.sources["id"])
    for name in ("regional_indicators", "country_totals"):
        table = package[name]
        assert table["source_id"].isin(source_ids).all(), name
        assert table["quality"].isin(QUALITY_FLAGS).all(), name
        assert table["value"].notna().all(), name


def test_no_derived_indicator_is_stored(package: DataPackage) -> None:
    derived = set(package.indicators.loc[package.indicators["derived"], "id"])
    assert not derived & set(package.regional["indicator"])
    assert not derived & set(package.country_totals["indicator"])


def test_indicator_enum_matches_the_catalogue(package: DataPackage) -> None:
    # the descriptor's enum of stored indicator ids must follow indicators.csv
    field = next(
        f
        for f in package.resource("regional_indicators")["schema"]["fields"]
        if f["name"] == "indicator"
    )
    stored = set(package.indicators.loc[~package.indicators["derived"], "id"])
    assert set(field["constraints"]["enum"]) == stored


# ---------------------------------------------------------------------------------------------
# broken fixtures: copy the package, break one cell, expect file + row + column in the message


OWN = ("sources", "indicators", "regional_indicators", "country_totals")


@pytest.fixture
def broken_copy(tmp_path: Path) -> Path:
    """A copy of the package's indicator tables (only these resources: fast and isolated)."""
    target = tmp_path / "data"
    target.mkdir()
    descriptor = json.loads((DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"] = [r for r in descriptor["resources"] if r["name"] in OWN]
    for res in descriptor["resources"]:
        shutil.copy(DATA_DIR / res["path"], target / res["path"])
    # keep the population rows only: the tests break one of them, and fewer rows keep it fast
    lines = (DATA_DIR / REGIONAL).read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [lines[0], *(line for line in lines[1:] if ",population," in line)]
    (target / REGIONAL).write_text("".join(kept), encoding="utf-8")
    (target / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return target


def _edit(data_dir: Path, file: str, match: dict[str, str], changes: dict[str, str]) -> int:
    """Change the first row matching ``match``; return its line number (header = line 1)."""
    path = data_dir / file
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    line = next(
        number
        for number, cells in enumerate(rows, start=1)
        if number > 1 and all(cells[header.index(k)] == v for k, v in match.items())
    )
    for key, value in changes.items():
        rows[line - 1][header.index(key)] = value
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    return line


POP_2005_AKMOLA = {"region_id": "11", "year": "2005", "indicator": "population"}


@pytest.mark.parametrize(
    ("match", "changes", "column", "expected"),
    [
        (POP_2005_AKMOLA, {"value": "747 185"}, "value", "number"),
        (POP_2005_AKMOLA, {"value": "7,5"}, "value", "number"),
        (POP_2005_AKMOLA, {"source_id": "bns-made-up"}, "source_id", "bns-made-up"),
        (POP_2005_AKMOLA, {"region_id": "99"}, "region_id", "'99'"),
        (POP_2005_AKMOLA, {"value": ""}, "value", "required"),
        (POP_2005_AKMOLA, {"quality": "good"}, "quality", "official"),
        (POP_2005_AKMOLA, {"year": "2005.5"}, "year", "whole number"),
        # project rules (not expressible in the schema)
        (POP_2005_AKMOLA, {"region_id": "79"}, "region_id", "boundary version 1997"),
        (POP_2005_AKMOLA, {"unit": "families"}, "unit", "persons"),
        (
            POP_2005_AKMOLA,
            {"indicator": "urban_share", "unit": "percent"},
            "indicator",
            "urban_share",
        ),
    ],
    ids=[
        "thousand-separator",
        "decimal-comma",
        "unknown-source",
        "unknown-region",
        "missing-value",
        "bad-quality",
        "bad-year",
        "region-not-in-version",
        "wrong-unit",
        "derived-stored",
    ],
)
def test_broken_cell_names_file_row_and_column(
    broken_copy: Path,
    match: dict[str, str],
    changes: dict[str, str],
    column: str,
    expected: str,
) -> None:
    line = _edit(broken_copy, REGIONAL, match, changes)
    with pytest.raises(DataValidationError) as caught:
        load_package(broken_copy)
    message = str(caught.value)
    assert f"{REGIONAL}, row {line}, column '{column}'" in message
    assert expected in message
    first = caught.value.errors[0]
    assert (first["file"], first["row"], first["column"]) == (REGIONAL, line, column)


def test_broken_country_total_is_reported(broken_copy: Path) -> None:
    match = {"indicator": "net_migration", "year": "2023"}
    line = _edit(broken_copy, "country_totals.csv", match, {"quality": ""})
    with pytest.raises(DataValidationError, match=rf"country_totals.csv, row {line}, column"):
        load_package(broken_copy)


def test_duplicate_key_is_reported(broken_copy: Path) -> None:
    # turn Akmola 2005 into a second Aktobe 2005 row
    line = _edit(broken_copy, REGIONAL, POP_2005_AKMOLA, {"region_id": "15"})
    with pytest.raises(DataValidationError) as caught:
        load_package(broken_copy)
    rows = {e["row"] for e in caught.value.errors}
    assert line in rows or line + 1 in rows  # frictionless reports the later duplicate
    assert "duplicate key" in str(caught.value)


def test_unknown_source_in_sources_fk(broken_copy: Path) -> None:
    line = _edit(broken_copy, "sources.csv", {"id": "gov-res-1198-2007"}, {"id": "Bad Id"})
    with pytest.raises(DataValidationError) as caught:
        load_package(broken_copy)
    assert f"sources.csv, row {line}, column 'id'" in str(caught.value)


def test_broken_descriptor_json(broken_copy: Path) -> None:
    path = broken_copy / "datapackage.json"
    path.write_text(path.read_text(encoding="utf-8")[:-10], encoding="utf-8")
    with pytest.raises(DataValidationError, match=r"datapackage\.json"):
        load_package(broken_copy)


def test_valid_copy_loads(tmp_path: Path) -> None:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("scripts", "__pycache__"))
    copy = load_package(target)
    assert copy is not load_package()
    assert len(copy.regional) == len(load_package().regional)
    assert copy.descriptor["name"] == load_package().descriptor["name"]


def test_every_source_has_short_trilingual_citations(package: DataPackage) -> None:
    kazakh_or_cyrillic = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ") | {chr(c) for c in range(0x0400, 0x0500)}
    sources = package.sources
    assert len(sources) > 0
    for _, row in sources.iterrows():
        for column in ("citation_kk", "citation_ru", "citation_en"):
            citation = row[column]
            assert isinstance(citation, str), (row["id"], column)
            assert citation.strip(), (row["id"], column)
            assert len(citation) <= 90, (row["id"], column, len(citation))
        assert kazakh_or_cyrillic & set(row["citation_kk"]), row["id"]


def test_every_indicator_names_the_sources_of_its_values(package: DataPackage) -> None:
    known = set(package.sources["id"])
    regional = package.regional
    for row in package.indicators.itertuples():
        named = set(row.source_ids.split())
        assert named and named <= known, row.id
        used = set(regional.loc[regional["indicator"] == row.id, "source_id"])
        assert used <= named, (row.id, used - named)
