"""Read one sheet of a workbook (XLSX, or the old .xls), safely, into rows of raw cells.

Two readers, each behind checks of its own format, because the parsers trust what a file
declares:

- **XLSX** (a zip archive): ``zipfile`` first, before openpyxl sees anything. The declared
  unpacked size of every member and its compression ratio are checked (Python's zipfile
  never inflates a member beyond its declared size, so declared sizes bound the work);
  encrypted members are refused, and so are macros, found by what they are and not by
  their name: a content type or relationship of a VBA project or a macro-enabled workbook
  in ``[Content_Types].xml`` and the ``.rels`` parts, or any member that is itself an OLE
  compound file (the container of VBA projects and embedded programs), whatever it is
  called. openpyxl then streams the sheet in read-only mode, evaluating nothing (formulas
  come back as their text and are reported, not trusted).
- **.xls** (a CFB container of BIFF records): :func:`dashboard.imports.cfb.check_xls`
  walks the container and the records first (chains, sizes, encryption, macros, the
  extent of each sheet), then python-calamine reads the cells.

python-calamine also reads XLSX and ODS, faster, but it builds a sheet as a dense block as
large as the furthest cell: a 5 KB XLSX with one cell at row 1,000,000, column 200 took
6 GB here. openpyxl's streaming reader stops at the row limit instead, so XLSX stays with
openpyxl; ODS (with repeated empty rows as cheap to declare) is not read at all.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from dashboard.imports.cfb import MAGIC as OLE_MAGIC
from dashboard.imports.cfb import check_xls
from dashboard.imports.grid import CellValue, Limits, Rows, megabytes
from dashboard.imports.problems import FileRefused

# Content types and relationship types that mean macros or embedded programs. Checked in
# [Content_Types].xml and every .rels part (case-insensitively).
_MACRO_TYPES = re.compile(
    rb"(?i)vbaproject|macroenabled|vnd\.ms-excel\.(?:intl)?macrosheet|vnd\.ms-office\.activex"
    rb"|/relationships/(?:vbaproject|activexcontrol(?:binary)?|xlmacrosheet|xlintlmacrosheet)"
    rb"|vnd\.ms-excel\.addin"
)
# The parts read whole to look for those types: small in any real workbook.
_TYPE_PARTS = re.compile(r"(?i)^(\[content_types\]\.xml|(.*/)?_rels/[^/]*\.rels)$")
_MAX_TYPE_PART = 1024 * 1024
_FORMULA_XLS = "=…"  # an .xls formula's text is not read, only where it is


def sheet_index(sheets: tuple[str, ...], sheet: str | int | None) -> int:
    """The 0-based index of the sheet asked for; refused when there is none.

    ``sheet``: None (the first), an int (a 0-based index, as programs count), or text: a
    sheet's name, or else a number as people count sheets (1 = the first).

    >>> sheet_index(("Все население", "Мужчины"), "Мужчины"), sheet_index(("a", "b"), "2")
    (1, 1)
    >>> sheet_index(("2023", "2024"), "2024"), sheet_index(("a", "b"), 0)
    (1, 0)
    """
    if sheet is None:
        return 0
    if isinstance(sheet, int) and 0 <= sheet < len(sheets):
        return sheet
    if isinstance(sheet, str):
        if sheet in sheets:
            return sheets.index(sheet)
        stripped = sheet.strip()
        if stripped in sheets:
            return sheets.index(stripped)
        if stripped.isascii() and stripped.isdigit() and 1 <= int(stripped) <= len(sheets):
            return int(stripped) - 1
    raise FileRefused(
        "import.read.no_sheet",
        hint="import.hint.sheets",
        hint_params={"sheets": ", ".join(sheets)},
        sheet=str(sheet),
    )


# ---------------------------------------------------------------------------- XLSX


def check_archive(data: bytes, limits: Limits) -> None:
    """Refuse an archive that is not a plain workbook, or that would unpack too large."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except Exception:  # BadZipFile, NotImplementedError (unknown zip version), EOFError ...
        raise FileRefused("import.read.xlsx_damaged", hint="import.hint.save_xlsx") from None
    names = {m.filename for m in members}
    if "xl/workbook.xml" not in names:
        if "word/document.xml" in names:
            kind = "DOCX"
        elif "ppt/presentation.xml" in names:
            kind = "PPTX"
        elif "content.xml" in names:
            raise FileRefused("import.read.ods", hint="import.hint.save_xlsx")
        else:
            kind = "ZIP"
        raise FileRefused("import.read.not_table", hint="import.hint.table_types", kind=kind)
    total = sum(member.file_size for member in members)
    if total > limits.max_unpacked_bytes or len(members) > limits.max_members:
        raise FileRefused(
            "import.read.xlsx_bomb", hint="import.hint.save_xlsx", size=megabytes(total)
        )
    for member in members:
        if member.flag_bits & 0x1:
            raise FileRefused("import.read.xlsx_encrypted", hint="import.hint.save_xlsx")
        if member.filename.lower().endswith("vbaproject.bin"):
            raise FileRefused("import.read.xlsx_macros", hint="import.hint.save_xlsx")
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > limits.ratio_floor and ratio > limits.max_ratio:
            raise FileRefused(
                "import.read.xlsx_ratio", hint="import.hint.save_xlsx", ratio=round(ratio)
            )
    _refuse_active_content(archive, members)


