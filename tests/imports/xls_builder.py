"""Old Excel files (.xls) built byte by byte for the tests: a CFB container (version 3,
512-byte sectors) holding a BIFF8 ``Workbook`` stream, as [MS-CFB] and [MS-XLS] describe.

Enough of the format for a reader to take it as a workbook (BOF, CODEPAGE, BOUNDSHEET8,
cells as NUMBER and LABEL records, EOF), and hooks to break it the ways a hostile file
would: extra records, a lying DIMENSIONS, extra directory entries, a cyclic FAT.
"""

from __future__ import annotations

import struct

FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
SECTOR = 512


def record(kind: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _bof(dt: int) -> bytes:
    return record(0x0809, struct.pack("<HHHHII", 0x0600, dt, 0x0DBB, 0x07CC, 0, 0x06))


def _text(value: str, length_bytes: int = 2) -> bytes:
    encoded = value.encode("utf-16-le")
    head = struct.pack("<H" if length_bytes == 2 else "<B", len(value))
    return head + b"\x01" + encoded  # fHighByte: UTF-16


def _cell(row: int, col: int, value: object) -> bytes:
    if isinstance(value, (int, float)):
        return record(0x0203, struct.pack("<HHHd", row, col, 0, float(value)))
    return record(0x0204, struct.pack("<HHH", row, col, 0) + _text(str(value)))


def sheet_stream(
    rows: list[list[object]], *, dimensions: bytes | None = None, dt: int = 0x0010, extra=b""
) -> bytes:
    """A worksheet substream: BOF, DIMENSIONS, the cells, EOF."""
    height = len(rows)
    width = max((len(r) for r in rows), default=0)
    dims = dimensions or struct.pack("<IIHHH", 0, height, 0, width, 0)
    cells = b"".join(
        _cell(r, c, v) for r, row in enumerate(rows) for c, v in enumerate(row) if v is not None
    )
    return _bof(dt) + record(0x0200, dims) + extra + cells + record(0x000A)


def workbook_stream(
    sheets: dict[str, bytes], *, globals_extra: bytes = b"", sheet_type: int = 0
) -> bytes:
    """The Workbook stream: globals (BOF, CODEPAGE, a BOUNDSHEET8 per sheet, EOF), then the
    sheets' substreams at the offsets the BOUNDSHEET8 records give."""

    def globals_for(offsets: list[int]) -> bytes:
        bound = b"".join(
            record(0x0085, struct.pack("<IBB", offset, 0, sheet_type) + _text(name, 1))
            for name, offset in zip(sheets, offsets, strict=True)
        )
        return (
            _bof(0x0005)
            + record(0x0042, struct.pack("<H", 1200))
            + globals_extra
            + bound
            + (record(0x000A))
        )

    size = len(globals_for([0] * len(sheets)))
    offsets = []
    for body in sheets.values():
        offsets.append(size)
        size += len(body)
    return globals_for(offsets) + b"".join(sheets.values())


def cfb(
    streams: dict[str, bytes],
    *,
    storages: tuple[str, ...] = (),
    cycle: bool = False,
    declared: dict[str, int] | None = None,
) -> bytes:
    """A CFB file holding ``streams`` (each padded to 4096 bytes, so no mini stream) and
    empty ``storages``. ``cycle`` points the last sector of the first stream back at its
    first; ``declared`` overrides a stream's size in its directory entry."""
    declared = declared or {}
    padded = {n: s + bytes(max(4096 - len(s), -len(s) % SECTOR)) for n, s in streams.items()}
    names = ["Root Entry", *streams, *storages]
    dir_sectors = -(-len(names) * 128 // SECTOR)
    data_start = 1 + dir_sectors  # sector 0: the FAT
    fat = [FATSECT, *range(2, 1 + dir_sectors), END]
    starts = {}
    sector = data_start
    for name, body in padded.items():
        count = len(body) // SECTOR
        starts[name] = sector
        chain = [sector + i + 1 for i in range(count - 1)] + [END]
        if cycle and name == next(iter(padded)):
            chain[-1] = sector
        fat += chain
        sector += count
    if len(fat) > SECTOR // 4:
        raise ValueError("the test builder keeps to one FAT sector")
    fat += [FREE] * (SECTOR // 4 - len(fat))
    entries = b""
    for index, name in enumerate(names):
        kind = 5 if index == 0 else (2 if name in streams else 1)
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        entry = encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
        child = 1 if index == 0 and len(names) > 1 else FREE
        right = index + 1 if 0 < index < len(names) - 1 else FREE
        entry += struct.pack("<III", FREE, right, child) + bytes(16 + 4 + 16)
        start = starts.get(name, END if kind != 1 else 0)
        # Streams are padded to 4096 bytes or more: they live in sectors, not the mini stream.
        size = declared.get(name, len(padded[name]) if name in padded else 0)
        entries += entry + struct.pack("<II", start, size) + bytes(4)
    entries = entries.ljust(dir_sectors * SECTOR, b"\x00")
    header = bytearray(SECTOR)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x003E, 3, 0xFFFE, 9, 6)
    # directory sectors (0 in v3), FAT sectors, first directory sector, transaction,
    # mini stream cutoff, first mini FAT sector, mini FAT sectors, first DIFAT, DIFAT sectors
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, END, 0, END, 0)
    difat = [0] + [FREE] * 108
    struct.pack_into("<109I", header, 76, *difat)
    body = struct.pack(f"<{SECTOR // 4}I", *fat) + entries + b"".join(padded.values())
    return bytes(header) + body


def xls_bytes(sheets: dict[str, list[list[object]]], **kw) -> bytes:
    """A valid .xls workbook of ``sheets`` (name -> rows of numbers, text or None)."""
    return cfb({"Workbook": workbook_stream({n: sheet_stream(r) for n, r in sheets.items()})}, **kw)
