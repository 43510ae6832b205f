"""Read an uploaded file, safely, into a grid of raw cells.

What a bad file must not do here: fill the memory or the disk, run anything, or be taken
for what its name says. So:

- the size is checked *before* anything is read (``os.stat`` for a path, ``len`` for
  bytes), and a path is then read with a cap of one byte over the limit, in case the file
  grew in between;
- the type comes from the content (magic numbers), never from the extension: a PNG named
  ``.csv`` is refused as an image; a text table named ``.xlsx`` is read as text, with a
  warning;
- text is UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text") or
  Windows-1251, decided line by line: a file whose lines mix UTF-8 and Windows-1251 is
  refused rather than half garbled, and UTF-8 that is really Windows-1251 read as UTF-8 and
  saved again (mojibake, "РђРєРјРѕР»Р°") is refused too; Windows-1251 has no Kazakh letters,
  so Kazakh names come in UTF-8;
- the delimiter is the one of comma, semicolon and tab that splits the lines most
  consistently (csv.Sniffer guesses badly on Russian numbers "1 234,5");
- an XLSX is opened with ``zipfile`` first: the declared unpacked size of every member and
  its compression ratio are checked before openpyxl sees the archive (Python's zipfile never
  inflates a member beyond its declared size, so declared sizes bound the work); encrypted
  or macro-enabled workbooks are refused; openpyxl then reads it in read-only mode without
  evaluating anything (formulas come back as their text and are reported, not trusted);
- rows, columns and cells are counted as they are read and reading stops at the limit.

The original file name is only used for display and for its extension: :func:`safe_name`
makes it harmless (no directories, no NUL or control characters, no leading dots).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
import re
import stat
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Literal

from dashboard.imports.problems import FileRefused, ProblemLog

CellValue = str | int | float | None
Source = bytes | bytearray | memoryview | str | os.PathLike

MB = 1024 * 1024
# Excel's own sheet height: a row number beyond it is a crafted file.
EXCEL_MAX_ROWS = 1_048_576


@dataclass(frozen=True)
class Limits:
    """How much an import may read. The defaults suit BNS tables with a wide margin.

    ``max_rows`` counts non-empty rows; ``max_values`` the values of the table found in
    them (each becomes an object to check: this bounds the memory); ``max_cell_chars``
    bounds one cell's text (csv's own field limit is process-wide state that other
    libraries raise, so it is not relied on); ``max_unpacked_bytes`` is the declared size
    of all members of an XLSX archive together; ``max_ratio`` is the highest compression
    ratio accepted for a member larger than ``ratio_floor`` bytes (real sheets compress
    5-20 times; a zip bomb thousands of times).
    """

    max_bytes: int = 20 * MB
    max_rows: int = 200_000
    max_columns: int = 1_000
    max_cells: int = 2_000_000
    max_values: int = 250_000
    max_unpacked_bytes: int = 200 * MB
    max_ratio: float = 100.0
    ratio_floor: int = 1 * MB
    max_members: int = 10_000
    max_cell_chars: int = 10_000


@dataclass(frozen=True)
class Grid:
    """The cells of a file, as read: rows of text or numbers, nothing interpreted yet.

    ``rows[r][c]`` is row ``r + 1``, column ``c + 1`` of the sheet or CSV file: a ``str``
    (stripped, never empty), an ``int`` or ``float`` (numbers an XLSX stores as numbers) or
    ``None``. Rows have no trailing empty cells and may differ in length. ``formulas`` maps
    ``(row, col)`` (0-based) to the formula text of cells holding a formula (XLSX) or text
    starting with "=" (CSV); such cells hold their formula text in ``rows`` too.
    """

    rows: tuple[tuple[CellValue, ...], ...]
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    file_format: Literal["csv", "xlsx"] = "csv"
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    size: int = 0
    sha256: str = ""

    def cell(self, row: int, col: int) -> CellValue:
        """The cell at 0-based ``row``/``col`` (``None`` outside the grid)."""
        if 0 <= row < len(self.rows) and 0 <= col < len(self.rows[row]):
            return self.rows[row][col]
        return None

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


# ---------------------------------------------------------------------------- names

_WINDOWS_DEVICES = re.compile(r"(?i)^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$")
MAX_NAME = 120


def safe_name(original: object, default: str = "upload") -> str:
    """A harmless version of an uploaded file's name, for display and for storing under.

    Keeps only the last path component (either separator), drops NUL, control and format
    characters (bidi overrides), replaces anything but letters (any script), digits,
    spaces and ``. _ - ( )`` with "_", strips leading dots and spaces (no hidden files, no
    ".."), avoids Windows device names and caps the length, keeping the extension.

    >>> safe_name("../../etc/passwd.csv"), safe_name("C:\\\\Users\\\\a\\\\Халық 2023.xlsx")
    ('passwd.csv', 'Халық 2023.xlsx')
    >>> safe_name("..\\x00"), safe_name("<script>.csv"), safe_name("NUL.csv")
    ('upload', '_script_.csv', '_NUL.csv')
    """
    name = unicodedata.normalize("NFC", str(original)).replace("\x00", "")
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C")
    name = re.sub(r"[^\w.()\- ]", "_", name)
    name = " ".join(name.split()).lstrip(". ").rstrip(" ")
    if _WINDOWS_DEVICES.match(name):
        name = "_" + name
    if len(name) > MAX_NAME:
        stem, dot, ext = name.rpartition(".")
        ext = ext if dot and len(ext) <= 10 else ""
        name = (stem if ext else name)[: MAX_NAME - len(ext) - 1].rstrip(" .")
        name = f"{name}.{ext}" if ext else name
    return name or default


def extension(name: str) -> str:
    """The lower-case extension of a (safe) file name, without the dot ("" if none)."""
    stem, dot, ext = name.rpartition(".")
    return ext.lower() if dot and stem else ""


# ---------------------------------------------------------------------------- bytes


def read_source(source: Source, limits: Limits) -> bytes:
    """The bytes of an upload, given as bytes or as a path; the size is checked first."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        size = memoryview(source).nbytes
        if size > limits.max_bytes:  # before the copy
            raise _too_large(size, limits)
        return bytes(source)
    path = Path(source)
    try:
        info = os.stat(path)
    except OSError:
        raise FileRefused("import.read.no_file") from None
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused("import.read.no_file")
    if info.st_size > limits.max_bytes:
        raise _too_large(info.st_size, limits)
    try:
        with open(path, "rb") as file:
            data = file.read(limits.max_bytes + 1)
    except OSError:
        raise FileRefused("import.read.no_file") from None
    if len(data) > limits.max_bytes:  # it grew after the stat
        raise _too_large(len(data), limits)
    return data


