"""Reading an upload: limits before reading, type by content, encodings, delimiters, XLSX."""

import doctest
import io
import zipfile

import openpyxl
import pytest

from dashboard.datasets.package import load_package
from dashboard.imports import Limits, check_file, numbers, problems, reading, regions, shapes
from dashboard.imports.problems import FileRefused, ProblemLog
from dashboard.imports.reading import choose_delimiter, decode_text, read_grid, safe_name
from tests.imports.builders import BNS_POPULATION, csv_bytes, long_rows, xlsx_bytes

PACKAGE = load_package()


@pytest.mark.parametrize("module", [numbers, problems, reading, regions, shapes])
def test_docstring_examples_hold(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


def grid(data: bytes, name: str = "t.csv", **limits):
    return read_grid(data, name, ProblemLog(name), Limits(**limits))


# ---------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("original", "safe"),
    [
        ("../../etc/passwd.csv", "passwd.csv"),
        ("/etc/passwd", "passwd"),
        ("..\\..\\Windows\\win.ini", "win.ini"),
        ("C:/Users/analyst/Desktop/Халық саны 2023.xlsx", "Халық саны 2023.xlsx"),
        ("report\x00.csv", "report.csv"),
        ("evil\u202etxt.csv", "eviltxt.csv"),  # right-to-left override
        ("..", "upload"),
        (".hidden.csv", "hidden.csv"),
        ("", "upload"),
        ('a<b>"c"|d?.csv', "a_b__c__d_.csv"),
        ("COM1.csv", "_COM1.csv"),
    ],
)
def test_safe_name(original, safe):
    assert safe_name(original) == safe


def test_safe_name_caps_the_length_and_keeps_the_extension():
    name = safe_name("x" * 500 + ".xlsx")
    assert len(name) <= reading.MAX_NAME and name.endswith(".xlsx")


# ---------------------------------------------------------------------------- size


def test_the_size_is_checked_before_anything_is_read(tmp_path, monkeypatch):
    """A 5 GB sparse file (no disk used) is refused from its size alone: never opened."""
    path = tmp_path / "huge.csv"
    with open(path, "wb") as file:
        file.truncate(5 * 1024**3)

    def no_open(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(reading, "open", no_open, raising=False)
    check = check_file(path, "huge.csv", package=PACKAGE)
    assert check.errors[0].code == "import.read.too_large"
    assert "5120 MB" in check.errors[0].message and "20 MB" in check.errors[0].message


def test_a_path_is_read_with_a_cap(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(csv_bytes(long_rows("population", 2022)))
    with pytest.raises(FileRefused) as refused:
        read_grid(path, "t.csv", ProblemLog("t.csv"), Limits(max_bytes=100))
    assert refused.value.code == "import.read.too_large"
    assert grid(path.read_bytes()).size == path.stat().st_size


@pytest.mark.parametrize("target", ["missing.csv", "."])
def test_a_missing_file_or_a_directory_is_refused(tmp_path, target):
    check = check_file(tmp_path / target, "t.csv", package=PACKAGE)
    assert check.errors[0].code == "import.read.no_file"


# ---------------------------------------------------------------------------- text


@pytest.mark.parametrize(
    ("encoding", "prefix", "name"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        ("cp1251", b"", "cp1251"),
        ("utf-16", b"", "utf-16"),  # Excel's "Unicode text" (with its BOM)
    ],
)
def test_encodings(encoding, prefix, name):
    rows = long_rows("population", 2022, lang="ru")
    data = prefix + csv_bytes(rows, encoding=encoding, delimiter="\t")
    text, found = decode_text(data)
    assert found == name
    assert "Акмолинская область" in text


def test_kazakh_letters_need_utf8():
    """Windows-1251 has no ә, қ, ө ...: Kazakh text there is refused, not guessed."""
    with pytest.raises(UnicodeEncodeError):
        "Ақмола".encode("cp1251")
    data = "Өңір;Мәні\nАқмола облысы;1\n".encode()
    assert decode_text(data)[1] == "utf-8"


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Регион;2023;2024\nАкмолинская;1 234,5;2 345,6\nАктюбинская;7,5;8\n", ";"),
        ("region\tyear\tvalue\nAkmola\t2023\t1,5\n", "\t"),
        ('region,year,value\n"Almaty, city",2023,1\nAkmola,2023,2\n', ","),
    ],
)
def test_delimiter_is_the_most_consistent_split(text, delimiter):
    assert choose_delimiter(text) == delimiter


def test_csv_formula_text_is_recorded_not_evaluated():
    g = grid(b"region,year,value\nAkmola,2023,=1+2\n")
    assert g.formulas == {(1, 2): "=1+2"} and g.rows[1][2] == "=1+2"


# ---------------------------------------------------------------------------- XLSX


def test_xlsx_formulas_are_text_and_other_sheets_are_mentioned():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Akmola", 2, "=A1*2"])
    workbook.create_sheet("Второй").append(["Aktobe", 3])
    buffer = io.BytesIO()
    workbook.save(buffer)
    log = ProblemLog("t.xlsx")
    g = read_grid(buffer.getvalue(), "t.xlsx", log)
    assert g.rows[0] == ("Akmola", 2, "=A1*2") and g.formulas == {(0, 2): "=A1*2"}
    assert [(p.code, p.severity) for p in log.problems()] == [("import.read.other_sheets", "note")]
    second = read_grid(buffer.getvalue(), "t.xlsx", ProblemLog("t.xlsx"), sheet="Второй")
    assert second.rows == (("Aktobe", 3),) and second.sheets == ("Sheet", "Второй")


def test_a_lying_sheet_dimension_does_not_pad_every_row():
    """A sheet claiming A1:XFD1048576 would make openpyxl pad rows to 16 384 cells."""
    data = xlsx_bytes([["Akmola", 1], ["Aktobe", 2]])
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                content = content.replace(b'ref="A1:B2"', b'ref="A1:XFD1048576"')
                assert b"XFD1048576" in content
            target.writestr(item, content)
    g = grid(buffer.getvalue(), "t.xlsx")
    assert g.rows == (("Akmola", 1), ("Aktobe", 2))


def test_numbers_stay_numbers_in_xlsx():
    g = grid(xlsx_bytes([["Akmola", 788023, 12.5, None, "-"]]), "t.xlsx")
    assert g.rows == (("Akmola", 788023, 12.5, None, "-"),)


def test_a_text_table_named_xlsx_is_read_as_text_with_a_warning():
    data = csv_bytes(long_rows("population", 2022))
    check = check_file(data, "t.xlsx", _pop(), package=PACKAGE)
    assert check.metadata.file_format == "csv"
    assert [p.code for p in check.warnings] == ["import.read.extension_mismatch"]


def _pop():
    from dashboard.imports import ImportOptions

    return ImportOptions(indicator="population", source_id=BNS_POPULATION)


def test_every_message_key_the_importer_uses_exists_in_three_languages():
    import re

    from dashboard import PROJECT_ROOT
    from dashboard.i18n.catalog import MESSAGES

    source = "\n".join(
        path.read_text(encoding="utf-8")
        for path in (PROJECT_ROOT / "dashboard" / "imports").glob("*.py")
    )
    keys = set(re.findall(r'"(import\.[a-z_]+\.[a-z_]+|import\.[a-z_]+)"', source))
    assert len(keys) > 60
    missing = sorted(k for k in keys if set(MESSAGES.get(k, {})) != {"kk", "ru", "en"})
    assert missing == []
