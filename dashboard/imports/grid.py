"""The grid of raw cells every reader produces, and the limits that bound reading it.

Shared by the text reader (:mod:`dashboard.imports.reading`) and the workbook readers
(:mod:`dashboard.imports.workbooks`): whatever the format, rows, columns, cells and the
length of one cell are counted as they are read, and reading stops at the limit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from dashboard.imports.problems import FileRefused

CellValue = str | int | float | None
FileFormat = Literal["csv", "xlsx", "xls"]

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
    5-20 times; a zip bomb thousands of times). ``max_cells`` also bounds the extent an
    .xls sheet declares (its parser reserves memory for it).
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
    (stripped, never empty), an ``int`` or ``float`` (numbers a workbook stores as numbers)
    or ``None``. Rows have no trailing empty cells and may differ in length. ``formulas``
    maps ``(row, col)`` (0-based) to the formula text of cells holding a formula (XLSX; in
    an .xls only the position is known, the text is "=…") or text starting with "=" (CSV);
    such cells hold their formula text in ``rows`` too. ``sheets`` lists every sheet of a
    workbook, ``sheet`` the one read.
    """

    rows: tuple[tuple[CellValue, ...], ...]
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    file_format: FileFormat = "csv"
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


def megabytes(size: int) -> str:
    """A size in MB as a message shows it ("0.5", "12")."""
    return f"{size / MB:.1f}" if size < 10 * MB else f"{size / MB:.0f}"


class Rows:
    """Rows as they are read, with the limits checked on every row."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.rows: list[tuple[CellValue, ...]] = []
        self.formulas: dict[tuple[int, int], str] = {}
        self._filled = 0
        self._cells = 0

    def append(self, cells: Iterable[CellValue]) -> None:
        """Add the next row (trailing empty cells dropped); refuse it beyond a limit."""
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
        """The rows without the empty ones at the end."""
        end = len(self.rows)
        while end and not self.rows[end - 1]:
            end -= 1
        return tuple(self.rows[:end])
