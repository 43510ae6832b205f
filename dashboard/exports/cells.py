"""Cells of the table files (CSV, XLSX): numbers as numbers, whole ones as whole ones, text a
spreadsheet shows but never runs, columns as wide as what they hold.

Shared by the map's files (:mod:`dashboard.exports.tables`) and the scorecard's
(:mod:`dashboard.exports.scorecard`). Pure: no Dash.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Decimals a computed value (a rate, a share, a ratio) keeps in a file: beyond them a
#: float holds only rounding noise (47.15881937656131 % is written 47.1588).
KEPT_DECIMALS = 4
#: Column widths in characters: fitted to the longest cell, within these bounds; text
#: longer than the widest column wraps. A long header wraps too ("Net migration 2001–2005,
#: persons" over a column of 7-digit numbers), down to its longest word or HEADER_WIDTH.
MIN_WIDTH, MAX_WIDTH, ABOUT_WIDTH, HEADER_WIDTH = 6, 60, 110, 16


def safe_cell(value: object) -> object:
    """A text cell a spreadsheet will show, not run: formula-like text gets a leading '.

    Numbers stay numbers (a negative net migration is a number, not a formula).

    >>> safe_cell("=HYPERLINK(\\"x\\")"), safe_cell(-7141), safe_cell("Astana")
    ('\\'=HYPERLINK("x")', -7141, 'Astana')
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)


