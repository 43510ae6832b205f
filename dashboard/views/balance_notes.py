"""What a reader is told about values of the demographic balance method, in their language:
the method beside every such value, the reason where a year has none, the flagged
region-years (see :mod:`dashboard.datasets.balance`). Shared by the map, its table twin, the
exports and the region profile. Pure, no Dash."""

from __future__ import annotations

import pandas as pd

from dashboard.datasets import balance
from dashboard.datasets.indicators import rests_on_balance
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number


def balance_note(
    indicator: str,
    year: int,
    version: str,
    region_id: str,
    quality: str,
    lang: str,
    short: bool = False,
) -> str:
    """The method, flag or gap of one unit's value ("" when the balance is not involved).
    ``short`` names the method in two words (for table rows under a caption that gives it).

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
    if short:
        keys = tuple("balance.method_short" if k == "balance.method" else k for k in keys)
    return ". ".join(t(key, lang, year=year, next=year + 1) for key in keys)


def balance_notes(values: pd.DataFrame, lang: str, short: bool = False) -> list[str]:
    """:func:`balance_note` of every row of an :func:`indicator_values` frame."""
    columns = ["indicator", "year", "boundary_version", "region_id", "quality"]
    return [
        balance_note(
            row.indicator,
            int(row.year),
            row.boundary_version,
            row.region_id,
            row.quality,
            lang,
            short,
        )
        for row in values[columns].fillna("").itertuples()
    ]


def balance_caption(
    values: pd.DataFrame, label: str, lang: str, national: pd.Series | None = None
) -> str:
    """What the caption under the map says when any value is derived by the balance: the
    method and how the regions compare with the official ``national`` figure (a row of
    :func:`national_total`); the gap's reason when the year has none; "" otherwise."""
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
        text = t("balance.caption", lang, indicator=label, method=method)
        if indicator == balance.BALANCED and "then" not in values and national is not None:
            total = values["value"].sum(min_count=1)
            key = "balance.sums" if total == national["value"] else "balance.sum_differs"
            text += " " + t(
                key,
                lang,
                total=format_number(total, lang),
                national=format_number(national["value"], lang),
            )
        return text
    if values["value"].isna().all() and year in balance.GAPS:
        return t(f"balance.gap.{balance.GAPS[year]}", lang)
    return ""
