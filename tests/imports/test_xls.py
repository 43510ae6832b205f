"""Old Excel workbooks (.xls): read as published, and refused before the parser when they
are built to hurt (each hostile file here is a few kilobytes).

The files are built byte by byte (tests/imports/xls_builder.py); the real BNS workbooks are
read in tests/imports/test_reference_files.py.
"""

from __future__ import annotations

import struct

import pytest

from dashboard.datasets.package import load_package
from dashboard.imports import ImportOptions, check_file
from dashboard.imports import workbooks as workbooks_module
from tests.imports.builders import BNS_NET_MIGRATION, package_values, wide_rows
from tests.imports.xls_builder import cfb, record, sheet_stream, workbook_stream, xls_bytes

PACKAGE = load_package()
NET = ImportOptions(indicator="net_migration", source_id=BNS_NET_MIGRATION)
ROWS = [["Регион", 2023], ["Акмолинская", 5]]


def codes(check) -> list[str]:
    return [p.code for p in check.problems]


def test_a_bns_style_xls_is_read_like_its_xlsx_twin():
    rows = wide_rows("net_migration", [2023], total={2023: 9293})
    check = check_file(xls_bytes({"Сальдо": rows}), "saldo.xls", NET, package=PACKAGE)
    assert check.problems == (), [str(p) for p in check.problems]
    assert check.metadata.file_format == "xls" and check.metadata.sheet == "Сальдо"
    values = dict(zip(check.table["region_id"], check.table["value"], strict=True))
    assert values == package_values("net_migration", 2023)


def test_a_sheet_is_chosen_by_name_or_by_number():
    rows = wide_rows("net_migration", [2023], total={2023: 9293})
    data = xls_bytes({"Прочее": [["пусто"]], "Сальдо": rows})
    for sheet in ("Сальдо", "2", 1):
        options = ImportOptions(indicator="net_migration", source_id=BNS_NET_MIGRATION, sheet=sheet)
        check = check_file(data, "t.xls", options, package=PACKAGE)
        assert check.metadata.sheet == "Сальдо" and len(check.table) == 20, sheet
    assert check.metadata.sheets == ("Прочее", "Сальдо")


def _workbook(**kw) -> bytes:
    sheet_kw = {k: kw.pop(k) for k in ("dimensions", "extra", "dt") if k in kw}
    return workbook_stream({"S": sheet_stream(ROWS, **sheet_kw)}, **kw)


HOSTILE = {
    # A cell at row 60,001, column 201: the parser would build 12 million cells.
    "far cell": (
        cfb({"Workbook": _workbook(extra=record(0x0203, struct.pack("<HHHd", 60000, 200, 0, 1)))}),
        "import.read.too_many_cells",
    ),
    # A DIMENSIONS record claiming a million rows: the parser reserves 10 GB for it and, where
    # memory is bounded, the process is killed (measured: SIGABRT) instead of refusing.
    "lying dimensions": (
        cfb({"Workbook": _workbook(dimensions=struct.pack("<IIHHH", 0, 1_000_000, 0, 256, 0))}),
        "import.read.too_many_cells",
    ),
    "inverted dimensions": (
        cfb({"Workbook": _workbook(dimensions=struct.pack("<IIHHH", 5, 2, 0, 2, 0))}),
        "import.read.xls_damaged",
    ),
    "vba project storage": (
        cfb({"Workbook": _workbook()}, storages=("_VBA_PROJECT_CUR",)),
        "import.read.xlsx_macros",
    ),
    "excel 4 macro sheet": (cfb({"Workbook": _workbook(sheet_type=1)}), "import.read.xlsx_macros"),
    "password (FilePass)": (
        cfb(
            {"Workbook": _workbook(globals_extra=record(0x002F, struct.pack("<H", 1) + bytes(52)))}
        ),
        "import.read.xlsx_encrypted",
    ),
    "encrypted OOXML in CFB": (
        cfb({"EncryptedPackage": b"x" * 64, "EncryptionInfo": b"y" * 8}),
        "import.read.xlsx_encrypted",
    ),
    "shared strings beyond the bytes": (
        cfb(
            {"Workbook": _workbook(globals_extra=record(0x00FC, struct.pack("<ii", 1, 2**31 - 16)))}
        ),
        "import.read.xls_damaged",
    ),
    "cycle in the sector chain": (
        cfb({"Workbook": _workbook()}, cycle=True),
        "import.read.xls_damaged",
    ),
    "stream larger than the file": (
        cfb({"Workbook": _workbook()}, declared={"Workbook": 10_000_000}),
        "import.read.xls_damaged",
    ),
    "cut off": (xls_bytes({"S": ROWS})[:1500], "import.read.xls_damaged"),
    "word document": (cfb({"WordDocument": b"x" * 64}), "import.read.not_table"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_xls_is_refused_before_the_parser_sees_it(case, monkeypatch):
    data, code = HOSTILE[case]

    def parser(*args, **kwargs):  # pragma: no cover: must not be reached
        raise AssertionError("python-calamine was given a file that failed the checks")

    import python_calamine

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", parser)
    check = check_file(data, "t.xls", NET, package=PACKAGE)
    assert code in codes(check), [str(p) for p in check.problems]
    assert not check.importable(accept_warnings=True)
    problem = next(p for p in check.problems if p.code == code)
    texts = {lang: problem.in_language(lang).message for lang in ("kk", "ru", "en")}
    assert len(set(texts.values())) == 3


def test_the_parsers_own_failures_are_a_refusal_not_a_crash(monkeypatch):
    def broken(*args, **kwargs):
        raise BaseException("a panic inside the parser")  # pyo3 panics are BaseException

    import python_calamine

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", broken)
    check = check_file(xls_bytes({"S": ROWS}), "t.xls", NET, package=PACKAGE)
    assert codes(check) == ["import.read.xls_damaged"]


def test_formula_cells_of_an_xls_are_reported_like_an_xlsx_s(monkeypatch):
    rows = wide_rows("net_migration", [2023], total={2023: 9293})
    # B4, the total, as a formula (value 9293, an empty expression): row, col, ixfe, the
    # cached value, flags, chn, the expression's length.
    formula = record(0x0006, struct.pack("<HHHdHIH", 3, 1, 0, 9293.0, 0, 0, 0))
    data = cfb({"Workbook": workbook_stream({"S": sheet_stream(rows, extra=formula)})})
    assert workbooks_module.check_xls(data, 1000).formulas == {0: frozenset({(3, 1)})}
    check = check_file(data, "t.xls", NET, package=PACKAGE)
    assert "import.value.formula" in codes(check)