def tidy_numbers(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every numeric column whose values are all whole as integers (nullable:
    a missing value stays missing) and the other numeric columns to :data:`KEPT_DECIMALS`.

    A column of numbers held as objects (ints and NaN) counts as numeric; text stays text.

    >>> f = pd.DataFrame({"v": [-8788.0, None], "r": [16.0, 2.0], "x": [1 / 3, 2.5]})
    >>> tidied = tidy_numbers(f)
    >>> tidied["v"].tolist(), tidied["r"].tolist(), tidied["x"].tolist()
    ([-8788, <NA>], [16, 2], [0.3333, 2.5])
    """
    tidied = frame.copy()
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_bool_dtype(values):
            continue
        if not pd.api.types.is_numeric_dtype(values):
            present = values.dropna()
            if present.empty or not all(_is_number(v) for v in present):
                continue
            values = pd.to_numeric(values)
        present = values.dropna()
        if pd.api.types.is_integer_dtype(values) or (
            len(present) and bool((present == present.round()).all())
        ):
            tidied[column] = values.round().astype("Int64")
        else:
            tidied[column] = values.astype(float).round(KEPT_DECIMALS)
    return tidied


def shown_decimals(values: pd.Series) -> int:
    """Fraction digits a column is shown with: as given when that is 0-3, else enough for
    about three significant digits of its typical value (a computed rate), at most 4.

    >>> shown_decimals(pd.Series([35.0, 1.2])), shown_decimals(pd.Series([47.1588, 62.0757]))
    (1, 1)
    >>> shown_decimals(pd.Series([3.5421, -2.6442])), shown_decimals(pd.Series([0.1162, 0.1633]))
    (2, 3)
    """
    present = pd.to_numeric(values, errors="coerce").dropna().astype(float)
    if present.empty:
        return 0
    for decimals in range(4):
        if ((present * 10**decimals).round(6) % 1 == 0).all():
            return decimals
    typical = float(present.abs().median()) or float(present.abs().max())
    if typical == 0:
        return 1
    return min(max(2 - math.floor(math.log10(typical)), 1), KEPT_DECIMALS)


def number_format(values: pd.Series) -> str | None:
    """The spreadsheet format of a column: ``#,##0`` for whole numbers, ``#,##0.0...`` with
    the column's decimals for the others, None for text.

    >>> number_format(pd.Series([1, 2], dtype="Int64")), number_format(pd.Series([1.25]))
    ('#,##0', '#,##0.00')
    """
    if pd.api.types.is_bool_dtype(values) or not pd.api.types.is_numeric_dtype(values):
        return None
    if pd.api.types.is_integer_dtype(values):
        return "#,##0"
    decimals = shown_decimals(values)
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def _native(value: object) -> object:
    """A cell value openpyxl and csv write as it is: NA -> None, numpy -> Python."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, np.generic):
        value = value.item()
        if isinstance(value, float) and math.isnan(value):
            return None
    return safe_cell(value)


@dataclass(frozen=True)
class Sheet:
    """One table of a file: its name, its rows (headers as shown) and the columns that are
    codes or years, written without a thousands separator."""

    name: str
    frame: pd.DataFrame
    plain: tuple[str, ...] = field(default=())


def write_csv(about: Iterable[tuple[str, str]], tables: Sequence[pd.DataFrame]) -> bytes:
    """UTF-8 CSV with a byte-order mark (Excel then shows Cyrillic): the (label, text)
    lines of ``about``, then each table after a blank line; whole numbers without ``.0``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for label, words in about:
        writer.writerow([safe_cell(label), safe_cell(words)])
    for table in tables:
        writer.writerow([])
        writer.writerow([safe_cell(c) for c in table.columns])
        for row in tidy_numbers(table).itertuples(index=False):
            writer.writerow(["" if (v := _native(value)) is None else v for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _shown_length(value: object, number: str | None) -> int:
    """Characters a cell takes on screen (numbers with their separators and decimals)."""
    if value is None:
        return 0
    if _is_number(value) and number:
        decimals = len(number.split(".")[1]) if "." in number else 0
        return len(f"{value:,.{decimals}f}") if "#,##" in number else len(f"{value:.{decimals}f}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def _table_sheet(book: Workbook, sheet: Sheet) -> None:
    """A table: bold header frozen above its rows with a filter, numbers formatted, columns
    fitted to their content (long text wraps at :data:`MAX_WIDTH`)."""
    frame = tidy_numbers(sheet.frame)
    worksheet = book.create_sheet(sheet.name[:31])
    worksheet.append([_native(c) for c in frame.columns])
    for row in frame.itertuples(index=False):
        worksheet.append([_native(v) for v in row])
    for index, column in enumerate(frame.columns, start=1):
        number = "0" if column in sheet.plain else number_format(frame[column])
        cells = list(worksheet.iter_rows(min_col=index, max_col=index, min_row=2))
        longest = max((_shown_length(c[0].value, number) for c in cells), default=0)
        words = str(column).split()
        header = max(min(len(str(column)), HEADER_WIDTH), *(len(w) for w in words or [""]))
        width = min(max(longest + 2, header + 2, MIN_WIDTH), MAX_WIDTH)
        worksheet.column_dimensions[get_column_letter(index)].width = width
        for (cell,) in cells:
            if number and _is_number(cell.value):
                cell.number_format = number
            elif longest + 2 > MAX_WIDTH:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        heading = worksheet.cell(row=1, column=index)
        heading.font = Font(bold=True)
        heading.alignment = Alignment(wrap_text=True, vertical="top")
    worksheet.freeze_panes = "A2"
    if len(frame):
        worksheet.auto_filter.ref = worksheet.dimensions


def _about_sheet(book: Workbook, name: str, about: Sequence[tuple[str, str]]) -> None:
    """What the file shows: a bold label beside its text, the text wrapped."""
    worksheet = book.create_sheet(name[:31])
    for label, words in about:
        worksheet.append([_native(label), _native(words)])
    labels = max((len(str(label)) for label, _ in about), default=0)
    worksheet.column_dimensions["A"].width = min(max(labels + 2, MIN_WIDTH), MAX_WIDTH)
    worksheet.column_dimensions["B"].width = ABOUT_WIDTH
    for label, words in worksheet.iter_rows():
        label.font = Font(bold=True)
        label.alignment = Alignment(wrap_text=True, vertical="top")
        words.alignment = Alignment(wrap_text=True, vertical="top")


def write_xlsx(sheets: Sequence[Sheet], about_name: str, about: Sequence[tuple[str, str]]) -> bytes:
    """A workbook of the ``sheets`` and, last, the ``about`` sheet (label, text)."""
    book = Workbook()
    book.remove(book.active)
    for sheet in sheets:
        _table_sheet(book, sheet)
    _about_sheet(book, about_name, about)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
