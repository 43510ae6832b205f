"""Numbers in the reader's conventions (Babel): 1 234 567,8 in kk/ru, 1,234,567.8 in en."""

from __future__ import annotations

import math

from babel.numbers import format_decimal

#: Babel locale of each interface language (numbers here, dates in i18n.words).
LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}


def format_number(value: float | None, lang: str, decimals: int | None = None) -> str:
    """Format ``value`` for ``lang``; ``decimals`` fixes the fraction digits (None: as needed).

    Returns an empty string for a missing value so callers decide how to say "no data".

    >>> format_number(1234567.891, "en", decimals=1)
    '1,234,567.9'
    >>> format_number(-7141, "ru")
    '-7\\xa0141'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    locale = LOCALES.get(lang, "en_GB")
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=locale)
