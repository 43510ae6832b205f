"""Check an old Excel workbook (.xls) before any parser reads it.

An .xls file is a Compound File Binary container (CFB, "OLE2": a small file system of
sectors chained through a FAT) holding a ``Workbook`` stream of BIFF records. BNS still
publishes many tables in it. The parser (python-calamine, in Rust) trusts the sizes the
file declares: measured here, it reserves memory for the declared sheet dimensions and
string counts before reading them, and follows sector chains without a cycle check in
some versions. A few crafted bytes could then take a worker's memory. So this module walks
the container and the records itself, in plain Python bounded by the file's size, and only
a file that passes is handed to the parser:

- the header is one the format allows (sector size 512 or 4096, mini sectors of 64);
- every chain of sectors (FAT, DIFAT, directory, mini FAT, each stream) stays inside the
  file, has no cycle, and is long enough for the size its directory entry declares;
- the workbook is not encrypted (``FilePass`` record, or an encrypted OOXML package, which
  Office also wraps in CFB) and has no macros (a VBA storage, an Excel 4 macro sheet);
- its records fit in the stream; each sheet's declared dimensions and the cells it holds
  stay within the import's cell limit; the shared-string count is one the bytes can hold.

It also notes the cells that hold formulas (the parser gives only their cached results,
which a crafted file can set to anything): they are reported as for XLSX.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from dashboard.imports.problems import FileRefused

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FREE, _END = 0xFFFFFFFF, 0xFFFFFFFE
_SPECIAL = 0xFFFFFFFA  # ids from here up are markers (end of chain, FAT sector ...)
_ENTRY = 128
# Storages and streams that mean macros, or an encrypted package, or another Office file.
_MACROS = frozenset({"_vba_project_cur", "vba", "_vba_project", "macros", "xl4macros"})
_ENCRYPTED = frozenset({"encryptioninfo", "encryptedpackage"})
_OTHER_KINDS = {"worddocument": "DOC", "powerpoint document": "PPT", "__substg1.0_": "MSG"}
_WORKBOOK = ("workbook", "book")

# BIFF record types read here ([MS-XLS] 2.3).
_BOF, _EOF, _FILEPASS, _BOUNDSHEET = 0x0809, 0x000A, 0x002F, 0x0085
_DIMENSIONS, _SST, _CONTINUE, _FORMULA = 0x0200, 0x00FC, 0x003C, 0x0006
_MULRK, _MULBLANK = 0x00BD, 0x00BE
_CELLS = frozenset({0x0203, 0x027E, 0x00FD, 0x0204, 0x00D6, 0x0006, 0x0205, 0x0201})
_MACRO_SHEET_TYPES = {0x01, 0x06}  # BoundSheet8.dt: Excel 4 macro sheet, VBA module
_MACRO_BOF = 0x0040  # BOF.dt of a macro sheet
_MAX_RECORD = 8224  # a BIFF8 record's data is at most this long


@dataclass(frozen=True)
class XlsScan:
    """What the checks found: the formula cells of each sheet, by the sheet's position."""

    formulas: dict[int, frozenset[tuple[int, int]]] = field(default_factory=dict)
    sheet_count: int = 0


def _damaged() -> FileRefused:
    return FileRefused("import.read.xls_damaged", hint="import.hint.save_xlsx")