def _refuse_active_content(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> None:
    """Macros and embedded programs, by content type and by content, never by name."""
    try:
        for member in members:
            if member.is_dir():
                continue
            with archive.open(member) as part:
                head = part.read(len(OLE_MAGIC))
                if head == OLE_MAGIC:
                    raise FileRefused("import.read.xlsx_macros", hint="import.hint.save_xlsx")
                if not _TYPE_PARTS.match(member.filename):
                    continue
                # No real workbook has a type part this large: one that is could hide a type.
                oversized = member.file_size > _MAX_TYPE_PART
                if oversized or _MACRO_TYPES.search(head + part.read(_MAX_TYPE_PART)):
                    raise FileRefused("import.read.xlsx_macros", hint="import.hint.save_xlsx")
    except FileRefused:
        raise
    except Exception:  # a member that does not inflate: a damaged archive
        raise FileRefused("import.read.xlsx_damaged", hint="import.hint.save_xlsx") from None


def _cell_value(value: object) -> CellValue:
    """A workbook cell as the grid holds it: stripped text, a number, or None."""
    if value is None or isinstance(value, bool):
        return None if value is None else str(value).upper()
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    text = str(value).strip()
    return text or None


def _xlsx_value(cell: object) -> tuple[CellValue, str | None]:
    """(value, formula text) of an openpyxl read-only cell; nothing is evaluated."""
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f" or hasattr(value, "text"):
        formula = str(getattr(value, "text", value) or "")
        formula = formula if formula.startswith("=") else "=" + formula
        return formula, formula
    return _cell_value(value), None


def xlsx_rows(data: bytes, limits: Limits, sheet: str | int | None) -> tuple[Rows, str, tuple]:
    """The rows of one sheet of an XLSX workbook, its name and the names of all sheets."""
    check_archive(data, limits)
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles it cannot read
            workbook = load_workbook(
                io.BytesIO(data), read_only=True, data_only=False, keep_links=False
            )
    except Exception:  # openpyxl fails in many ways on a damaged file; all mean the same
        raise FileRefused("import.read.xlsx_damaged", hint="import.hint.save_xlsx") from None
    try:
        sheets = tuple(ws.title for ws in workbook.worksheets)
        if not sheets:
            raise FileRefused("import.read.empty")
        worksheet = workbook.worksheets[sheet_index(sheets, sheet)]
        worksheet.reset_dimensions()  # a lying dimension must not pad every row
        rows = Rows(limits)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                for cells in worksheet.iter_rows():
                    index = len(rows.rows)
                    values = []
                    for col, cell in enumerate(cells):
                        value, formula = _xlsx_value(cell)
                        if formula is not None:
                            rows.formulas[(index, col)] = formula
                        values.append(value)
                    rows.append(values)
        except FileRefused:
            raise
        except Exception:
            raise FileRefused("import.read.xlsx_damaged", hint="import.hint.save_xlsx") from None
        return rows, worksheet.title, sheets
    finally:
        workbook.close()


# ---------------------------------------------------------------------------- XLS


def xls_rows(data: bytes, limits: Limits, sheet: str | int | None) -> tuple[Rows, str, tuple]:
    """The rows of one sheet of an .xls workbook, its name and the names of all sheets."""
    scan = check_xls(data, limits.max_cells)
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = tuple(str(name) for name in workbook.sheet_names)
        if not sheets:
            raise FileRefused("import.read.empty")
        index = sheet_index(sheets, sheet)
        if scan.formulas and len(sheets) != scan.sheet_count:
            raise FileRefused("import.read.xls_damaged", hint="import.hint.save_xlsx")
        # Padded from A1, so rows and columns keep the numbers a spreadsheet shows; the
        # extent was bounded by check_xls.
        cells = workbook.get_sheet_by_index(index).to_python(skip_empty_area=False)
        rows = _collect(cells, limits, scan.formulas.get(index, frozenset()))
    except FileRefused:
        raise
    except python_calamine.PasswordError:
        raise FileRefused("import.read.xlsx_encrypted", hint="import.hint.save_xlsx") from None
    except BaseException as error:  # the parser's errors, and its panics (BaseException)
        if isinstance(error, (KeyboardInterrupt, SystemExit)):
            raise
        raise FileRefused("import.read.xls_damaged", hint="import.hint.save_xlsx") from None
    return rows, sheets[index], sheets


def _collect(cells: Iterable[list], limits: Limits, formulas: frozenset) -> Rows:
    by_row: dict[int, list[int]] = {}
    for r, c in formulas:
        by_row.setdefault(r, []).append(c)
    rows = Rows(limits)
    for number, row in enumerate(cells):
        values = [None if v == "" else _cell_value(v) for v in row]
        for c in by_row.get(number, ()):
            if c < len(values):
                values[c] = _FORMULA_XLS
                rows.formulas[(number, c)] = _FORMULA_XLS
        rows.append(values)
    return rows
