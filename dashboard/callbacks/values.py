"""Checks of single callback values: the value a real page sends, or ``None``.

The callback guard (``dashboard.web.callback_guard``) lets through only values of the
JSON kind a property has; which strings and numbers make sense is each callback's business.
The controls of the view state go through ``dashboard.state.from_controls`` (see
``controls.state_from``); these helpers cover values checked on their own: an indicator, a
year, a region id or a list of them, a small whole number (digit strings no longer than
``state.MAX_DIGITS``). A callback given ``None`` ignores the value (``PreventUpdate``: Dash
answers 204) or falls back to its default.
"""

from __future__ import annotations

from dashboard.state import MAX_DIGITS, known_region_ids


def whole_number(value: object, low: int, high: int) -> int | None:
    """``value`` as an integer from ``low`` to ``high``: a JSON integer or its digits.

    >>> [whole_number(v, 0, 10) for v in (3, "7", -1, 11, "x", True, 2.5, None)]
    [3, 7, None, None, None, None, None, None]
    """
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value) if len(value) <= MAX_DIGITS else None
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if low <= value <= high else None


def indicator_years(indicator: object, available: dict[str, list[int]]) -> list[int] | None:
    """The years of ``indicator``, or ``None`` if it is not an indicator of the atlas."""
    if not isinstance(indicator, str):
        return None
    return available.get(indicator)


def known_year(value: object, available: dict[str, list[int]]) -> int | None:
    """``value`` if some indicator has data for that year (a number or its digits)."""
    year = whole_number(value, 0, 9999)
    if year is None or not any(year in years for years in available.values()):
        return None
    return year


def known_region(value: object) -> str | None:
    """``value`` if it is a region id (two-digit KATO code) of some boundary version."""
    return value if isinstance(value, str) and value in known_region_ids() else None


def known_regions(value: object) -> list[str] | None:
    """``value`` without repeats if it is a list of region ids, else ``None``."""
    if not isinstance(value, list) or not all(known_region(v) for v in value):
        return None
    return list(dict.fromkeys(value))
