"""What a reader is told about values of the demographic balance method, in their language:
the method beside every such value, the reason where a year has none, the flagged
region-years (see :mod:`dashboard.datasets.balance`). Shared by the map, its table twin, the
exports and the region profile. Pure, no Dash."""

from __future__ import annotations

import pandas as pd

from dashboard.datasets import balance
from dashboard.datasets.indicators import rests_on_balance
from dashboard.i18n.catalog import t


def balance_note(
    indicator: str, year: int, version: str, region_id: str, quality: str, lang: str
) -> str:
    """The method, flag or gap of one unit's value ("" when the balance is not involved).

    >>> balance_note("net_migration", 2008, "1997", "75", "", "en")[:19]
    'No regional value: '
    >>> balance_note("net_migration", 2023, "2022", "75", "official", "en")
    ''
    """
    if not rests_on_balance(indicator):
        return ""
    has_value = bool(quality)
    if has_value and quality != balance.QUALITY:
        return ""  # a published value
    keys = balance.remarks(year, str(version), str(region_id), has_value)
    return ". ".join(t(key, lang, year=year, next=year + 1) for key in keys)


def balance_notes(values: pd.DataFrame, lang: str) -> list[str]:
    """:func:`balance_note` of every row of an :func:`indicator_values` frame."""
    columns = ["indicator", "year", "boundary_version", "region_id", "quality"]
    return [
        balance_note(
            row.indicator, int(row.year), row.boundary_version, row.region_id, row.quality, lang
        )
        for row in values[columns].fillna("").itertuples()
    ]


def balance_caption(values: pd.DataFrame, label: str, lang: str) -> str:
    """One sentence under the map when any value is derived by the balance, or the gap's
    reason when the year has none; "" otherwise."""
    indicator, year = str(values["indicator"].iat[0]), int(values["year"].iat[0])
    if not rests_on_balance(indicator):
        return ""
    if (values["quality"] == balance.QUALITY).any():
        # A change between two years mixes two years' methods: the method without years.
        method = (
            t("balance.method", lang, year=year, next=year + 1)
            if "then" not in values
            else t("balance.method_any", lang)
        )
        return t("balance.caption", lang, indicator=label, method=method)
    if values["value"].isna().all() and year in balance.GAPS:
        return t(f"balance.gap.{balance.GAPS[year]}", lang)
    return ""
