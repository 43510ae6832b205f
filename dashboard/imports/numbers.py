"""Numbers as statistical tables write them: "1 234,5", "-7 141", "–" for no data.

BNS tables use a space (often a non-breaking one) between thousands and a comma before the
decimals; a dash, an ellipsis or "х" means the figure does not exist or is not published.
Those are gaps, not zeros: they are not imported (a missing value is a missing row).

A single comma followed by exactly three digits ("1,234") is the one ambiguous spelling:
a decimal comma in Russian, a thousands separator in English. :func:`decimal_mark` decides
once per table from the cells that are not ambiguous, and :func:`parse_number` follows it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

NumberKind = Literal["number", "empty", "no_data", "text", "formula", "foreign_digits"]

# Spellings of "no figure" in BNS and similar tables (compared case-insensitively).
NO_DATA = frozenset(
    {
        "-", "–", "—", "−", "--", "…", "...", "..", ".", "х", "x", "*", "н/д", "нд",
        "n/a", "na", "нет данных", "деректер жоқ", "no data", "-/-",
    }
)  # fmt: skip

# Spaces used between thousands: any Unicode space (ordinary, no-break, narrow no-break,
# thin, figure ... as Taldau and Excel write them) and the Swiss apostrophe.
_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000']")

_MINUS = str.maketrans({"−": "-", "–": "-", "—": "-"})
# Unsigned forms: the sign is taken off first.
# ASCII digits only: Python's \d (and float()) would also read Arabic-Indic or full-width
# digits, which no statistical table writes (see has_foreign_digits).
_PLAIN = re.compile(r"^\d+$", re.ASCII)
_ONE_MARK = re.compile(r"^\d+([.,])(\d+)$", re.ASCII)
_GROUPED = re.compile(r"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:([.,])(\d+))?$", re.ASCII)


@dataclass(frozen=True)
class Number:
    """A cell read as a number: ``kind`` says whether it is one, and why not."""

    kind: NumberKind
    value: float | None = None
    decimals: int = 0  # digits written after the decimal mark (for rounding tolerance)
    percent: bool = False  # written with a trailing "%"


def has_foreign_digits(text: str) -> bool:
    """True when ``text`` holds a decimal digit other than 0-9 (Arabic-Indic, full-width ...).

    >>> has_foreign_digits("١٢٣"), has_foreign_digits("１２３"), has_foreign_digits("1 234,5")
    (True, True, False)
    """
    return any(not c.isascii() and unicodedata.category(c) == "Nd" for c in text)


def _clean(text: str) -> tuple[str, bool]:
    text = _SPACES.sub("", text.strip()).translate(_MINUS)
    percent = text.endswith("%")
    return (text[:-1] if percent else text), percent


def decimal_mark(cells: Iterable[object]) -> Literal[",", "."]:
    """The decimal mark of a table's text numbers: "," unless the cells show "." is.

    >>> decimal_mark(["1 234,5", "17"]), decimal_mark(["1,234,567", "12.5"])
    (',', '.')
    """
    for cell in cells:
        if not isinstance(cell, str):
            continue
        text, _ = _clean(cell)
        text = text.lstrip("+-")
        if (match := _ONE_MARK.match(text)) and match[1] == "." and len(match[2]) != 3:
            return "."
        # "1,234,567" or "1,234.5": commas group thousands, so "." is the decimal mark.
        grouped = _GROUPED.match(text)
        if grouped and grouped[1] == "," and (text.count(",") > 1 or grouped[2] == "."):
            return "."
    return ","


def parse_number(cell: object, decimal: str = ",", formula: bool = False) -> Number:
    """Read one cell; never raises.

    >>> parse_number("1\\u00a0234,5").value, parse_number("-7 141").value
    (1234.5, -7141.0)
    >>> parse_number("…").kind, parse_number("12a").kind, parse_number(None).kind
    ('no_data', 'text', 'empty')
    >>> parse_number("1,234", decimal=".").value, parse_number("1,234").value
    (1234.0, 1.234)
    """
    if formula:
        return Number("formula")
    if cell is None:
        return Number("empty")
    if isinstance(cell, bool):
        return Number("text")
    if isinstance(cell, (int, float)):
        if isinstance(cell, float) and not math.isfinite(cell):
            return Number("text")
        return Number("number", float(cell), _float_decimals(cell))
    text = str(cell).strip()
    if not text:
        return Number("empty")
    if text.casefold() in NO_DATA:
        return Number("no_data")
    body, percent = _clean(text)
    if has_foreign_digits(body):
        return Number("foreign_digits")
    sign = ""
    if body[:1] in "+-":
        sign, body = body[:1], body[1:]
    value: str | None = None
    decimals = 0
    if _PLAIN.match(body):
        value = body
    elif match := _ONE_MARK.match(body):
        mark, fraction = match[1], match[2]
        if mark == "," and len(fraction) == 3 and decimal == ".":
            value = body.replace(",", "")
        else:
            value, decimals = body.replace(",", "."), len(fraction)
    elif match := _GROUPED.match(body):
        group, mark, fraction = match[1], match[2], match[3]
        if mark is None or mark != group:
            value = body.replace(group, "")
            if mark:
                value, decimals = value.replace(mark, "."), len(fraction)
    if value is None:
        return Number("text")
    number = float(sign + value)
    if not math.isfinite(number):  # "1" followed by 400 digits
        return Number("text")
    if decimals > 9:  # a program's float written out in full ("2346.2999999999997")
        decimals = _float_decimals(number)
    return Number("number", number, decimals, percent)


def _float_decimals(cell: float | int) -> int:
    """Decimals a workbook number was published with: its digits up to 12 significant ones
    (2346.2999999999997 is 2346.3, float noise of a computed cell, not 13 decimals).

    >>> _float_decimals(2346.2999999999997), _float_decimals(2407.455791), _float_decimals(39.0)
    (1, 6, 0)
    """
    if isinstance(cell, int) or cell.is_integer():
        return 0
    text = f"{cell:.12g}"
    if "e" in text:
        return 6
    return len(text.partition(".")[2])


def parse_year(cell: object) -> int | None:
    """The one four-digit year a header cell names ("2023", "на 1 января 2023 г.", 2023.0).

    Years are read from 1000 to 2999 so that a mistyped 1800 or 2200 is reported as out of
    range rather than missed. A cell naming two years ("2023 в % к 2022") names none.

    >>> parse_year("на 1 января 2023 г."), parse_year(2019.0), parse_year("2023/2022")
    (2023, 2019, None)
    """
    if isinstance(cell, bool) or cell is None:
        return None
    if isinstance(cell, (int, float)):
        if isinstance(cell, float) and not cell.is_integer():
            return None
        return int(cell) if 1000 <= cell <= 2999 else None
    found = set(re.findall(r"(?<!\d)([12]\d{3})(?!\d)", str(cell), re.ASCII))
    return int(found.pop()) if len(found) == 1 else None