def _too_large(size: int, limits: Limits) -> FileRefused:
    return FileRefused(
        "import.read.too_large",
        hint="import.hint.split_file",
        size=_megabytes(size),
        limit=_megabytes(limits.max_bytes),
    )


def _megabytes(size: int) -> str:
    return f"{size / MB:.1f}" if size < 10 * MB else f"{size / MB:.0f}"


# Content signatures of files that are not tables (the name is never trusted).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"%PDF-", "PDF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"\x1f\x8b", "GZIP"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"7z\xbc\xaf\x27\x1c", "7Z"),
    (b"\x7fELF", "ELF"),
    (b"{\\rtf", "RTF"),
)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Excel .xls, Word .doc
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def sniff(data: bytes) -> Literal["xlsx", "text"]:
    """Decide the file type from its first bytes; refuse what is not a table."""
    if not data.strip():
        raise FileRefused("import.read.empty")
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            raise FileRefused("import.read.not_table", hint="import.hint.table_types", kind=kind)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        raise FileRefused("import.read.not_table", hint="import.hint.table_types", kind="WEBP")
    if data.startswith(_OLE2):
        raise FileRefused("import.read.old_excel", hint="import.hint.save_xlsx")
    if data.startswith(_ZIP):
        return "xlsx"
    return "text"


# ---------------------------------------------------------------------------- text


