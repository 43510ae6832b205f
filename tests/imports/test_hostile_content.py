"""What a careless or hostile file may hide (issue 14, points 4 and 9): macros under another
name, digits that are not 0-9, letters that only look like the region's, invisible
characters that reorder a name, and a region that no longer exists in the table's year.

Each finding must name the file, the row and the column, in every language.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from dashboard.datasets.package import load_package
from dashboard.imports import ImportOptions, check_file
from tests.imports.builders import (
    BNS_NET_MIGRATION,
    BNS_POPULATION,
    csv_bytes,
    long_rows,
    package_values,
    wide_rows,
    xlsx_bytes,
)

PACKAGE = load_package()
POP = ImportOptions(indicator="population", source_id=BNS_POPULATION)
NET = ImportOptions(indicator="net_migration", source_id=BNS_NET_MIGRATION)
VBA_TYPE = "application/vnd.ms-office.vbaProject"


def found(check, code: str):
    hits = [p for p in check.problems if p.code == code]
    assert hits, [str(p) for p in check.problems]
    return hits[0]


def in_every_language(problem) -> None:
    texts = {lang: problem.in_language(lang).message for lang in ("kk", "ru", "en")}
    assert all(texts.values()) and len(set(texts.values())) == 3


# ---------------------------------------------------------------------------- macros


def rebuilt(data: bytes, add: dict[str, bytes], types: str = "", rels: str = "") -> bytes:
    """A valid workbook with parts added, and a content type or relationship added too."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "[Content_Types].xml" and types:
                content = content.replace(b"</Types>", types.encode() + b"</Types>")
            if item.filename == "xl/_rels/workbook.xml.rels" and rels:
                content = content.replace(b"</Relationships>", rels.encode() + b"</Relationships>")
            target.writestr(item, content)
        for name, content in add.items():
            target.writestr(name, content)
    return out.getvalue()


def valid_xlsx() -> bytes:
    return xlsx_bytes(wide_rows("net_migration", [2023], total={2023: 9293}))


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
MACROS = {
    # The case of issue 14: the VBA project under another name, declared by content type.
    "xl/code.bin with the VBA content type": rebuilt(
        valid_xlsx(),
        {"xl/code.bin": b"Attribute VB_Name = x"},
        types=f'<Override PartName="/xl/code.bin" ContentType="{VBA_TYPE}"/>',
    ),
    "a default content type for .bin parts": rebuilt(
        valid_xlsx(),
        {"xl/stuff.bin": b"x"},
        types=f'<Default Extension="bin" ContentType="{VBA_TYPE}"/>',
    ),
    "a relationship to a VBA project": rebuilt(
        valid_xlsx(),
        {"xl/project.dat": b"x"},
        rels='<Relationship Id="rId99" Target="project.dat" Type="http://schemas.microsoft'
        '.com/office/2006/relationships/vbaProject"/>',
    ),
    "an OLE compound file named like a picture": rebuilt(
        valid_xlsx(), {"xl/media/image1.png": OLE}
    ),
    "a macro-enabled workbook saved as .xlsx": rebuilt(
        valid_xlsx(),
        {},
        types='<Override PartName="/xl/workbook2.xml" ContentType="application/vnd.ms-excel'
        '.sheet.macroEnabled.main+xml"/>',
    ),
}


@pytest.mark.parametrize("case", list(MACROS))
def test_macros_are_found_by_content_type_and_magic_bytes_not_by_name(case):
    check = check_file(MACROS[case], "table.xlsx", NET, package=PACKAGE)
    problem = found(check, "import.read.xlsx_macros")
    assert problem.severity == "error" and not check.importable(accept_warnings=True)
    in_every_language(problem)


def test_the_plain_workbook_those_were_made_from_passes():
    check = check_file(valid_xlsx(), "table.xlsx", NET, package=PACKAGE)
    assert check.problems == () and len(check.table) == 20


# ---------------------------------------------------------------------------- digits

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize("digits", [ARABIC_INDIC, FULL_WIDTH], ids=["arabic-indic", "full-width"])
def test_digits_other_than_0_9_are_refused_naming_the_cell(digits):
    rows = long_rows("population", 2022)
    rows[3][2] = str(int(rows[3][2])).translate(digits)  # Python's float() would read it
    check = check_file(csv_bytes(rows), "p.csv", POP, package=PACKAGE)
    problem = found(check, "import.value.foreign_digits")
    assert (problem.severity, problem.row, problem.column) == ("error", 4, "C")
    assert "p.csv, row 4, column C" in problem.where
    assert rows[3][2] in problem.message
    in_every_language(problem)
    assert not check.importable(accept_warnings=True)


