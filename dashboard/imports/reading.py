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
- workbooks (XLSX, and the old .xls that BNS still publishes) are checked in their own
  format before a parser reads them, then one sheet is read: :mod:`dashboard.imports.workbooks`;
- rows, columns and cells are counted as they are read and reading stops at the limit
  (:mod:`dashboard.imports.grid`).

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
from pathlib import Path
from typing import Literal

from dashboard.imports.cfb import MAGIC as _OLE2
from dashboard.imports.grid import EXCEL_MAX_ROWS, MB, CellValue, Grid, Limits, Rows, megabytes
from dashboard.imports.problems import FileRefused, ProblemLog
from dashboard.imports.workbooks import xls_rows, xlsx_rows

Source = bytes | bytearray | memoryview | str | os.PathLike

# Re-exported: callers import the grid and its limits from here.
__all__ = ["EXCEL_MAX_ROWS", "MB", "CellValue", "Grid", "Limits", "read_grid", "safe_name"]


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
        size=megabytes(size),
        limit=megabytes(limits.max_bytes),
    )


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
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def sniff(data: bytes) -> Literal["xlsx", "xls", "text"]:
    """Decide the file type from its first bytes; refuse what is not a table."""
    if not data.strip():
        raise FileRefused("import.read.empty")
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            raise FileRefused("import.read.not_table", hint="import.hint.table_types", kind=kind)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        raise FileRefused("import.read.not_table", hint="import.hint.table_types", kind="WEBP")
    if data.startswith(_OLE2):  # old Excel .xls (or Word .doc: check_xls tells them apart)
        return "xls"
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


def _text_grid(text: str, limits: Limits) -> tuple[Rows, str]:
    _refuse_binary(text)
    delimiter = choose_delimiter(text)
    rows = Rows(limits)
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
    used only for its extension; ``sheet`` a worksheet's name, its 0-based index (int) or
    its number as text (1 = the first; workbooks only, the first sheet by default).
    Warnings (the name says one type, the content another) and notes (other sheets left
    unread) go to ``log``.
    """
    limits = limits or Limits()
    data = read_source(source, limits)
    kind = sniff(data)
    digest = hashlib.sha256(data).hexdigest()
    ext = extension(name)
    if kind in ("xlsx", "xls"):
        reader = xlsx_rows if kind == "xlsx" else xls_rows
        rows, title, sheets = reader(data, limits, sheet)
        if ext in _TEXT_EXTENSIONS:
            log.warning("import.read.extension_mismatch", ext=ext, kind=kind.upper())
        if len(sheets) > 1 and sheet is None:
            # A note: which sheet was read is said, and the sheets are listed to choose from
            # (--sheet, the Import tab); nothing was read wrongly that a person must accept.
            log.note(
                "import.read.other_sheets",
                hint="import.hint.sheets",
                hint_params={"sheets": ", ".join(sheets)},
                sheet=title,
                count=len(sheets),
            )
        grid_rows = rows.trimmed()
        if not grid_rows:
            raise FileRefused("import.read.empty")
        return Grid(grid_rows, rows.formulas, kind, None, None, title, sheets, len(data), digest)
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
