"""A corpus of bad files: each is refused or flagged with a clear message, none crashes.

Each case builds its file in memory (or in tmp_path) and names the message key expected,
with a distinctive piece of its English text; the Kazakh and Russian texts must exist and
differ from the English. OD numbers here are arbitrary test numbers, not data.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from dashboard.datasets.package import load_package
from dashboard.geo.boundaries import region_ids
from dashboard.geo.gazetteer import region_name
from dashboard.imports import ImportOptions, Limits, check_file
from tests.imports.builders import (
    BNS_NET_MIGRATION,
    BNS_POPULATION,
    csv_bytes,
    long_rows,
    names,
    od_matrix_rows,
    package_values,
    wide_rows,
    xlsx_bytes,
)

PACKAGE = load_package()

NET = ImportOptions(indicator="net_migration", source_id=BNS_NET_MIGRATION)
POP = ImportOptions(indicator="population", source_id=BNS_POPULATION)
# OD fixtures are for 2022, a year the package's own OD table leaves out (nothing to replace).
OD = ImportOptions(kind="od", source_id="kanatislambekov-interregional", year=2022)


@dataclass
class Case:
    id: str
    make: Callable[[], bytes]
    code: str
    english: str  # a distinctive part of the English message
    name: str = "upload.csv"
    options: ImportOptions = field(default_factory=lambda: POP)
    severity: str = "error"


def valid_xlsx() -> bytes:
    return xlsx_bytes(wide_rows("net_migration", [2023], total={2023: 9293}))


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def patch_central_directory(data: bytes, *, size: int | None = None, flags: int | None = None):
    """Rewrite every central-directory entry: declared unpacked size and/or flag bits."""
    out = bytearray(data)
    position = out.find(b"PK\x01\x02")
    while position != -1:
        if flags is not None:
            struct.pack_into("<H", out, position + 8, flags)
        if size is not None:
            struct.pack_into("<I", out, position + 24, size)
        position = out.find(b"PK\x01\x02", position + 4)
    return bytes(out)


def with_cells(rows: list[list[object]], changes: dict[tuple[int, int], object]) -> list[list]:
    rows = [list(r) for r in rows]
    for (r, c), value in changes.items():
        rows[r][c] = value
    return rows


def pop_rows(year: int = 2023) -> list[list]:
    return wide_rows("population", [year], total_label=None)


def od_table(ids, **kw) -> list[list]:
    persons = {(o, d): 100 + i for i, (o, d) in enumerate((o, d) for o in ids for d in ids)}
    return od_matrix_rows(persons, 2022, ids, **kw)


def mismatched_od() -> bytes:
    ids = ["11", "15", "19", "23"]
    rows = od_table(ids, total=False)
    rows[2][4] = region_name("27", "ru", "2022")  # last column: West Kazakhstan, not Atyrau
    return xlsx_bytes(rows)


def mixed_encodings() -> bytes:
    lines = csv_bytes(long_rows("population", 2022, lang="ru")).split(b"\r\n")
    half = len(lines) // 2
    first = b"\r\n".join(lines[:half])
    second = b"\r\n".join(lines[half:]).decode("utf-8").encode("cp1251")
    return first + b"\r\n" + second


def mojibake() -> bytes:
    text = csv_bytes(long_rows("population", 2022, lang="ru")).decode("utf-8")
    return text.encode("utf-8").decode("cp1251").encode("utf-8")


def formula_xlsx() -> bytes:
    rows = wide_rows("net_migration", [2023], total={2023: 9293})
    rows[3][1] = "=SUM(B5:B24)"  # the total row computed by Excel, not stated by BNS
    rows[5][1] = "=B6+1"
    return xlsx_bytes(rows)


def huge_field() -> bytes:
    rows = long_rows("population", 2022)
    return csv_bytes(rows) + b'"' + b"x" * 200_000 + b'",2022,1\r\n'


def sheet_with_nothing() -> bytes:
    return xlsx_bytes([])


def percent_over_100() -> bytes:
    rows = [["region", "year", "value"], ["Алматинская область", 2023, "150"]]
    return csv_bytes(rows)


def pad(text: str) -> bytes:
    return text.encode("utf-8")


CASES = [
    Case("empty", lambda: b"", "import.read.empty", "empty"),
    Case("blank lines", lambda: b"  \r\n\r\n", "import.read.empty", "empty"),
    Case(
        "binary garbage",
        lambda: random.Random(6).randbytes(4096),
        "import.read.binary",
        "binary",
    ),
    Case(
        "png renamed csv",
        lambda: b"\x89PNG\r\n\x1a\n" + bytes(64),
        "import.read.not_table",
        "PNG",
    ),
    Case(
        "jpeg renamed xlsx",
        lambda: b"\xff\xd8\xff\xe0" + bytes(64),
        "import.read.not_table",
        "JPEG",
        name="table.xlsx",
    ),
    Case("pdf", lambda: b"%PDF-1.7\n" + bytes(64), "import.read.not_table", "PDF"),
    Case(
        "html page",
        lambda: pad("<!DOCTYPE html><html><body>x</body></html>"),
        "import.read.not_table",
        "HTML",
    ),
    Case(
        "xls header and nothing else",
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512),
        "import.read.xls_damaged",
        "(.xls) is damaged",
        name="t.xls",
    ),
    Case(
        "docx",
        lambda: zip_bytes({"word/document.xml": b"<w/>"}),
        "import.read.not_table",
        "DOCX",
        name="t.xlsx",
    ),
    Case("plain zip", lambda: zip_bytes({"data.csv": b"a,b"}), "import.read.not_table", "ZIP"),
    Case(
        "ods",
        lambda: zip_bytes({"mimetype": b"x", "content.xml": b"<x/>"}),
        "import.read.ods",
        "OpenDocument",
        name="t.ods",
    ),
    Case(
        "truncated xlsx",
        lambda: valid_xlsx()[: len(valid_xlsx()) // 2],
        "import.read.xlsx_damaged",
        "damaged or incomplete",
        name="t.xlsx",
    ),
    Case(
        "zip bomb by ratio",
        lambda: zip_bytes(
            {"xl/workbook.xml": b"<w/>", "xl/worksheets/sheet1.xml": bytes(8 * 1024 * 1024)}
        ),
        "import.read.xlsx_ratio",
        "zip bomb",
        name="bomb.xlsx",
    ),
    Case(
        "crafted central directory size",
        lambda: patch_central_directory(valid_xlsx(), size=0xFFFF_FFF0),
        "import.read.xlsx_bomb",
        "Unpacked",
        name="bomb.xlsx",
    ),
    Case(
        "encrypted xlsx",
        lambda: patch_central_directory(valid_xlsx(), flags=1),
        "import.read.xlsx_encrypted",
        "password",
        name="t.xlsx",
    ),
    Case(
        "macros",
        lambda: zip_bytes({"xl/workbook.xml": b"<w/>", "xl/vbaProject.bin": b"x"}),
        "import.read.xlsx_macros",
        "macros",
        name="t.xlsm",
    ),
    Case("empty sheet", sheet_with_nothing, "import.read.empty", "empty", name="t.xlsx"),
    Case(
        "over the size limit",
        lambda: csv_bytes(long_rows("population", 2022)),
        "import.read.too_large",
        "the limit is 0.0 MB",
        options=ImportOptions(source_id=BNS_POPULATION, limits=Limits(max_bytes=500)),
    ),
    Case(
        "too many rows",
        lambda: csv_bytes(long_rows("population", 2022)),
        "import.read.too_many_rows",
        "more than 10 rows",
        options=ImportOptions(source_id=BNS_POPULATION, limits=Limits(max_rows=10)),
    ),
    Case(
        "too many columns",
        lambda: csv_bytes([["Акмолинская", *range(30)]]),
        "import.read.too_many_columns",
        "more than 20 columns",
        options=ImportOptions(source_id=BNS_POPULATION, limits=Limits(max_columns=20)),
    ),
    Case(
        "too many cells",
        lambda: xlsx_bytes(pop_rows()),
        "import.read.too_many_cells",
        "more than 30 cells",
        name="t.xlsx",
        options=ImportOptions(source_id=BNS_POPULATION, limits=Limits(max_cells=30)),
    ),
    Case(
        "pipe delimiter",
        lambda: csv_bytes(long_rows("population", 2022), delimiter="|"),
        "import.read.odd_delimiter",
        "separated by “|”",
    ),
    Case(
        "one column",
        lambda: pad("Акмолинская 788023\nАктюбинская 928161\n"),
        "import.read.one_column",
        "single column",
    ),
    Case("huge cell", huge_field, "import.read.cell_too_long", "more than 10000 characters"),
    Case(
        "stray quote",
        lambda: pad('region,year,value\nAkmola,2022,"788 023"5\n'),
        "import.read.csv_malformed",
        "malformed",
    ),
    Case("mixed encodings", mixed_encodings, "import.read.mixed_encoding", "mixes text encodings"),
    Case("mojibake", mojibake, "import.read.mojibake", "converted twice"),
    Case(
        "no sheet",
        valid_xlsx,
        "import.read.no_sheet",
        "no sheet “Лист9”",
        name="t.xlsx",
        options=ImportOptions(source_id=BNS_NET_MIGRATION, sheet="Лист9"),
    ),
    Case(
        "no table",
        lambda: pad("Отчёт;за год\nничего;здесь\n"),
        "import.shape.no_table",
        "No table of regions",
    ),
    Case(
        "unknown region",
        lambda: xlsx_bytes(with_cells(pop_rows(), {(3, 0): "Акмолинскя обл"})),
        "import.region.unknown",
        "“Акмолинскя обл” is not a region",
        name="t.xlsx",
    ),
    Case(
        "html and script in a name",
        lambda: xlsx_bytes(with_cells(pop_rows(), {(3, 0): "<script>alert(1)</script>"})),
        "import.region.unknown",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        name="t.xlsx",
    ),
    Case(
        "formulas in cells",
        formula_xlsx,
        "import.value.formula",
        "=SUM(B5:B24)",
        name="t.xlsx",
        options=NET,
    ),
    Case(
        "formula text in csv",
        lambda: csv_bytes(with_cells(long_rows("population", 2022), {(2, 2): "=1+2"})),
        "import.value.formula",
        "formulas are never computed",
    ),
    Case(
        "text in a numeric cell",
        lambda: xlsx_bytes(with_cells(pop_rows(), {(5, 1): "около 900 тыс."})),
        "import.value.not_number",
        "“около 900 тыс.” is not a number",
        name="t.xlsx",
    ),
    Case(
        "duplicate rows with different values",
        lambda: csv_bytes([*long_rows("population", 2022), ["Akmola Region", 2022, 1]]),
        "import.value.duplicate_conflict",
        "with a different value",
    ),
    Case(
        "duplicate rows with the same value",
        lambda: csv_bytes([*long_rows("population", 2022), long_rows("population", 2022)[1]]),
        "import.value.duplicate_same",
        "kept once",
        severity="warning",
    ),
    Case(
        "year 1800",
        lambda: xlsx_bytes(with_cells(pop_rows(), {(2, 1): "1800"})),
        "import.year.out_of_range",
        "Year 1800 is outside",
        name="t.xlsx",
    ),
    Case(
        "year 2200",
        lambda: csv_bytes(with_cells(long_rows("population", 2022), {(1, 1): 2200})),
        "import.year.out_of_range",
        "Year 2200 is outside",
    ),
    Case(
        "negative population",
        lambda: csv_bytes(with_cells(long_rows("population", 2022), {(4, 2): -5})),
        "import.value.negative",
        "cannot be negative",
    ),
    Case(
        "17-unit table labelled 2024",
        lambda: xlsx_bytes(
            with_cells(
                wide_rows("population", [2021], version="2018", total_label=None), {(2, 1): "2024"}
            )
        ),
        "import.region.version_older",
        "2024 uses version 2022 (20 units)",
        name="t.xlsx",
    ),
    Case(
        "od origins do not match destinations",
        mismatched_od,
        "import.od.mismatch",
        "Origins and destinations differ",
        name="od.xlsx",
        options=OD,
    ),
    Case(
        "no source",
        lambda: csv_bytes(long_rows("population", 2022)),
        "import.meta.no_source",
        "No source given",
        options=ImportOptions(indicator="population"),
    ),
    Case(
        "unknown source",
        lambda: csv_bytes(long_rows("population", 2022)),
        "import.meta.unknown_source",
        "“bns-populaton-1jan” is not in",
        options=ImportOptions(indicator="population", source_id="bns-populaton-1jan"),
    ),
    Case(
        "derived indicator",
        lambda: csv_bytes(long_rows("population", 2022)),
        "import.meta.derived_indicator",
        "computes “Urban share of the population (urban_share)”",
        options=ImportOptions(indicator="urban_share", source_id=BNS_POPULATION),
    ),
    Case(
        "bad quality flag",
        lambda: csv_bytes(long_rows("population", 2022)),
        "import.meta.bad_quality",
        "Unknown quality flag “great”",
        options=ImportOptions(indicator="population", source_id=BNS_POPULATION, quality="great"),
    ),
    Case(
        "totals do not reconcile",
        lambda: xlsx_bytes(wide_rows("net_migration", [2023], total={2023: 9393})),
        "import.total.mismatch",
        "the regions sum to 9,293, but the total row says 9,393",
        name="t.xlsx",
        options=NET,
    ),
    Case(
        "no year anywhere",
        lambda: csv_bytes([["Регион", "Значение"], ["Акмолинская", "788 023"]]),
        "import.shape.no_year",
        "which year",
    ),
    Case(
        "value without a region",
        lambda: xlsx_bytes(with_cells(pop_rows(), {(3, 0): None})),
        "import.shape.no_label",
        "without a region name",
        name="t.xlsx",
    ),
    Case(
        "percentage above 100",
        percent_over_100,
        "import.value.percent_range",
        "between 0 and 100",
        options=ImportOptions(indicator="kandas_arrivals_share", source_id="inform-kandas-2023"),
    ),
]


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_file_is_flagged_clearly(case: Case):
    check = check_file(case.make(), case.name, case.options, lang="en", package=PACKAGE)
    found = [p for p in check.problems if p.code == case.code]
    assert found, [str(p) for p in check.problems]
    problem = found[0]
    assert problem.severity == case.severity
    assert case.english in problem.message, problem.message
    assert not check.importable()
    if case.severity == "error":
        assert not check.importable(accept_warnings=True)
    messages = {lang: problem.in_language(lang).message for lang in ("kk", "ru", "en")}
    assert all(messages.values()) and len(set(messages.values())) == 3
    assert "<script>" not in " ".join(p.message + p.suggestion for p in check.problems)


def test_path_traversal_in_the_name_is_neutralised():
    data = csv_bytes(long_rows("population", 2022))
    check = check_file(data, "../../etc/passwd.csv\x00.xlsx", POP, package=PACKAGE)
    assert check.file_name == "passwd.csv.xlsx"
    assert check.metadata.extension == "xlsx"
    # The content decides: a text table named .xlsx is read as CSV, with a warning.
    assert [p.code for p in check.problems] == ["import.read.extension_mismatch"]
    assert all(p.file == "passwd.csv.xlsx" for p in check.problems)
    for name in ("/etc/shadow", "C:\\Windows\\system32\\x.csv", "..", "....//x"):
        assert "/" not in check_file(b"", name, package=PACKAGE).file_name
        assert "\\" not in check_file(b"", name, package=PACKAGE).file_name
        assert not check_file(b"", name, package=PACKAGE).file_name.startswith(".")


def test_an_od_matrix_of_arbitrary_numbers_imports():
    ids = region_ids("2022")
    check = check_file(xlsx_bytes(od_table(ids)), "od.xlsx", OD, package=PACKAGE)
    assert check.problems == (), [str(p) for p in check.problems]
    table = check.table
    assert len(table) == 20 * 19 and (table["origin"] != table["destination"]).all()
    assert check.metadata.boundary_versions == {2022: "2022"}


def test_names_of_every_language_and_case_resolve_in_one_table():
    values = package_values("population", 2023)
    rows = [["region", "year", "value"]]
    langs = ["kk", "ru", "en"]
    for i, rid in enumerate(sorted(values)):
        label = region_name(rid, langs[i % 3], "2022")
        rows.append([label.upper() if i % 2 else label, 2023, values[rid]])
    check = check_file(csv_bytes(rows, delimiter=";"), "mixed.csv", POP, package=PACKAGE)
    assert check.problems == ()
    assert len(check.table) == len(names("2022"))