def decode_text(data: bytes) -> tuple[str, str]:
    """Text and encoding name of a text file: utf-8, utf-8-sig, utf-16 or cp1251."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise FileRefused("import.read.encoding", hint="import.hint.encoding") from None
    bom = data.startswith(codecs.BOM_UTF8)
    body = data[3:] if bom else data
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _refuse_mojibake(text)
        return text, "utf-8-sig" if bom else "utf-8"
    _refuse_mixed(body)
    try:
        return body.decode("cp1251"), "cp1251"
    except UnicodeDecodeError:
        # cp1251 decodes every byte but 0x98: what fails here is not text.
        raise FileRefused("import.read.binary", hint="import.hint.table_types") from None


def _refuse_mixed(body: bytes) -> None:
    """Refuse a file with both UTF-8 lines (with letters beyond ASCII) and non-UTF-8 lines.

    Windows-1251 Cyrillic is practically never valid UTF-8 (a capital letter C0-DF followed
    by a small one E0-FF is not a UTF-8 sequence), so the two kinds of line are told apart
    reliably.
    """
    first_utf8 = first_other = None
    for number, line in enumerate(body.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            first_other = first_other or number
        else:
            first_utf8 = first_utf8 or number
        if first_utf8 and first_other:
            raise FileRefused(
                "import.read.mixed_encoding",
                hint="import.hint.encoding",
                utf8_row=first_utf8,
                other_row=first_other,
            )


def _refuse_mojibake(text: str) -> None:
    """Refuse UTF-8 text that is Windows-1251 text decoded as UTF-8 text, saved again."""
    if text.isascii() or not re.search("[РС][\u0400-\u04ff\u2018-\u203a\u00a0-\u00bf]", text):
        return
    try:
        repaired = text.encode("cp1251").decode("utf-8")
    except UnicodeError:
        return
    if re.search("[\u0400-\u04ff]", repaired):
        raise FileRefused("import.read.mojibake", hint="import.hint.encoding")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _refuse_binary(text: str) -> None:
    sample = text[:65536]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > max(3, len(sample) // 200):
        raise FileRefused("import.read.binary", hint="import.hint.table_types")
    head = sample.lstrip("\ufeff \t\r\n").casefold()
    if head.startswith(("<!doctype html", "<html")):
        raise FileRefused("import.read.not_table", hint="import.hint.table_types", kind="HTML")
    if head.startswith("<?xml"):
        raise FileRefused("import.read.not_table", hint="import.hint.save_xlsx", kind="XML")


_DELIMITERS = (";", "\t", ",")
_ODD_DELIMITERS = ("|", ":", "^", "~")
SNIFF_LINES = 200


def _consistency(lines: list[str], delimiter: str) -> tuple[int, int]:
    """(lines with the commonest field count, that count) when split by ``delimiter``."""
    try:
        counts = [len(r) for r in csv.reader(lines, delimiter=delimiter) if len(r) > 1]
    except csv.Error:
        return 0, 0
    if not counts:
        return 0, 1
    common = max(set(counts), key=lambda n: (counts.count(n), n))
    return counts.count(common), common


def choose_delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever splits the first lines most consistently.

    >>> choose_delimiter("Регион;2023;2024\\nАкмолинская;1 234,5;2 345,6\\n")
    ';'
    """
    lines = [line for line in text.splitlines()[: SNIFF_LINES * 2] if line.strip()][:SNIFF_LINES]
    scores = {d: _consistency(lines, d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: scores[d][0])  # ties: the order of _DELIMITERS
    if scores[best][0] == 0:
        for odd in _ODD_DELIMITERS:
            lines_split, _width = _consistency(lines, odd)
            if lines_split >= max(2, len(lines) // 2):
                raise FileRefused(
                    "import.read.odd_delimiter", hint="import.hint.delimiter", delimiter=odd
                )
        raise FileRefused("import.read.one_column", hint="import.hint.delimiter")
    return best


class _Rows:
    """Rows as they are read, with the limits checked on every row."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.rows: list[tuple[CellValue, ...]] = []
        self.formulas: dict[tuple[int, int], str] = {}
        self._filled = 0
        self._cells = 0

    def append(self, cells: Iterable[CellValue]) -> None:
        row = list(cells)
        while row and row[-1] is None:
            row.pop()
        index = len(self.rows)
        if len(row) > self.limits.max_columns:
            raise FileRefused(
                "import.read.too_many_columns",
                hint="import.hint.split_file",
                row=index,
                limit=self.limits.max_columns,
            )
        for col, value in enumerate(row):
            if isinstance(value, str) and len(value) > self.limits.max_cell_chars:
                raise FileRefused(
                    "import.read.cell_too_long",
                    hint="import.hint.delimiter",
                    row=index,
                    col=col,
                    limit=self.limits.max_cell_chars,
                )
        if row:
            self._filled += 1
            self._cells += len(row)
        if self._filled > self.limits.max_rows:
            raise FileRefused(
                "import.read.too_many_rows",
                hint="import.hint.split_file",
                limit=self.limits.max_rows,
            )
        if self._cells > self.limits.max_cells or index >= EXCEL_MAX_ROWS:
            raise FileRefused(
                "import.read.too_many_cells",
                hint="import.hint.split_file",
                limit=self.limits.max_cells,
            )
        self.rows.append(tuple(row) if row else ())

    def trimmed(self) -> tuple[tuple[CellValue, ...], ...]:
        end = len(self.rows)
        while end and not self.rows[end - 1]:
            end -= 1
        return tuple(self.rows[:end])


def _text_grid(text: str, limits: Limits) -> tuple[_Rows, str]:
    _refuse_binary(text)
    delimiter = choose_delimiter(text)
    rows = _Rows(limits)
    # strict: a stray quote ('"1 234"5', an unclosed quote) is refused, not half read.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        for cells in reader:
            index = len(rows.rows)
            row = [c.strip() or None for c in cells]
            for col, value in enumerate(row):
                if value is not None and value.startswith("=") and len(value) > 1:
                    rows.formulas[(index, col)] = value
            rows.append(row)
    except csv.Error:
        # A field larger than csv's limit, a stray quote at the end ...
        raise FileRefused(
            "import.read.csv_malformed", hint="import.hint.delimiter", row=len(rows.rows)
        ) from None
    return rows, delimiter


# ---------------------------------------------------------------------------- XLSX


def _check_archive(data: bytes, limits: Limits) -> None:
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
            "import.read.xlsx_bomb", hint="import.hint.save_xlsx", size=_megabytes(total)
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


def _xlsx_value(cell: object) -> tuple[CellValue, str | None]:
    """(value, formula text) of an openpyxl read-only cell; nothing is evaluated."""
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f" or hasattr(value, "text"):
        formula = str(getattr(value, "text", value) or "")
        formula = formula if formula.startswith("=") else "=" + formula
        return formula, formula
    if value is None or isinstance(value, bool):
        return (None if value is None else str(value).upper()), None
    if isinstance(value, (int, float)):
        return value, None
    if isinstance(value, (datetime, date, time)):
        return value.isoformat(), None
    if isinstance(value, timedelta):
        return str(value), None
    text = str(value).strip()
    return text or None, None


def _xlsx_grid(data: bytes, limits: Limits, sheet: str | int | None) -> tuple[_Rows, str, tuple]:
    _check_archive(data, limits)
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
        worksheet = _pick_sheet(workbook, sheets, sheet)
        worksheet.reset_dimensions()  # a lying dimension must not pad every row
        rows = _Rows(limits)
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


def _pick_sheet(workbook, sheets: tuple[str, ...], sheet: str | int | None):
    if sheet is None:
        return workbook.worksheets[0]
    if isinstance(sheet, int) and 0 <= sheet < len(sheets):
        return workbook.worksheets[sheet]
    if isinstance(sheet, str) and sheet in sheets:
        return workbook[sheet]
    raise FileRefused(
        "import.read.no_sheet",
        hint="import.hint.sheets",
        hint_params={"sheets": ", ".join(sheets)},
        sheet=str(sheet),
    )


# ---------------------------------------------------------------------------- entry


def read_grid(
    source: Source,
    name: str,
    log: ProblemLog,
    limits: Limits | None = None,
    sheet: str | int | None = None,
) -> Grid:
    """Read an upload into a :class:`Grid`; raises :class:`FileRefused` if it cannot be.

    ``source`` is the content (bytes) or a path to it; ``name`` the (safe) original name,
    used only for its extension; ``sheet`` a worksheet name or 0-based index (XLSX; the
    first sheet by default). Warnings (the name says one type, the content another; other
    sheets left unread) go to ``log``.
    """
    limits = limits or Limits()
    data = read_source(source, limits)
    kind = sniff(data)
    digest = hashlib.sha256(data).hexdigest()
    ext = extension(name)
    if kind == "xlsx":
        rows, title, sheets = _xlsx_grid(data, limits, sheet)
        if ext in _TEXT_EXTENSIONS:
            log.warning("import.read.extension_mismatch", ext=ext, kind="XLSX")
        if len(sheets) > 1 and sheet is None:
            log.warning(
                "import.read.other_sheets",
                hint="import.hint.sheets",
                hint_params={"sheets": ", ".join(sheets)},
                sheet=title,
                count=len(sheets),
            )
        grid_rows = rows.trimmed()
        if not grid_rows:
            raise FileRefused("import.read.empty")
        return Grid(grid_rows, rows.formulas, "xlsx", None, None, title, sheets, len(data), digest)
    text, encoding = decode_text(data)
    rows, delimiter = _text_grid(text, limits)
    if ext in _SHEET_EXTENSIONS:
        log.warning("import.read.extension_mismatch", ext=ext, kind="CSV")
    grid_rows = rows.trimmed()
    if not grid_rows:
        raise FileRefused("import.read.empty")
    return Grid(grid_rows, rows.formulas, "csv", encoding, delimiter, None, (), len(data), digest)


_TEXT_EXTENSIONS = frozenset({"csv", "txt", "tsv", "tab"})
_SHEET_EXTENSIONS = frozenset({"xlsx", "xlsm", "xls", "ods"})