class _Container:
    """The sectors of a CFB file, read with every index checked."""

    def __init__(self, data: bytes) -> None:
        if len(data) < 512 or not data.startswith(MAGIC):
            raise _damaged()
        major, order, shift, mini_shift = struct.unpack_from("<HHHH", data, 26)
        if order != 0xFFFE or mini_shift != 6 or (major, shift) not in ((3, 9), (4, 12)):
            raise _damaged()
        self.data = data
        self.size = 1 << shift
        self.version = major
        # sectors after the header (the last one may be cut short; reads check their length)
        self.count = max(-(-(len(data) - self.size) // self.size), 0)
        (
            fat_sectors,
            self.dir_start,
            _signature,
            self.cutoff,
            self.minifat_start,
            minifat_sectors,
            difat_start,
            difat_sectors,
        ) = struct.unpack_from("<IIIIIIII", data, 44)
        if self.cutoff != 4096 or fat_sectors > self.count or minifat_sectors > self.count:
            raise _damaged()
        self.fat = self._read_fat(data, fat_sectors, difat_start, difat_sectors)

    def sector(self, number: int) -> bytes:
        if number >= self.count:
            raise _damaged()
        start = (number + 1) * self.size
        return self.data[start : start + self.size]

    def _read_fat(self, data: bytes, fat_sectors: int, start: int, difat_sectors: int) -> list:
        ids = [i for i in struct.unpack_from("<109I", data, 76) if i != _FREE]
        per = self.size // 4 - 1
        seen: set[int] = set()
        while start < _SPECIAL:  # the DIFAT chain: each sector lists FAT sectors, then next
            if start in seen or len(seen) >= difat_sectors:
                raise _damaged()
            seen.add(start)
            values = struct.unpack(f"<{per + 1}I", self.sector(start))
            ids += [i for i in values[:per] if i != _FREE]
            start = values[per]
        if len(ids) < fat_sectors or len(set(ids)) != len(ids):
            raise _damaged()
        fat: list[int] = []
        for number in ids[:fat_sectors]:
            fat += struct.unpack(f"<{self.size // 4}I", self.sector(number))
        return fat

    def chain(self, start: int, table: list[int], limit: int) -> list[int]:
        """The sector numbers from ``start`` on; no cycle, none outside ``limit``."""
        out: list[int] = []
        seen: set[int] = set()
        while start < _SPECIAL:
            if start in seen or start >= len(table) or start >= limit:
                raise _damaged()
            seen.add(start)
            out.append(start)
            start = table[start]
        if start != _END and out:
            raise _damaged()
        return out

    def read(self, start: int, size: int) -> bytes:
        numbers = self.chain(start, self.fat, self.count)
        content = b"".join(self.sector(n) for n in numbers)[:size]
        if len(content) < size:
            raise _damaged()
        return content


@dataclass(frozen=True)
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    start: int
    size: int


def _entries(box: _Container) -> list[_Entry]:
    raw = b"".join(box.sector(n) for n in box.chain(box.dir_start, box.fat, box.count))
    entries = []
    for offset in range(0, len(raw) - _ENTRY + 1, _ENTRY):
        (length,) = struct.unpack_from("<H", raw, offset + 64)
        kind = raw[offset + 66]
        if kind not in (1, 2, 5):
            continue  # unused slot
        if length > 64 or length % 2:
            raise _damaged()
        name = raw[offset : offset + max(length - 2, 0)].decode("utf-16-le", "replace")
        start, size = struct.unpack_from("<IQ", raw, offset + 116)
        if box.version == 3:
            size &= 0xFFFFFFFF  # version 3 files may leave the high half unset
        entries.append(_Entry(name, kind, start, size))
    if not entries or entries[0].kind != 5:
        raise _damaged()
    return entries


def _streams(box: _Container, entries: list[_Entry]) -> dict[str, bytes]:
    """Every workbook stream, after checking the chains of all streams."""
    root = entries[0]
    if root.size > len(box.data):
        raise _damaged()
    mini_stream = box.read(root.start, root.size) if root.size else b""
    minifat: list[int] = []
    if box.minifat_start < _SPECIAL:
        for number in box.chain(box.minifat_start, box.fat, box.count):
            minifat += struct.unpack(f"<{box.size // 4}I", box.sector(number))
    out: dict[str, bytes] = {}
    for entry in entries[1:]:
        if entry.kind != 2:
            continue
        if entry.size > len(box.data):
            raise _damaged()
        wanted = entry.name.casefold() in _WORKBOOK
        if entry.size >= box.cutoff:
            content = box.read(entry.start, entry.size)
        elif entry.size:
            numbers = box.chain(entry.start, minifat, len(mini_stream) // 64)
            content = b"".join(mini_stream[n * 64 : n * 64 + 64] for n in numbers)[: entry.size]
            if len(content) < entry.size:
                raise _damaged()
        else:
            content = b""
        if wanted:
            out.setdefault(entry.name.casefold(), content)
    return out


def _records(stream: bytes, start: int = 0):
    """(type, data, position) of each BIFF record from ``start`` to the stream's end."""
    position = start
    while position + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, position)
        end = position + 4 + length
        if length > _MAX_RECORD or end > len(stream):
            raise _damaged()
        yield kind, stream[position + 4 : end], position
        position = end


def _check_globals(stream: bytes) -> list[int]:
    """The globals of a workbook stream; the positions of its sheets' BOF records."""
    records = _records(stream)
    first = next(records, None)
    if first is None or first[0] != _BOF:
        raise _damaged()
    sheets: list[int] = []
    declared: int | None = None  # the SST's string count, until its CONTINUE records end
    sst_bytes = 0
    for kind, data, _position in records:
        if kind == _CONTINUE:
            sst_bytes += len(data) if declared is not None else 0
            continue
        _check_strings(declared, sst_bytes)
        declared = None
        if kind == _FILEPASS:
            raise FileRefused("import.read.xlsx_encrypted", hint="import.hint.save_xlsx")
        if kind == _BOUNDSHEET:
            if len(data) < 6:
                raise _damaged()
            if data[5] in _MACRO_SHEET_TYPES:
                raise FileRefused("import.read.xlsx_macros", hint="import.hint.save_xlsx")
            (offset,) = struct.unpack_from("<I", data)
            if offset >= len(stream):
                raise _damaged()
            sheets.append(offset)
        elif kind == _SST:
            if len(data) < 8:
                raise _damaged()
            (declared,) = struct.unpack_from("<i", data, 4)
            sst_bytes = len(data) - 8
        elif kind == _EOF:
            break
    _check_strings(declared, sst_bytes)
    return sheets


def _check_strings(declared: int | None, size: int) -> None:
    """The parser reserves room for the declared count of shared strings: each takes at
    least 3 bytes, so the bytes of the table bound an honest count."""
    if declared is not None and not 0 <= declared <= size // 3:
        raise _damaged()


def _check_sheet(stream: bytes, start: int, limits_cells: int) -> frozenset[tuple[int, int]]:
    """One sheet's records: its declared and real extent; the cells holding formulas."""
    formulas: set[tuple[int, int]] = set()
    last_row = last_col = -1
    for kind, data, position in _records(stream, start):
        if position == start:
            if kind != _BOF:
                raise _damaged()
            if len(data) >= 4 and struct.unpack_from("<H", data, 2)[0] == _MACRO_BOF:
                raise FileRefused("import.read.xlsx_macros", hint="import.hint.save_xlsx")
            continue
        if kind == _EOF:
            break
        if kind == _DIMENSIONS:
            _check_dimensions(data, limits_cells)
        elif kind in _CELLS or kind in (_MULRK, _MULBLANK):
            if len(data) < 6:
                raise _damaged()
            row, col = struct.unpack_from("<HH", data)
            if kind in (_MULRK, _MULBLANK):
                (end,) = struct.unpack_from("<H", data, len(data) - 2)
                if end < col:
                    raise _damaged()
                col = end
            last_row, last_col = max(last_row, row), max(last_col, col)
            if kind == _FORMULA:
                formulas.add((row, col))
    if (last_row + 1) * (last_col + 1) > limits_cells:
        raise FileRefused(
            "import.read.too_many_cells", hint="import.hint.split_file", limit=limits_cells
        )
    return frozenset(formulas)


def _check_dimensions(data: bytes, limit: int) -> None:
    """The sheet's declared extent: the parser reserves memory for it before reading."""
    if len(data) == 14:
        first_row, end_row, first_col, end_col = struct.unpack_from("<IIHH", data)
    elif len(data) == 10:
        first_row, end_row, first_col, end_col = struct.unpack_from("<HHHH", data)
    else:
        raise _damaged()
    if end_row and end_col and (end_row <= first_row or end_col <= first_col):
        raise _damaged()
    if (end_row - first_row) * (end_col - first_col) > limit:
        raise FileRefused("import.read.too_many_cells", hint="import.hint.split_file", limit=limit)


def check_xls(data: bytes, max_cells: int) -> XlsScan:
    """Check an .xls file (see the module docs); raises :class:`FileRefused` if unsafe.

    ``max_cells`` bounds the extent of each sheet (declared and actual), as the import's
    limits bound every other format.
    """
    box = _Container(data)
    entries = _entries(box)
    names = {e.name.casefold() for e in entries}
    if names & _MACROS:
        raise FileRefused("import.read.xlsx_macros", hint="import.hint.save_xlsx")
    if names & _ENCRYPTED:
        raise FileRefused("import.read.xlsx_encrypted", hint="import.hint.save_xlsx")
    streams = _streams(box, entries)
    if not streams:
        kind = next(
            (k for n, k in _OTHER_KINDS.items() if any(x.startswith(n) for x in names)), "OLE"
        )
        raise FileRefused("import.read.not_table", hint="import.hint.table_types", kind=kind)
    formulas: dict[int, frozenset[tuple[int, int]]] = {}
    count = 0
    for stream in streams.values():
        sheets = _check_globals(stream)
        count = max(count, len(sheets))
        for index, start in enumerate(sheets):
            found = _check_sheet(stream, start, max_cells)
            if found:
                formulas[index] = found | formulas.get(index, frozenset())
    return XlsScan(formulas, count)
