"""The text of a table cell, with missing values (None, NA, NaN) as the empty string."""

from __future__ import annotations

import math

import pandas as pd


def cell_text(value: object) -> str:
    """``value`` as text; a missing value (None, ``pd.NA``, NaN) is "".

    >>> [cell_text(v) for v in (None, float("nan"), pd.NA, "63", 7)]
    ['', '', '', '63', '7']
    """
    if value is None or value is pd.NA:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return str(value)