def test_a_year_in_full_width_digits_is_refused_naming_the_header_cell():
    rows = wide_rows("net_migration", [2023], total={2023: 9293})
    rows[2][1] = "２０２３"
    check = check_file(xlsx_bytes(rows), "t.xlsx", NET, package=PACKAGE)
    problem = found(check, "import.value.foreign_digits")
    assert (problem.row, problem.column) == (3, "B")


# ---------------------------------------------------------------------------- names


def long_table(label_changes: dict[int, str], year: int = 2022, indicator: str = "population"):
    rows = long_rows(indicator, year)
    for index, label in label_changes.items():
        rows[index][0] = label
    return rows


def test_a_name_with_latin_look_alike_letters_is_matched_but_warned_about():
    rows = long_table({1: "Abai Region"})
    akmola = next(i for i, r in enumerate(rows) if r[0] == "Akmola Region")
    rows[akmola][0] = "Aкмолинская область"  # a Latin "A" in a Cyrillic word
    check = check_file(csv_bytes(rows), "p.csv", POP, package=PACKAGE)
    problem = found(check, "import.region.mixed_script")
    assert (problem.severity, problem.row, problem.column) == ("warning", akmola + 1, "A")
    assert "Aкмолинская" in problem.message
    in_every_language(problem)
    assert not check.importable() and check.importable(accept_warnings=True)
    assert "11" in set(check.table["region_id"])


@pytest.mark.parametrize(
    "hidden", ["\u202e", "\u2066", "\u200b", "\u200f"], ids=["RLO", "LRI", "ZWSP", "RLM"]
)
def test_invisible_characters_in_a_name_are_refused_naming_the_cell(hidden):
    rows = long_rows("population", 2022)
    rows[2][0] = rows[2][0][:3] + hidden + rows[2][0][3:]
    check = check_file(csv_bytes(rows), "p.csv", POP, package=PACKAGE)
    problem = found(check, "import.region.invisible")
    assert (problem.severity, problem.row, problem.column) == ("error", 3, "A")
    assert f"U+{ord(hidden):04X}" in problem.message
    assert hidden not in problem.message  # shown without the character itself
    in_every_language(problem)
    assert not check.importable(accept_warnings=True)


@pytest.mark.parametrize("label", ["South Kazakhstan", "Южно-Казахстанская область", "ЮКО"])
def test_south_kazakhstan_in_a_table_after_2018_is_warned_naming_the_cell(label):
    rows = long_rows("net_migration", 2024)
    turkistan = next(i for i, r in enumerate(rows) if r[0] == "Turkistan Region")
    rows[turkistan][0] = label
    check = check_file(csv_bytes(rows), "nm.csv", NET, package=PACKAGE)
    problem = found(check, "import.region.former_name")
    assert (problem.severity, problem.row, problem.column) == ("warning", turkistan + 1, "A")
    assert "2024" in problem.message and "Shymkent" in problem.message
    in_every_language(problem)


def test_south_kazakhstan_before_2018_is_its_own_year_and_needs_no_word():
    values = package_values("population", 2005)
    rows = [["Область", "Год", "Население"]]
    rows += [["Южно-Казахстанская" if r == "61" else r, 2005, v] for r, v in values.items()]
    check = check_file(csv_bytes(rows), "p.csv", POP, package=PACKAGE)
    assert "import.region.former_name" not in [p.code for p in check.problems]
    assert check.metadata.boundary_versions == {2005: "1997"}


def test_successors_beside_south_kazakhstan_in_a_1997_year_are_set_aside_with_a_note():
    values = package_values("population", 2005)
    rows = [["region", "year", "value"]]
    rows += [["South Kazakhstan" if r == "61" else r, 2005, v] for r, v in values.items()]
    rows += [["Turkistan Region", 2005, 1], ["Shymkent", 2005, 2]]  # estimates, test numbers
    check = check_file(csv_bytes(rows), "p.csv", POP, package=PACKAGE)
    note = found(check, "import.region.successors_aside")
    assert note.severity == "note" and "2005" in note.message
    table = dict(zip(check.table["region_id"], check.table["value"], strict=True))
    assert table == values and check.metadata.boundary_versions == {2005: "1997"}
